"""rasd_ingest: fetch (one mapped task per outlet) -> clean -> extract -> load, a gate after each stage."""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, get_current_context, task

from _rasd_common import (
    DEFAULT_ARGS,
    THRESHOLD_PARAM_DOC,
    clean_extract_load,
    rasd_settings,
    run_gate_task,
    sample_base_url,
)


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
        "critical_threshold": Param(
            None, type=["null", "number"], minimum=0, maximum=1, description=THRESHOLD_PARAM_DOC
        ),
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
        return run_gate_task("gate_raw_pages")

    fetched = fetch_outlet.expand(outlet_id=list_outlets())
    archived = read_archive()
    gated_pages = gate_raw_pages([fetched, archived])
    clean_extract_load(gated_pages)


rasd_ingest()
