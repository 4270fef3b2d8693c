"""The Trends page: calls per period on a continuous axis, per country pair, and the quarantine
share per outlet over runs; the same filters as the Calls page."""

from __future__ import annotations

import duckdb

from rasd.warehouse import queries as q
from rasd.web import charts
from rasd.web.calls import downloads, filter_form


def trends_body(con: duckdb.DuckDBPyConnection, f: q.CallFilter) -> str:
    unit, per_period = q.calls_per_period(con, f)
    pair_unit, periods, pairs = q.pairs_per_period(con, f)
    share = q.quarantine_share_over_runs(con)
    return (
        "<h1>Trends</h1><p class='muted'>Periods are weeks for up to a year of data, months beyond; "
        "periods without calls are drawn empty.</p>"
        + filter_form(f, q.filter_choices(con), "trends", with_limit=False)
        + downloads(f, "")
        + charts.time_bars(per_period, unit, "Calls")
        + charts.lines([charts.period_label(p, pair_unit) for p in periods], pairs, "Calls per country pair (top 5)")
        + charts.lines(share["runs"], share["series"], "Quarantine share per outlet over runs", percent=True)
    )
