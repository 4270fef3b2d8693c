"""A whole run without Airflow (``rasd run``), resuming a failed run, the run record, and the lock
that keeps a second run off the same home.

A run is a fixed sequence of steps. When a gate trips, it has already committed the run's
quarantine, quality results and a failed ``runs`` row; the run folder remembers which gate, and
``resume_run`` starts again from that gate (no fetching), optionally with a one-off threshold.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rasd.config import Settings
from rasd.pipeline import gates, stages
from rasd.pipeline.folder import RunFolder
from rasd.quality import GateFailed

log = logging.getLogger("rasd")

# The steps after fetching, in order; a resumed run starts at its failed gate.
STEPS: list[tuple[str, Callable[[Settings, str], Any]]] = [
    ("gate_raw_pages", gates.gate_raw_pages),
    ("shard_pages", stages.shard_stage),
    ("clean", stages.clean_stage),
    ("gate_articles", gates.gate_articles),
    ("extract", stages.extract_stage),
    ("gate_events", gates.gate_events),
    ("load", stages.load_stage),
    ("gate_warehouse", gates.gate_warehouse),
]


# The steps that can spread over worker processes (``rasd run --workers N``).
PARALLEL_STEPS: dict[str, Callable[[Settings, str, int], dict[str, Any]]] = {
    "clean": stages.clean_stage,
    "extract": stages.extract_stage,
}


class RunInProgress(RuntimeError):
    """Another run holds this home."""


class NothingToResume(ValueError):
    """The run id names no failed run."""


class RunLock:
    """An exclusive lock on a home (``<home>/run.lock``), held for a whole run. The kernel drops it
    when the holder exits, however it exits, so a crashed run never blocks the next one. The file
    says who holds it, for the message the next one prints."""

    def __init__(self, home: Path, holder: str) -> None:
        self.path = home / "run.lock"
        self.holder = holder
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise RunInProgress(f"another run is using {self.path.parent}: {self._describe_holder()}") from None
        os.ftruncate(fd, 0)
        info = {
            "holder": self.holder,
            "pid": os.getpid(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        os.write(fd, json.dumps(info).encode())
        self._fd = fd
        return self

    def _describe_holder(self) -> str:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
            return f"{info['holder']} (pid {info['pid']}, since {info['since']})"
        except (OSError, ValueError, KeyError):
            return "unknown holder"

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def new_run_id(settings: Settings, now: dt.datetime | None = None) -> str:
    """``manual__<UTC time to the microsecond>``, and never the id of an existing run folder."""
    now = now or dt.datetime.now(dt.UTC)
    base = "manual__" + now.strftime("%Y%m%dT%H%M%S.%fZ")
    run_id, n = base, 1
    while RunFolder.of(settings, run_id).path.exists():
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def start_run(settings: Settings, run_id: str, started_at: dt.datetime | None = None) -> None:
    """Note when a run started (once: a retried or cleared task keeps the first time)."""
    folder = RunFolder.of(settings, run_id)
    if not folder.manifest().started_at:
        when = started_at.astimezone(dt.UTC).replace(tzinfo=None) if started_at and started_at.tzinfo else started_at
        folder.update_manifest(started_at=(when or _utcnow()).isoformat())


def record_run(settings: Settings, run_id: str, status: str = "success", counts: dict | None = None) -> None:
    """The run's ``runs`` row, with the counts its steps reported."""
    from rasd.warehouse.load import record_run as insert_run
    from rasd.warehouse.snapshot import writer

    folder = RunFolder.of(settings, run_id)
    manifest = folder.manifest()
    started = dt.datetime.fromisoformat(manifest.started_at) if manifest.started_at else None
    counts = counts if counts is not None else stages.stage_counts(settings, run_id)
    with writer(settings.db_path, settings.snapshot_path) as con:
        insert_run(con, run_id, started, status, counts)
    if status == "success":
        folder.update_manifest(failed_gate=None, failure=None)


