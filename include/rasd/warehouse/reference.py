"""The dimension tables (outlets, countries, people and their offices, news sources), replaced by
the current reference data and outlet registry on every load."""

from __future__ import annotations

import duckdb

from rasd.warehouse.load import insert_rows


def load_reference(con: duckdb.DuckDBPyConnection, ref, outlets) -> None:
    """Replace the dimension tables with the current reference data (deterministic content)."""
    tables = {
        "outlets": [
            {
                "outlet_id": o.id,
                "name": o.name,
                "name_ar": o.name_ar,
                "country": o.country,
                "founded": o.founded,
                "enabled": o.enabled,
            }
            for o in outlets
        ],
        "countries": [
            {
                "code": c.code,
                "name_en": c.name_en,
                "name_ar": c.names_ar[0] if c.names_ar else None,
                "adjective_en": c.adjective_en,
            }
            for c in ref.countries.values()
        ],
        "people": [{"person_id": p.person_id, "name_en": p.name_en, "name_ar": p.name_ar} for p in ref.people.values()],
        "person_offices": [
            {
                "person_id": p.person_id,
                "role": o.role,
                "country": o.country,
                "org": o.org,
                "start_date": o.start,
                "end_date": o.end,
            }
            for p in ref.people.values()
            for o in p.offices
        ],
        "news_sources": [{"name_en": k, "kind": v} for k, v in ref.source_kinds.items()],
    }
    con.execute("BEGIN TRANSACTION")
    try:
        for table, rows in tables.items():
            if table == "outlets":  # outlets from other registries loaded earlier stay known
                con.execute(
                    "DELETE FROM outlets WHERE outlet_id IN (SELECT unnest(?))", [[r["outlet_id"] for r in rows]]
                )
            else:
                con.execute(f"DELETE FROM {table}")
            if rows:
                insert_rows(con, table, rows, list(rows[0]))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
