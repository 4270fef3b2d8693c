"""Opening the snapshot and reading rows: what every query module builds on.

Readers open the published snapshot read-only (``open_snapshot``), never the live database a load
may hold. Every function takes an open connection and returns plain records (dicts of JSON-able
values, dates as ``datetime.date``), so the pages, the JSON API and the files share one query each.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from rasd.arabic import ARABIC_MARKS

CONTEXT_CHARS = 70  # article text shown either side of an evidence span
# Arabic letter variants folded for name search (alef forms, alef maqsura, teh marbuta), and marks.
AR_FOLD_FROM, AR_FOLD_TO = "أإآٱىة", "اااايه"
AR_MARKS_RE = f"[{ARABIC_MARKS}]"
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


class SnapshotReader:
    """Read connections to the published snapshot, shared between requests: the database stays open
    (DuckDB's cache stays warm: a fresh open costs each request 10-30 ms more) and each request gets
    its own cursor. A load replaces the file (new inode); the next request then waits for the readers
    of the old one to finish, closes it and opens the new file. (Closing first matters: DuckDB keeps
    one instance per path, so opening the same path while the old one is open would read the old.)"""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._identity: tuple[Any, ...] | None = None
        self._readers = 0

    @staticmethod
    def identity(path: Path) -> tuple[Any, ...]:
        try:
            st = path.stat()
        except FileNotFoundError:
            raise SnapshotMissing(str(path)) from None
        return (str(path), st.st_ino, st.st_dev, st.st_mtime_ns, st.st_size)

    @property
    def is_open(self) -> bool:
        return self._con is not None

    def _switch(self, path: Path, identity: tuple[Any, ...]) -> None:
        """Called with the lock held and no readers: close the replaced snapshot, open the new one."""
        if self._con is not None:
            self._con.close()
            self._con, self._identity = None, None
        self._con, self._identity = open_snapshot(path), identity

    @contextmanager
    def cursor(self, path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
        identity = self.identity(path)
        with self._cond:
            while self._identity != identity and self._readers > 0:
                self._cond.wait()
            if self._identity != identity or self._con is None:
                self._switch(path, identity)
            assert self._con is not None
            self._readers += 1
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            if self._con is not None:
                self._con.close()
            self._con, self._identity = None, None
