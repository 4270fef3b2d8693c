"""A gate: validate a stage's rows, route rows failing critical expectations to quarantine, and
fail when their share passes the threshold."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.quality.gx import validate
from rasd.quality.suites import load_suite
from rasd.records import Quarantined


class GateFailed(RuntimeError):
    """Too many critical rows: the batch must not silently proceed."""

    def __init__(self, message: str, stage: str = "", result: GateResult | None = None) -> None:
        super().__init__(message)
        self.stage = stage
        self.result = result


@dataclass
class GateResult:
    stage: str
    passed_ids: set[str]
    quarantined: list[Quarantined]
    results: list[dict[str, Any]]
    n_rows: int
    critical_share: float
    docs_index: Path | None = None
    failed: bool = False
    warnings: list[str] = field(default_factory=list)
    threshold: float = 1.0

    def failure_message(self) -> str:
        reasons: dict[str, int] = {}
        for q in self.quarantined:
            reasons[q.reason] = reasons.get(q.reason, 0) + 1
        top = ", ".join(f"{r} {n}" for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
        return (
            f"gate {self.stage}: {len(self.quarantined)} of {self.n_rows} rows critical "
            f"({self.critical_share:.0%} > {self.threshold:.0%}; {top})"
        )


def _detail(result: dict[str, Any], context: Any) -> str:
    """The quarantine row's detail: the check that failed, plus what the extractor found when the
    frame carries it (a JSON object the quality pages read)."""
    check = f"{result['expectation']} failed on {result['column']}"
    found = context.get("context") if len(context) else None
    if not isinstance(found, str):
        return check
    return json.dumps({"check": check, **json.loads(found)}, ensure_ascii=False)


def run_gate(
    stage: str,
    frame: pd.DataFrame,
    reports_dir: Path,
    threshold: float,
    params: dict[str, Any] | None = None,
    build_docs: bool = False,
) -> GateResult:
    """Validate, route rows failing critical expectations to quarantine, fail past ``threshold``."""
    spec = load_suite(stage)
    row_id = spec["row_id"]
    all_ids = [str(x) for x in frame[row_id].tolist()] if len(frame) else []
    if frame.empty:
        return GateResult(stage, set(), [], [], 0, 0.0, threshold=threshold)
    results, docs = validate(stage, frame, reports_dir, params, build_docs)
    by_id = frame.set_index(row_id, drop=False) if frame[row_id].is_unique else None
    bad: dict[str, Quarantined] = {}
    warnings = []
    for r in results:
        if r["success"]:
            continue
        if r["severity"] != "critical":
            warnings.append(f"{r['reason']}: {r['unexpected_count']} of {r['element_count']}")
            continue
        for rid, row in r["unexpected"]:
            rid = str(rid)
            if rid in bad:
                continue
            value = row.get(r["column"]) if r["column"] else None
            context = by_id.loc[rid] if by_id is not None and rid in by_id.index else {}
            bad[rid] = Quarantined(
                stage=f"gate_{stage}",
                reason=r["reason"],
                detail=_detail(r, context),
                url=context.get("url") if len(context) else None,
                item_id=rid,
                outlet_id=context.get("outlet_id") if len(context) else None,
                value=None if value is None else str(value),
            )
    share = len(bad) / max(1, len(all_ids))
    return GateResult(
        stage,
        {i for i in all_ids if i not in bad},
        list(bad.values()),
        results,
        len(all_ids),
        share,
        docs,
        failed=share > threshold,
        warnings=warnings,
        threshold=threshold,
    )


def quality_rows(gate: GateResult, run_id: str) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return [
        {
            "run_id": run_id,
            "stage": gate.stage,
            "expectation": f"{r['expectation']}:{r['reason']}",
            "severity": r["severity"],
            "success": r["success"],
            "element_count": r["element_count"],
            "unexpected_count": r["unexpected_count"],
            "detail": json.dumps([str(u[0]) for u in r["unexpected"][:20]], ensure_ascii=False),
            "checked_at": now,
        }
        for r in gate.results
    ]


def store_results(con, gate: GateResult, run_id: str) -> None:
    from rasd.warehouse.load import store_quality

    store_quality(con, quality_rows(gate, run_id), run_id, gate.stage)
