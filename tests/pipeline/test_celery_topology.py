"""The team topology for real, without Docker: scripts/run_cluster.py with the local PostgreSQL and Redis.

CeleryExecutor (Redis broker, PostgreSQL result backend), PostgreSQL metadata DB, FAB auth manager,
api-server / scheduler / dag-processor / triggerer / two celery workers (default and warehouse queues)
as separate processes, in separate working folders, exchanging shards through a local S3-compatible
endpoint; rasd_ingest triggered through the REST API. Checks the run, where its tasks ran, DuckDB,
and the clean-up.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import duckdb
import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import run_cluster

pytestmark = pytest.mark.services

# Every task of rasd_ingest (fetch_outlet is mapped once per enabled sample outlet).
INGEST_TASKS = {
    "list_outlets",
    "fetch_outlet",
    "read_archive",
    "gate_raw_pages",
    "shard_pages",
    "clean_extract",
    "gate_articles",
    "gate_events",
    "load",
    "gate_warehouse",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tails(logs) -> str:
    if not logs.exists():
        return ""
    return "".join(f"\n--- {p.name} ---\n{p.read_text(errors='replace')[-1500:]}" for p in sorted(logs.glob("*.log")))


def _databases() -> set[str]:
    import psycopg2

    con = psycopg2.connect(run_cluster.DEFAULT_PG)
    try:
        with con.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database")
            return {r[0] for r in cur.fetchall()}
    finally:
        con.close()


def test_celery_topology_runs_ingest_on_the_worker(tmp_path):
    problems = run_cluster.check_services()
    if problems:
        pytest.skip("needs the local PostgreSQL and Redis (RASD_PG_DSN, RASD_REDIS_URL): " + "; ".join(problems))
    home, rasd_home = tmp_path / "cluster", tmp_path / "rasd"
    port = _free_port()
    started = time.time()
    out = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "run_cluster.py"),
            "--port",
            str(port),
            "--sample-port",
            str(_free_port()),
            "--home",
            str(home),
            "--rasd-home",
            str(rasd_home),
            "--manual-only",
            "--timeout",
            "240",
            "--exit-after-run",
            "--s3",
            "--shard-size",
            "10",
        ],
        capture_output=True,
        text=True,
        timeout=420,
    )
    elapsed = time.time() - started
    logs = home / "logs"
    report = out.stdout[-3000:] + out.stderr[-3000:] + _tails(logs)
    assert out.returncode == 0, report
    assert "rasd_ingest finished: success" in out.stdout, report
    assert "login: admin / " in out.stdout  # the FAB user the script created got a token

    summary = json.loads((home / "cluster-run.json").read_text())
    tis = summary["task_instances"]
    assert {ti["task_id"] for ti in tis} == INGEST_TASKS
    assert all(ti["state"] == "success" for ti in tis), tis
    assert {ti["pool"] for ti in tis if ti["task_id"] in ("load", "gate_warehouse")} == {"duckdb_writer"}

    # Ran through Celery: the executor recorded each task's Celery id, the result backend (the
    # PostgreSQL DB) holds that id as SUCCESS, and the worker process logged executing it.
    # Tasks that open DuckDB went to the `warehouse` queue and ran on its one worker; the rest
    # (fetch, clean and extract per shard) on the default queue's worker.
    celery = {row["task_id"]: row["status"] for row in summary["celery_taskmeta"]}
    worker_log = (logs / "airflow-worker.log").read_text(errors="replace")
    warehouse_log = (logs / "airflow-warehouse-worker.log").read_text(errors="replace")
    assert "celery@" in worker_log and "concurrency: 2" in worker_log
    assert "warehouse@" in warehouse_log and "concurrency: 1" in warehouse_log
    on_warehouse = {"gate_raw_pages", "shard_pages", "gate_articles", "gate_events", "load", "gate_warehouse"}
    for ti in tis:
        cid = ti["external_executor_id"]
        assert cid and celery.get(cid) == "SUCCESS", (ti, celery)
        log = warehouse_log if ti["task_id"] in on_warehouse else worker_log
        assert ti["queue"] == ("warehouse" if ti["task_id"] in on_warehouse else "default"), ti
        assert f"[{cid}] Executing workload in Celery" in log, ti
        assert f"task_id='{ti['task_id']}'" in log

    # Sharded: clean+extract mapped over the shards; the shards and raw pages went through the
    # S3-compatible store, and the default-queue worker worked in a folder of its own.
    shards = {ti["map_index"] for ti in tis if ti["task_id"] == "clean_extract"}
    assert len(shards) >= 2 and shards == set(range(len(shards)))
    # Each worker loaded clean and extract once, at start (rasd.pipeline.preload), for its tasks to inherit.
    assert "rasd.pipeline.preload: clean and extract loaded" in worker_log
    assert "rasd.pipeline.preload_gates: the gates' modules loaded" in warehouse_log
    assert summary["storage"]["RASD_RUNS"].startswith("s3://") and summary["storage"]["RASD_RAW"].startswith("s3://")
    for folder in (home / "worker-default", rasd_home):
        assert not (folder / "runs").exists() and not (folder / "raw").exists(), folder

    con = duckdb.connect(str(rasd_home / "rasd.snapshot.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] >= 20
        assert con.execute("SELECT count(*) FROM calls WHERE n_outlets >= 2").fetchall()[0][0] >= 2
    finally:
        con.close()

    # Clean-up: the metadata DB is gone and nothing listens on the api-server port any more.
    assert summary["metadata_db"] not in _databases()
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0, "api-server still running after the script exited"
    print(f"cluster run took {elapsed:.0f}s")
