from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("RASD_SEEDS", REPO.parent / "shared" / "seeds"))


def seed_cases() -> list[dict]:
    gold = SEEDS / "gold.jsonl"
    if not gold.exists():
        return []
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def sample_site():
    from rasd.sample_site.site import start_in_thread

    server, base_url = start_in_thread(0)
    yield base_url
    server.shutdown()


@pytest.fixture()
def rasd_env(tmp_path, monkeypatch, sample_site):
    """A fresh RASD_HOME with the sample site as the source."""
    monkeypatch.setenv("RASD_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("RASD_SAMPLE_BASE_URL", sample_site)
    for var in ("RASD_DB", "RASD_RAW", "RASD_REPORTS", "RASD_SOURCES"):
        monkeypatch.delenv(var, raising=False)
    from rasd.config import settings

    return settings()


STANDALONE_AIRFLOW = "standalone_airflow"


def pytest_collection_modifyitems(session, config, items):
    """The tests on `make run`'s Airflow share one (see ``standalone_airflow``): run them last, one
    after another, so that it starts once and nothing else runs while it is up (it stops with the session)."""
    items.sort(key=lambda item: STANDALONE_AIRFLOW in getattr(item, "fixturenames", ()))  # stable


@pytest.fixture(scope="session")
def standalone_airflow(tmp_path_factory):
    """`make run`'s Airflow for real, started once for every test that needs it: scripts/run_airflow.py
    (standalone Airflow, SQLite metadata DB, the sample site) runs rasd_ingest (and the report it
    triggers) and rasd_reprocess through the REST API, then serves; RASD_PLUGIN_TOKEN is set so the
    plugin pages open with a token. rasd_ingest is paused once it is serving (no hourly run mid-test).
    Tests that change its state leave what the others check true (a further run that succeeds)."""
    import secrets
    import signal
    import socket
    import subprocess
    import sys

    sys.path.insert(0, str(REPO / "scripts"))
    from run_airflow import api, token_for

    def free_port() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    home, port, token = tmp_path_factory.mktemp("airflow") / "var", free_port(), secrets.token_urlsafe(24)
    env = dict(os.environ, RASD_PLUGIN_TOKEN=token)
    for var in ("RASD_DB", "RASD_RAW", "RASD_REPORTS", "RASD_SOURCES"):
        env.pop(var, None)
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "scripts" / "run_airflow.py"), "--port", str(port)]
        + ["--sample-port", str(free_port()), "--home", str(home), "--also-reprocess"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    log = home / "airflow-standalone.log"
    try:
        lines = []
        for line in proc.stdout:  # serving once ingest, its report and the reprocess run are done
            lines.append(line)
            if line.startswith("Serving"):
                break
        stdout = "".join(lines)
        if not stdout.endswith("Serving; press Ctrl-C to stop.\n"):
            proc.wait(60)
            raise AssertionError(
                f"run_airflow.py exited with {proc.returncode} before serving:\n{stdout[-3000:]}"
                + (log.read_text()[-3000:] if log.exists() else "")
            )
        login = [part.strip() for part in stdout.split("login: ")[1].splitlines()[0].split(" / ")]
        base = f"http://127.0.0.1:{port}"
        jwt = token_for(base, login[0], login[1])
        api(base, "PATCH", "/api/v2/dags/rasd_ingest", jwt, {"is_paused": True})
        yield {"base": base, "home": home, "stdout": stdout, "login": login, "jwt": jwt, "token": token, "log": log}
    finally:
        os.kill(proc.pid, signal.SIGINT)  # run_airflow.py stops Airflow and the sample site
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
