"""The quality view of a run: failing expectations as rows an analyst can act on, counts per stage,
quarantine by reason, outlets, calls over time and the trend over runs. Rendered both live (the
Quality page) and into the report file (``rasd.web.report``), from the same function.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from rasd.config import PACKAGE_DIR, read_yaml
from rasd.warehouse import queries as q
from rasd.web import charts
from rasd.web.render import bilingual, esc, href, link, segment, table, text

REASONS_FILE = Path(__file__).resolve().parent / "data" / "reasons.yaml"
SUITES_DIR = PACKAGE_DIR / "quality" / "suites"


@cache
def _reasons() -> dict[str, str]:
    return read_yaml(REASONS_FILE) or {}


def reason_words(code: str) -> str:
    """The reason in words (reviewed in web/data/reasons.yaml); unknown codes readable as they are."""
    return _reasons().get(code) or code.replace("_", " ").capitalize() + "."


@cache
def _expectations() -> dict[str, dict[str, Any]]:
    """reason code -> the suite's expectation (type, column, kwargs), read from the reviewed suites."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(SUITES_DIR.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")).get("expectations", []):
            reason = (item.get("meta") or {}).get("reason")
            if reason:
                out.setdefault(reason, item)
    return out


def failing_value(reason: str, stored: Any) -> str:
    """What failed: the stored value when the quarantine kept one, else what the expectation implies."""
    spec = _expectations().get(reason, {})
    kwargs = spec.get("kwargs", {})
    column = kwargs.get("column") or kwargs.get("column_A") or "value"
    if stored is not None:
        return f"{column} = {stored}"
    kind = spec.get("type", "")
    if kind.endswith("to_be_in_set") and kwargs.get("value_set") == [True]:
        return f"{column} = false"
    if kind.endswith("not_be_null"):
        return f"{column} is empty"
    if kind.endswith("to_be_between"):
        lo, hi = kwargs.get("min_value"), kwargs.get("max_value")
        return f"{column} outside {'' if lo is None else lo}–{'' if hi is None else hi}"
    if kind.endswith("to_be_unique"):
        return f"{column} repeated"
    return column


def _row_links(r: dict[str, Any], root: str) -> str:
    links = []
    if r.get("call_id"):
        links.append(
            f"<a class='to-call' href='{href(root + 'calls', {'call': r['call_id'], 'open': r['call_id']})}'>call</a>"
        )
    if r.get("article_id"):
        links.append(f"<a class='to-article' href='{href(root + 'article/' + segment(r['article_id']))}'>article</a>")
    return " · ".join(links)


def _participants(people: list[dict[str, Any]]) -> str:
    if not people:
        return "<span class='muted'>not stored</span>"
    return "<br>".join(bilingual(p.get("name_en"), p.get("name_ar")) for p in people)


def failures_html(con: duckdb.DuckDBPyConnection, run_id: str | None, root: str) -> str:
    """Each failing expectation with its rows; critical and warning in separate sections."""
    found = q.failing_expectations(con, run_id)
    out = []
    for severity in ("critical", "warning"):
        group = [f for f in found if f["severity"] == severity]
        blocks = []
        for f in group:
            rows = q.failure_rows(con, f["stage"], f["ids"])
            cells = [
                (
                    text(r.get("title"), block=True) or "<span class='muted'>no article</span>",
                    bilingual(r.get("outlet"), r.get("outlet_ar")),
                    link(r.get("url")) if r.get("url") else "",
                    _participants(r["participants"]),
                    esc(r["date"].isoformat() if r.get("date") else "not found"),
                    esc(failing_value(f["reason"], r.get("value"))),
                    esc(r.get("held")),
                    _row_links(r, root),
                )
                for r in rows
            ]
            shown = f" (first {len(rows)} shown)" if len(rows) < f["unexpected_count"] else ""
            blocks.append(
                f"<div class='failure {esc(severity)}'><h4>{esc(reason_words(f['reason']))}</h4>"
                f"<p class='muted'>{esc(f['stage'])} · <code>{esc(f['reason'])}</code> · "
                f"{f['unexpected_count']} of {f['element_count']} rows{esc(shown)}</p>"
                + table(
                    ["Article", "Outlet", "URL", "Participants", "Date found", "Failing value", "Ended in", ""],
                    cells,
                )
                + "</div>"
            )
        label = "Critical (rows quarantined)" if severity == "critical" else "Warnings (rows kept, reported)"
        out.append(
            f"<h3 class='{severity}'>{label}: {len(group)}</h3>" + ("".join(blocks) or "<p class='ok'>None.</p>")
        )
    return "".join(out)


