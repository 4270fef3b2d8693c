"""The single writer: open, commit, checkpoint, publish the snapshot. Written once, used by every
stage that writes (load, gates that trip, the warehouse gate, run records).

DuckDB lets one process write a file and no other process read it meanwhile, so writers take an
exclusive lock file beside the database (waiting for each other, across processes and Airflow
tasks), and readers open the snapshot that each write publishes.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from rasd.warehouse.schema import connect

WRITER_WAIT_SECONDS = 600.0


class WriterBusy(RuntimeError):
    """Another process held the warehouse longer than we could wait."""


def publish_snapshot(db_path: str | Path, snapshot_path: str | Path) -> Path:
    """Copy the committed database to a read-only snapshot for readers (UI, reports, analysts).
    The copy replaces the old snapshot atomically: a reader sees the old or the new, never half."""
    db_path, snapshot_path = Path(db_path), Path(snapshot_path)
    tmp = snapshot_path.with_suffix(".tmp")
    shutil.copyfile(db_path, tmp)
    os.replace(tmp, snapshot_path)
    return snapshot_path


def _lock(path: Path, wait: float) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(fd)
                raise WriterBusy(f"the warehouse {path.with_suffix('')} is busy (another writer holds it)") from None
            time.sleep(0.2)


@contextmanager
def writer(
    db_path: str | Path, snapshot_path: str | Path, wait: float = WRITER_WAIT_SECONDS
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Exclusive write access: the schema applied, a CHECKPOINT and a published snapshot on success.
    On an exception nothing is published and uncommitted work is rolled back by DuckDB."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd = _lock(db_path.with_name(db_path.name + ".writer.lock"), wait)
    try:
        con = connect(db_path)
        try:
            yield con
            con.execute("CHECKPOINT")
        finally:
            con.close()
        publish_snapshot(db_path, snapshot_path)
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
