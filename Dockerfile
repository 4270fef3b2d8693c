# Rasd image for the team deployment: the same pinned lock as `make`, plus the library.
FROM python:3.11-slim-bookworm
ENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1 AIRFLOW_HOME=/opt/airflow
WORKDIR /opt/rasd
COPY requirements.lock pyproject.toml README.md ./
RUN pip install --upgrade pip==26.3 wheel==0.48.0 setuptools==84.2.1 \
 && pip install --no-deps --extra-index-url https://download.pytorch.org/whl/cpu -r requirements.lock
COPY include ./include
COPY scripts/check_secrets.py ./scripts/check_secrets.py
RUN pip install --no-deps --no-build-isolation -e .
COPY dags /opt/airflow/dags
COPY plugins /opt/airflow/plugins
# Run as an unprivileged user (Celery warns against root). The directories named volumes mount over
# exist here with that owner, so a fresh volume starts writable by it.
RUN useradd --uid 50000 --gid 0 --home-dir /opt/airflow --no-create-home airflow \
 && mkdir -p /data/rasd /opt/airflow/logs \
 && chown -R airflow:0 /data/rasd /opt/airflow
USER airflow
ENV PYTHONPATH=/opt/rasd/include RASD_HOME=/data/rasd
