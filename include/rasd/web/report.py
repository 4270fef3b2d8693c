"""The quality report file: one self-contained HTML page per run (no script, inline SVG charts),
written from the published snapshot, never the live database a load may hold.

The page is the Quality page's body (``rasd.web.quality``) in the page frame; it is served by the
plugin under ``/rasd/report/`` (index.html, runs/<run>.html), so its navigation links are relative to
that place ("../" for index.html, "../../" for the per-run copies).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rasd.config import Settings
from rasd.warehouse import queries as q
from rasd.web.quality import quality_body
from rasd.web.render import esc, page


def render_report(settings: Settings, run_id: str | None, root: str) -> str:
    source = settings.snapshot_path if settings.snapshot_path.exists() else settings.db_path
    con = q.open_snapshot(source)
    try:
        body = quality_body(con, run_id, root)
    finally:
        con.close()
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return page("Quality report", body + f"<p class='muted'>Generated {esc(generated)}.</p>", root)


def _write(path: Path, content: str) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(content, encoding="utf-8")
    tmp.replace(path)


def run_file_name(run_id: str) -> str:
    return run_id.replace(":", "_").replace("+", "_").replace("/", "_") + ".html"


def build_report(settings: Settings, run_id: str | None = None) -> Path:
    """Write ``<reports>/index.html`` (and ``runs/<run>.html`` for a given run)."""
    reports = settings.reports_dir
    reports.mkdir(parents=True, exist_ok=True)
    out = reports / "index.html"
    _write(out, render_report(settings, run_id, "../"))
    if run_id:
        runs = reports / "runs"
        runs.mkdir(exist_ok=True)
        _write(runs / run_file_name(run_id), render_report(settings, run_id, "../../"))
    return out
