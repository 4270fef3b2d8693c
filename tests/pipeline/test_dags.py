"""DAG integrity: the DAG files import without errors, parse fast, and follow the house rules."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO

CHECK = r"""
import json, sys, time, runpy
from pathlib import Path
import airflow.sdk  # noqa: F401  (Airflow itself is not what we time)
heavy_before = {m for m in ("great_expectations", "trafilatura", "duckdb", "torch", "camel_tools", "pandas") if m in sys.modules}
sys.path.insert(0, sys.argv[1])
times = {}
for path in sorted(Path(sys.argv[1]).glob("rasd_*.py")):
    t = time.perf_counter()
    runpy.run_path(str(path))
    times[path.name] = time.perf_counter() - t
heavy = sorted(m for m in ("great_expectations", "trafilatura", "duckdb", "torch", "camel_tools")
               if m in sys.modules and m not in heavy_before)
from airflow.dag_processing.dagbag import DagBag
bag = DagBag(dag_folder=sys.argv[1])
dags = {}
for dag_id, dag in bag.dags.items():
    dags[dag_id] = {
        "tasks": {t.task_id: {"owner": t.owner, "retries": t.retries, "pool": t.pool, "queue": t.queue,
                              "mapped": bool(getattr(t, "is_mapped", False)),
                              "upstream": sorted(t.upstream_task_ids)} for t in dag.tasks},
        "max_active_runs": dag.max_active_runs, "tags": sorted(dag.tags),
    }
print(json.dumps({"errors": {k: str(v) for k, v in bag.import_errors.items()}, "dags": dags,
                  "times": times, "heavy": heavy}))
"""


def _inspect(tmp_path) -> dict:
    env = {
        "AIRFLOW_HOME": str(tmp_path / "airflow"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO / "include"),
    }
    out = subprocess.run(
        [sys.executable, "-c", CHECK, str(REPO / "dags")], env=env, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def info(tmp_path_factory) -> dict:
    """One fresh interpreter imports, times and parses the DAG files for both tests."""
    return _inspect(tmp_path_factory.mktemp("dags"))


def test_dags_import_and_follow_the_rules(info):
    assert info["errors"] == {}
    assert set(info["dags"]) == {"rasd_ingest", "rasd_reprocess", "rasd_reports"}
    for dag_id, dag in info["dags"].items():
        assert dag["max_active_runs"] == 1
        assert "rasd" in dag["tags"]
        for task_id, task in dag["tasks"].items():
            assert task["owner"] == "rasd", (dag_id, task_id)
            assert task["retries"] >= 1, (dag_id, task_id)
    ingest = info["dags"]["rasd_ingest"]["tasks"]
    assert ingest["load"]["pool"] == "duckdb_writer" and ingest["gate_warehouse"]["pool"] == "duckdb_writer"
    for stage in (
        "fetch_outlet",
        "read_archive",
        "gate_raw_pages",
        "shard_pages",
        "clean_extract",
        "gate_articles",
        "gate_events",
        "load",
        "gate_warehouse",
    ):
        assert stage in ingest
    reprocess = info["dags"]["rasd_reprocess"]["tasks"]
    for tasks in (ingest, reprocess):
        # clean and extract: one mapped task per shard doing both, for any worker; the gates see the union.
        assert "clean" not in tasks and "extract" not in tasks
        assert tasks["clean_extract"]["mapped"] and tasks["clean_extract"]["upstream"] == ["shard_pages"]
        assert tasks["gate_articles"]["upstream"] == ["clean_extract"] and not tasks["gate_articles"]["mapped"]
        assert tasks["gate_events"]["upstream"] == ["gate_articles"]
        assert tasks["clean_extract"]["queue"] == "default"
        # whatever opens the DuckDB file runs on the warehouse queue (one worker, on the file's machine)
        for name in ("gate_articles", "gate_events", "load", "gate_warehouse"):
            assert tasks[name]["queue"] == "warehouse", name
        assert tasks["load"]["pool"] == tasks["gate_warehouse"]["pool"] == "duckdb_writer"
    assert ingest["gate_raw_pages"]["queue"] == "warehouse"
    assert reprocess["select_stored_pages"]["queue"] == "warehouse"


def test_dag_files_parse_fast_without_heavy_imports(info):
    assert info["heavy"] == []
    for name, seconds in info["times"].items():
        assert seconds < 1.0, (name, seconds)
