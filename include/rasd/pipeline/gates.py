"""The gates of a run: each validates a stage's output, writes what passed and what was
quarantined to the run folder, and, when it trips, commits the run's quarantine, its quality
results and a failed ``runs`` row to the warehouse (and publishes the snapshot) before failing, so
that nothing is lost and the user can see why.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import pandas as pd

from rasd.config import Settings
from rasd.pipeline.folder import RunFolder
from rasd.pipeline.stages import mark_duplicates, registry, stage_counts
from rasd.quality import GateFailed, GateResult, quality_rows, run_gate

log = logging.getLogger("rasd")


def threshold_for(settings: Settings, folder: RunFolder, override: float | None = None) -> float:
    """The critical share a gate tolerates: a one-off override (a resumed run's, an Airflow param
    or Variable), else the run's own recorded override, else the configured default."""
    for value in (override, folder.manifest().critical_threshold):
        if value is not None:
            return float(value)
    return settings.critical_threshold


def commit_failure(settings: Settings, folder: RunFolder, gate: str, message: str) -> None:
    """Everything a user needs after a tripped gate, committed: the run's quarantine so far, its
    quality results and a ``runs`` row (status failed, counts, gate, why)."""
    from rasd.warehouse import load
    from rasd.warehouse.reference import load_reference
    from rasd.warehouse.snapshot import writer

    manifest = folder.update_manifest(failed_gate=gate, failure=message)
    started = dt.datetime.fromisoformat(manifest.started_at) if manifest.started_at else None
    with writer(settings.db_path, settings.snapshot_path) as con:
        load_reference(con, _reference(), list(registry(settings).values()))
        load.load_quarantine(con, folder.quarantined(), folder.run_id)
        load.store_quality(con, folder.quality(), folder.run_id)
        load.record_run(
            con, folder.run_id, started, "failed", stage_counts(settings, folder.run_id), gate=gate, message=message
        )


def _reference():
    from rasd.extract.refdata import reference_data

    return reference_data()


def _gate(
    settings: Settings,
    folder: RunFolder,
    stage: str,
    frame: pd.DataFrame,
    params: dict[str, Any] | None,
    threshold: float | None,
    before_failure: Callable[[], None] | None = None,
) -> GateResult:
    gate = run_gate(stage, frame, settings.reports_dir, threshold_for(settings, folder, threshold), params)
    folder.write_quarantine(f"gate_{stage}", gate.quarantined)
    folder.write_quality(stage, quality_rows(gate, folder.run_id))
    folder.write_passed(stage, gate.passed_ids)
    counts = {"rows": gate.n_rows, "quarantined": len(gate.quarantined)}
    folder.write_counts(f"gate_{stage}", counts)
    for warning in gate.warnings:
        log.warning("gate %s warning: %s", stage, warning)
    if gate.failed:
        message = gate.failure_message()
        if before_failure is not None:  # an overlapped run first stops and forgets the work it started
            before_failure()
        commit_failure(settings, folder, f"gate_{stage}", message)
        raise GateFailed(message, f"gate_{stage}", gate)
    return gate


def _counts(gate: GateResult) -> dict[str, int]:
    return {"rows": gate.n_rows, "quarantined": len(gate.quarantined)}


def gate_raw_pages(
    settings: Settings,
    run_id: str,
    critical_threshold: float | None = None,
    before_failure: Callable[[], None] | None = None,
) -> dict[str, int]:
    from rasd.fetch import canonicalize_url
    from rasd.quality.frames import raw_pages_frame

    folder = RunFolder.of(settings, run_id)
    pages = folder.pages()
    frame = raw_pages_frame(pages, {p.url: canonicalize_url(p.url) for p in pages})
    # Outlets of ad-hoc inputs (WARC archives) are registered by the archive reader itself.
    extra = sorted({p.outlet_id for p in pages if p.discovered_via == "warc"})
    params = {"outlets": list(registry(settings)) + extra}
    return _counts(_gate(settings, folder, "raw_pages", frame, params, critical_threshold, before_failure))


def gate_articles(
    settings: Settings,
    run_id: str,
    critical_threshold: float | None = None,
    today: dt.date | None = None,
    before_failure: Callable[[], None] | None = None,
    extracted: dict[str, dict[str, int]] | None = None,
) -> dict[str, int]:
    """The articles gate on the union of the shards. ``extracted``: the shards were extracted ahead
    of the gate (shard id -> what extracting it gave; their events wait in ``pending_events``):
    once the gate has passed, each shard keeps the events of its articles that passed."""
    from rasd.quality.frames import articles_frame

    mark_duplicates(settings, run_id)  # needs every shard: done once, here, before the union is gated
    folder = RunFolder.of(settings, run_id)
    articles = folder.articles()
    outlets = registry(settings)
    frame = articles_frame(articles, outlets, today or dt.date.today())
    params = {"outlets": sorted(set(outlets) | {a.outlet_id for a in articles if a.outlet_id.startswith("warc")})}
    result = _counts(_gate(settings, folder, "articles", frame, params, critical_threshold, before_failure))
    if extracted is not None:
        passed = folder.passed("articles") if result["quarantined"] else None
        for shard, counts in extracted.items():
            folder.write_counts(f"extract.{shard}", folder.promote_events(shard, passed, counts))
    return result


def gate_events(settings: Settings, run_id: str, critical_threshold: float | None = None) -> dict[str, int]:
    from rasd.quality.frames import events_frame

    folder = RunFolder.of(settings, run_id)
    frame = events_frame(folder.extracted(), _reference(), registry(settings))
    return _counts(_gate(settings, folder, "events", frame, None, critical_threshold))


def gate_warehouse(settings: Settings, run_id: str, critical_threshold: float | None = None) -> dict[str, int]:
    """Checks on the loaded warehouse (calls), and per-outlet volume and freshness (never blocking:
    a quiet outlet is not bad data)."""
    from rasd.quality.frames import outlets_frame, warehouse_frame
    from rasd.quality.gates import store_results
    from rasd.warehouse.load import load_quarantine
    from rasd.warehouse.snapshot import writer

    folder = RunFolder.of(settings, run_id)
    threshold = threshold_for(settings, folder, critical_threshold)
    with writer(settings.db_path, settings.snapshot_path) as con:
        gate = run_gate("warehouse", warehouse_frame(con), settings.reports_dir, threshold)
        load_quarantine(con, gate.quarantined, run_id)
        store_results(con, gate, run_id)
        health = run_gate("outlets", outlets_frame(con), settings.reports_dir, 1.0)
        store_results(con, health, run_id)
    for warning in health.warnings:
        log.warning("outlets: %s", warning)
    folder.write_counts("gate_warehouse", _counts(gate))
    if gate.failed:
        message = gate.failure_message()
        commit_failure(settings, folder, "gate_warehouse", message)
        raise GateFailed(message, "gate_warehouse", gate)
    return _counts(gate)
