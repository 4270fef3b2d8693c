"""Downloads of a view as CSV or Parquet: for calls, the JSON API's call columns (``CALL_COLUMNS``)
and every filtered call (no row limit); for a person, the counterparts table. Lists stay lists in
Parquet and are joined with ' | ' in CSV."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import duckdb
import pyarrow.parquet as pq


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


def as_csv(rel: duckdb.DuckDBPyRelation) -> bytes:
    flat = rel.project(", ".join(_csv_column(n, str(t)) for n, t in zip(rel.columns, rel.types)))
    with tempfile.TemporaryDirectory(prefix="rasd-csv-") as tmp:
        path = Path(tmp) / "view.csv"
        flat.write_csv(str(path), header=True)
        return "\ufeff".encode() + path.read_bytes()  # BOM: spreadsheet programs then read the Arabic right


def as_parquet(rel: duckdb.DuckDBPyRelation) -> bytes:
    buf = io.BytesIO()
    pq.write_table(rel.to_arrow_table(), buf)
    return buf.getvalue()
