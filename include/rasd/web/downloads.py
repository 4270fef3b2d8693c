"""Downloads of a filtered view as CSV or Parquet: the JSON API's call columns (``CALL_COLUMNS``),
lists as lists in Parquet and joined with ' | ' in CSV, every filtered call (no row limit)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import duckdb
import pyarrow.parquet as pq

from rasd.warehouse import queries as q


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return json.dumps(value, ensure_ascii=False, default=str)  # records (people): JSON, as in the API
    if isinstance(value, list):
        return " | ".join(_cell(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def calls_csv(con: duckdb.DuckDBPyConnection, f: q.CallFilter) -> bytes:
    rel = q.calls_relation(con, f)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(rel.columns)
    for row in rel.fetchall():
        writer.writerow([_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: spreadsheet programs then read the Arabic right


def calls_parquet(con: duckdb.DuckDBPyConnection, f: q.CallFilter) -> bytes:
    table = q.calls_relation(con, f).to_arrow_table()
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()
