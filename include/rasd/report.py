"""Quality report: one self-contained HTML summary page per run, beside GX's Data Docs.

Reads the published snapshot (never the live database, which a load may hold), so building a
report never waits for or blocks the writer.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
from pathlib import Path

import duckdb

from rasd.config import Settings


def _bars(rows: list[tuple[str, float]], title: str, width: int = 760) -> str:
    """A horizontal bar chart as inline SVG (no scripts, opens anywhere)."""
    if not rows:
        return f"<figure><figcaption>{html.escape(title)}</figcaption><p class='empty'>No data yet.</p></figure>"
    peak = max(v for _, v in rows) or 1
    bar_h, label_w = 22, 330
    parts = [f"<svg role='img' aria-label='{html.escape(title)}' width='{width}' height='{bar_h * len(rows) + 8}'>"]
    for i, (label, value) in enumerate(rows):
        y = i * bar_h + 4
        w = (width - label_w - 60) * value / peak
        short = str(label) if len(str(label)) <= 48 else str(label)[:47] + "…"
        parts.append(
            f"<text x='{label_w - 8}' y='{y + 15}' text-anchor='end'><title>{html.escape(str(label))}</title>"
            f"{html.escape(short)}</text>"
            f"<rect x='{label_w}' y='{y}' width='{w:.1f}' height='{bar_h - 6}' fill='#2f6f9f'/>"
            f"<text x='{label_w + w + 6:.1f}' y='{y + 15}'>{value:g}</text>"
        )
    parts.append("</svg>")
    return f"<figure><figcaption>{html.escape(title)}</figcaption>{''.join(parts)}</figure>"


def _table(con, sql: str, params=None, headers: list[str] | None = None) -> str:
    cur = con.execute(sql, params or [])
    cols = headers or [d[0] for d in cur.description]
    rows = cur.fetchall()
    if not rows:
        return "<p class='empty'>None.</p>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in r) + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_STYLE = """
