"""Shared wiring for the Rasd DAGs: settings, default args, assets. Kept light to parse fast."""

from __future__ import annotations

import datetime as dt
import os

from airflow.sdk import Asset

DUCKDB_POOL = "duckdb_writer"  # one slot: DuckDB allows a single writing process

WAREHOUSE_ASSET = Asset(name="rasd_warehouse", uri="file:///rasd/warehouse/events")
CALLS_ASSET = Asset(name="rasd_calls", uri="file:///rasd/warehouse/calls")

DEFAULT_ARGS = {
    "owner": "rasd",
    "retries": 2,
    "retry_delay": dt.timedelta(seconds=20),
    "retry_exponential_backoff": True,
    "max_retry_delay": dt.timedelta(minutes=10),
}


def rasd_settings():
    from rasd.config import settings

    return settings()


def sample_base_url() -> str | None:
    return os.environ.get("RASD_SAMPLE_BASE_URL")


def fail_on_gate(call):
    """Run a gate; a gate failure is final (retrying the same data gives the same answer)."""
    from airflow.exceptions import AirflowFailException

    from rasd.quality import GateFailed

    try:
        return call()
    except GateFailed as exc:
        raise AirflowFailException(str(exc)) from exc
