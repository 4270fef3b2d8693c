"""Environment for a local Airflow (standalone, SQLite metadata DB) running the Rasd DAGs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def airflow_env(
    home: Path,
    port: int = 8080,
    sample_base_url: str | None = None,
    executor: str = "LocalExecutor",
    sql_conn: str | None = None,
    broker: str | None = None,
) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    rasd_home = Path(os.environ.get("RASD_HOME", REPO / "var"))
    env = dict(os.environ)
    env.update(
        {
            "AIRFLOW_HOME": str(home / "airflow"),
            "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(REPO / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__PARALLELISM": os.environ.get("AIRFLOW__CORE__PARALLELISM", "4"),  # a laptop: few workers
            "AIRFLOW__CORE__EXECUTOR": executor,
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{port}",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL": "5",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "airflow" / "passwords.json"),
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
            "RASD_HOME": str(rasd_home),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "include"), env.get("PYTHONPATH")])),
            "NO_PROXY": "*",
            # `airflow standalone` starts its components as `airflow ...` subprocesses.
            "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
        }
    )
    if sample_base_url:
        env["RASD_SAMPLE_BASE_URL"] = sample_base_url
    if sql_conn:
        env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = sql_conn
    if broker:
        env["AIRFLOW__CELERY__BROKER_URL"] = broker
        env["AIRFLOW__CELERY__RESULT_BACKEND"] = "db+" + (sql_conn or "")
    return env
