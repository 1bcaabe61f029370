# Claims Desk: one image for the dashboard processes and for the nginx proxy in front of them
# (see compose.yaml). Debian bookworm: Python 3.12 and Debian's nginx-light.
FROM python:3.12-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx-light \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
# Charts load plotly.js (the project's bundle, claimsdesk/plotly_bundle) from static/vendor (claimsdesk/chartview.py);
# copied here because the app's folder is read-only for the user the processes run as.
RUN python -c "from claimsdesk import chartview; assert chartview.plotly_served()"
# The database lives in a volume shared by all dashboard processes (compose.yaml).
RUN useradd --create-home --uid 10001 claimsdesk \
 && mkdir -p /var/lib/claimsdesk && chown claimsdesk /var/lib/claimsdesk
USER claimsdesk

ENV CLAIMS_DESK_DB=/var/lib/claimsdesk/claims.duckdb \
    CLAIMS_DESK_HOSTED=1 \
    PYTHONUNBUFFERED=1
EXPOSE 8501
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD python -c "import sys, urllib.request as u; sys.exit(u.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=2).read() != b'ok')"
CMD ["python", "-m", "streamlit", "run", "dashboard.py", "--server.port=8501", "--server.address=0.0.0.0"]
