"""`python -m etl ...`: see `etl.cli`."""

import sys

from etl.cli import main

sys.exit(main())
