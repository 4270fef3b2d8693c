"""In Airflow, a tripped gate is resumed by clearing it: on `make run`'s Airflow, a rasd_reprocess
run triggered with threshold 0 fails at a gate; the Variable raises the threshold for that run; clearing the gate task
(with its downstream tasks) through the REST API finishes the run, and the run record says so."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import duckdb
import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
from run_airflow import api, token_for, wait_for


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_state(base, token, run_id):
    state = api(base, "GET", f"/api/v2/dags/rasd_reprocess/dagRuns/{run_id}", token)["state"]
    return state if state in ("success", "failed") else None


@pytest.mark.e2e
def test_clearing_a_tripped_gate_with_a_variable_threshold_finishes_the_run(tmp_path):
    home, port = tmp_path / "var", _free_port()
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "scripts" / "run_airflow.py"), "--port", str(port)]
        + ["--sample-port", str(_free_port()), "--home", str(home)],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        login = None
        for line in proc.stdout:  # serving once the first ingest and its report are done
            if "login: " in line:
                login = line.split("login: ")[1].split(" / ")
            if line.startswith("Serving"):
                break
        assert login, "run_airflow.py did not start"
        base = f"http://127.0.0.1:{port}"
        token = token_for(base, login[0].strip(), login[1].strip())
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
        time.sleep(5)
        assert wait_for("the cleared run", lambda: _run_state(base, token, run_id), 900) == "success"
        con = duckdb.connect(str(snap), read_only=True)
        assert con.execute("SELECT status, gate FROM runs WHERE run_id = ?", [run_id]).fetchall() == [("success", None)]
        con.close()
    finally:
        os.kill(proc.pid, signal.SIGINT)  # run_airflow.py stops Airflow and the sample site
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
