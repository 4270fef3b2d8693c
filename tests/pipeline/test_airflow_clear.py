"""In Airflow, a tripped gate is resumed by clearing it: on `make run`'s Airflow, a rasd_reprocess
run triggered with threshold 0 fails at a gate; the Variable raises the threshold for that run; clearing the gate task
(with its downstream tasks) through the REST API finishes the run, and the run record says so."""

from __future__ import annotations

import json
import sys

import duckdb
import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
from run_airflow import api, wait_for


def _state(base, token, run_id):
    return api(base, "GET", f"/api/v2/dags/rasd_reprocess/dagRuns/{run_id}", token)["state"]


def _run_state(base, token, run_id):
    state = _state(base, token, run_id)
    return state if state in ("success", "failed") else None


@pytest.mark.e2e
def test_clearing_a_tripped_gate_with_a_variable_threshold_finishes_the_run(standalone_airflow):
    """On the session's `make run` Airflow (tests/conftest.py: standalone_airflow)."""
    home, base, token = standalone_airflow["home"], standalone_airflow["base"], standalone_airflow["jwt"]
    # Re-process the stored pages (no fetching) with threshold 0: a single critical row trips.
    api(base, "PATCH", "/api/v2/dags/rasd_reprocess", token, {"is_paused": False})
    run = api(
        base,
        "POST",
        "/api/v2/dags/rasd_reprocess/dagRuns",
        token,
        {"logical_date": None, "conf": {"critical_threshold": 0.0}},
    )
    run_id = run["dag_run_id"]
    assert wait_for("the failing run", lambda: _run_state(base, token, run_id), 900) == "failed"
    snap = home / "rasd.snapshot.duckdb"
    con = duckdb.connect(str(snap), read_only=True)
    status, gate = con.execute("SELECT status, gate FROM runs WHERE run_id = ?", [run_id]).fetchall()[0]
    con.close()
    assert status == "failed" and gate.startswith("gate_")

    api(
        base,
        "POST",
        "/api/v2/variables",
        token,
        {"key": "rasd_critical_threshold", "value": json.dumps({run_id: 1.0})},
    )
    api(
        base,
        "POST",
        "/api/v2/dags/rasd_reprocess/clearTaskInstances",
        token,
        {
            "dry_run": False,
            "dag_run_id": run_id,
            "task_ids": [gate],
            "include_downstream": True,
            "only_failed": False,
            "reset_dag_runs": True,
        },
    )
    # The clear puts the run back in the queue (so its old "failed" is never read as the outcome).
    wait_for("the cleared run to be queued again", lambda: _state(base, token, run_id) != "failed", 60)
    assert wait_for("the cleared run", lambda: _run_state(base, token, run_id), 900) == "success"
    con = duckdb.connect(str(snap), read_only=True)
    assert con.execute("SELECT status, gate FROM runs WHERE run_id = ?", [run_id]).fetchall() == [("success", None)]
    con.close()
