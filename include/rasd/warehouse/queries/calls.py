"""Calls and their filters, one article, one person: the Calls, article and person pages, the JSON API
and the downloads."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import duckdb

from rasd.warehouse.queries.base import (
    CONTEXT_CHARS,
    PARTICIPANT_KEY_SQL,
    fold_arabic,
    rows,
)

# --- calls and their filters ----------------------------------------------------------------------


@dataclass(frozen=True)
class CallFilter:
    """A view of the calls table; every field is a URL query parameter of the Calls page."""

    person: str | None = None  # English or Arabic name, or a participant key
    country: str | None = None  # ISO code, or the country's English or Arabic name
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    type: str | None = None
    status: str | None = None  # calls with at least one report of this status
    outlet: str | None = None  # outlet id
    min_outlets: int | None = None
    call_id: str | None = None
    limit: int | None = 50
    offset: int = 0  # rows skipped before the first shown (with limit: one page of the view)
    person_keys: tuple[str, ...] | None = None  # ``person`` resolved to participant keys (see ``resolved``)

    def params(self) -> dict[str, Any]:
        """The filter as query parameters (for links and downloads of the same view)."""
        out = {
            "person": self.person,
            "country": self.country,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "type": self.type,
            "status": self.status,
            "outlet": self.outlet,
            "min_outlets": self.min_outlets,
        }
        return {k: v for k, v in out.items() if v not in (None, "")}


def _country_codes(con: duckdb.DuckDBPyConnection, country: str) -> list[str]:
    value = country.strip()
    found = con.execute(
        "SELECT code FROM countries WHERE upper(code) = upper(?) OR lower(name_en) = lower(?) OR name_ar = ?",
        [value, value, value],
    ).fetchall()
    return [r[0] for r in found] or [value.upper()]


def _fold_latin(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(ch))


def matching_participants(con: duckdb.DuckDBPyConnection, person: str) -> list[str]:
    """Keys of the participants whose key is ``person`` or whose English name (accents ignored) or
    Arabic name (letter variants and marks folded) contains it. Matched in Python over the few
    distinct participants: far cheaper than matching every participant row in SQL."""
    needle = person.strip()
    latin, arabic = _fold_latin(needle), fold_arabic(needle)
    found = con.execute(
        f"SELECT DISTINCT {PARTICIPANT_KEY_SQL}, coalesce(p.name_en, p.name_ar), p.name_ar FROM event_participants p"
    ).fetchall()
    return sorted(
        {
            key
            for key, name, name_ar in found
            if key == needle or (name and latin in _fold_latin(name)) or (name_ar and arabic in fold_arabic(name_ar))
        }
    )


def resolved(con: duckdb.DuckDBPyConnection, f: CallFilter) -> CallFilter:
    """The filter with its person matched to participant keys once (a page runs several queries)."""
    if f.person and f.person_keys is None:
        return replace(f, person_keys=tuple(matching_participants(con, f.person)))
    return f


def _person_clause(con: duckdb.DuckDBPyConnection, f: CallFilter) -> tuple[str, list[Any]]:
    sql = f"""c.call_id IN (SELECT ce.call_id FROM event_participants p JOIN call_events ce USING (event_id)
                            WHERE list_contains(?, {PARTICIPANT_KEY_SQL}))"""
    return sql, [list(resolved(con, f).person_keys or [])]


def _where(con: duckdb.DuckDBPyConnection, f: CallFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    simple = (
        ("c.type = ?", f.type),
        ("c.call_date >= ?", f.date_from),
        ("c.call_date <= ?", f.date_to),
        ("c.n_outlets >= ?", f.min_outlets),
        ("c.call_id = ?", f.call_id),
    )
    for sql, value in simple:
        if value is not None and value != "":
            clauses.append(sql)
            params.append(value)
    if f.country:
        clauses.append("list_has_any(c.countries, ?)")
        params.append(_country_codes(con, f.country))
    if f.person:
        sql, values = _person_clause(con, f)
        clauses.append(sql)
        params.extend(values)
    if f.status or f.outlet:
        # Calls with a report of this status and a report from this outlet: one pass over the reports.
        having = [
            cond
            for cond, value in (("bool_or(e.status = ?)", f.status), ("bool_or(a.outlet_id = ?)", f.outlet))
            if value
        ]
        pre = " OR ".join(c.removeprefix("bool_or(").removesuffix(")") for c in having)
        clauses.append(
            "c.call_id IN (SELECT ce.call_id FROM call_events ce JOIN events e USING (event_id) "
            f"JOIN articles a USING (article_id) WHERE {pre} GROUP BY ce.call_id HAVING {' AND '.join(having)})"
        )
        values = [v for v in (f.status, f.outlet) if v]
        params.extend(values + values)
    return (" AND ".join(clauses) or "TRUE"), params


# The columns of a call in the JSON API, the CSV and the Parquet download (the API adds the nested
# "articles"). One SELECT so the three never disagree.
CALL_COLUMNS = (
    "call_id", "type", "date", "date_basis", "date_conflict", "participants", "participants_ar", "people",
    "countries", "topics", "sources", "outlets", "statuses", "n_events", "n_articles", "n_outlets",
    "first_published", "last_published", "article_urls",
)  # fmt: skip


def _calls_sql(where: str, limited: bool) -> str:
    return f"""
    WITH f AS (
        SELECT * FROM calls c WHERE {where}
        ORDER BY call_date DESC NULLS LAST, last_published DESC NULLS LAST, call_id {"LIMIT ? OFFSET ?" if limited else ""}),
    ev AS (
        SELECT ce.call_id, e.status, a.url, coalesce(o.name, a.outlet_id) AS outlet
        FROM f JOIN call_events ce USING (call_id) JOIN events e USING (event_id)
        JOIN articles a USING (article_id) LEFT JOIN outlets o USING (outlet_id)),
    agg AS (
        SELECT call_id, list(DISTINCT outlet ORDER BY outlet) AS outlets, list(DISTINCT status ORDER BY status) AS statuses,
               list(DISTINCT url ORDER BY url) AS article_urls FROM ev GROUP BY call_id),
    cp AS (  -- call_participants for these calls only (the view itself is DISTINCT over every call)
        SELECT DISTINCT ce.call_id, {PARTICIPANT_KEY_SQL} AS participant_key, p.person_id,
               coalesce(p.name_en, p.name_ar) AS name, p.name_ar, p.country
        FROM f JOIN call_events ce USING (call_id) JOIN event_participants p USING (event_id)),
    ppl AS (
        SELECT call_id, list({{'key': participant_key, 'person_id': person_id, 'name_en': name, 'name_ar': name_ar,
                               'country': country}} ORDER BY name) AS people,
               list(name_ar ORDER BY name) FILTER (WHERE name_ar IS NOT NULL) AS participants_ar
        FROM cp GROUP BY call_id)
    SELECT f.call_id, f.type, f.call_date AS date, f.date_basis, f.date_conflict, f.participants,
           coalesce(ppl.participants_ar, []) AS participants_ar, coalesce(ppl.people, []) AS people,
           coalesce(f.countries, []) AS countries, coalesce(f.topics, []) AS topics, coalesce(f.sources, []) AS sources,
           coalesce(agg.outlets, []) AS outlets, coalesce(agg.statuses, []) AS statuses, f.n_events, f.n_articles,
           f.n_outlets, f.first_published, f.last_published, coalesce(agg.article_urls, []) AS article_urls
    FROM f LEFT JOIN agg USING (call_id) LEFT JOIN ppl USING (call_id)
    ORDER BY f.call_date DESC NULLS LAST, f.last_published DESC NULLS LAST, f.call_id"""


def calls_relation(con: duckdb.DuckDBPyConnection, f: CallFilter) -> duckdb.DuckDBPyRelation:
    """The filtered calls with ``CALL_COLUMNS`` (for downloads: Arrow, CSV, Parquet)."""
    where, params = _where(con, f)
    if f.limit is not None:
        params.extend([f.limit, f.offset])
    return con.sql(_calls_sql(where, f.limit is not None), params=params)


def count_calls(con: duckdb.DuckDBPyConnection, f: CallFilter) -> int:
    where, params = _where(con, f)
    return int(con.execute(f"SELECT count(*) FROM calls c WHERE {where}", params).fetchone()[0])  # type: ignore[index]


def query_calls(con: duckdb.DuckDBPyConnection, f: CallFilter) -> list[dict[str, Any]]:
    """Filtered calls (``CALL_COLUMNS``), each with its articles, events, participants, sources and
    evidence spans (calls -> call_events -> events -> articles / evidence / participants / sources)."""
    where, params = _where(con, f)
    if f.limit is not None:
        params.extend([f.limit, f.offset])
    calls = rows(con, _calls_sql(where, f.limit is not None), params)
    if calls:
        by_call = _articles_of(con, [c["call_id"] for c in calls])
        for c in calls:
            c["date_conflict"] = bool(c["date_conflict"])
            c["articles"] = by_call.get(c["call_id"], [])
    return calls


def _articles_of(con: duckdb.DuckDBPyConnection, call_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    events = rows(
        con,
        """
        SELECT ce.call_id, e.event_id, e.type, e.status, e.background, e.event_date, e.date_basis, e.date_conflict,
               a.article_id, a.url, a.title, a.published_date, a.outlet_id, coalesce(o.name, a.outlet_id) AS outlet,
               o.name_ar AS outlet_ar, a.text
        FROM call_events ce JOIN events e ON e.event_id = ce.event_id JOIN articles a ON a.article_id = e.article_id
        LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
        WHERE list_contains(?, ce.call_id)
        ORDER BY ce.call_id, a.published_date NULLS LAST, outlet, a.article_id, e.event_index""",
        [call_ids],
    )
    ids = [e["event_id"] for e in events]

    def grouped(sql: str) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for r in rows(con, sql, [ids]):
            out.setdefault(r.pop("event_id"), []).append(r)
        return out

    evidence = grouped(
        "SELECT event_id, kind, start_char, end_char, text FROM event_evidence "
        "WHERE list_contains(?, event_id) ORDER BY event_id, position"
    )
    people = grouped(
        "SELECT event_id, person_id, name_en, name_ar, country, role, org, mention FROM event_participants "
        "WHERE list_contains(?, event_id) ORDER BY event_id, position"
    )
    sources = grouped(
        "SELECT event_id, name_en, kind, mention FROM event_sources WHERE list_contains(?, event_id) "
        "ORDER BY event_id, position"
    )
    by_call: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        by_call.setdefault(e["call_id"], []).append(
            {
                "article_id": e["article_id"],
                "url": e["url"],
                "title": e["title"],
                "published_date": e["published_date"],
                "outlet_id": e["outlet_id"],
                "outlet": e["outlet"],
                "outlet_ar": e["outlet_ar"],
                "event": {
                    "event_id": e["event_id"],
                    "type": e["type"],
                    "status": e["status"],
                    "background": e["background"],
                    "date": e["event_date"],
                    "date_basis": e["date_basis"],
                    "date_conflict": e["date_conflict"],
                },
                "participants": people.get(e["event_id"], []),
                "sources": sources.get(e["event_id"], []),
                "evidence": [_span(s, e["text"] or "") for s in evidence.get(e["event_id"], [])],
            }
        )
    return by_call


def _span(s: dict[str, Any], text: str) -> dict[str, Any]:
    """An evidence span with the article text around it (when its offsets really point at it)."""
    start, end = s["start_char"], s["end_char"]
    exact = 0 <= start <= end <= len(text) and text[start:end] == (s["text"] or "")
    return {
        "kind": s["kind"],
        "start": start,
        "end": end,
        "text": s["text"],
        "before": text[max(0, start - CONTEXT_CHARS) : start] if exact else None,
        "after": text[end : end + CONTEXT_CHARS] if exact else None,
    }


def filter_choices(con: duckdb.DuckDBPyConnection) -> dict[str, list[Any]]:
    """What the filter form offers: types, statuses, outlets (id, English, Arabic), countries."""
    return {
        "types": [r[0] for r in con.execute("SELECT DISTINCT type FROM calls ORDER BY 1").fetchall()],
        "statuses": [r[0] for r in con.execute("SELECT DISTINCT status FROM events ORDER BY 1").fetchall()],
        "outlets": con.execute(
            "SELECT outlet_id, name, name_ar FROM outlets WHERE outlet_id IN (SELECT DISTINCT outlet_id FROM articles) "
            "ORDER BY name"
        ).fetchall(),
    }


def snapshot_info(con: duckdb.DuckDBPyConnection, path: Path) -> dict[str, Any]:
    info: dict[str, Any] = {"published_at": None, "latest_run": None}
    try:
        info["published_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(path.stat().st_mtime))
    except OSError:
        pass
    found = rows(con, "SELECT run_id, status, finished_at FROM runs ORDER BY finished_at DESC NULLS LAST LIMIT 1")
    if found:
        info["latest_run"] = found[0]
    return info


# --- people ----------------------------------------------------------------------------------------


# The participants of the calls of one person, from the tables (the call_participants view is DISTINCT
# over every call, too slow to filter per request on a large warehouse).
_THEIR_CALLS = f"""
    mine AS (SELECT DISTINCT ce.call_id FROM event_participants p JOIN call_events ce USING (event_id)
             WHERE {PARTICIPANT_KEY_SQL} = ?),
    cp AS (SELECT DISTINCT ce.call_id, {PARTICIPANT_KEY_SQL} AS participant_key, p.person_id,
                  coalesce(p.name_en, p.name_ar) AS name, p.name_ar, p.country
           FROM mine JOIN call_events ce USING (call_id) JOIN event_participants p USING (event_id))"""


def person(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any] | None:
    found = rows(
        con,
        f"""WITH {_THEIR_CALLS}
           SELECT participant_key AS key, any_value(person_id) AS person_id, any_value(name) AS name_en,
                  any_value(name_ar) AS name_ar, any_value(country) AS country, count(DISTINCT call_id) AS n_calls
           FROM cp WHERE participant_key = ? GROUP BY participant_key""",
        [key, key],
    )
    return found[0] if found else None


def person_calls(con: duckdb.DuckDBPyConnection, key: str) -> list[tuple[Any, str, str]]:
    """(date, participants, type) of each call of the person, for the timeline."""
    found = con.execute(
        f"""WITH {_THEIR_CALLS}
        SELECT c.call_date, coalesce(c.participants, ''), c.type FROM calls c
        WHERE c.call_id IN (SELECT call_id FROM mine) ORDER BY c.call_date""",
        [key],
    ).fetchall()
    return [(r[0], r[1], r[2]) for r in found]


def counterparts_relation(con: duckdb.DuckDBPyConnection, key: str) -> duckdb.DuckDBPyRelation:
    """Everyone the person had a contact with: how often, first and last contact, and how."""
    return con.sql(
        f"""WITH {_THEIR_CALLS}
        SELECT other.participant_key AS key, any_value(other.name) AS name_en, any_value(other.name_ar) AS name_ar,
               any_value(other.country) AS country, count(DISTINCT c.call_id) AS n_contacts,
               min(c.call_date) AS first_contact, max(c.call_date) AS last_contact,
               list(DISTINCT c.type ORDER BY c.type) AS types
        FROM cp other JOIN calls c ON c.call_id = other.call_id
        WHERE other.participant_key <> ?
        GROUP BY other.participant_key ORDER BY n_contacts DESC, last_contact DESC NULLS LAST, name_en""",
        params=[key, key],
    )


def counterparts(con: duckdb.DuckDBPyConnection, key: str) -> list[dict[str, Any]]:
    rel = counterparts_relation(con, key)
    return [dict(zip(rel.columns, r)) for r in rel.fetchall()]


# --- one article ---------------------------------------------------------------------------------


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """An article with its outlet, its loaded events (and their calls) and what of it was quarantined."""
    found = rows(
        con,
        """SELECT a.article_id, a.url, a.title, a.published_date, a.published_basis, a.outlet_id,
                  coalesce(o.name, a.outlet_id) AS outlet, o.name_ar AS outlet_ar, a.text
           FROM articles a LEFT JOIN outlets o USING (outlet_id) WHERE a.article_id = ?""",
        [article_id],
    )
    if not found:
        return None
    out = found[0]
    out["events"] = rows(
        con,
        """SELECT e.event_id, e.type, e.status, e.event_date, e.date_basis, ce.call_id,
                  (SELECT list({'name_en': p.name_en, 'name_ar': coalesce(p.name_ar, p.mention)} ORDER BY p.position)
                   FROM event_participants p WHERE p.event_id = e.event_id) AS participants
           FROM events e LEFT JOIN call_events ce USING (event_id) WHERE e.article_id = ? ORDER BY e.event_index""",
        [article_id],
    )
    out["quarantined"] = rows(
        con,
        "SELECT stage, reason, item_id, value, first_run_id FROM quarantine WHERE url = ? ORDER BY stage, reason",
        [out["url"]],
    )
    return out
