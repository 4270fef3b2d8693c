"""`rasd run --workers N`: clean and extract in worker processes give the tables of one process."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generated_site

from rasd.config import settings
from rasd.pipeline import run_all
from rasd.pipeline.parallel import MIN_ITEMS_FOR_WORKERS

TABLES = {
    "articles": "SELECT * EXCLUDE (minhash) FROM articles",
    "events": "SELECT * FROM events",
    "event_participants": "SELECT * FROM event_participants",
    "event_evidence": "SELECT * FROM event_evidence",
    "calls": "SELECT * FROM calls",
    "call_events": "SELECT * FROM call_events",
    "quarantine": "SELECT * FROM quarantine",
}


@pytest.mark.e2e
def test_two_workers_give_the_tables_of_one(tmp_path):
    pages = generated_site.generate(100, undated_every=4, hostile=5)
    server, base = generated_site.serve(pages)
    try:
        tables = {}
        for workers in (1, 2):
            home = tmp_path / f"w{workers}"
            home.mkdir()
            cfg = settings(home=home, sources_file=generated_site.registry(home / "sources.yaml", base, pages))
            counts = run_all(cfg, run_id="same", report=False, workers=workers)
            assert counts["clean"]["articles"] >= MIN_ITEMS_FOR_WORKERS  # enough for the pool to be used
            con = duckdb.connect(str(cfg.snapshot_path), read_only=True)
            try:
                tables[workers] = {t: con.execute(f"{sql} ORDER BY ALL").fetchall() for t, sql in TABLES.items()}
                tables[workers]["minhash"] = con.execute(
                    "SELECT article_id, minhash FROM articles ORDER BY 1"
                ).fetchall()
            finally:
                con.close()
    finally:
        server.shutdown()
    for table in tables[1]:
        assert tables[2][table] == tables[1][table], table
    assert tables[1]["calls"]


def _pid_of(_item: int) -> int:
    import os
    import time

    time.sleep(0.01)
    return os.getpid()


def test_the_work_spreads_over_processes_and_keeps_its_order():
    import os

    from rasd.pipeline.parallel import map_ordered

    pids = map_ordered(_pid_of, list(range(200)), workers=2)
    # the parent runs the first item (what it loads is inherited by the forked workers), two workers the rest
    assert len(pids) == 200 and pids[0] == os.getpid() and os.getpid() not in pids[1:] and len(set(pids[1:])) == 2
    assert map_ordered(str, list(range(500)), workers=2) == [str(i) for i in range(500)]
    assert set(map_ordered(_pid_of, list(range(10)), workers=2)) == {os.getpid()}  # too few to pay
