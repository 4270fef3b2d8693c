"""`make run` for real: standalone Airflow, rasd_ingest triggered through the REST API, DuckDB checked
(the session's `make run` Airflow, tests/conftest.py: standalone_airflow)."""

from __future__ import annotations

import json

import duckdb
import pytest


@pytest.mark.e2e
def test_standalone_airflow_runs_ingest_then_reprocess_via_rest_api(standalone_airflow):
    home, out = standalone_airflow["home"], standalone_airflow["stdout"]
    assert "rasd_ingest finished: success" in out
    assert "rasd_reports finished: success" in out  # unpaused, triggered by the ingest
    assert "rasd_reprocess finished: success" in out
    assert "login: " in out
    con = duckdb.connect(str(home / "rasd.snapshot.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] >= 20
        assert con.execute("SELECT count(*) FROM calls WHERE n_outlets >= 2").fetchall()[0][0] >= 2
        # The reprocess run re-read the stored pages (no fetching) and recorded itself.
        runs = [r[0] for r in con.execute("SELECT run_id FROM runs").fetchall()]
        assert len(runs) >= 2
        # Each run records what its tasks counted, as `rasd run` does (the report shows these). The
        # first ingest fetched the site (unpausing may start a scheduled run before the triggered one,
        # which then finds every page unchanged and counts zero pages, truly).
        all_counts = [json.loads(r[0]) for r in con.execute("SELECT counts FROM runs").fetchall()]
        ingests = [c for c in all_counts if "gate_raw_pages" in c]  # rasd_reprocess has no raw-page gate
        first = max(ingests, key=lambda c: sum(v["pages"] for v in c["fetch"].values()))
        assert sum(v["pages"] for v in first["fetch"].values()) >= 20
        assert first["clean"]["articles"] >= 20 and first["extract"]["events"] >= 10
        assert first["load"]["articles_loaded"] >= 20 and "gate_events" in first
        assert con.execute("SELECT count(*) FROM fetch_log").fetchall()[0][0] > 0
    finally:
        con.close()
