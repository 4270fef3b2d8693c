"""Run ids and the run folder: unique below the second, never outside the runs folder."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.config import settings
from rasd.pipeline.folder import InvalidRunId, RunFolder, folder_name
from rasd.pipeline.runs import new_run_id


def test_run_ids_are_unique_below_the_second(tmp_path):
    cfg = settings(home=tmp_path)
    now = dt.datetime(2026, 1, 2, 3, 4, 5, 600, tzinfo=dt.UTC)
    first = new_run_id(cfg, now)
    RunFolder.of(cfg, first).update_manifest(started_at="x")
    second = new_run_id(cfg, now)  # the same microsecond: still a new id
    assert first != second and first.startswith("manual__20260102T030405.000600Z")
    ids = {new_run_id(cfg) for _ in range(50)}
    assert len(ids) == 50


@pytest.mark.parametrize("bad", [".", "..", "...", "", "../x", "a/b", "a\\b", "a\x00b", "x" * 201, "run id"])
def test_bad_run_ids_are_refused(bad):
    with pytest.raises(InvalidRunId):
        folder_name(bad)


def test_airflow_run_ids_name_a_folder():
    assert folder_name("manual__2026-01-01T00:00:00+00:00") == "manual__2026-01-01T00_00_00_00_00"
    assert folder_name("scheduled__2026-01-01T00:00:00+00:00").startswith("scheduled__")


def test_the_manifest_round_trips(tmp_path):
    folder = RunFolder.of(settings(home=tmp_path), "r1")
    assert not folder.exists()
    folder.update_manifest(failed_gate="gate_events", critical_threshold=0.5)
    assert folder.exists()
    m = folder.manifest()
    assert (m.failed_gate, m.critical_threshold, m.source) == ("gate_events", 0.5, "fetched")


def test_a_crashing_step_is_recorded_and_resumable(tmp_path, monkeypatch):
    """A step that fails for another reason than data (here extraction raising) leaves a failed
    run record naming the step, and the run resumes there once the cause is gone."""
    import sys
    from pathlib import Path

    import duckdb

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import generated_site

    import rasd.pipeline.runs as runs
    from rasd.pipeline import resume_run, run_all

    pages = generated_site.generate(12, undated_every=4)
    server, base = generated_site.serve(pages)
    try:
        cfg = settings(home=tmp_path, sources_file=generated_site.registry(tmp_path / "s.yaml", base, pages))
        real_extract = runs.PARALLEL_STEPS["extract"]

        def disk_full(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setitem(runs.PARALLEL_STEPS, "extract", disk_full)
        with pytest.raises(OSError):
            run_all(cfg, run_id="crash", report=False, overlap=False)
        con = duckdb.connect(str(cfg.snapshot_path), read_only=True)
        assert con.execute("SELECT status, gate, message FROM runs").fetchall() == [
            ("failed", "extract", "OSError: [Errno 28] No space left on device")
        ]
        con.close()
        monkeypatch.setitem(runs.PARALLEL_STEPS, "extract", real_extract)
        server.shutdown()  # resuming fetches nothing
        counts = resume_run(cfg, "crash", report=False)
        assert counts["extract"]["events"] > 0
    finally:
        server.shutdown()


def test_a_crash_in_an_overlapped_shard_is_recorded_and_resumable(tmp_path, monkeypatch):
    """A shard's clean+extract crashing in a worker process: the shards are forgotten, the run is
    recorded as failed at shard_pages, and resuming cuts the pages again."""
    import sys
    from pathlib import Path

    import duckdb

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from warcs import article_pages, write_warc

    import rasd.pipeline.stages as stages
    from rasd.pipeline import resume_run, run_all

    archive = write_warc(tmp_path / "a.warc.gz", article_pages(20))
    cfg = settings(home=tmp_path / "home", shard_size=8)
    real_extract = stages.extract_stage

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(stages, "extract_stage", disk_full)  # the forked workers inherit it
    with pytest.raises(OSError):
        run_all(cfg, run_id="crash", report=False, warc=[str(archive)], fetch=False, workers=2)
    con = duckdb.connect(str(cfg.snapshot_path), read_only=True)
    try:
        assert con.execute("SELECT status, gate, message FROM runs").fetchall() == [
            ("failed", "shard_pages", "OSError: [Errno 28] No space left on device")
        ]
    finally:
        con.close()
    assert RunFolder.of(cfg, "crash").shards() == []
    monkeypatch.setattr(stages, "extract_stage", real_extract)
    counts = resume_run(cfg, "crash", report=False, workers=2)
    assert counts["clean"]["articles"] == 20 and counts["extract"]["events"] > 0
