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

pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait || true; }
trap stop EXIT INT TERM

# Build once before the servers start (the dashboard's first-start lock would also cover it).
python -m etl first-start

upstreams=()
for ((i = 0; i < N; i++)); do
  port=$((BASE_PORT + i))
  python -m streamlit run dashboard.py --server.port "$port" --server.address 127.0.0.1 \
    --server.headless true --browser.gatherUsageStats false >"$RUN_DIR/streamlit-$port.log" 2>&1 &
  pids+=("$!")
  upstreams+=(--upstream "127.0.0.1:$port")
done

for ((i = 0; i < N; i++)); do
  url="http://127.0.0.1:$((BASE_PORT + i))/_stcore/health"
  python - "$url" <<'PY' || { echo "run-local.sh: $url never became healthy (see $RUN_DIR)" >&2; exit 1; }
import sys, time, urllib.request
deadline = time.time() + 120
while time.time() < deadline:
    try:
        if urllib.request.urlopen(sys.argv[1], timeout=2).read() == b"ok":
            sys.exit(0)
    except OSError:
        time.sleep(0.5)
sys.exit(1)
PY
done

python deploy/render_nginx.py --listen "$LISTEN_ADDR:$PORT" --prefix "$RUN_DIR/nginx" \
  --error-log "$RUN_DIR/nginx-error.log" "${upstreams[@]}" >"$RUN_DIR/nginx.conf"
"$NGINX" -e stderr -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx.conf" -g 'daemon off;' &
pids+=("$!")
echo "Claims Desk: $N processes behind nginx on http://$LISTEN_ADDR:$PORT (logs in $RUN_DIR)"
wait -n "${pids[@]}"
echo "run-local.sh: a process exited; stopping the rest" >&2
