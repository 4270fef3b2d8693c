"""Opening the snapshot and reading rows: what every query module builds on.

Readers open the published snapshot read-only (``open_snapshot``), never the live database a load
may hold. Every function takes an open connection and returns plain records (dicts of JSON-able
values, dates as ``datetime.date``), so the pages, the JSON API and the files share one query each.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import duckdb

CONTEXT_CHARS = 70  # article text shown either side of an evidence span
# Arabic letter variants folded for name search (alef forms, alef maqsura, teh marbuta), and marks.
AR_FOLD_FROM, AR_FOLD_TO = "أإآٱىة", "اااايه"
AR_MARKS_RE = "[\u064b-\u0652\u0640]"
# A participant's key in SQL over event_participants ``p``: the expression of the schema's view
# call_participants (= rasd.records.participant_key); a test checks the two agree.
PARTICIPANT_KEY_SQL = (
    "coalesce(p.person_id, 'unk:' || coalesce(p.country, '') || ':' || coalesce(p.name_ar, p.mention))"
)


class SnapshotMissing(Exception):
    """No snapshot published yet."""


class SnapshotBusy(Exception):
    """The snapshot exists but could not be opened right now (replaced while opening)."""


def open_snapshot(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published snapshot (a few retries: a load replaces the file
    atomically, so a failed open only means it moved under us)."""
    if not path.exists():
        raise SnapshotMissing(str(path))
    last: Exception | None = None
    for attempt in range(3):
        try:
            return duckdb.connect(str(path), read_only=True)
        except duckdb.Error as exc:
            last = exc
            time.sleep(0.1 * (attempt + 1))
    raise SnapshotBusy(type(last).__name__)


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def fold_arabic(s: str) -> str:
    """An Arabic name as matched: alef forms, alef maqsura and teh marbuta folded, marks dropped."""
    return re.sub(AR_MARKS_RE, "", s.translate(str.maketrans(AR_FOLD_FROM, AR_FOLD_TO)))
