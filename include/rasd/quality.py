"""Quality gates between stages, run with Great Expectations 1.x.

Each gate turns a stage's output into a table (``*_frame`` functions: plain pandas, derived columns
such as "event date not after publication"), validates it against a reviewed suite under
``rasd/quality/suites/``, and splits rows: rows failing a ``critical`` expectation go to quarantine
with the expectation's reason and the offending value, the rest proceed. ``warning`` results are
only reported. The gate fails (``GateFailed``) when the share of critical rows exceeds a threshold.
GX is imported lazily: it takes seconds, and neither DAG parsing nor extraction should pay for it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.config import PACKAGE_DIR
from rasd.records import CleanArticle, Event, Outlet, Quarantined, RawPage

SUITES_DIR = PACKAGE_DIR / "quality" / "suites"
RECENT_CALL_DAYS = 14


class GateFailed(RuntimeError):
    """Too many critical rows: the batch must not silently proceed."""


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


def load_suite(stage: str) -> dict[str, Any]:
    return json.loads((SUITES_DIR / f"{stage}.json").read_text(encoding="utf-8"))


# --- frames: one row per item at a stage boundary -----------------------------------------------


def raw_pages_frame(pages: Sequence[RawPage], canonical: dict[str, str] | None = None) -> pd.DataFrame:
    canonical = canonical or {}
    return pd.DataFrame(
        [
            {
                "url": p.url,
                "canonical_url": canonical.get(p.url, p.url),
                "outlet_id": p.outlet_id,
                "content_hash": p.content_hash,
                "n_bytes": p.n_bytes,
                "content_type": p.content_type or "",
            }
            for p in pages
        ],
        columns=["url", "canonical_url", "outlet_id", "content_hash", "n_bytes", "content_type"],
    )


def articles_frame(
    articles: Sequence[CleanArticle], outlets: dict[str, Outlet], today: dt.date | None = None
) -> pd.DataFrame:
    today_iso = (today or dt.date.today()).isoformat()
    rows = []
    for a in articles:
        founded = outlets[a.outlet_id].founded if a.outlet_id in outlets else None
        rows.append(
            {
                "article_id": a.article_id,
                "url": a.url,
                "outlet_id": a.outlet_id,
                "published_date": a.published_date,
                "published_basis": a.published_basis,
                "text": a.text,
                "not_in_future": not (a.published_date and a.published_date > today_iso),
                "after_outlet_founded": not (founded and a.published_date and a.published_date < str(founded)),
                "month_names_agree": not a.month_conflicts,
            }
        )
    columns = [
        "article_id",
        "url",
        "outlet_id",
        "published_date",
        "published_basis",
        "text",
        "not_in_future",
        "after_outlet_founded",
        "month_names_agree",
    ]
    return pd.DataFrame(rows, columns=columns)


def _offices_ok(event: Event, ref) -> bool:
    """Every participant resolved through an office held it on the event date."""
    if not event.date:
        return True
    day = dt.date.fromisoformat(event.date)
    for p in event.participants:
        if not p.person_id or p.person_id not in ref.people:
            continue
        person = ref.people[p.person_id]
        if p.role and p.role != "counterpart" and (p.country or p.org):
            place = p.country or p.org
            if not any(
                o.held_on(day) and o.role == p.role and (o.country == place or o.org == place) for o in person.offices
            ):
                return False
    return True


def events_frame(
    batch: Sequence[tuple[CleanArticle, Sequence[Event]]], ref, outlets: dict[str, Outlet]
) -> pd.DataFrame:
    from rasd.load import event_id  # the warehouse key is the gate's row id

    known_sources = set(ref.source_kinds)
    rows = []
    for article, events in batch:
        published = article.published_date
        for index, e in enumerate(events):
            keys = [p.person_id or f"{p.country}:{p.name_ar}" for p in e.participants]
            identified = all(p.person_id or (p.name_ar and p.country) for p in e.participants)
            reported = e.status == "reported"
            age = None
            if e.date and published:
                age = (dt.date.fromisoformat(published) - dt.date.fromisoformat(e.date)).days
            rows.append(
                {
                    "event_key": event_id(article.article_id, index, e),
                    "article_id": article.article_id,
                    "url": article.url,
                    "outlet_id": article.outlet_id,
                    "type": e.type,
                    "status": e.status,
                    "event_date": e.date,
                    "published_date": published,
                    "participants": " | ".join(p.name_en or p.name_ar or p.mention for p in e.participants),
                    "n_participants": len(set(keys)),
                    "no_self_contact": len(set(keys)) == len(keys),
                    "participants_identified": bool(identified),
                    "offices_held_on_date": _offices_ok(e, ref),
                    "not_after_publication": not (reported and age is not None and age < 0),
                    "within_14_days_or_background": not (
                        reported
                        and e.type in ("phone_call", "video_call")
                        and not e.background
                        and age is not None
                        and age > RECENT_CALL_DAYS
                    ),
                    "has_attribution": bool(e.sources) or not reported,
                    "sources_known": all(s.name_en in known_sources or s.kind == "official" for s in e.sources),
                    "month_names_agree": not (e.date_conflict or article.month_conflicts),
                }
            )
    columns = [
        "event_key",
        "article_id",
        "url",
        "outlet_id",
        "type",
        "status",
        "event_date",
        "published_date",
        "participants",
        "n_participants",
        "no_self_contact",
        "participants_identified",
        "offices_held_on_date",
        "not_after_publication",
        "within_14_days_or_background",
        "has_attribution",
        "sources_known",
        "month_names_agree",
    ]
    return pd.DataFrame(rows, columns=columns)


def warehouse_frame(con) -> pd.DataFrame:
    return con.execute("""
        SELECT c.call_id, c.call_date, len(string_split(c.participant_key, '|')) AS n_participants,
               c.n_articles, c.n_outlets, c.date_conflict,
               NOT EXISTS (SELECT 1 FROM call_events ce JOIN events e USING (event_id)
                           LEFT JOIN articles a USING (article_id)
                           WHERE ce.call_id = c.call_id AND a.article_id IS NULL) AS events_reference_articles
        FROM calls c ORDER BY c.call_id
    """).df()


def outlets_frame(con, today: dt.date | None = None) -> pd.DataFrame:
    """One row per enabled outlet: how much it gave and how recent its latest article is."""
    today = today or dt.date.today()
    return con.execute(
        """
        SELECT o.outlet_id, count(a.article_id) AS n_articles,
               coalesce(CAST(? AS DATE) - max(a.published_date), 100000) AS days_since_latest,
               (SELECT count(*) FROM quarantine q WHERE q.outlet_id = o.outlet_id)
                 / greatest(1, count(a.article_id) + (SELECT count(*) FROM quarantine q WHERE q.outlet_id = o.outlet_id))
                 AS quarantine_share
        FROM outlets o LEFT JOIN articles a USING (outlet_id)
        WHERE o.enabled GROUP BY o.outlet_id ORDER BY o.outlet_id
    """,
        [today],
    ).df()


# --- running a suite ----------------------------------------------------------------------------


def _context(reports_dir: Path):
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    root = reports_dir / "gx_project"
    root.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="file", project_root_dir=str(root))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return gx, context


def _resolve_kwargs(kwargs: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    return {k: params.get(v[1:], v) if isinstance(v, str) and v.startswith("$") else v for k, v in kwargs.items()}


def validate(
    stage: str, frame: pd.DataFrame, reports_dir: Path, params: dict[str, Any] | None = None, build_docs: bool = True
) -> tuple[list[dict[str, Any]], Path | None]:
    """Run the stage's suite on ``frame``; return per-expectation results with the failing row ids."""
    from great_expectations.checkpoint import UpdateDataDocsAction
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    spec = load_suite(stage)
    params = params or {}
    gx, context = _context(Path(reports_dir))
    source = context.data_sources.add_or_update_pandas("rasd")
    try:
        asset = source.get_asset(stage)
    except LookupError:
        asset = source.add_dataframe_asset(stage)
    try:
        batch_definition = asset.get_batch_definition("whole")
    except (LookupError, KeyError):
        batch_definition = asset.add_batch_definition_whole_dataframe("whole")
    suite = gx.ExpectationSuite(name=f"rasd_{stage}")
    for item in spec["expectations"]:
        suite.add_expectation_configuration(
            ExpectationConfiguration(
                type=item["type"], kwargs=_resolve_kwargs(item["kwargs"], params), meta=item.get("meta", {})
            )
        )
    suite = context.suites.add_or_update(suite)
    definition = context.validation_definitions.add_or_update(
        gx.ValidationDefinition(data=batch_definition, suite=suite, name=f"rasd_{stage}")
    )
    actions = [UpdateDataDocsAction(name="update_data_docs")] if build_docs else []
    checkpoint = context.checkpoints.add_or_update(
        gx.Checkpoint(
            name=f"rasd_{stage}",
            validation_definitions=[definition],
            actions=actions,
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [spec["row_id"]]},
        )
    )
    run = checkpoint.run(batch_parameters={"dataframe": frame})
    results = []
    for validation in run.run_results.values():
        for r in validation.results:
            cfg = r.expectation_config
            unexpected = r.result.get("unexpected_index_list") or []
            results.append(
                {
                    "expectation": cfg.type,
                    "column": cfg.kwargs.get("column") or cfg.kwargs.get("column_A"),
                    "reason": cfg.meta.get("reason", cfg.type),
                    "severity": cfg.meta.get("severity", "warning"),
                    "success": bool(r.success),
                    "element_count": r.result.get("element_count", len(frame)),
                    "unexpected_count": r.result.get("unexpected_count", len(unexpected)),
                    "unexpected": [(u.get(spec["row_id"]), u) for u in unexpected if isinstance(u, dict)],
                }
            )
    docs = Path(reports_dir) / "gx_project" / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    return results, docs if docs.exists() else None


def run_gate(
    stage: str,
    frame: pd.DataFrame,
    reports_dir: Path,
    threshold: float,
    params: dict[str, Any] | None = None,
    build_docs: bool = True,
) -> GateResult:
    """Validate, route rows failing critical expectations to quarantine, fail past ``threshold``."""
    spec = load_suite(stage)
    row_id = spec["row_id"]
    all_ids = [str(x) for x in frame[row_id].tolist()] if len(frame) else []
    if frame.empty:
        return GateResult(stage, set(), [], [], 0, 0.0)
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
                detail=f"{r['expectation']} failed on {r['column']}",
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
    from rasd.load import insert_rows

    rows = quality_rows(gate, run_id)
    con.execute("DELETE FROM quality_results WHERE run_id = ? AND stage = ?", [run_id, gate.stage])
    if rows:
        insert_rows(con, "quality_results", rows, list(rows[0]))
