from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("RASD_SEEDS", REPO.parent / "shared" / "seeds"))


def seed_cases() -> list[dict]:
    gold = SEEDS / "gold.jsonl"
    if not gold.exists():
        return []
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def sample_site():
    from rasd.sample_site.site import start_in_thread

    server, base_url = start_in_thread(0)
    yield base_url
    server.shutdown()


@pytest.fixture()
def rasd_env(tmp_path, monkeypatch, sample_site):
    """A fresh RASD_HOME with the sample site as the source."""
    monkeypatch.setenv("RASD_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("RASD_SAMPLE_BASE_URL", sample_site)
    for var in ("RASD_DB", "RASD_RAW", "RASD_REPORTS", "RASD_SOURCES"):
        monkeypatch.delenv(var, raising=False)
    from rasd.config import settings

    return settings()
