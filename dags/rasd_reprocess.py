"""rasd_reprocess: clean, extract and load stored raw pages again with the current extractor, no fetching."""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, get_current_context, task

from _rasd_common import (
    DEFAULT_ARGS,
    DUCKDB_POOL,
    THRESHOLD_PARAM_DOC,
    WAREHOUSE_QUEUE,
    clean_extract_load,
    rasd_settings,
)


@dag(
    dag_id="rasd_reprocess",
    schedule=None,
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["rasd", "reprocess"],
    params={
        "outlets": Param([], type="array", description="Outlet ids; empty: all"),
        "fetched_from": Param(None, type=["null", "string"], format="date", description="First fetch day (YYYY-MM-DD)"),
        "fetched_to": Param(None, type=["null", "string"], format="date", description="Last fetch day (YYYY-MM-DD)"),
        "critical_threshold": Param(
            None, type=["null", "number"], minimum=0, maximum=1, description=THRESHOLD_PARAM_DOC
        ),
    },
    doc_md=__doc__,
)
def rasd_reprocess():
    @task(pool=DUCKDB_POOL, queue=WAREHOUSE_QUEUE)
    def select_stored_pages() -> dict:
        from rasd.pipeline import select_stored_pages as select

        context = get_current_context()
        p = context["params"]
        return select(
            rasd_settings(), context["run_id"], p.get("outlets") or None, p.get("fetched_from"), p.get("fetched_to")
        )

    clean_extract_load(select_stored_pages())


rasd_reprocess()
