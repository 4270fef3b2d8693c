"""The run summary page, built after a run on the sample site, opened in headless Chromium."""

from __future__ import annotations

import shutil
import subprocess

import pytest

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
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.e2e
def test_summary_page_opens_in_chromium_and_shows_the_run(rasd_env, sample_site, tmp_path):
    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium package is not installed (apt-get install chromium)")
    from rasd.pipeline import run_all

    counts = run_all(rasd_env, sample_base_url=sample_site)
    page = rasd_env.reports_dir / "index.html"
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "Rasd quality report" in dom
    assert counts["run_id"] in dom
    for section in (
        "Failing expectations in this run",
        "Quarantine by reason",
        "Phone calls per week",
        "Top country pairs",
        "Trend over runs",
        "Outlets",
    ):
        assert section in dom, section
    # The quarantined pages of the sample site and a warning expectation are reported.
    assert "clean / not_arabic" in dom
    assert "no_attribution" in dom or "outlet_not_fresh" in dom
    assert dom.count("<svg") >= 3
    shot = tmp_path / "report.png"
    chromium(tmp_path, "--window-size=1300,1800", f"--screenshot={shot}", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 20_000
    # GX Data Docs were built beside it.
    assert (
        rasd_env.reports_dir / "gx_project" / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    ).exists()
