"""Backfill from archives at scale: `rasd run --warc` with several files and globs, archives only,
streamed record by record, with progress lines."""

from __future__ import annotations

import logging
import sys
import tracemalloc
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from warcs import article_pages, write_warc

from rasd.cli import main
from rasd.config import settings
from rasd.pipeline import warc_stage
from rasd.pipeline.folder import RunFolder
from rasd.pipeline.progress import Progress
from rasd.pipeline.stages import ArchiveError, archive_paths


def _query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def archives(tmp_path):
    folder = tmp_path / "archives"
    folder.mkdir()
    a = article_pages(30)
    b = article_pages(30, start=30)
    odd = [
        ("http://archive.example/files/doc.pdf", 200, "application/pdf", b"%PDF-1.4\n%%EOF\n"),
        ("http://archive.example/news/gone.html", 404, "text/html; charset=utf-8", b"<html>gone</html>"),
    ]
    write_warc(folder / "2024-01.warc.gz", a, odd)
    write_warc(folder / "2024-02.warc.gz", b + a[:3])  # three URLs archived again, a month later
    write_warc(folder / "2025-01.warc.gz", article_pages(5, start=100))
    return folder


@pytest.mark.e2e
def test_rasd_run_warc_reads_several_archives_and_globs_without_fetching(archives, tmp_path, capsys):
    home = tmp_path / "home"
    code = main(
        [
            "run",
            "--home",
            str(home),
            "--warc",
            str(archives / "2024-*.warc.gz"),
            str(archives / "2025-01.warc.gz"),
            "--workers",
            "1",
            "--sample-port",
            "1",
        ]
    )
    assert code == 0, capsys.readouterr().err
    db = home / "rasd.snapshot.duckdb"
    # Nothing was fetched (the sample outlets of the default registry were not asked; port 1 unused).
    assert _query(db, "SELECT count(*) FROM fetch_log") == [(0,)]
    assert _query(db, "SELECT count(DISTINCT outlet_id), count(*) FROM raw_pages") == [(1, 65)]
    reasons = dict(_query(db, "SELECT reason, count(*) FROM quarantine WHERE stage = 'fetch' GROUP BY 1"))
    assert reasons == {"not_html": 1, "http_404": 1, "archived_again": 3}
    assert _query(db, "SELECT count(*) FROM articles")[0][0] >= 60
    # Every archived response ends as an article or in quarantine.
    urls = {u for (u,) in _query(db, "SELECT url FROM raw_pages UNION SELECT url FROM quarantine")}
    assert {u for u, _ in article_pages(30) + article_pages(30, start=30) + article_pages(5, start=100)} <= urls


def test_an_empty_registry_is_valid_with_archives(archives, tmp_path, capsys):
    empty = tmp_path / "empty.yaml"
    empty.write_text("outlets: []\n")
    home = tmp_path / "home"
    code = main(
        [
            "run",
            "--home",
            str(home),
            "--sources",
            str(empty),
            "--warc",
            str(archives / "2025-01.warc.gz"),
            "--workers",
            "1",
            "--sample-port",
            "0",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert "5 pages" in capsys.readouterr().out


def test_a_missing_archive_or_an_empty_glob_is_one_line(tmp_path, capsys):
    for spec in (str(tmp_path / "nope.warc.gz"), str(tmp_path / "*.warc.gz")):
        assert main(["run", "--home", str(tmp_path / "h"), "--warc", spec]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("rasd run: ") and "\n" not in err and "archive" in err
    not_warc = tmp_path / "notes.warc.gz"
    not_warc.write_bytes(b"this is not an archive\n" * 10)
    assert main(["run", "--home", str(tmp_path / "h2"), "--warc", str(not_warc), "--workers", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert "not a WARC/ARC archive" in err and "\n" not in err


def test_archive_paths_expand_globs_and_fsspec_urls(archives):
    import fsspec

    assert [Path(p).name for p in archive_paths([str(archives / "*.warc.gz")])] == [
        "2024-01.warc.gz",
        "2024-02.warc.gz",
        "2025-01.warc.gz",
    ]
    with fsspec.open("memory://crawl/x-1.warc.gz", "wb") as fh:
        fh.write((archives / "2025-01.warc.gz").read_bytes())
    (found,) = archive_paths("memory://crawl/x-*.warc.gz")
    assert found.startswith("memory://") and found.endswith("/crawl/x-1.warc.gz")
    assert warc_stage(settings(home=archives.parent / "m"), "m", found)["pages"] == 5
    with pytest.raises(ArchiveError):
        archive_paths(["memory://crawl/none-*.warc.gz"])


def test_archives_are_streamed_not_held_in_memory(tmp_path):
    """Reading an archive of 300 pages of about 60 KB (18 MB) allocates no more than a few pages'
    worth: each record is read, stored and written out before the next."""
    big = [(url, body + b"<!-- " + b"x" * 60_000 + b" -->") for url, body in article_pages(300)]
    path = write_warc(tmp_path / "big.warc.gz", big)
    cfg = settings(home=tmp_path / "home")
    warc_stage(cfg, "warm", [str(write_warc(tmp_path / "small.warc.gz", big[:3]))])  # imports, caches
    tracemalloc.start()
    try:
        counts = warc_stage(cfg, "big", [str(path)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert counts["pages"] == 300
    total = sum(len(body) for _, body in big)
    assert peak < 4 * 2**20 and peak < total / 4, (peak, total)
    assert len(RunFolder.of(cfg, "big").pages()) == 300


class Clock:
    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_progress_lines_come_at_least_every_interval(archives, tmp_path, caplog):
    cfg = settings(home=tmp_path / "home", progress_seconds=10)
    clock = Clock(step=1.0)  # every record takes a second on this clock
    with caplog.at_level(logging.INFO, logger="rasd"):
        counts = warc_stage(cfg, "run", [str(archives / "*.warc.gz")], clock=clock)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("warc: ")]
    n_records = counts["pages"] + counts["quarantined"]
    assert len(lines) >= n_records // 10  # one at least every 10 (clock) seconds
    assert "responses" in lines[0] and "pages" in lines[0] and "responses/s" in lines[0]
    assert lines[-1].endswith("(done)") and f"{counts['pages']} pages" in lines[-1]


def test_progress_rate_and_interval():
    logged: list[str] = []

    class Sink(logging.Logger):
        def info(self, fmt, *args, **kw):
            logged.append(fmt % args)

    clock = Clock(step=0.5)
    progress = Progress("clean", "pages", interval=2.0, clock=clock, logger=Sink("t"))
    for _ in range(20):
        progress.add(pages=10, articles=9)
    assert len(logged) == 5  # 10 seconds of clock, a line every 2
    assert logged[0] == "clean: 40 pages, 36 articles; 20.0 pages/s over 2 s"
