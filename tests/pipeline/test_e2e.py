"""End to end on the bundled sample site served on 127.0.0.1: `rasd run` and the Airflow DAG."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import REPO


def _query(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.e2e
def test_rasd_run_on_the_sample_site(rasd_env, sample_site):
    from rasd.pipeline import run_all

    run_all(rasd_env, sample_base_url=sample_site)
    db = rasd_env.db_path
    n_articles = _query(db, "SELECT count(*) FROM articles")[0][0]
    assert n_articles >= 20
    # Events carry resolved dates and real people.
    resolved = _query(
        db,
        """SELECT count(*) FROM events e WHERE event_date IS NOT NULL AND type = 'phone_call'
                             AND (SELECT count(*) FROM event_participants p WHERE p.event_id = e.event_id
                                  AND p.person_id IS NOT NULL) = 2""",
    )[0][0]
    assert resolved >= 15
    # Duplicate reports of one call across outlets become one call.
    assert _query(db, "SELECT count(*) FROM calls WHERE n_outlets >= 2")[0][0] >= 2
    # Pages that are not Arabic articles are quarantined with a reason, never dropped.
    reasons = {r[0] for r in _query(db, "SELECT reason FROM quarantine WHERE stage = 'clean'")}
    assert {"not_arabic", "too_short"} <= reasons | {"no_main_text"}
    assert (rasd_env.reports_dir / "index.html").exists()
    # Every fetched URL is either an article or in quarantine.
    fetched = {r[0] for r in _query(db, "SELECT url FROM raw_pages")}
    accounted = {r[0] for r in _query(db, "SELECT url FROM articles UNION SELECT url FROM quarantine")}
    assert fetched <= accounted

    # A second run is idempotent: no article, event or call changes.
    before = {t: _query(db, f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "events", "calls", "quarantine")}
    run_all(rasd_env, sample_base_url=sample_site)
    after = {t: _query(db, f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "events", "calls", "quarantine")}
    assert after == before


DAG_TEST = r"""
import json, os, sys
from rasd.sample_site.site import start_in_thread
server, base = start_in_thread(0)
os.environ["RASD_SAMPLE_BASE_URL"] = base
sys.path.insert(0, os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
from airflow.dag_processing.dagbag import DagBag
dag = DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"]).get_dag("rasd_ingest")
run = dag.test(run_conf=json.loads(sys.argv[1]) if len(sys.argv) > 1 else None)
print(json.dumps({"state": str(run.state), "run_id": run.run_id}))
server.shutdown()
"""


@pytest.fixture(scope="module")
def migrated_db(tmp_path_factory) -> Path:
    """`airflow db migrate` once: each dag.test() below starts from a copy of this fresh metadata DB."""
    sys.path.insert(0, str(REPO / "scripts"))
    from airflow_env import airflow_env

    env = airflow_env(tmp_path_factory.mktemp("migrated"), port=18080)
    airflow = os.path.join(os.path.dirname(sys.executable), "airflow")
    subprocess.run([airflow, "db", "migrate"], env=env, check=True, capture_output=True, timeout=300)
    db = Path(env["AIRFLOW_HOME"]) / "airflow.db"
    assert db.exists()
    return db


def _use_migrated_db(env: dict, db: Path) -> None:
    """The freshly migrated metadata DB (SQLite, the default sql_alchemy_conn) in this test's AIRFLOW_HOME."""
    home = Path(env["AIRFLOW_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db, home / "airflow.db")


@pytest.mark.e2e
def test_ingest_dag_runs_end_to_end_with_dag_test(tmp_path, migrated_db):
    sys.path.insert(0, str(REPO / "scripts"))
    from airflow_env import airflow_env

    env = airflow_env(tmp_path, port=18080)
    env["RASD_HOME"] = str(tmp_path / "rasd")
    _use_migrated_db(env, migrated_db)
    out = subprocess.run([sys.executable, "-c", DAG_TEST], env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-4000:]
    assert json.loads(out.stdout.strip().splitlines()[-1])["state"].endswith("success"), out.stderr[-4000:]
    db = tmp_path / "rasd" / "rasd.duckdb"
    assert _query(db, "SELECT count(*) FROM articles")[0][0] >= 20
    assert _query(db, "SELECT count(*) FROM calls")[0][0] >= 10


@pytest.mark.e2e
def test_an_archive_only_dag_run_with_an_empty_registry_loads_the_archive(tmp_path, migrated_db):
    """No outlet to fetch: the mapped fetch is skipped, and the archive's pages still go through."""
    sys.path.insert(0, str(REPO / "scripts"))
    sys.path.insert(0, str(REPO / "tests" / "pipeline"))
    from warcs import article_pages, write_warc

    from airflow_env import airflow_env

    archive = write_warc(tmp_path / "a.warc.gz", article_pages(30))
    env = airflow_env(tmp_path, port=18080)
    env["RASD_HOME"] = str(tmp_path / "rasd")
    env["RASD_SOURCES"] = str(tmp_path / "no-outlets.yaml")
    (tmp_path / "no-outlets.yaml").write_text("outlets: []\n")
    _use_migrated_db(env, migrated_db)
    conf = json.dumps({"warc": [str(archive)]})
    out = subprocess.run([sys.executable, "-c", DAG_TEST, conf], env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-4000:]
    assert json.loads(out.stdout.strip().splitlines()[-1])["state"].endswith("success"), out.stderr[-4000:]
    assert _query(tmp_path / "rasd" / "rasd.duckdb", "SELECT count(*) FROM articles")[0][0] == 30


@pytest.mark.e2e
def test_a_tripped_gate_in_airflow_is_recorded_and_the_variable_overrides_the_threshold(tmp_path, migrated_db):
    """A DAG run with threshold 0 trips a gate: the run is failed and recorded with its gate; the
    Variable ``rasd_critical_threshold`` overrides the DAG param (what a user sets before clearing)."""
    sys.path.insert(0, str(REPO / "scripts"))
    from airflow_env import airflow_env

    env = airflow_env(tmp_path, port=18081)
    env["RASD_HOME"] = str(tmp_path / "rasd")
    _use_migrated_db(env, migrated_db)
    conf = json.dumps({"critical_threshold": 0.0})
    out = subprocess.run([sys.executable, "-c", DAG_TEST, conf], env=env, capture_output=True, text=True, timeout=900)
    first = json.loads(out.stdout.strip().splitlines()[-1])
    assert first["state"].endswith("failed"), out.stderr[-4000:]
    snap = tmp_path / "rasd" / "rasd.snapshot.duckdb"
    status, gate, message = _query(snap, f"SELECT status, gate, message FROM runs WHERE run_id = '{first['run_id']}'")[
        0
    ]
    assert status == "failed" and gate.startswith("gate_") and "> 0%" in message
    assert _query(snap, "SELECT count(*) FROM quarantine WHERE stage LIKE 'gate_%'")[0][0] >= 1

    env["AIRFLOW_VAR_RASD_CRITICAL_THRESHOLD"] = "1.0"  # a Variable, from the environment
    out = subprocess.run([sys.executable, "-c", DAG_TEST, conf], env=env, capture_output=True, text=True, timeout=900)
    second = json.loads(out.stdout.strip().splitlines()[-1])
    assert second["state"].endswith("success"), out.stderr[-4000:]
    assert _query(snap, f"SELECT status FROM runs WHERE run_id = '{second['run_id']}'") == [("success",)]
