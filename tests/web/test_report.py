"""The quality report file, built by a run on the sample site, opened in headless Chromium."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess

import pytest

from web.web_fixtures import snapshot_rows

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    assert shutil.which(CHROMIUM), "Chromium is needed (Debian: apt-get install -y chromium); make test installs it"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_items_per_stage_are_the_runs_recorded_counts(built):
    from rasd.web.quality import stage_counts

    run_id, counts = snapshot_rows(built, "SELECT run_id, counts FROM runs ORDER BY finished_at DESC LIMIT 1")[0]
    counts = json.loads(counts)
    rows = dict(stage_counts(counts))
    assert rows["fetch: pages"] == sum(v["pages"] for v in counts["fetch"].values()) > 0
    assert rows["clean: articles"] == counts["clean"]["articles"] > 0
    assert rows["extract: events"] == counts["extract"]["events"] > 0
    page = (built.reports_dir / "index.html").read_text(encoding="utf-8")
    chart = page[page.index("Items per stage") :]
    for label, value in rows.items():
        assert f">{html.escape(label)}</text>" in chart, label
        assert f">{value:g}</text>" in chart, label
    # The same counts in the run's own copy.
    copy = (built.reports_dir / "runs" / f"{run_id}.html").read_text(encoding="utf-8")
    assert f">{rows['clean: articles']:g}</text>" in copy


def test_failures_read_as_rows_with_reasons_in_words(built):
    page = (built.reports_dir / "index.html").read_text(encoding="utf-8")
    failing = snapshot_rows(built, "SELECT expectation, severity FROM quality_results WHERE NOT success")
    assert failing, "the sample site is meant to trip at least one expectation"
    from rasd.web.quality import reason_words

    for expectation, _ in failing:
        assert html.escape(reason_words(expectation.split(":", 1)[1])) in page
    assert "Critical (rows quarantined)" in page and "Warnings (rows kept, reported)" in page
    # A quarantined event shows its article's title, outlet and URL, not a bare hash.
    title, url = snapshot_rows(
        built,
        """SELECT a.title, q.url FROM quarantine q JOIN articles a ON a.url = q.url
           WHERE q.stage = 'gate_events' LIMIT 1""",
    )[0]
    block = page[page.index("Critical (rows quarantined)") : page.index("Warnings (rows kept")]
    assert html.escape(title) in block and html.escape(url) in block
    assert "class='to-article'" in block
    assert not re.search(r'\["[0-9a-f]{16}"', page)  # no bare id lists


@pytest.mark.e2e
def test_report_opens_in_chromium_and_shows_the_run(built, tmp_path):
    page = built.reports_dir / "index.html"
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    run_id = snapshot_rows(built, "SELECT run_id FROM runs ORDER BY finished_at DESC LIMIT 1")[0][0]
    assert "Rasd quality report" in dom and run_id in dom
    for section in (
        "Failing expectations in this run",
        "Items per stage",
        "Quarantine by reason",
        "Quarantine share per outlet over runs",
        "Phone calls",
        "Top country pairs",
        "Trend over runs",
        "Outlets",
    ):
        assert section in dom, section
    assert "clean / not_arabic" in dom
    assert "no_attribution" in dom or "outlet_not_fresh" in dom
    assert dom.count("<svg") >= 4
    assert "<script" not in dom
    # Opened from disk (no server headers), the page still forbids scripts itself.
    assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';' in page.read_text(
        encoding="utf-8"
    )
    shot = tmp_path / "report.png"
    chromium(tmp_path, "--window-size=1300,1800", f"--screenshot={shot}", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 20_000


def test_items_per_stage_read_the_airflow_run_counts_shape():
    """Under Airflow the runs row holds rasd.pipeline.run_counts()'s shape (per-gate dicts nested)."""
    from rasd.web.quality import stage_counts

    counts = {
        "fetch": {"a": {"pages": 9, "quarantined": 1}, "b": {"pages": 10, "quarantined": 0}},
        "clean": {"articles": 17, "quarantined": 2},
        "extract": {"articles": 17, "events": 21},
        "gates": {"raw_pages": {"quarantined": 0}, "events": {"quarantined": 3}},
        "report": "/somewhere/index.html",
    }
    assert stage_counts(counts) == [
        ("fetch: pages", 19),
        ("fetch: quarantined", 1),
        ("clean: articles", 17),
        ("clean: quarantined", 2),
        ("extract: articles", 17),
        ("extract: events", 21),
        ("gates raw_pages: quarantined", 0),
        ("gates events: quarantined", 3),
    ]
