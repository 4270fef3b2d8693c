"""`rasd export`: the path never reaches SQL, a non-empty folder is kept unless --force, and a
forced export replaces the folder whole (no stale partitions)."""

from __future__ import annotations

import os
import subprocess
import sys

import duckdb
import pytest

from conftest import REPO
from rasd.records import CleanArticle, Event, Participant, SourceRef, Span
from rasd.warehouse.export import ExportRefused, export_parquet
from rasd.warehouse.load import load_articles
from rasd.warehouse.schema import connect

PUTIN = Participant("Q7747", "Vladimir Putin", None, "RU", "بوتين")
RAISI = Participant("Q5819790", "Ebrahim Raisi", None, "IR", "رئيسي")


def warehouse(path, dates=("2021-11-16", "2022-01-05")):
    con = connect(path)
    batch = []
    for i, day in enumerate(dates):
        article = CleanArticle(f"a{i}", f"http://o/{i}", "o", "t", day, "meta", "نص " * 100)
        event = Event(
            "phone_call",
            "reported",
            False,
            day,
            "explicit",
            [PUTIN, RAISI],
            [SourceRef("TASS", "تاس")],
            [],
            [Span("trigger", 0, 4, "اتصل")],
        )
        batch.append((article, [event]))
    load_articles(con, batch)
    return con


def months(out):
    return sorted(p.name for p in out.iterdir())


def test_a_path_with_quotes_is_only_a_path(tmp_path):
    con = warehouse(tmp_path / "w.duckdb")
    out = tmp_path / "it's \"here\"'); DROP TABLE events; --"
    assert export_parquet(con, out) == out
    assert months(out) == ["month=2021-11", "month=2022-01"]
    assert con.execute("SELECT count(*) FROM events").fetchall() == [(2,)]
    total = duckdb.sql("SELECT count(*) FROM read_parquet(?, hive_partitioning=true)", params=[f"{out}/*/*.parquet"])
    assert total.fetchall() == [(2,)]


def test_a_non_empty_folder_is_refused_then_replaced_whole_with_force(tmp_path):
    con = warehouse(tmp_path / "w.duckdb")
    out = tmp_path / "export"
    out.mkdir()
    (out / "month=1999-01").mkdir()
    (out / "month=1999-01" / "stale.parquet").write_bytes(b"old")
    with pytest.raises(ExportRefused, match="--force"):
        export_parquet(con, out)
    assert (out / "month=1999-01" / "stale.parquet").exists()  # untouched
    export_parquet(con, out, force=True)
    assert months(out) == ["month=2021-11", "month=2022-01"]  # the stale partition is gone
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export")]  # no staging left
    # An empty folder is fine without --force; a file is never replaced.
    empty = tmp_path / "empty"
    empty.mkdir()
    export_parquet(con, empty)
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(ExportRefused, match="not a folder"):
        export_parquet(con, afile, force=True)


def test_cli_export_refuses_in_one_line(tmp_path):
    home = tmp_path / "home"
    warehouse(home / "rasd.duckdb").close()
    out = tmp_path / "o'ut"
    env = dict(os.environ, PYTHONPATH=str(REPO / "include"), RASD_HOME=str(home))
    env.pop("RASD_DB", None)

    def export(*extra):
        cmd = [sys.executable, "-m", "rasd.cli", "export", "--out", str(out), *extra]
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)

    first = export()
    assert first.returncode == 0, first.stderr
    second = export()
    assert second.returncode == 2 and "not empty" in second.stderr and "Traceback" not in second.stderr
    assert export("--force").returncode == 0
