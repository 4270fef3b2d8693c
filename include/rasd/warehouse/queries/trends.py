"""Series over time for the charts: continuous periods (empty ones as zero), runs in order."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import duckdb

from rasd.warehouse.queries.calls import CallFilter, _where

# --- trends ----------------------------------------------------------------------------------------


def period_unit(first: dt.date | None, last: dt.date | None) -> str:
    """Weeks for up to a year of data, months beyond (so a chart keeps a readable number of bars)."""
    if first is None or last is None:
        return "week"
    return "week" if (last - first).days <= 366 else "month"


def calls_per_period(con: duckdb.DuckDBPyConnection, f: CallFilter) -> tuple[str, list[tuple[dt.date, int]]]:
    """Calls per week or month over the whole filtered range, empty periods included (count 0)."""
    where, params = _where(con, replace(f, limit=None))
    span = con.execute(f"SELECT min(call_date), max(call_date) FROM calls c WHERE {where}", params).fetchone()
    first, last = span if span else (None, None)
    unit = period_unit(first, last)
    if first is None:
        return unit, []
    found = con.execute(
        f"""
        WITH periods AS (SELECT unnest(generate_series(date_trunc('{unit}', CAST(? AS DATE)),
                                                       date_trunc('{unit}', CAST(? AS DATE)), INTERVAL 1 {unit})) AS p),
             counted AS (SELECT date_trunc('{unit}', call_date) AS p, count(*) AS n FROM calls c
                         WHERE {where} AND call_date IS NOT NULL GROUP BY 1)
        SELECT CAST(periods.p AS DATE), coalesce(n, 0) FROM periods LEFT JOIN counted USING (p) ORDER BY 1""",
        [first, last, *params],
    ).fetchall()
    return unit, [(r[0], int(r[1])) for r in found]


def pairs_per_period(
    con: duckdb.DuckDBPyConnection, f: CallFilter, top: int = 5
) -> tuple[str, list[dt.date], dict[str, list[int]]]:
    """Calls per country pair and period for the ``top`` pairs, on the same continuous axis."""
    unit, axis = calls_per_period(con, f)
    periods = [p for p, _ in axis]
    if not periods:
        return unit, [], {}
    where, params = _where(con, replace(f, limit=None))
    found = con.execute(
        f"""
        WITH f AS (SELECT call_id, call_date, list_distinct(countries) AS cs FROM calls c
                   WHERE {where} AND call_date IS NOT NULL AND len(countries) >= 2),
             pairs AS (SELECT x || '–' || y AS pair, CAST(date_trunc('{unit}', call_date) AS DATE) AS p
                       FROM (SELECT call_date, unnest(cs) AS x, cs FROM f) JOIN LATERAL (SELECT unnest(cs) AS y) ON x < y),
             best AS (SELECT pair FROM pairs GROUP BY pair ORDER BY count(*) DESC, pair LIMIT ?)
        SELECT pair, p, count(*) FROM pairs WHERE pair IN (SELECT pair FROM best) GROUP BY ALL""",
        [*params, top],
    ).fetchall()
    index = {p: i for i, p in enumerate(periods)}
    series: dict[str, list[int]] = {}
    for pair, p, n in found:
        series.setdefault(pair, [0] * len(periods))[index[p]] = int(n)
    return unit, periods, dict(sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0])))


def quarantine_share_over_runs(con: duckdb.DuckDBPyConnection, last_runs: int = 20) -> dict[str, Any]:
    """Per outlet and run: items first quarantined in that run / pages the run fetched for the outlet."""
    runs = [
        r[0]
        for r in con.execute(
            "SELECT run_id FROM (SELECT run_id, started_at FROM runs ORDER BY started_at DESC NULLS LAST LIMIT ?) "
            "ORDER BY started_at NULLS FIRST",
            [last_runs],
        ).fetchall()
    ]
    found = con.execute(
        """
        WITH fetched AS (SELECT run_id, outlet_id, count(DISTINCT url) AS n FROM fetch_log
                         WHERE coalesce(kind, 'page') = 'page' AND list_contains(?, run_id) GROUP BY ALL),
             held AS (SELECT first_run_id AS run_id, outlet_id, count(*) AS q FROM quarantine
                      WHERE list_contains(?, first_run_id) AND outlet_id IS NOT NULL GROUP BY ALL)
        SELECT coalesce(f.outlet_id, h.outlet_id) AS outlet_id, coalesce(f.run_id, h.run_id) AS run_id,
               coalesce(h.q, 0) AS q, coalesce(f.n, 0) AS n
        FROM fetched f FULL JOIN held h ON f.run_id = h.run_id AND f.outlet_id = h.outlet_id""",
        [runs, runs],
    ).fetchall()
    index = {r: i for i, r in enumerate(runs)}
    series: dict[str, list[float | None]] = {}
    for outlet, run, q, n in found:
        share = min(1.0, q / n) if n else (1.0 if q else None)
        series.setdefault(outlet, [None] * len(runs))[index[run]] = share
    return {"runs": runs, "series": dict(sorted(series.items()))}
