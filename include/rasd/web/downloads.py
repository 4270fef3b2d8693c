"""Downloads of a filtered view as CSV or Parquet: the JSON API's call columns (``CALL_COLUMNS``),
lists as lists in Parquet and joined with ' | ' in CSV, every filtered call (no row limit)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from rasd.warehouse import queries as q


def _defused(sql: str) -> str:
    """Text a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading
    apostrophe: names and titles come from web pages, and a hostile page must not plant a formula."""
    return f"CASE WHEN regexp_matches({sql}, '^[-=+@\\t\\r]') THEN chr(39) || {sql} ELSE {sql} END"


def _csv_column(name: str, dtype: str) -> str:
    """A call column as CSV text: lists of names joined with ' | ', records (people) as JSON."""
    if name == "people":
        return f"CAST(to_json({name}) AS VARCHAR) AS {name}"
    if dtype.endswith("[]"):
        return f"{_defused(f'array_to_string({name}, {chr(39)} | {chr(39)})')} AS {name}"
    if dtype == "VARCHAR":
        return f"{_defused(name)} AS {name}"
    return name


def calls_csv(con: duckdb.DuckDBPyConnection, f: q.CallFilter) -> bytes:
    rel = q.calls_relation(con, f)
    flat = rel.project(", ".join(_csv_column(n, str(t)) for n, t in zip(rel.columns, rel.types)))
    with tempfile.TemporaryDirectory(prefix="rasd-csv-") as tmp:
        path = Path(tmp) / "calls.csv"
        flat.write_csv(str(path), header=True)
        return "\ufeff".encode() + path.read_bytes()  # BOM: spreadsheet programs then read the Arabic right


def calls_parquet(con: duckdb.DuckDBPyConnection, f: q.CallFilter) -> bytes:
    table = q.calls_relation(con, f).to_arrow_table()
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()
