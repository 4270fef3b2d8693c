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


def clean_extract_load(upstream):
    """clean -> gate -> extract -> gate -> load -> gate, shared by ingest and reprocess."""
    from airflow.sdk import get_current_context, task

    def run_id() -> str:
        return get_current_context()["run_id"]

    @task
    def clean(_upstream) -> dict:
        from rasd.pipeline import clean_stage

        return clean_stage(rasd_settings(), run_id())

    @task
    def gate_articles(_cleaned) -> dict:
        from rasd.pipeline import gate_articles as gate

        return fail_on_gate(lambda: gate(rasd_settings(), run_id()))

    @task
    def extract(_gated) -> dict:
        from rasd.pipeline import extract_stage

        return extract_stage(rasd_settings(), run_id())

    @task
    def gate_events(_extracted) -> dict:
        from rasd.pipeline import gate_events as gate

        return fail_on_gate(lambda: gate(rasd_settings(), run_id()))

    @task(pool=DUCKDB_POOL, outlets=[WAREHOUSE_ASSET])
    def load(_gated) -> dict:
        from rasd.pipeline import load_stage

        return load_stage(rasd_settings(), run_id())

    @task(pool=DUCKDB_POOL, outlets=[CALLS_ASSET])
    def gate_warehouse(_loaded) -> dict:
        from rasd.pipeline import gate_warehouse as gate
        from rasd.pipeline import record_run, run_counts

        result = fail_on_gate(lambda: gate(rasd_settings(), run_id()))
        started = get_current_context()["dag_run"].start_date
        counts = run_counts(rasd_settings(), run_id()) | {"gate_warehouse": result}
        record_run(rasd_settings(), run_id(), started.replace(tzinfo=None), "success", counts)
        return result

    return gate_warehouse(load(gate_events(extract(gate_articles(clean(upstream))))))
