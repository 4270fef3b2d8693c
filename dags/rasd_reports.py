"""rasd_reports: rebuild the quality report whenever the warehouse changes."""

from __future__ import annotations

import pendulum
from airflow.sdk import dag, task

from _rasd_common import CALLS_ASSET, DEFAULT_ARGS, rasd_settings


@dag(
    dag_id="rasd_reports",
    schedule=[CALLS_ASSET],
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["rasd", "reports"],
    doc_md=__doc__,
)
def rasd_reports():
    @task
    def build_report() -> str:
        from rasd.report import build_report as build

        return str(build(rasd_settings()))

    build_report()


rasd_reports()
