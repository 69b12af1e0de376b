# kabar: a Telegram news-digest bot.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY bot ./bot
COPY digest ./digest
COPY storage ./storage
COPY seeds ./seeds
# .ci/install_check runs this same `pip install .` in a bare venv and reads a page with it.
RUN pip install . && useradd --create-home --uid 10001 kabar && mkdir -p /app/data \
    && chown kabar /app/data
USER kabar

ENV KABAR_DATABASE_URL=sqlite+aiosqlite:////app/data/kabar.db \
    KABAR_HEARTBEAT_FILE=/tmp/kabar.heartbeat
VOLUME ["/app/data"]
HEALTHCHECK --interval=60s --timeout=5s --start-period=90s --retries=3 \
    CMD python -c "import os,sys,time,urllib.request as u; m=os.environ.get('KABAR_METRICS_PORT'); p=os.environ['KABAR_HEARTBEAT_FILE']; sys.exit(0 if (u.urlopen(f'http://127.0.0.1:{m}/healthz', timeout=4) if m else time.time()-os.path.getmtime(p) < 180) else 1)"
CMD ["sh", "-c", "kabar db upgrade && kabar ingest seeds/ && exec kabar run"]
