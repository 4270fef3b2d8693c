"""The stages wired in order, shared by ``rasd run`` and the Airflow DAGs.

``folder`` (the run folder: the declared hand-off between stages), ``stages`` (fetch, archives,
shards, clean, extract, load), ``gates`` (the quality gates between them, and what a tripped gate commits),
``runs`` (a whole run, resuming a failed one, the run record and lock), ``overlap`` (a run's reading,
clean, extract and first gate at the same time, over shards), ``parallel`` (clean and extract over
worker processes), ``progress`` (progress lines of long steps).
"""

from rasd.pipeline.gates import gate_articles, gate_events, gate_raw_pages, gate_warehouse
from rasd.pipeline.runs import record_run, resume_run, run_all, start_run
from rasd.pipeline.stages import (
    clean_extract_stage,
    clean_stage,
    extract_stage,
    fetch_stage,
    load_stage,
    mark_duplicates,
    registry,
    select_outlets,
    select_stored_pages,
    shard_stage,
    stage_counts,
    warc_stage,
)

__all__ = [
    "clean_extract_stage",
    "clean_stage",
    "extract_stage",
    "fetch_stage",
    "gate_articles",
    "gate_events",
    "gate_raw_pages",
    "gate_warehouse",
    "load_stage",
    "mark_duplicates",
    "record_run",
    "registry",
    "resume_run",
    "run_all",
    "select_outlets",
    "select_stored_pages",
    "shard_stage",
    "stage_counts",
    "start_run",
    "warc_stage",
]
