"""`rasd run` as a user runs it, on a generated site: undated pages kept, a tripped gate that keeps
everything and is resumed without fetching, one writer per home, unique and valid run ids."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generated_site

from conftest import REPO

pytestmark = pytest.mark.e2e


def rasd(*args: str, home: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=f"{REPO / 'include'}", RASD_HOME=str(home))
    for var in ("RASD_DB", "RASD_RAW", "RASD_REPORTS", "RASD_SOURCES", "RASD_CRITICAL_THRESHOLD"):
        env.pop(var, None)
    cmd = [sys.executable, "-m", "rasd.cli", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture()
def site(tmp_path):
    pages = generated_site.generate(90, undated_every=4, hostile=5)
    server, base = generated_site.serve(pages)
    yield pages, base
    server.shutdown()


def test_undated_pages_are_loaded_and_their_dated_calls_made(tmp_path, site):
    pages, base = site
    home = tmp_path / "home"
    sources = generated_site.registry(tmp_path / "sources.yaml", base, pages)
    out = rasd("run", "--sources", str(sources), "--sample-port", "0", home=home)
    assert out.returncode == 0, out.stderr[-3000:]
    summary = out.stdout.strip().splitlines()[-1]
    assert summary.startswith("run manual__") and ": success:" in summary
    snap = home / "rasd.snapshot.duckdb"
    # Every page ends in articles or in quarantine, with a reason.
    accounted = {r[0] for r in query(snap, "SELECT url FROM articles UNION SELECT url FROM quarantine")}
    assert {base + p for p in pages} <= accounted
    assert query(snap, "SELECT status FROM runs") == [("success",)]
    # A quarter of the articles have no publication date: loaded, with a null date, not quarantined.
    undated = query(snap, "SELECT count(*) FROM articles WHERE published_date IS NULL")[0][0]
    assert undated >= 20
    assert not query(snap, "SELECT * FROM quarantine WHERE reason = 'published_date_missing'")
    assert query(
        snap, "SELECT count(*) FROM quality_results WHERE expectation LIKE '%published_date_missing' AND NOT success"
    ) == [(1,)]
    # Their calls with an explicit date are calls like any other.
    explicit_undated_calls = query(
        snap,
        """SELECT count(DISTINCT ce.call_id) FROM call_events ce JOIN events e USING (event_id)
           JOIN articles a USING (article_id) WHERE a.published_date IS NULL AND e.date_basis = 'explicit'""",
    )[0][0]
    assert explicit_undated_calls >= 3


def test_a_tripped_gate_keeps_everything_and_the_run_resumes_without_fetching(tmp_path):
    pages = generated_site.generate(90, undated_every=4, hostile=5)
    server, base = generated_site.serve(pages)
    home = tmp_path / "home"
    # The registry says the outlet was founded in 2023: half its articles predate it (critical).
    sources = generated_site.registry(tmp_path / "sources.yaml", base, pages, founded="2023-01-01")
    out = rasd("run", "--sources", str(sources), "--sample-port", "0", home=home)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    message = [line for line in out.stderr.splitlines() if line.startswith("rasd run")]
    assert len(message) == 1 and "FAILED at gate_articles" in message[0] and "--resume" in message[0]
    run_id = message[0].split()[2].rstrip(":")
    snap = home / "rasd.snapshot.duckdb"
    status, gate, why, counts = query(
        snap, "SELECT status, gate, message, counts FROM runs WHERE run_id = ?", [run_id]
    )[0]
    assert (status, gate) == ("failed", "gate_articles") and "published_before_outlet_existed" in why
    assert '"clean"' in counts and '"gate_articles"' in counts
    n_early = query(snap, "SELECT count(*) FROM quarantine WHERE reason = 'published_before_outlet_existed'")[0][0]
    assert n_early >= 20
    assert query(snap, "SELECT count(*) FROM quarantine WHERE stage = 'clean'")[0][0] >= 1  # earlier stages too
    assert query(snap, "SELECT count(*) FROM quality_results WHERE run_id = ? AND stage = 'articles'", [run_id])[0][0]
    assert query(snap, "SELECT count(*) FROM articles") == [(0,)]

    # Resume from the gate with a one-off threshold, with the site stopped: nothing can be fetched.
    server.shutdown()
    site_server_gone = rasd(
        "run", "--resume", run_id, "--critical-threshold", "0.9", "--sources", str(sources), home=home
    )
    assert site_server_gone.returncode == 0, site_server_gone.stderr[-3000:]
    assert query(snap, "SELECT status, gate FROM runs WHERE run_id = ?", [run_id]) == [("success", None)]
    n_articles = query(snap, "SELECT count(*) FROM articles")[0][0]
    assert n_articles >= 30
    # Nothing was lost: every page of the run is an article or in quarantine.
    accounted = {r[0] for r in query(snap, "SELECT url FROM articles UNION SELECT url FROM quarantine")}
    assert {base + p for p in pages} <= accounted
    # A resumed run that succeeded has nothing left to resume.
    again = rasd("run", "--resume", run_id, home=home)
    assert again.returncode == 2 and "nothing to resume" in again.stderr


def test_second_run_on_the_same_home_is_refused_in_one_line(tmp_path):
    from rasd.pipeline.runs import RunLock

    home = tmp_path / "home"
    with RunLock(home, "rasd run manual__first"):
        out = rasd("run", "--sample-port", "0", home=home, timeout=120)
    assert out.returncode == 1
    assert out.stderr.strip().count("\n") == 0, out.stderr
    assert "manual__first" in out.stderr and f"pid {os.getpid()}" in out.stderr


@pytest.mark.parametrize("bad", [".", "..", "a/b", "", "x" * 300])
def test_run_ids_that_cannot_name_a_folder_are_refused(tmp_path, bad):
    out = rasd("run", "--run-id", bad, "--sample-port", "0", home=tmp_path / "home", timeout=120)
    assert out.returncode == 2 and "invalid run id" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "home" / "runs").exists() or not any((tmp_path / "home" / "runs").iterdir())
