#!/usr/bin/env bash
# Claims Desk without Docker: N Streamlit processes behind nginx on one machine.
#
#   deploy/run-local.sh [N]          # default N=2; open http://<host>:8080
#
# Environment (all optional):
#   PORT=8080            public port nginx listens on
#   LISTEN_ADDR=0.0.0.0  address nginx listens on (127.0.0.1 for local only)
#   BASE_PORT=8501       the Streamlit processes use BASE_PORT .. BASE_PORT+N-1 on 127.0.0.1
#   RUN_DIR=./run        nginx config, pid, temp files and every process's log
#   CLAIMS_DESK_DB / CLAIMS_DESK_DATA   database pointer and dataset (default data/)
#   CLAIMS_DESK_HOSTED=1 hides the local-only editing page (default on: this is a shared server)
#
# Needs Debian's nginx (apt-get install nginx-light) and the Python requirements. Runs as any
# user: nothing is written outside RUN_DIR and the data folder. Ctrl-C stops everything it
# started. Rebuild the data while it serves with `python -m etl build`: every process picks the
# new build up on its next rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python >/dev/null 2>&1 || python() { python3 "$@"; }

N=${1:-${REPLICAS:-2}}
PORT=${PORT:-8080}
LISTEN_ADDR=${LISTEN_ADDR:-0.0.0.0}
BASE_PORT=${BASE_PORT:-8501}
RUN_DIR=$(mkdir -p "${RUN_DIR:-run}" && cd "${RUN_DIR:-run}" && pwd)
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
export CLAIMS_DESK_HOSTED=${CLAIMS_DESK_HOSTED:-1}
# One secret for all processes (signed cookies must verify in whichever process answers).
export STREAMLIT_SERVER_COOKIE_SECRET=${STREAMLIT_SERVER_COOKIE_SECRET:-$(python -c 'import secrets; print(secrets.token_hex(32))')}

[ -x "$NGINX" ] || { echo "run-local.sh: nginx not found; apt-get install nginx-light" >&2; exit 1; }

# Build once before the servers start (the dashboard's first-start lock would also cover it).
python -m etl first-start

# The processes, then nginx in front of them, kept running by deploy/supervise.py: a dashboard
# process that exits is started again (nginx routes around it meanwhile); if nginx exits, or on
# Ctrl-C / SIGTERM, everything it started is stopped.
ports=()
for ((i = 0; i < N; i++)); do ports+=("$((BASE_PORT + i))"); done
exec "$(command -v python || command -v python3)" deploy/supervise.py --ports "${ports[@]}" --listen "$LISTEN_ADDR:$PORT" --run-dir "$RUN_DIR" \
  --nginx "$NGINX"
