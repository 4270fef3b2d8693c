"""A run, its failing expectations and the rows behind them, quarantine and outlet health."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import duckdb

from rasd.warehouse.queries.base import rows

# --- runs and quality ------------------------------------------------------------------------------


def run_record(con: duckdb.DuckDBPyConnection, run_id: str | None) -> dict[str, Any] | None:
    """One run (the latest when ``run_id`` is None) with its counts parsed."""
    if run_id is None:
        found = rows(con, "SELECT * FROM runs ORDER BY finished_at DESC NULLS LAST, started_at DESC LIMIT 1")
    else:
        found = rows(con, "SELECT * FROM runs WHERE run_id = ?", [run_id])
    if not found:
        return None
    run = found[0]
    counts = run.get("counts")
    run["counts"] = json.loads(counts) if isinstance(counts, str) else (counts or {})
    return run


def totals(con: duckdb.DuckDBPyConnection, run_id: str | None) -> dict[str, int]:
    one = con.execute(
        """SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM calls),
                  (SELECT count(*) FROM quarantine),
                  (SELECT count(*) FROM quality_results WHERE run_id = ? AND NOT success)""",
        [run_id],
    ).fetchone()
    assert one is not None
    keys = ("articles", "events", "calls", "quarantined", "failed checks (this run)")
    return {k: int(v) for k, v in zip(keys, one)}


def failing_expectations(con: duckdb.DuckDBPyConnection, run_id: str | None) -> list[dict[str, Any]]:
    """The run's failing expectations, critical first, each with the ids of (up to 20 of) its rows."""
    found = rows(
        con,
        """SELECT stage, expectation, severity, unexpected_count, element_count, detail FROM quality_results
           WHERE run_id = ? AND NOT success
           ORDER BY severity = 'critical' DESC, stage, expectation""",
        [run_id],
    )
    for r in found:
        kind, _, reason = r["expectation"].partition(":")
        r["type"], r["reason"] = kind, reason or kind
        try:
            ids = json.loads(r.pop("detail") or "[]")
        except ValueError:
            ids = []
        r["ids"] = [str(i) for i in ids] if isinstance(ids, list) else []
    return found


# What a failing row looks like wherever it ended: loaded (a warning) or in quarantine (critical).
_LOADED_ROWS = {  # each filters by the ids first (list_contains), then joins: cheap on a large warehouse
    "events": """
        WITH e AS (SELECT * FROM events WHERE list_contains(?, event_id)),
             cc AS (SELECT event_id, min(call_id) AS call_id FROM call_events WHERE list_contains(?, event_id) GROUP BY 1),
             pp AS (SELECT event_id, list({'name_en': name_en, 'name_ar': coalesce(name_ar, mention)} ORDER BY position)
                           AS participants
                    FROM event_participants WHERE list_contains(?, event_id) GROUP BY 1)
        SELECT e.event_id AS id, a.article_id, a.title, a.url, a.outlet_id, e.event_date AS date, e.type, cc.call_id,
               pp.participants
        FROM e JOIN articles a USING (article_id) LEFT JOIN cc USING (event_id) LEFT JOIN pp USING (event_id)""",
    "articles": """
        WITH a AS (SELECT * FROM articles WHERE list_contains(?, article_id)),
             cc AS (SELECT e.article_id, min(ce.call_id) AS call_id FROM events e JOIN call_events ce USING (event_id)
                    WHERE list_contains(?, e.article_id) GROUP BY 1)
        SELECT a.article_id AS id, a.article_id, a.title, a.url, a.outlet_id, a.published_date AS date, NULL AS type,
               cc.call_id, NULL AS participants
        FROM a LEFT JOIN cc USING (article_id)""",
    "warehouse": """
        WITH pp AS (SELECT ce.call_id, list(DISTINCT {'name_en': coalesce(p.name_en, p.name_ar), 'name_ar': p.name_ar})
                           AS participants
                    FROM call_events ce JOIN event_participants p USING (event_id)
                    WHERE list_contains(?, ce.call_id) GROUP BY 1)
        SELECT c.call_id AS id, NULL AS article_id, NULL AS title, NULL AS url, NULL AS outlet_id, c.call_date AS date,
               c.type, c.call_id, pp.participants
        FROM calls c LEFT JOIN pp USING (call_id) WHERE list_contains(?, c.call_id)""",
    "raw_pages": """
        SELECT r.canonical_url AS id, NULL AS article_id, NULL AS title, r.url, r.outlet_id, NULL AS date, NULL AS type,
               NULL AS call_id, NULL AS participants
        FROM raw_pages r WHERE list_contains(?, r.canonical_url) OR list_contains(?, r.url)""",
    "outlets": """
        WITH last AS (SELECT outlet_id, max(published_date) AS date FROM articles WHERE list_contains(?, outlet_id) GROUP BY 1)
        SELECT o.outlet_id AS id, NULL AS article_id, NULL AS title, NULL AS url, o.outlet_id, last.date, NULL AS type,
               NULL AS call_id, NULL AS participants
        FROM outlets o LEFT JOIN last USING (outlet_id) WHERE list_contains(?, o.outlet_id)""",
}


