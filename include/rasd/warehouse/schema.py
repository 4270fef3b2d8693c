"""The schema file and the one way to open the warehouse with it applied."""

from __future__ import annotations

from pathlib import Path

import duckdb

SCHEMA_FILE = Path(__file__).resolve().parent / "schema.sql"


def connect(db_path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database; a writable connection first applies the schema (idempotent)."""
    db_path = Path(db_path)
    if read_only:
        return duckdb.connect(str(db_path), read_only=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path))
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    return con
