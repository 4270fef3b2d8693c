"""`make run`: standalone Airflow with the Rasd DAGs, the sample site on loopback, one ingest run.

Creates what the DAGs need (the duckdb_writer pool), unpauses rasd_ingest and rasd_reports,
triggers an ingest run through the REST API, waits for the report that the ingest's warehouse
update triggers, prints the UI address and login, and keeps serving until interrupted.

One writer per home: like `rasd run`, it holds ``<home>/run.lock`` while it runs, so a second
`make run` or `rasd run` on the same home is refused in one line naming this one; busy ports are
said in one line too.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from airflow_env import REPO, airflow_env

sys.path.insert(0, str(REPO / "include"))
from rasd.pipeline.runs import RunInProgress, RunLock

BIN = Path(sys.executable).parent


def api(base: str, method: str, path: str, token: str | None = None, body: dict | None = None) -> dict:
    req = urllib.request.Request(
        base + path, method=method, data=json.dumps(body).encode() if body is not None else None
    )
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read() or b"{}")


def wait_for(what: str, check, timeout: float) -> object:
    deadline = time.time() + timeout
    last_error = None
    while time.time() < deadline:
        try:
            result = check()
            if result:
                return result
        except (urllib.error.URLError, OSError, KeyError, ValueError) as exc:
            last_error = exc
        time.sleep(2)
    raise TimeoutError(f"timed out waiting for {what} ({last_error})")


def prepare(env: dict) -> None:
    """Metadata DB and the pool the scheduler needs (dag.test() ignores a missing pool; it does not)."""
    subprocess.run([str(BIN / "airflow"), "db", "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        [str(BIN / "airflow"), "pools", "set", "duckdb_writer", "1", "Rasd: one writer of the DuckDB file at a time"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def trigger_and_wait(base: str, token: str, dag_id: str, conf: dict | None = None, timeout: float = 900) -> str:
    wait_for(f"DAG {dag_id} to be parsed", lambda: api(base, "GET", f"/api/v2/dags/{dag_id}", token), 180)
    api(base, "PATCH", f"/api/v2/dags/{dag_id}", token, {"is_paused": False})
    run = api(base, "POST", f"/api/v2/dags/{dag_id}/dagRuns", token, {"logical_date": None, "conf": conf or {}})
    run_id = run["dag_run_id"]
    print(f"triggered {dag_id} run {run_id}", flush=True)

    def finished():
        state = api(base, "GET", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}", token)["state"]
        return state if state in ("success", "failed") else None

    return wait_for(f"{dag_id} run {run_id}", finished, timeout)


def wait_for_report(base: str, token: str, timeout: float = 600) -> str:
    """The rasd_reports run that the ingest's warehouse update (an asset event) triggered."""

    def finished():
        runs = api(base, "GET", "/api/v2/dags/rasd_reports/dagRuns", token).get("dag_runs", [])
        states = [r["state"] for r in runs]
        done = [s for s in states if s in ("success", "failed")]
        return done[-1] if done and len(done) == len(states) else None

    return wait_for("rasd_reports to build the quality report", finished, timeout)


def busy_port(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def token_for(base: str, username: str, password: str) -> str:
    req = urllib.request.Request(
        base + "/auth/token",
        method="POST",
        data=json.dumps({"username": username, "password": password}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())["access_token"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--sample-port", type=int, default=8765)
    parser.add_argument("--home", default=str(REPO / "var"))
    parser.add_argument("--exit-after-run", action="store_true", help="stop once the triggered run finished")
    parser.add_argument(
        "--also-reprocess",
        action="store_true",
        help="after ingest, trigger rasd_reprocess (stored pages, no fetching) and wait for it",
    )
    args = parser.parse_args()
    try:
        with RunLock(Path(args.home), f"make run (Airflow on port {args.port})"):
            for name, port in (("Airflow", args.port), ("sample site", args.sample_port)):
                if busy_port(port):
                    print(f"make run: port {port} for the {name} is in use; set PORT or SAMPLE_PORT", flush=True)
                    return 1
            return serve(args)
    except RunInProgress as exc:
        print(f"make run: {exc}", flush=True)
        return 1


def serve(args: argparse.Namespace) -> int:
    sample_url = f"http://127.0.0.1:{args.sample_port}"
    env = airflow_env(Path(args.home), args.port, sample_url)
    env["RASD_HOME"] = args.home
    prepare(env)
    passwords = Path(env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"])
    # Each in its own process group: stopping `airflow standalone` alone would orphan its
    # scheduler, api-server and executor workers.
    procs = [
        subprocess.Popen(
            [str(BIN / "rasd"), "serve-sample", "--port", str(args.sample_port)], env=env, start_new_session=True
        ),
        subprocess.Popen(
            [str(BIN / "airflow"), "standalone"],
            env=env,
            start_new_session=True,
            stdout=open(Path(args.home) / "airflow-standalone.log", "w"),
            stderr=subprocess.STDOUT,
        ),
    ]
    base = f"http://127.0.0.1:{args.port}"
    try:
        wait_for("the Airflow API", lambda: api(base, "GET", "/api/v2/monitor/health"), 240)
        login = wait_for("the generated login", lambda: json.loads(passwords.read_text()), 60)
        username, password = next(iter(login.items()))
        token = token_for(base, username, password)
        print(f"\nAirflow UI: {base}   login: {username} / {password}\nSample site: {sample_url}\n", flush=True)
        wait_for("DAG rasd_reports to be parsed", lambda: api(base, "GET", "/api/v2/dags/rasd_reports", token), 180)
        api(base, "PATCH", "/api/v2/dags/rasd_reports", token, {"is_paused": False})
        state = trigger_and_wait(base, token, "rasd_ingest")
        print(f"rasd_ingest finished: {state}", flush=True)
        if state == "success":
            print(f"rasd_reports finished: {wait_for_report(base, token)}", flush=True)
        if args.also_reprocess and state == "success":
            state = trigger_and_wait(base, token, "rasd_reprocess")
            print(f"rasd_reprocess finished: {state}", flush=True)
        print(f"DuckDB: {Path(args.home) / 'rasd.duckdb'}   report: {Path(args.home) / 'reports' / 'index.html'}")
        if args.exit_after_run:
            return 0 if state == "success" else 1
        print("Serving; press Ctrl-C to stop.", flush=True)
        procs[1].wait()
        return procs[1].returncode or 0
    except KeyboardInterrupt:
        return 0
    finally:
        stop_groups(procs)


def stop_groups(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for proc in procs:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever of the group is still there
        except ProcessLookupError:
            pass


if __name__ == "__main__":
    sys.exit(main())