def failure_rows(con: duckdb.DuckDBPyConnection, stage: str, ids: list[str]) -> list[dict[str, Any]]:
    """The rows behind a failing expectation's ids, as an analyst reads them: article title, outlet,
    URL, participants and date found, the failing value, and where the row ended."""
    if not ids:
        return []
    held = rows(
        con,
        """
        SELECT coalesce(q.item_id, q.url) AS id, a.article_id, a.title, q.url, q.outlet_id, NULL AS date, NULL AS type,
               NULL AS call_id, NULL AS participants, q.value, q.detail, 'quarantine' AS held
        FROM quarantine q LEFT JOIN articles a ON a.url = q.url
        WHERE q.stage = ? AND (list_contains(?, q.item_id) OR list_contains(?, q.url))""",
        [f"gate_{stage}", ids, ids],
    )
    loaded: list[dict[str, Any]] = []
    if stage in _LOADED_ROWS:
        sql = _LOADED_ROWS[stage]
        loaded = rows(con, sql, [ids] * sql.count("list_contains(?"))
        for r in loaded:
            r.update(value=None, detail=None, held="loaded")
    for r in held:
        context = _held_context(r.get("detail"))
        if r.get("title"):
            context.pop("title", None)  # the loaded article's own title wins
        r.update(context)
    by_id = {r["id"]: r for r in loaded}
    by_id.update({r["id"]: r for r in held})
    outlets = {r[0]: (r[1], r[2]) for r in con.execute("SELECT outlet_id, name, name_ar FROM outlets").fetchall()}
    out = []
    for i in ids:
        r = by_id.get(i) or {"id": i, "held": "not found in the snapshot"}
        name, name_ar = outlets.get(r.get("outlet_id") or "", (r.get("outlet_id"), None))
        out.append({**r, "outlet": name, "outlet_ar": name_ar, "participants": list(r.get("participants") or [])})
    return out


def _held_context(detail: Any) -> dict[str, Any]:
    """What a gate kept of a quarantined row beside the reason, when its ``detail`` is a JSON object:
    ``{"participants": [{"name_en", "name_ar"}], "event_date": "YYYY-MM-DD", "type", "title"}``."""
    if not isinstance(detail, str) or not detail.lstrip().startswith("{"):
        return {}
    try:
        found = json.loads(detail)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    out: dict[str, Any] = {}
    people = found.get("participants")
    if isinstance(people, list):
        out["participants"] = [
            {"name_en": p.get("name_en"), "name_ar": p.get("name_ar") or p.get("mention")}
            for p in people
            if isinstance(p, dict)
        ]
    day = found.get("event_date") or found.get("date")
    if isinstance(day, str):
        try:
            out["date"] = dt.date.fromisoformat(day)
        except ValueError:
            pass
    for key in ("type", "title"):
        if isinstance(found.get(key), str):
            out[key] = found[key]
    return out


def quarantine_by_reason(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int]]:
    return [
        (r[0], r[1], int(r[2]))
        for r in con.execute(
            "SELECT stage, reason, count(*) FROM quarantine GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"
        ).fetchall()
    ]


def outlet_health(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict[str, Any]]:
    """Enabled outlets, most quarantined first: articles, quarantined items, latest article."""
    return rows(
        con,
        """
        WITH a AS (SELECT outlet_id, count(*) AS n, max(published_date) AS last FROM articles GROUP BY 1),
             qq AS (SELECT outlet_id, count(*) AS n FROM quarantine GROUP BY 1)
        SELECT o.outlet_id, o.name, o.name_ar, coalesce(a.n, 0) AS n_articles, coalesce(qq.n, 0) AS n_quarantined,
               a.last AS last_published
        FROM outlets o LEFT JOIN a USING (outlet_id) LEFT JOIN qq USING (outlet_id) WHERE o.enabled
        ORDER BY n_quarantined DESC, n_articles, o.outlet_id LIMIT ?""",
        [limit],
    )


def runs_trend(con: duckdb.DuckDBPyConnection, limit: int = 15) -> list[dict[str, Any]]:
    return rows(
        con,
        """
        SELECT r.run_id, r.status, r.finished_at,
               (SELECT count(*) FROM quality_results q WHERE q.run_id = r.run_id AND NOT q.success) AS failed_checks,
               (SELECT count(*) FROM quarantine q WHERE q.first_run_id = r.run_id) AS new_quarantine
        FROM runs r ORDER BY r.finished_at DESC NULLS LAST LIMIT ?""",
        [limit],
    )


# --- what the warehouse and outlet gates check (rasd.quality validates these frames) ----------------


def warehouse_check_frame(con: duckdb.DuckDBPyConnection) -> Any:
    """One row per call with what the warehouse suite checks (a pandas DataFrame)."""
    return con.execute("""
        SELECT c.call_id, c.call_date, len(string_split(c.participant_key, '|')) AS n_participants,
               c.n_articles, c.n_outlets, c.date_conflict,
               NOT EXISTS (SELECT 1 FROM call_events ce JOIN events e USING (event_id)
                           LEFT JOIN articles a USING (article_id)
                           WHERE ce.call_id = c.call_id AND a.article_id IS NULL) AS events_reference_articles
        FROM calls c ORDER BY c.call_id
    """).df()


def outlet_check_frame(con: duckdb.DuckDBPyConnection, today: dt.date) -> Any:
    """One row per enabled outlet: how much it gave, how recent its latest article is, and the share
    of its items quarantined (a pandas DataFrame for the outlets suite)."""
    return con.execute(
        """
        WITH q AS (SELECT outlet_id, count(*) AS n FROM quarantine GROUP BY 1)
        SELECT o.outlet_id, count(a.article_id) AS n_articles,
               coalesce(CAST(? AS DATE) - max(a.published_date), 100000) AS days_since_latest,
               coalesce(any_value(q.n), 0) / greatest(1, count(a.article_id) + coalesce(any_value(q.n), 0))
                 AS quarantine_share
        FROM outlets o LEFT JOIN articles a USING (outlet_id) LEFT JOIN q USING (outlet_id)
        WHERE o.enabled GROUP BY o.outlet_id ORDER BY o.outlet_id
    """,
        [today],
    ).df()
