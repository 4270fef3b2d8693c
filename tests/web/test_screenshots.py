"""Standalone Airflow with the Rasd plugin (the session's `make run` Airflow), then headless Chromium screenshots.

Writes docs/dag_grid.png (the rasd_ingest grid, logged in), docs/rasd_calls.png (the plugin's calls
page, first call expanded), docs/quality_report.png (the plugin serving the quality report) and
docs/airflow_rasd_nav.png (the calls page inside the Airflow UI: the external view at /plugin/rasd-calls).

The plugin pages take ``?token=`` so the Chromium command line (--screenshot / --dump-dom) is enough.
The Airflow UI needs its ``_token`` cookie, which the command line cannot set, so those two pages go
through the Chrome DevTools Protocol with the small stdlib WebSocket client below.
"""

from __future__ import annotations

import functools
import html
import json
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import duckdb
import pytest

from web.browser import CHROME_FLAGS, CHROMIUM, DOCS, WINDOW, Browser, require_chromium
from web.web_fixtures import REPO

sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "plugins"))
from run_airflow import api, wait_for


def needs_chromium(test):
    """Browser tests run wherever the suite runs (CI installs Chromium): a missing Chromium fails them."""

    @functools.wraps(test)  # keeps the signature, so pytest still passes the fixtures
    def run(*args, **kwargs):
        require_chromium()
        return test(*args, **kwargs)

    return run


pytestmark = pytest.mark.e2e


def _get(url: str, headers: dict | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def airflow(standalone_airflow):
    """The session's `make run` Airflow (tests/conftest.py: standalone_airflow), RASD_PLUGIN_TOKEN set:
    rasd_ingest and the report it triggers (rasd_reports, on the warehouse asset) have run."""
    report = standalone_airflow["home"] / "reports" / "index.html"
    wait_for("the quality report", lambda: report.exists(), 180)
    return standalone_airflow


# --- Chromium --------------------------------------------------------------------------------------


def chromium(*args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="rasd-chromium-") as profile:
        return subprocess.run(
            [str(CHROMIUM), *CHROME_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def screenshot(url: str, out: Path) -> None:
    out.unlink(missing_ok=True)
    proc = chromium(f"--screenshot={out}", url)
    assert out.exists(), proc.stderr[-2000:]


def dump_dom(url: str) -> str:
    proc = chromium("--dump-dom", url)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def assert_png(path: Path, min_bytes: int = 20_000) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == WINDOW, (path, width, height)
    assert len(data) > min_bytes, (path, len(data))  # a blank or error page compresses far smaller


@pytest.fixture()
def browser():
    b = Browser()
    yield b
    b.close()


# --- tests -------------------------------------------------------------------------------------------


def test_plugin_served_by_the_airflow_api_server(airflow):
    base, token = airflow["base"], airflow["token"]
    status, body = _get(f"{base}/rasd/calls")
    assert status == 401 and "RASD_PLUGIN_TOKEN" in body
    status, _ = _get(f"{base}/rasd/api/calls", {"Authorization": f"Bearer {airflow['jwt']}"})
    assert status == 401  # a token is configured, so only the token opens the pages
    status, body = _get(f"{base}/rasd/api/calls?limit=500", {"Authorization": f"Bearer {token}"})
    assert status == 200
    data = json.loads(body)
    assert data["count"] >= 20 and any(c["n_outlets"] >= 2 for c in data["calls"])
    assert data["snapshot"]["latest_run"]["status"] == "success"
    plugins = api(base, "GET", "/api/v2/plugins", airflow["jwt"])["plugins"]
    rasd = next(p for p in plugins if p["name"] == "rasd")
    assert {v["href"] for v in rasd["external_views"]} == {"rasd/calls", "rasd/trends", "rasd/quality", "rasd/report/"}
    assert rasd["fastapi_apps"][0]["url_prefix"] == "/rasd"


@needs_chromium
def test_screenshot_calls_page(airflow):
    base, token = airflow["base"], airflow["token"]
    url = f"{base}/rasd/calls?open=first&token={urllib.parse.quote(token)}"
    dom = dump_dom(url)
    assert "matching calls shown" in dom and "<mark>" in dom and 'dir="rtl"' in dom
    con = duckdb.connect(str(airflow["home"] / "rasd.snapshot.duckdb"), read_only=True)
    try:
        call_id, trigger = con.execute("""
            SELECT c.call_id, ev.text FROM calls c JOIN call_events ce USING (call_id)
            JOIN event_evidence ev ON ev.event_id = ce.event_id AND ev.kind = 'trigger'
            ORDER BY c.call_date DESC NULLS LAST, c.last_published DESC NULLS LAST, c.call_id LIMIT 1""").fetchone()
    finally:
        con.close()
    assert f"call-{call_id}" in dom and f"<mark>{html.escape(trigger)}</mark>" in dom
    out = DOCS / "rasd_calls.png"
    screenshot(url, out)
    assert_png(out)


@needs_chromium
def test_screenshot_quality_report(airflow):
    url = f"{airflow['base']}/rasd/report/?token={urllib.parse.quote(airflow['token'])}"
    dom = dump_dom(url)
    assert "Rasd quality report" in dom and "Items per stage" in dom
    out = DOCS / "quality_report.png"
    screenshot(url, out)
    assert_png(out)
    status, body = _get(
        f"{airflow['base']}/rasd/report/gx_project/gx/uncommitted/data_docs/local_site/index.html",
        {"Authorization": f"Bearer {airflow['token']}"},
    )
    assert status == 404 and "not served" in body  # Data Docs embed row values unescaped (issue #13)


@needs_chromium
def test_screenshot_dag_grid(airflow, browser):
    base = airflow["base"]
    browser.set_cookie(base, "_token", airflow["jwt"])  # what the Airflow login page leaves behind
    browser.open(
        f"{base}/dags/rasd_ingest",
        "document.body && document.body.innerText.includes('gate_warehouse')"
        " && document.body.innerText.includes('fetch_outlet')",
    )
    time.sleep(3)  # let the grid's run bars and the details panel finish drawing
    text = browser.text()
    assert "rasd_ingest" in text and "gate_warehouse" in text
    out = DOCS / "dag_grid.png"
    browser.screenshot(out)
    assert_png(out)


@needs_chromium
def test_screenshot_rasd_menu_in_airflow(airflow, browser):
    """The external view: the calls page inside the Airflow UI (an iframe under /plugin/rasd-calls)."""
    from rasd.web.auth import SESSION_COOKIE, session_value

    base = airflow["base"]
    browser.set_cookie(base, "_token", airflow["jwt"])
    browser.set_cookie(base, SESSION_COOKIE, session_value(airflow["token"]), path="/rasd/")
    browser.open(
        f"{base}/plugin/rasd-calls",
        "(() => { const f = document.querySelector('iframe');"
        " return !!(f && f.contentDocument && f.contentDocument.body"
        " && f.contentDocument.body.innerText.includes('matching calls shown')); })()",
    )
    time.sleep(2)
    out = DOCS / "airflow_rasd_nav.png"
    browser.screenshot(out)
    assert_png(out)
