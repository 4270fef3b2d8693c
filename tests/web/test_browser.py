"""The analyst pages in headless Chromium against a real server on 127.0.0.1: open each page, apply a
filter with the form, follow a failure row to its article, download a CSV; screenshots for the README
(docs/ with RASD_UPDATE_DOCS=1, else a temporary folder)."""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest

from web.browser import DOCS, Browser, require_chromium, stop_group, wait_for
from web.web_fixtures import PLUGINS, REPO, TOKEN, snapshot_rows

pytestmark = pytest.mark.e2e

SERVER = """
import sys
import uvicorn
from fastapi import FastAPI
import rasd_plugin
app = FastAPI()
app.mount("/rasd", rasd_plugin.app)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


@pytest.fixture(scope="module")
def server(built):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ)
    env.update(
        RASD_HOME=str(built.home),
        RASD_PLUGIN_TOKEN=TOKEN,
        PYTHONPATH=os.pathsep.join([str(REPO / "include"), str(PLUGINS)]),
    )
    for var in ("RASD_DB", "RASD_RAW", "RASD_REPORTS", "RASD_SOURCES"):
        env.pop(var, None)
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}/rasd"
    try:
        wait_for("the web server", lambda: urllib.request.urlopen(f"{base}/icon.svg", timeout=5).status == 200, 60)
        yield base
    finally:
        stop_group(proc)


@pytest.fixture(scope="module")
def browser(server):
    require_chromium()
    b = Browser()
    # Sign in once with ?token=: the app sets its cookie and drops the token from the address.
    b.open(
        f"{server}/calls?token={urllib.parse.quote(TOKEN)}",
        "document.readyState === 'complete' && !location.search.includes('token')",
    )
    yield b
    b.close()


def signed_out(text: str) -> bool:
    """The sign-in page's heading, not any "401" (a run id stamped 05:40:19 holds one)."""
    return "401: sign in needed" in text or "403: not allowed" in text


def rows_shown(b: Browser) -> int:
    return b.cdp.evaluate("document.querySelectorAll('tr.call').length")


def test_each_page_opens(server, browser, built):
    person = "Q7747"
    article = snapshot_rows(built, "SELECT article_id FROM articles ORDER BY published_date DESC LIMIT 1")[0][0]
    pages = {
        "calls?open=first": ("tr.call", "rasd_calls.png"),
        "trends": ("svg.time-bars", "rasd_trends.png"),
        "quality": (".failure", "rasd_quality.png"),
        "report/": ("h1", "quality_report_file.png"),
        f"person/{person}": ("svg.timeline", "rasd_person.png"),
        f"article/{article}": ("h1.article-title", "rasd_article.png"),
    }
    for path, (selector, shot) in pages.items():
        browser.open(f"{server}/{path}", f"!!document.querySelector({selector!r})")
        text = browser.text()
        assert "Rasd" in text and not signed_out(text) and "No data yet" not in text, path
        # Arabic text is laid out right to left.
        assert browser.cdp.evaluate(
            "[...document.querySelectorAll('[lang=ar]')].every(e => getComputedStyle(e).direction === 'rtl')"
        ), path
        browser.screenshot(DOCS / shot)
        assert (DOCS / shot).stat().st_size > 20_000, shot


def test_apply_a_filter_with_the_form(server, browser, built):
    browser.open(f"{server}/calls?limit=500", "!!document.querySelector('form.filters')")
    total = rows_shown(browser)
    browser.cdp.evaluate(
        "document.querySelector('input[name=person]').value = 'بوتين';"
        "document.querySelector('select[name=type]').value = 'phone_call';"
    )
    browser.click(
        "form.filters button", "location.search.includes('person=') && !!document.querySelector('form.filters')"
    )
    query = urllib.parse.parse_qs(browser.cdp.evaluate("location.search").lstrip("?"))
    assert query["person"] == ["بوتين"] and query["type"] == ["phone_call"]
    expected = snapshot_rows(
        built,
        """SELECT count(*) FROM calls WHERE type = 'phone_call'
           AND call_id IN (SELECT call_id FROM call_participants WHERE person_id = 'Q7747')""",
    )[0][0]
    assert 0 < rows_shown(browser) == expected < total
    browser.screenshot(DOCS / "rasd_calls_filtered.png")


def test_follow_a_failure_row_to_its_article(server, browser, built):
    browser.open(f"{server}/quality", "!!document.querySelector('a.to-article')")
    href = browser.cdp.evaluate("document.querySelector('.failure.critical a.to-article').getAttribute('href')")
    browser.click(".failure.critical a.to-article", "!!document.querySelector('h1.article-title')")
    assert "/article/" in browser.cdp.evaluate("location.pathname")
    article_id = href.rsplit("/", 1)[-1]
    title = snapshot_rows(built, "SELECT title FROM articles WHERE article_id = ?", [article_id])[0][0]
    assert browser.cdp.evaluate("document.querySelector('h1.article-title').innerText.trim()") == title.strip()
    assert "office_not_held_on_event_date" in browser.text()


def test_download_a_csv(server, browser, built, tmp_path):
    browser.download_to(tmp_path)
    browser.open(f"{server}/calls?country=RU", "!!document.querySelector('a.csv')")
    browser.click("a.csv", "true", navigates=False)
    target = tmp_path / "rasd-calls.csv"
    try:
        wait_for("the CSV download", lambda: target.exists() and target.stat().st_size > 0, 30)
    except TimeoutError:
        raise AssertionError(f"no download; folder has {sorted(p.name for p in tmp_path.iterdir())}") from None
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    expected = snapshot_rows(built, "SELECT count(*) FROM calls WHERE list_contains(countries, 'RU')")[0][0]
    assert len(rows) == expected > 0
    assert all("RU" in r["countries"].split(" | ") for r in rows)


def test_report_nav_links_work_from_the_sandboxed_file(server, browser):
    """The report file is served sandboxed (an opaque origin); its navigation still leads to the
    pages, signed in (the session cookie goes along with a top-level navigation)."""
    for label, ready in (
        ("Calls", "!!document.querySelector('form.filters')"),
        ("Trends", "!!document.querySelector('svg.time-bars')"),
        ("Quality", "!!document.querySelector('.failure')"),
        ("Quality report", "!!document.querySelector('h1') && location.pathname.endsWith('/report/')"),
    ):
        browser.open(f"{server}/report/", "!!document.querySelector('nav')")
        index = browser.cdp.evaluate(
            f"[...document.querySelectorAll('nav a')].findIndex(a => a.textContent === {label!r})"
        )
        assert index >= 0, label
        browser.click(f"nav a:nth-of-type({index + 1})", ready)
        assert not signed_out(browser.text()), label