body{font-family:system-ui,'Noto Sans Arabic',sans-serif;margin:2rem;color:#1d2733;max-width:1100px}
h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #d6dde5;padding-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}td,th{border:1px solid #d6dde5;padding:.3rem .6rem;text-align:left}
th{background:#eef3f7}.kpis{display:flex;gap:1rem;flex-wrap:wrap}.kpi{background:#eef3f7;border-radius:8px;padding:.8rem 1.2rem}
.kpi b{display:block;font-size:1.6rem}.fail{color:#a0262c;font-weight:600}.ok{color:#23703a}.empty{color:#6b7785}
figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}svg text{font-size:12px;fill:#1d2733}
"""


def build_report(settings: Settings, run_id: str | None = None) -> Path:
    """Write ``<reports>/index.html`` (and a copy per run) from the published snapshot."""
    reports = settings.reports_dir
    reports.mkdir(parents=True, exist_ok=True)
    source = settings.snapshot_path if settings.snapshot_path.exists() else settings.db_path
    con = duckdb.connect(str(source), read_only=True)
    try:
        page = _render(con, run_id)
    finally:
        con.close()
    out = reports / "index.html"
    tmp = out.with_suffix(".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    if run_id:
        runs = reports / "runs"
        runs.mkdir(exist_ok=True)
        shutil.copyfile(out, runs / f"{run_id.replace(':', '_').replace('+', '_')}.html")
    return out


def _render(con, run_id: str | None) -> str:
    if run_id is None:
        rows = con.execute("SELECT run_id FROM runs ORDER BY finished_at DESC LIMIT 1").fetchall()
        run_id = rows[0][0] if rows else None
    found = con.execute("SELECT counts, status, finished_at FROM runs WHERE run_id = ?", [run_id]).fetchall()
    counts_row = found[0] if found else None
    counts = json.loads(counts_row[0]) if counts_row else {}
    kpi = {
        "articles": con.execute("SELECT count(*) FROM articles").fetchall()[0][0],
        "events": con.execute("SELECT count(*) FROM events").fetchall()[0][0],
        "calls": con.execute("SELECT count(*) FROM calls WHERE type = 'phone_call'").fetchall()[0][0],
        "quarantined": con.execute("SELECT count(*) FROM quarantine").fetchall()[0][0],
        "failed checks (this run)": con.execute(
            "SELECT count(*) FROM quality_results WHERE run_id = ? AND NOT success", [run_id]
        ).fetchall()[0][0],
    }
    stage_rows = []
    fetch = counts.get("fetch", {})
    if fetch:
        stage_rows.append(("fetch: pages", sum(v.get("pages", 0) for v in fetch.values())))
        stage_rows.append(("fetch: quarantined", sum(v.get("quarantined", 0) for v in fetch.values())))
    for stage in ("clean", "extract", "load"):
        for key, value in (counts.get(stage) or {}).items():
            if isinstance(value, (int, float)):
                stage_rows.append((f"{stage}: {key}", value))
    reasons = con.execute(
        "SELECT stage || ' / ' || reason, count(*) FROM quarantine GROUP BY 1 ORDER BY 2 DESC, 1"
    ).fetchall()
    weeks = con.execute("""SELECT strftime(date_trunc('week', call_date), '%Y-%m-%d') AS wk, count(*) FROM calls
                           WHERE type = 'phone_call' GROUP BY 1 ORDER BY 1 DESC LIMIT 20""").fetchall()
    pairs = con.execute("""SELECT array_to_string(countries, ' – '), count(*) FROM calls
                           WHERE type = 'phone_call' AND len(countries) = 2 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10""").fetchall()
    failing = _table(
        con,
        """
        SELECT stage, expectation, severity, unexpected_count || ' of ' || element_count AS failing_rows, detail
        FROM quality_results WHERE run_id = ? AND NOT success ORDER BY severity, stage, expectation""",
        [run_id],
    )
    worst = _table(
        con,
        """
        SELECT o.outlet_id, o.name,
               (SELECT count(*) FROM articles a WHERE a.outlet_id = o.outlet_id) AS articles,
               (SELECT count(*) FROM quarantine q WHERE q.outlet_id = o.outlet_id) AS quarantined,
               (SELECT max(published_date) FROM articles a WHERE a.outlet_id = o.outlet_id) AS latest_article
        FROM outlets o WHERE o.enabled ORDER BY quarantined DESC, articles, o.outlet_id LIMIT 10""",
    )
    trend = _table(
        con,
        """
        SELECT r.run_id, r.status, r.finished_at,
               (SELECT count(*) FILTER (WHERE NOT success) FROM quality_results q WHERE q.run_id = r.run_id) AS failed_checks,
               (SELECT count(*) FROM quarantine q WHERE q.first_run_id = r.run_id) AS new_quarantine
        FROM runs r ORDER BY r.finished_at DESC LIMIT 15""",
    )
    recent = _table(
        con,
        """
        SELECT call_date, participants, n_outlets, n_articles, array_to_string(sources, ', ') AS sources,
               CASE WHEN date_conflict THEN 'outlets disagree' ELSE '' END AS date_check
        FROM calls WHERE type = 'phone_call' ORDER BY call_date DESC, call_id LIMIT 15""",
    )
    kpis = "".join(f"<div class='kpi'><b>{v}</b>{html.escape(k)}</div>" for k, v in kpi.items())
    status = counts_row[1] if counts_row else "no run yet"
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rasd quality report</title>
<style>{_STYLE}</style></head><body>
<h1>Rasd quality report</h1>
<p>Run <code>{html.escape(str(run_id))}</code>: <span class="{"ok" if status == "success" else "fail"}">{html.escape(str(status))}</span>
 · generated {generated} · <a href="gx_project/gx/uncommitted/data_docs/local_site/index.html">Great Expectations Data Docs</a></p>
<div class="kpis">{kpis}</div>
<h2>Failing expectations in this run</h2>{failing}
<h2>Counts per stage</h2>{_bars(stage_rows, "Items per stage (this run)")}
<h2>Quarantine by reason</h2>{_bars([(r[0], r[1]) for r in reasons], "Quarantined items by stage and reason (all runs)")}
<h2>Outlets</h2>{worst}
<h2>Calls</h2>{_bars([(w, n) for w, n in weeks], "Phone calls per week")}
{_bars([(p, n) for p, n in pairs], "Top country pairs")}
<h3>Most recent calls</h3>{recent}
<h2>Trend over runs</h2>{trend}
</body></html>"""
