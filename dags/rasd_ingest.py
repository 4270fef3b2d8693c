"""rasd_ingest: fetch (one mapped task per outlet) -> clean -> extract -> load, a gate after each stage."""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, get_current_context, task

from _rasd_common import (CALLS_ASSET, DEFAULT_ARGS, DUCKDB_POOL, WAREHOUSE_ASSET, fail_on_gate,
                          rasd_settings, sample_base_url)


@dag(
    dag_id="rasd_ingest",
    schedule="@hourly",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["rasd", "ingest"],
    params={
        "outlets": Param([], type="array", description="Outlet ids to fetch; empty: every enabled outlet"),
        "limit": Param(None, type=["null", "integer"], description="At most this many pages per outlet"),
        "warc": Param(None, type=["null", "string"], description="Also read this WARC file or fsspec URL"),
    },
    doc_md=__doc__,
)
def rasd_ingest():
    @task
    def list_outlets() -> list[str]:
        from rasd.pipeline import select_outlets

        params = get_current_context()["params"]
        return [o.id for o in select_outlets(rasd_settings(), params.get("outlets") or None, sample_base_url())]

    @task(max_active_tis_per_dag=4)
    def fetch_outlet(outlet_id: str) -> dict:
        from rasd.pipeline import fetch_stage, select_outlets

        context = get_current_context()
        outlet = select_outlets(rasd_settings(), [outlet_id], sample_base_url())[0]
        return fetch_stage(rasd_settings(), context["run_id"], outlet, context["params"].get("limit"))

    @task
    def read_archive() -> dict:
        from rasd.pipeline import warc_stage

        context = get_current_context()
        path = context["params"].get("warc")
        return warc_stage(rasd_settings(), context["run_id"], path) if path else {"pages": 0}

    @task
    def gate_raw_pages(_fetched) -> dict:
        from rasd.pipeline import gate_raw_pages as gate

        return fail_on_gate(lambda: gate(rasd_settings(), get_current_context()["run_id"]))

    @task
    def clean(_gated) -> dict:
        from rasd.pipeline import clean_stage

        return clean_stage(rasd_settings(), get_current_context()["run_id"])

    @task
    def gate_articles(_cleaned) -> dict:
        from rasd.pipeline import gate_articles as gate

        return fail_on_gate(lambda: gate(rasd_settings(), get_current_context()["run_id"]))

    @task
    def extract(_gated) -> dict:
        from rasd.pipeline import extract_stage

        return extract_stage(rasd_settings(), get_current_context()["run_id"])

    @task
    def gate_events(_extracted) -> dict:
        from rasd.pipeline import gate_events as gate

        return fail_on_gate(lambda: gate(rasd_settings(), get_current_context()["run_id"]))

    @task(pool=DUCKDB_POOL, outlets=[WAREHOUSE_ASSET])
    def load(_gated) -> dict:
        from rasd.pipeline import load_stage

        return load_stage(rasd_settings(), get_current_context()["run_id"])

    @task(pool=DUCKDB_POOL, outlets=[CALLS_ASSET])
    def gate_warehouse(_loaded) -> dict:
        import datetime as dt

        from rasd.pipeline import gate_warehouse as gate, record_run

        context = get_current_context()
        result = fail_on_gate(lambda: gate(rasd_settings(), context["run_id"]))
        record_run(rasd_settings(), context["run_id"], dt.datetime.now(dt.UTC).replace(tzinfo=None), "success",
                   {"gate_warehouse": result})
        return result

    fetched = fetch_outlet.expand(outlet_id=list_outlets())
    archived = read_archive()
    gated_pages = gate_raw_pages([fetched, archived])
    gated_articles = gate_articles(clean(gated_pages))
    gated_events = gate_events(extract(gated_articles))
    gate_warehouse(load(gated_events))


rasd_ingest()
