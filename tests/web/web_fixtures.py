"""Helpers of the web tests (imported by their conftest and test modules)."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
PLUGINS = REPO / "plugins"
TOKEN = "rasd-test-token-3f9a1c"
HOSTILE = "<svg onload=alert(1)>"
HOSTILE_URL = f"http://evil.example/news/{HOSTILE}.html"
if str(PLUGINS) not in sys.path:
    sys.path.insert(0, str(PLUGINS))


def make_client():
    """The plugin app mounted the way Airflow's API server mounts fastapi_apps."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    import rasd_plugin

    parent = FastAPI()
    entry = rasd_plugin.RasdPlugin.fastapi_apps[0]
    parent.mount(entry["url_prefix"], entry["app"])
    return TestClient(parent)


def use_home(monkeypatch, cfg):
    monkeypatch.setenv("RASD_HOME", str(cfg.home))
    monkeypatch.setenv("RASD_PLUGIN_TOKEN", TOKEN)
    for var in ("RASD_DB", "RASD_RAW", "RASD_REPORTS", "RASD_SOURCES"):
        monkeypatch.delenv(var, raising=False)
    return cfg


def snapshot_rows(cfg, sql, params=None):
    con = duckdb.connect(str(cfg.snapshot_path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
