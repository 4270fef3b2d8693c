"""The one home of warehouse reads: what the report, the web pages and the downloads ask DuckDB.

Readers open the published snapshot read-only (``open_snapshot``), never the live database a load may
hold. Every function takes an open connection and returns plain records, so the pages, the JSON API,
the report and the files share one query each. Import as ``from rasd.warehouse import queries as q``.
"""

from rasd.warehouse.queries.base import (
    SnapshotBusy,
    SnapshotMissing,
    SnapshotReader,
    fold_arabic,
    open_snapshot,
    rows,
)
from rasd.warehouse.queries.calls import (
    CALL_COLUMNS,
    CallFilter,
    article,
    calls_relation,
    count_calls,
    counterparts,
    counterparts_relation,
    filter_choices,
    matching_participants,
    person,
    person_calls,
    query_calls,
    resolved,
    snapshot_info,
)
from rasd.warehouse.queries.quality import (
    failing_expectations,
    failure_rows,
    outlet_check_frame,
    outlet_health,
    quarantine_by_reason,
    run_record,
    runs_trend,
    totals,
    warehouse_check_frame,
)
from rasd.warehouse.queries.trends import calls_per_period, pairs_per_period, period_unit, quarantine_share_over_runs

__all__ = [
    "CALL_COLUMNS",
    "CallFilter",
    "SnapshotBusy",
    "SnapshotMissing",
    "SnapshotReader",
    "article",
    "calls_per_period",
    "calls_relation",
    "count_calls",
    "counterparts",
    "counterparts_relation",
    "failing_expectations",
    "failure_rows",
    "outlet_check_frame",
    "filter_choices",
    "matching_participants",
    "fold_arabic",
    "open_snapshot",
    "outlet_health",
    "pairs_per_period",
    "period_unit",
    "person",
    "person_calls",
    "quarantine_by_reason",
    "query_calls",
    "quarantine_share_over_runs",
    "resolved",
    "rows",
    "run_record",
    "runs_trend",
    "snapshot_info",
    "totals",
    "warehouse_check_frame",
]
