"""Shards: a run's pages split into shards give the tables of one big shard (clean and extract per
shard; near-duplicates and the gates on the union of the shards)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_workers import TABLES
from warcs import article_pages, write_warc

from rasd.config import settings
from rasd.pipeline import run_all
from rasd.pipeline.folder import RunFolder


def _tables(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {t: con.execute(f"{sql} ORDER BY ALL").fetchall() for t, sql in TABLES.items()}
        out["minhash"] = con.execute("SELECT article_id, minhash, duplicate_of FROM articles ORDER BY 1").fetchall()
        return out
    finally:
        con.close()


@pytest.mark.e2e
def test_small_shards_give_the_tables_of_one_shard(tmp_path):
    pages = article_pages(45)
    copies = [(url.replace("/news/", "/copy/"), body) for url, body in pages[:4]]  # near-duplicates across shards
    odd = [("http://archive.example/x.html", 200, "text/html; charset=utf-8", b"<html><body>Hello</body></html>")]
    archive = write_warc(tmp_path / "a.warc.gz", pages + copies, odd)
    tables, counts = {}, {}
    for size in (1000, 8):
        cfg = settings(home=tmp_path / f"s{size}", shard_size=size)
        counts[size] = run_all(cfg, run_id="same", report=False, warc=[str(archive)], fetch=False)
        n_pages = counts[size]["gate_raw_pages"]["rows"] - counts[size]["gate_raw_pages"]["quarantined"]
        assert counts[size]["shard_pages"]["pages"] == n_pages
        assert RunFolder.of(cfg, "same").shards() == [f"{k:05d}" for k in range(math.ceil(n_pages / size))]
        tables[size] = _tables(cfg.snapshot_path)
    assert counts[8]["shard_pages"]["shards"] == 7 and counts[1000]["shard_pages"]["shards"] == 1
    for key in ("clean", "extract", "gate_articles", "gate_events", "load"):
        assert counts[8][key] == counts[1000][key], key
    for table in tables[1000]:
        assert tables[8][table] == tables[1000][table], table
    assert sum(1 for _, _, dup in tables[8]["minhash"] if dup) >= 4  # copies found across shards


@pytest.mark.e2e
def test_overlapped_shards_drop_the_pages_the_raw_pages_gate_quarantines(tmp_path):
    pages = article_pages(40)
    tiny = [(f"http://archive.example/tiny-{i}.html", b"<html><body>Hi</body></html>") for i in range(3)]
    # Tiny bodies amid the articles: their shards are cleaned before the raw pages gate quarantines them.
    archive = write_warc(tmp_path / "a.warc.gz", pages[:5] + tiny[:1] + pages[5:25] + tiny[1:] + pages[25:])
    tables, counts = {}, {}
    for workers, overlap in ((1, False), (2, True)):
        cfg = settings(home=tmp_path / f"w{workers}", shard_size=8)
        counts[workers] = run_all(
            cfg, run_id="same", report=False, warc=[str(archive)], fetch=False, workers=workers, overlap=overlap
        )
        tables[workers] = _tables(cfg.snapshot_path)
        assert counts[workers]["gate_raw_pages"] == {"rows": 43, "quarantined": 3}
        assert counts[workers]["shard_pages"]["pages"] == 40
        assert not list(RunFolder.of(cfg, "same").path.glob("pending_events.*"))
    for key in ("clean", "extract", "gate_articles", "gate_events", "load"):
        assert counts[2][key] == counts[1][key], key
    for table in tables[1]:
        assert tables[2][table] == tables[1][table], table


@pytest.mark.e2e
def test_a_tripped_raw_pages_gate_stops_the_overlapped_shards_and_the_run_resumes(tmp_path):
    from rasd.pipeline import resume_run
    from rasd.quality import GateFailed

    pages = article_pages(30)
    tiny = [(f"http://archive.example/tiny-{i}.html", b"<html><body>Hi</body></html>") for i in range(3)]
    archive = write_warc(tmp_path / "a.warc.gz", pages + tiny)
    cfg = settings(home=tmp_path / "home", shard_size=8, critical_threshold=0.05)
    with pytest.raises(GateFailed):
        run_all(cfg, run_id="r", report=False, warc=[str(archive)], fetch=False, workers=2)
    folder = RunFolder.of(cfg, "r")
    assert folder.manifest().failed_gate == "gate_raw_pages"
    assert folder.shards() == [] and not list(folder.path.glob("articles.*")) and not list(folder.path.glob("*events*"))
    con = duckdb.connect(str(cfg.snapshot_path), read_only=True)
    try:
        run = con.execute("SELECT status, gate, counts FROM runs WHERE run_id = 'r'").fetchall()
        quarantined = con.execute("SELECT count(*) FROM quarantine WHERE reason = 'empty_body'").fetchall()
    finally:
        con.close()
    assert run[0][:2] == ("failed", "gate_raw_pages") and '"clean"' not in run[0][2]  # as if nothing ran after it
    assert quarantined == [(3,)]
    counts = resume_run(cfg, "r", critical_threshold=0.5, report=False, workers=2)
    assert counts["clean"]["articles"] + counts["clean"]["quarantined"] == 30


def test_a_run_with_no_pages_has_one_empty_shard(tmp_path):
    from rasd.pipeline import clean_stage, extract_stage, shard_stage

    cfg = settings(home=tmp_path)
    RunFolder.of(cfg, "empty").update_manifest()
    assert shard_stage(cfg, "empty") == ["00000"]  # a mapped task over no shards would skip the run
    assert clean_stage(cfg, "empty", shard="00000") == {"articles": 0, "quarantined": 0}
    assert extract_stage(cfg, "empty", shard="00000") == {"articles": 0, "events": 0}


@pytest.mark.e2e
def test_the_dags_shard_tasks_give_the_tables_of_one_shard_and_a_cleared_articles_gate_promotes(tmp_path):
    """What the DAGs' tasks call, in their order (one clean+extract task per shard, extracting ahead
    of the articles gate): the tables of a sequential run with one shard. The articles gate trips
    first (every dated article "in the future"): the events extracted ahead stay, and the gate run
    again with a passing verdict (a cleared task) keeps those of the articles that passed."""
    import datetime as dt

    from rasd.pipeline import (
        clean_extract_stage,
        gate_articles,
        gate_events,
        gate_raw_pages,
        gate_warehouse,
        load_stage,
        shard_stage,
        start_run,
        warc_stage,
    )
    from rasd.quality import GateFailed

    archive = write_warc(tmp_path / "a.warc.gz", article_pages(30))
    one = settings(home=tmp_path / "one", shard_size=1000)
    run_all(one, run_id="same", report=False, warc=[str(archive)], fetch=False)

    cfg = settings(home=tmp_path / "dag", shard_size=8)
    start_run(cfg, "same")
    warc_stage(cfg, "same", [str(archive)])
    gate_raw_pages(cfg, "same")
    done = [clean_extract_stage(cfg, "same", shard) for shard in shard_stage(cfg, "same")]
    assert len(done) == 4 and all(d["extract"]["articles"] == d["clean"]["articles"] for d in done)
    extracted = {d["shard"]: d["extract"] for d in done}
    folder = RunFolder.of(cfg, "same")
    first_day = min(a.published_date for a in folder.articles() if a.published_date)
    with pytest.raises(GateFailed):
        gate_articles(cfg, "same", today=dt.date.fromisoformat(first_day) - dt.timedelta(days=1), extracted=extracted)
    assert len(list(folder.path.glob("pending_events.*.jsonl"))) == 4 and not list(folder.path.glob("events.*"))
    for _ in range(2):  # cleared, then run once more: the shards promoted already are left as they are
        gate_articles(cfg, "same", extracted=extracted)
        assert not list(folder.path.glob("pending_events.*")) and len(list(folder.path.glob("events.*"))) == 4
    gate_events(cfg, "same")
    load_stage(cfg, "same")
    gate_warehouse(cfg, "same")
    assert folder.counts()["extract"] == RunFolder.of(one, "same").counts()["extract"]
    ours, theirs = _tables(cfg.snapshot_path), _tables(one.snapshot_path)
    # The tripped gate committed what it quarantined (as a tripped gate does); nothing else differs.
    tripped = [row for row in ours["quarantine"] if row[1] == "gate_articles"]
    assert tripped and {row[2] for row in tripped} == {"published_date_in_future"}
    ours["quarantine"] = [row for row in ours["quarantine"] if row[1] != "gate_articles"]
    for table in theirs:
        assert ours[table] == theirs[table], table
