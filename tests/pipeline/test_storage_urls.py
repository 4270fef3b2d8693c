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


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def s3_endpoint(monkeypatch):
    """A local S3-compatible endpoint (moto's server mode) on 127.0.0.1, and a bucket on it."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    env = {
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        "AWS_ACCESS_KEY_ID": "rasd-test",
        "AWS_SECRET_ACCESS_KEY": "rasd-test-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    bucket = f"rasd-{uuid.uuid4().hex[:8]}"
    fs.mkdir(bucket)
    try:
        yield bucket, env
    finally:
        server.stop()


@pytest.mark.e2e
def test_workers_in_separate_folders_exchange_shards_through_s3(s3_endpoint, tmp_path):
    """`rasd run --warc s3://...` in one working folder with the raw store and run folders on the
    S3 endpoint; then a second process in another folder (no shared disk) cleans a shard of that
    run again from S3 alone and gets what the first one wrote."""
    import json
    import os
    import subprocess

    from conftest import REPO

    bucket, aws = s3_endpoint
    archive = write_warc(tmp_path / "a.warc.gz", article_pages(20))
    fs = fsspec.filesystem("s3", skip_instance_cache=True)
    fs.put(str(archive), f"{bucket}/crawl/2024-01.warc.gz")
    env = {
        **os.environ,
        **aws,
        "PYTHONPATH": str(REPO / "include"),
        "RASD_RAW": f"s3://{bucket}/raw",
        "RASD_RUNS": f"s3://{bucket}/runs",
        "RASD_SHARD_SIZE": "8",
    }
    first, second = tmp_path / "worker-a", tmp_path / "worker-b"
    first.mkdir()
    second.mkdir()
    rasd = str(Path(sys.executable).with_name("rasd"))
    out = subprocess.run(
        [rasd, "run", "--warc", f"s3://{bucket}/crawl/*.warc.gz", "--run-id", "r1", "--workers", "1", "--json"],
        cwd=first,
        env={**env, "RASD_HOME": str(first / "var")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    counts = json.loads(out.stdout[: out.stdout.rstrip().rfind("\n")])
    assert counts["clean"]["articles"] == 20 and counts["shard_pages"]["shards"] == 3
    assert fs.exists(f"{bucket}/runs/r1/shard.00001.pages.jsonl")
    assert len([p for p in fs.find(f"{bucket}/raw") if p.endswith(".gz")]) == 20
    assert not (first / "var" / "runs").exists() and not (first / "var" / "raw").exists()

    script = (
        "import json; from rasd.config import settings; from rasd.pipeline import clean_stage;"
        "from rasd.pipeline.folder import RunFolder;"
        "print(json.dumps([clean_stage(settings(), 'r1', shard='00001'),"
        " len(RunFolder.of(settings(), 'r1').articles('00001'))]))"
    )
    again = subprocess.run(
        [sys.executable, "-c", script],
        cwd=second,
        env={**env, "RASD_HOME": str(second / "var")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr[-3000:]
    cleaned, n_articles = json.loads(again.stdout.strip().splitlines()[-1])
    assert cleaned == {"articles": 8, "quarantined": 0} and n_articles == 8
    assert not (second / "var" / "runs").exists() and not (second / "var" / "raw").exists()
