"""Shared wiring for the Rasd DAGs: settings, default args, assets. Kept light to parse fast."""

from __future__ import annotations

import datetime as dt
import os

from airflow.sdk import Asset

DUCKDB_POOL = "duckdb_writer"  # one slot: DuckDB allows a single writing process
# Tasks that open the DuckDB file (load, the gates that may commit a failed run, the stored-pages
# selection) go to this Celery queue, served by one worker on the machine holding the file.
WAREHOUSE_QUEUE = "warehouse"

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


THRESHOLD_VARIABLE = "rasd_critical_threshold"


def gate_threshold() -> float | None:
    """This run's critical threshold override, if any: the Variable ``rasd_critical_threshold``
    (a number for every run, or a JSON object ``{"<run_id>": number}`` for one run: set it, then
    clear the failed gate task), else the DAG param ``critical_threshold``, else None (default)."""
    import json

    from airflow.sdk import Variable, get_current_context

    context = get_current_context()
    raw = Variable.get(THRESHOLD_VARIABLE, default=None)
    if raw not in (None, ""):
        value = json.loads(raw) if isinstance(raw, str) else raw
        if isinstance(value, dict):
            value = value.get(context["run_id"])
        if value is not None:
            return float(value)
    param = context["params"].get("critical_threshold")
    return None if param is None else float(param)


def run_gate_task(gate_name: str, **kwargs) -> dict:
    """Run a gate of this DAG run with its threshold override. A tripped gate has committed its
    quarantine, quality results and a failed run record; the task fails without retries
    (the same data gives the same answer): raise the threshold and clear it to go on."""
    from airflow.exceptions import AirflowFailException
    from airflow.sdk import get_current_context

    import rasd.pipeline as pipeline
    from rasd.quality import GateFailed

    gate = getattr(pipeline, gate_name)
    context = get_current_context()
    pipeline.start_run(rasd_settings(), context["run_id"], context["dag_run"].start_date)
    try:
        return gate(rasd_settings(), context["run_id"], critical_threshold=gate_threshold(), **kwargs)
    except GateFailed as exc:
        raise AirflowFailException(str(exc)) from exc


THRESHOLD_PARAM_DOC = "Critical share a gate tolerates for this run (default RASD_CRITICAL_THRESHOLD, 0.2)"


def clean_extract_load(upstream):
    """shard -> clean+extract (mapped per shard) -> gate -> gate -> load -> gate, shared by ingest and
    reprocess. Any worker takes a shard and does all of its work in one task (cleaning, then
    extracting every article, ahead of the articles gate: a mapped task costs Airflow about a second
    whatever its size, and no worker waits for the slowest shard between the two); the gates see the
    union of the shards (one task each; the articles gate keeps the events of the articles that
    passed) and, with load, run on the ``warehouse`` queue."""
    from airflow.sdk import get_current_context, task

    def run_id() -> str:
        return get_current_context()["run_id"]

    @task(queue=WAREHOUSE_QUEUE)
    def shard_pages(_upstream) -> list[str]:
        from rasd.pipeline import shard_stage, start_run

        start_run(rasd_settings(), run_id(), get_current_context()["dag_run"].start_date)
        return shard_stage(rasd_settings(), run_id())

    @task
    def clean_extract(shard: str) -> dict:
        from rasd.pipeline import clean_extract_stage

        return clean_extract_stage(rasd_settings(), run_id(), shard)

    @task(queue=WAREHOUSE_QUEUE)
    def gate_articles(done) -> dict:
        # Events extracted ahead wait for this gate: a tripped gate keeps them, so that clearing it
        # (with a higher threshold) promotes them.
        return run_gate_task("gate_articles", extracted={d["shard"]: d["extract"] for d in done})

    @task(queue=WAREHOUSE_QUEUE)
    def gate_events(_gated) -> dict:
        return run_gate_task("gate_events")

    @task(pool=DUCKDB_POOL, queue=WAREHOUSE_QUEUE, outlets=[WAREHOUSE_ASSET])
    def load(_gated) -> dict:
        from rasd.pipeline import load_stage

        return load_stage(rasd_settings(), run_id())

    @task(pool=DUCKDB_POOL, queue=WAREHOUSE_QUEUE, outlets=[CALLS_ASSET])
    def gate_warehouse(_loaded) -> dict:
        from rasd.pipeline import record_run

        result = run_gate_task("gate_warehouse")
        record_run(rasd_settings(), run_id())  # with the counts every task of the run reported
        return result

    gated_articles = gate_articles(clean_extract.expand(shard=shard_pages(upstream)))
    return gate_warehouse(load(gate_events(gated_articles)))
