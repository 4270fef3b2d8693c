"""A person's page: their contacts on a timeline and a table of counterparts (count, first, last)."""

from __future__ import annotations

from typing import Any

import duckdb

from rasd.warehouse import queries as q
from rasd.web import charts
from rasd.web.calls import downloads
from rasd.web.render import bilingual, esc, href, segment, table


def person_body(con: duckdb.DuckDBPyConnection, who: dict[str, Any]) -> str:
    root = "../"
    key = who["key"]
    f = q.CallFilter(person=key, limit=None)
    points = q.person_calls(con, key)
    rows = [
        (
            f"<a class='person' href='{href(root + 'person/' + segment(c['key']))}'>{bilingual(c['name_en'], c['name_ar'])}</a>",
            esc(c["country"]),
            f"<a href='{href(root + 'calls', {'person': key, 'limit': 500})}'>{c['n_contacts']}</a>",
            esc(c["first_contact"].isoformat() if c["first_contact"] else ""),
            esc(c["last_contact"].isoformat() if c["last_contact"] else ""),
            esc(", ".join(c["types"])),
        )
        for c in q.counterparts(con, key)
    ]
    name_ar = f"<bdi dir='rtl' lang='ar' class='ar'>{esc(who['name_ar'])}</bdi>" if who.get("name_ar") else ""
    return f"""<h1 class='names'><span>{esc(who["name_en"])}</span>{name_ar}</h1>
<p class='muted'>{esc(who["country"])} · key <code>{esc(key)}</code> · {who["n_calls"]} contacts ·
<a href="{href(root + "calls", {"person": key, "limit": 500})}">their calls</a> ·
<a href="{href(root + "trends", {"person": key})}">their trend</a></p>
{downloads(f, root)}
<h2>Contacts over time</h2>{charts.timeline(points, "Each dot is one contact (hover for who)")}
<h2>Counterparts</h2>
<p class='downloads'>This table as: <a class='csv' href='{href(root + "counterparts.csv", {"person": key})}' download>CSV</a>
<a class='parquet' href='{href(root + "counterparts.parquet", {"person": key})}' download>Parquet</a></p>
{table(["Counterpart", "Country", "Contacts", "First contact", "Last contact", "How"], rows)}"""