def stage_counts(counts: dict[str, Any]) -> list[tuple[str, float]]:
    """The run's items per stage as (label, number): fetch summed over outlets, nested dicts flattened."""
    out: list[tuple[str, float]] = []
    for stage, value in counts.items():
        if stage == "fetch" and isinstance(value, dict):
            sums: dict[str, float] = {}
            for per_outlet in value.values():
                for key, n in (per_outlet or {}).items():
                    if isinstance(n, (int, float)) and not isinstance(n, bool):
                        sums[key] = sums.get(key, 0) + n
            out.extend((f"fetch: {k}", v) for k, v in sums.items())
        elif isinstance(value, dict):
            for key, n in value.items():
                if isinstance(n, dict):
                    out.extend((f"{stage} {key}: {k}", v) for k, v in n.items() if isinstance(v, (int, float)))
                elif isinstance(n, (int, float)) and not isinstance(n, bool):
                    out.append((f"{stage}: {key}", n))
    return out


def _outlets_html(con: duckdb.DuckDBPyConnection, root: str) -> str:
    cells = [
        (
            f"<a href='{href(root + 'calls', {'outlet': o['outlet_id']})}'>{esc(o['outlet_id'])}</a>",
            bilingual(o["name"], o["name_ar"]),
            esc(o["n_articles"]),
            esc(o["n_quarantined"]),
            esc(o["last_published"].isoformat() if o["last_published"] else ""),
        )
        for o in q.outlet_health(con)
    ]
    return table(["Outlet", "Name", "Articles", "Quarantined", "Latest article"], cells)


def _runs_html(con: duckdb.DuckDBPyConnection, root: str) -> str:
    cells = [
        (
            f"<a href='{href(root + 'quality', {'run': r['run_id']})}'><code>{esc(r['run_id'])}</code></a>",
            esc(r["status"]),
            esc(r["finished_at"].isoformat(timespec="seconds") if r["finished_at"] else ""),
            esc(r["failed_checks"]),
            esc(r["new_quarantine"]),
        )
        for r in q.runs_trend(con)
    ]
    return table(["Run", "Status", "Finished", "Failed checks", "Newly quarantined"], cells)


def quality_body(con: duckdb.DuckDBPyConnection, run_id: str | None, root: str) -> str:
    """The body of the Quality page and of the report file."""
    run = q.run_record(con, run_id)
    run_id = run["run_id"] if run else run_id
    status = run["status"] if run else "no run yet"
    kpis = "".join(f"<div class='kpi'><b>{v}</b>{esc(k)}</div>" for k, v in q.totals(con, run_id).items())
    unit, per_period = q.calls_per_period(con, q.CallFilter(type="phone_call", limit=None))
    pair_unit, periods, pairs = q.pairs_per_period(con, q.CallFilter(limit=None))
    share = q.quarantine_share_over_runs(con)
    reasons = [(f"{s} / {r}", float(n)) for s, r, n in q.quarantine_by_reason(con)]
    return f"""<h1>Rasd quality report</h1>
<p>Run <code>{esc(run_id)}</code>: <span class="{"ok" if status == "success" else "fail"}">{esc(status)}</span>
{f"· finished {esc(run['finished_at'].isoformat(timespec='seconds'))}" if run and run.get("finished_at") else ""}</p>
<div class="kpis">{kpis}</div>
<h2 id="failures">Failing expectations in this run</h2>{failures_html(con, run_id, root)}
<h2 id="stages">Counts per stage</h2>{charts.hbars(stage_counts(run["counts"] if run else {}), "Items per stage (this run)")}
<h2 id="quarantine">Quarantine by reason</h2>{charts.hbars(reasons, "Quarantined items by stage and reason (all runs)")}
{charts.lines(share["runs"], share["series"], "Quarantine share per outlet over runs", percent=True)}
<h2 id="outlets">Outlets</h2>{_outlets_html(con, root)}
<h2 id="calls">Calls</h2>{charts.time_bars(per_period, unit, "Phone calls")}
{charts.lines([charts.period_label(p, pair_unit) for p in periods], pairs, "Top country pairs (calls of every type)")}
<p><a href="{href(root + "trends")}">More trends: per country pair, filters</a></p>
<h2 id="runs">Trend over runs</h2>{_runs_html(con, root)}"""
