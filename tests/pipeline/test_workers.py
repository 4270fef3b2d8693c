"""`rasd run --workers N`: clean and extract in worker processes, overlapped with reading and the gates,
give the tables of one process running the steps one after another."""

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
        # one process, steps one after another; overlapped on one process; overlapped on two
        for workers, overlap in ((1, False), (1, True), (2, True)):
            home = tmp_path / f"w{workers}{overlap}"
            home.mkdir()
            # founded in 2023: the articles gate quarantines the older half (and lets the run go on)
            sources = generated_site.registry(home / "sources.yaml", base, pages, founded="2023-01-01")
            cfg = settings(home=home, sources_file=sources, critical_threshold=0.9)
            counts = run_all(cfg, run_id="same", report=False, workers=workers, overlap=overlap)
            assert counts["clean"]["articles"] >= MIN_ITEMS_FOR_WORKERS  # enough for the pool to be used
            assert counts["gate_articles"]["quarantined"] >= 20
            assert counts["extract"]["articles"] == counts["clean"]["articles"] - counts["gate_articles"]["quarantined"]
            con = duckdb.connect(str(cfg.snapshot_path), read_only=True)
            try:
                tables[workers, overlap] = {
                    t: con.execute(f"{sql} ORDER BY ALL").fetchall() for t, sql in TABLES.items()
                }
                tables[workers, overlap]["minhash"] = con.execute(
                    "SELECT article_id, minhash FROM articles ORDER BY 1"
                ).fetchall()
            finally:
                con.close()
    finally:
        server.shutdown()
    one = tables[1, False]
    for table in one:
        assert tables[1, True][table] == one[table], table
        assert tables[2, True][table] == one[table], table
    assert one["calls"] and one["quarantine"]


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
