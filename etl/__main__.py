"""`python -m etl ...`: see `etl.cli`.

Ctrl-C while the modules load (a second or so) is one line and exit 130, as it is once the command
runs (`etl.cli.main`): Python's default handler is put back as soon as they are loaded.
"""

import os
import signal
import sys

from etl import INTERRUPTED


def _interrupted_while_loading(_signum: int, _frame: object) -> None:
    print(INTERRUPTED, file=sys.stderr, flush=True)
    os._exit(130)


signal.signal(signal.SIGINT, _interrupted_while_loading)

from etl.cli import main  # noqa: E402  (loaded under the handler above)

signal.signal(signal.SIGINT, signal.default_int_handler)
sys.exit(main())
