"""Render deploy/nginx.conf for N Streamlit processes (stdlib only; prints the config).

    python deploy/render_nginx.py --listen 127.0.0.1:8080 --prefix /tmp/claimsdesk-nginx \
        --upstream 127.0.0.1:8501 --upstream 127.0.0.1:8502 > /tmp/claimsdesk-nginx/nginx.conf
    nginx -e stderr -p /tmp/claimsdesk-nginx -c /tmp/claimsdesk-nginx/nginx.conf

Used by deploy/run-local.sh, the compose proxy service and tests/test_deploy_proxy.py, so the
three run the same configuration.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).with_name("nginx.conf")
_ADDRESS = re.compile(r"^[A-Za-z0-9_.:\[\]-]+$")


def render(
    listen: str,
    upstreams: list[str],
    prefix: Path,
    *,
    access_log: str = "off",
    error_log: str = "stderr",
    upstream_header: bool = False,
) -> str:
    """The configuration text; makes the temp folders under `prefix` nginx needs."""
    for addr in [listen, *upstreams]:
        if not _ADDRESS.match(addr):
            raise ValueError(f"not a host:port address: {addr!r}")
    if not upstreams:
        raise ValueError("at least one --upstream is needed")
    prefix = prefix.resolve()
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (prefix / "tmp" / sub).mkdir(parents=True, exist_ok=True)
    servers = "\n".join(f"        server {u} max_fails=2 fail_timeout=10s;" for u in upstreams)
    # Which process served a request: for tests and load benchmarks only (it names internal hosts).
    extra = "            add_header X-Claims-Desk-Upstream $upstream_addr always;" if upstream_header else ""
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in (
        ("PREFIX", str(prefix)),
        ("LISTEN", listen),
        ("UPSTREAMS", servers),
        ("ACCESS_LOG", access_log),
        ("ERROR_LOG", error_log),
        ("EXTRA_HEADERS", extra),
    ):
        text = text.replace(f"@@{name}@@", value)
    left = re.findall(r"@@[A-Z_]+@@", text)
    if left:
        raise ValueError(f"unfilled template names in {TEMPLATE}: {left}")
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--listen", default="127.0.0.1:8080", help="address:port nginx listens on")
    ap.add_argument("--upstream", action="append", default=[], help="a Streamlit host:port (repeat)")
    ap.add_argument("--prefix", type=Path, required=True, help="folder for pid, temp files and logs")
    ap.add_argument("--access-log", default="off", help="access log path, or 'off'")
    ap.add_argument("--error-log", default="stderr", help="error log path, or 'stderr'")
    ap.add_argument(
        "--upstream-header",
        action="store_true",
        help="add X-Claims-Desk-Upstream (which process answered) to responses",
    )
    args = ap.parse_args(argv)
    try:
        sys.stdout.write(
            render(
                args.listen,
                args.upstream,
                args.prefix,
                access_log=args.access_log,
                error_log=args.error_log,
                upstream_header=args.upstream_header,
            )
        )
    except ValueError as exc:
        print(f"render_nginx: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