def _record_crash(settings: Settings, run_id: str, step: str, exc: Exception) -> None:
    """Not a data problem but still a failed run: record it, resumable from this step. A failure
    to record (the database itself may be the problem) is logged and never hides ``exc``."""
    try:
        gates.commit_failure(settings, RunFolder.of(settings, run_id), step, f"{type(exc).__name__}: {exc}"[:500])
    except Exception:
        log.exception("could not record the failure of run %s at %s", run_id, step)


def _run_steps(
    settings: Settings, run_id: str, first: str, report: bool, workers: int = 1, seconds: dict | None = None
) -> dict[str, Any]:
    names = [name for name, _ in STEPS]
    seconds = dict(seconds or {})
    for name, step in STEPS[names.index(first) :]:
        started = time.perf_counter()
        try:
            if name in PARALLEL_STEPS:
                PARALLEL_STEPS[name](settings, run_id, workers)
            else:
                step(settings, run_id)
        except GateFailed:
            raise  # the gate has committed its failure
        except Exception as exc:
            _record_crash(settings, run_id, name, exc)
            raise
        seconds[name] = round(time.perf_counter() - started, 3)
        log.info("%s: %.1f s", name, seconds[name])
    record_run(settings, run_id)
    counts = stages.stage_counts(settings, run_id)
    counts["seconds"] = seconds  # wall time of each step (printed by `rasd run --json`)
    if report:
        from rasd.report import build_report

        started = time.perf_counter()
        counts["report"] = str(build_report(settings, run_id))
        seconds["report"] = round(time.perf_counter() - started, 3)
    counts["run_id"] = run_id
    return counts


def run_all(
    settings: Settings,
    run_id: str | None = None,
    outlet_ids: Sequence[str] | None = None,
    sample_base_url: str | None = None,
    report: bool = True,
    workers: int = 1,
    warc: Sequence[str] | None = None,
    fetch: bool = True,
    overlap: bool = True,
) -> dict[str, Any]:
    """Every stage once, without Airflow; clean and extract on ``workers`` processes.
    ``warc``: archives (files, URLs, globs) read into the run too; ``fetch=False``: archives only.
    ``overlap``: the steps after fetching overlap (``rasd.pipeline.overlap``); else they run one
    after another, each alone (``rasd run --sequential``: what each step costs by itself).
    A tripped gate raises ``GateFailed`` after committing what the user needs to see (see
    ``gates.commit_failure``)."""
    run_id = run_id or new_run_id(settings)
    if warc:
        stages.archive_paths(warc)  # a missing archive stops the run before anything is written
    start_run(settings, run_id)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    if fetch:
        stages.fetch_stage(settings, run_id, stages.select_outlets(settings, outlet_ids, sample_base_url))
        seconds["fetch"] = round(time.perf_counter() - started, 3)
    if overlap:
        from rasd.pipeline.overlap import run_overlapped

        if warc and fetch:  # fetched pages first, then the archive's: shards in the order of the sequential steps
            started = time.perf_counter()
            stages.warc_stage(settings, run_id, warc)
            seconds["warc"] = round(time.perf_counter() - started, 3)
        return run_overlapped(settings, run_id, workers, None if fetch else warc, seconds, report)
    if warc:
        started = time.perf_counter()
        stages.warc_stage(settings, run_id, warc)
        seconds["warc"] = round(time.perf_counter() - started, 3)
    return _run_steps(settings, run_id, STEPS[0][0], report, workers, seconds)


def resume_run(
    settings: Settings, run_id: str, critical_threshold: float | None = None, report: bool = True, workers: int = 1
) -> dict[str, Any]:
    """Start a failed run again at the gate that tripped, on the files it left (nothing is fetched).
    ``critical_threshold`` overrides the threshold for the rest of this run."""
    folder = RunFolder.of(settings, run_id)
    if not folder.exists():
        raise NothingToResume(f"no run {run_id!r} under {folder.path.parent}")
    manifest = folder.manifest()
    if not manifest.failed_gate:
        raise NothingToResume(f"run {run_id} did not fail at a gate or step; nothing to resume")
    if critical_threshold is not None:
        folder.update_manifest(critical_threshold=critical_threshold)
    return _run_steps(settings, run_id, manifest.failed_gate, report, workers)
