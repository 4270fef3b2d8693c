"""Running a suite with Great Expectations: an in-memory context (a file context under the
reports folder when Data Docs are built), a pandas data source, one checkpoint per gate."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.quality.suites import load_suite

_EPHEMERAL: list[Any] = []  # one in-memory context per process, built once


def _context(reports_dir: Path, build_docs: bool):
    """A file context under the reports folder when Data Docs are wanted (they live there); else
    one in-memory context for the whole process: a gate then costs its validation, not reading and
    writing a project's YAML and storing every result on disk."""
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    if not build_docs:
        if not _EPHEMERAL:
            context = gx.get_context(mode="ephemeral")
            context.variables.progress_bars = ProgressBarsConfig(globally=False)
            _EPHEMERAL.append(context)
        return gx, _EPHEMERAL[0]
    root = reports_dir / "gx_project"
    root.mkdir(parents=True, exist_ok=True)
    files = gx.get_context(mode="file", project_root_dir=str(root))
    files.variables.progress_bars = ProgressBarsConfig(globally=False)
    return gx, files


def _resolve_kwargs(kwargs: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    return {k: params.get(v[1:], v) if isinstance(v, str) and v.startswith("$") else v for k, v in kwargs.items()}


def validate(
    stage: str, frame: pd.DataFrame, reports_dir: Path, params: dict[str, Any] | None = None, build_docs: bool = False
) -> tuple[list[dict[str, Any]], Path | None]:
    """Run the stage's suite on ``frame``; return per-expectation results with the failing row ids."""
    from great_expectations.checkpoint import UpdateDataDocsAction
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    spec = load_suite(stage)
    params = params or {}
    gx, context = _context(Path(reports_dir), build_docs)
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
