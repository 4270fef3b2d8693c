"""The raw store and the run folders as fsspec URLs (RASD_RAW, RASD_RUNS): a whole run with both on
an fsspec file system that is not the local disk (``memory://``, in this process), nothing of
either under the home. (Against an S3-compatible server: not yet, see README.)"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import fsspec
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from warcs import article_pages, write_warc

from rasd.config import settings
from rasd.pipeline import run_all
from rasd.pipeline.folder import RunFolder


@pytest.mark.e2e
def test_a_run_with_raw_store_and_run_folders_on_fsspec_urls(tmp_path, monkeypatch):
    base = f"memory://rasd-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("RASD_RAW", f"{base}/raw")
    monkeypatch.setenv("RASD_RUNS", f"{base}/runs")
    archive = write_warc(tmp_path / "a.warc.gz", article_pages(20))
    cfg = settings(home=tmp_path / "home", shard_size=8)
    assert (cfg.raw_dir, cfg.runs_dir) == (f"{base}/raw", f"{base}/runs")
    counts = run_all(cfg, run_id="r1", report=False, warc=[str(archive)], fetch=False)
    assert counts["clean"]["articles"] == 20 and counts["shard_pages"]["shards"] == 3
    fs = fsspec.filesystem("memory")
    names = {p.rsplit("/", 1)[-1] for p in fs.find(f"{base}/runs/r1")}
    assert {"run.json", "pages.warc.jsonl", "shard.00002.pages.jsonl", "events.00000.jsonl"} <= names
    assert len([p for p in fs.find(f"{base}/raw") if p.endswith(".gz")]) == 20
    assert not (cfg.home / "runs").exists() and not (cfg.home / "raw").exists()
    folder = RunFolder.of(cfg, "r1")
    assert folder.exists() and folder.shards() == ["00000", "00001", "00002"]
    assert len(folder.articles()) == 20 and str(folder.path) == f"{base}/runs/r1"
