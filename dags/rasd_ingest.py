"""rasd_ingest: fetch (one mapped task per group of outlets sharing hosts) and archives -> shards ->
clean+extract (one mapped task per shard) -> load, a gate after each stage. Mapping by host group
keeps one politeness budget per host: parallel fetch tasks never hit the same host."""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, get_current_context, task

from _rasd_common import (
    DEFAULT_ARGS,
    THRESHOLD_PARAM_DOC,
    WAREHOUSE_QUEUE,
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
        "warc": Param(
            None,
            type=["null", "string", "array"],
            description="Also read these WARC archives: a path, fsspec URL or glob, or a list of them",
        ),
        "critical_threshold": Param(
            None, type=["null", "number"], minimum=0, maximum=1, description=THRESHOLD_PARAM_DOC
        ),
    },
    doc_md=__doc__,
)
def rasd_ingest():
    @task
    def list_outlets() -> list[list[str]]:
        """Outlet ids in groups that share no host (one mapped fetch task per group)."""
        from rasd.fetch import group_by_host
        from rasd.pipeline import select_outlets

        params = get_current_context()["params"]
        outlets = select_outlets(rasd_settings(), params.get("outlets") or None, sample_base_url())
        return [[o.id for o in group] for group in group_by_host(outlets)]

    @task(max_active_tis_per_dag=4)
    def fetch_outlet(outlet_ids: list[str]) -> dict:
        from rasd.pipeline import fetch_stage, select_outlets

        context = get_current_context()
        outlets = select_outlets(rasd_settings(), outlet_ids, sample_base_url())
        return fetch_stage(rasd_settings(), context["run_id"], outlets, context["params"].get("limit"))

    @task
    def read_archive() -> dict:
        from rasd.pipeline import warc_stage

        context = get_current_context()
        archives = context["params"].get("warc")
        return warc_stage(rasd_settings(), context["run_id"], archives) if archives else {"pages": 0}

    # none_failed: with no outlet to fetch (an empty registry, archives only) the mapped fetch is
    # skipped, and the archive's pages still go on, as in `rasd run --warc`.
    @task(queue=WAREHOUSE_QUEUE, trigger_rule="none_failed")
    def gate_raw_pages(_fetched) -> dict:
        return run_gate_task("gate_raw_pages")

    fetched = fetch_outlet.expand(outlet_ids=list_outlets())
    archived = read_archive()
    gated_pages = gate_raw_pages([fetched, archived])
    clean_extract_load(gated_pages)


rasd_ingest()
