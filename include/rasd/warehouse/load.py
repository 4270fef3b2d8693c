"""Load: idempotent, transactional bulk loads into DuckDB, and cross-article call resolution.

Every load runs in one transaction (a crash leaves the previous state), goes through Arrow tables
(never row-by-row inserts), and skips articles whose fingerprint is already loaded, so loading the
same batch twice changes nothing and costs little. Re-extraction with a new ``extractor_version``
changes the fingerprint and replaces that article's events.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import fields, is_dataclass
from typing import Any

import duckdb
import pyarrow as pa

from rasd.records import CleanArticle, Event, Quarantined, RawPage, participant_key, stable_id
from rasd.warehouse.calls import DEFAULT_MIN_CONFIDENCE, rebuild_calls

EVENT_CHILD_TABLES = ("event_participants", "event_sources", "event_topics", "event_evidence")


def event_participant_key(event: Event) -> str:
    return "|".join(sorted({participant_key(p) for p in event.participants}))


def event_id(article_id: str, index: int, event: Event) -> str:
    return stable_id(article_id, index, event.type, event.date, event_participant_key(event), event.background)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` gives, without its deep copies (fingerprinting a run's articles was
    most of the load's time)."""
    names = _FIELD_NAMES.get(type(value))
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES.setdefault(type(value), tuple(f.name for f in fields(value)))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _article_fingerprint(article: CleanArticle, events: Sequence[Event]) -> str:
    payload = json.dumps(
        [_plain(article), [_plain(e) for e in events]], sort_keys=True, ensure_ascii=False, default=str
    )
    return stable_id(payload, length=32)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], columns: list[str]) -> None:
    if not rows:
        return
    arrow = pa.Table.from_pylist(rows).select(columns)
    con.register("_rasd_batch", arrow)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _rasd_batch")
    finally:
        con.unregister("_rasd_batch")


_ARTICLE_COLUMNS = [
    "article_id",
    "url",
    "canonical_url",
    "outlet_id",
    "title",
    "published_date",
    "published_basis",
    "author",
    "site_name",
    "source_line",
    "photo_credit",
    "content_hash",
    "duplicate_of",
    "month_conflicts",
    "minhash",
    "text",
    "extractor_version",
    "load_hash",
]
_EVENT_COLUMNS = [
    "event_id",
    "article_id",
    "event_index",
    "type",
    "status",
    "background",
    "event_date",
    "date_basis",
    "date_conflict",
    "participant_key",
    "extractor_version",
    "initiator",
    "confidence",
    "flags",
]


def event_rows(article_id: str, events: Sequence[Event]) -> dict[str, list[dict]]:
    """The rows of the event tables for one article's events."""
    # One row builder per event table, side by side so their columns can be read against schema.sql.
    out: dict[str, list[dict]] = {
        "events": [],
        "event_participants": [],
        "event_sources": [],
        "event_topics": [],
        "event_evidence": [],
    }
    for index, event in enumerate(events):
        eid = event_id(article_id, index, event)
        out["events"].append(
            {
                "event_id": eid,
                "article_id": article_id,
                "event_index": index,
                "type": event.type,
                "status": event.status,
                "background": event.background,
                "event_date": event.date,
                "date_basis": event.date_basis,
                "date_conflict": event.date_conflict,
                "participant_key": event_participant_key(event),
                "extractor_version": event.extractor_version,
                "initiator": event.initiator,
                "confidence": float(event.confidence),
                "flags": list(dict.fromkeys(event.flags)),
            }
        )
        for pos, p in enumerate(event.participants):
            out["event_participants"].append(
                {
                    "event_id": eid,
                    "position": pos,
                    "person_id": p.person_id,
                    "name_en": p.name_en,
                    "name_ar": p.name_ar,
                    "country": p.country,
                    "role": p.role,
                    "org": p.org,
                    "mention": p.mention,
                    "participant_key": participant_key(p),
                }
            )
        for pos, s in enumerate(event.sources):
            out["event_sources"].append(
                {"event_id": eid, "position": pos, "name_en": s.name_en, "kind": s.kind, "mention": s.mention}
            )
        for topic in dict.fromkeys(event.topics):
            out["event_topics"].append({"event_id": eid, "topic": topic})
        for pos, span in enumerate(event.evidence):
            out["event_evidence"].append(
                {
                    "event_id": eid,
                    "position": pos,
                    "kind": span.kind,
                    "start_char": span.start,
                    "end_char": span.end,
                    "text": span.text,
                }
            )
    return out


_CHILD_COLUMNS = {
    "event_participants": [
        "event_id",
        "position",
        "person_id",
        "name_en",
        "name_ar",
        "country",
        "role",
        "org",
        "mention",
        "participant_key",
    ],
    "event_sources": ["event_id", "position", "name_en", "kind", "mention"],
    "event_topics": ["event_id", "topic"],
    "event_evidence": ["event_id", "position", "kind", "start_char", "end_char", "text"],
}


def batch_tables(batch: Iterable[tuple[CleanArticle, Sequence[Event]]]) -> dict[str, pa.Table]:
    """Records -> one Arrow table per warehouse table, each article stamped with its fingerprint."""
    article_rows = []
    rows: dict[str, list[dict]] = {"events": [], **{t: [] for t in EVENT_CHILD_TABLES}}
    for article, events in batch:
        row = {c: getattr(article, c, None) for c in _ARTICLE_COLUMNS}
        row["extractor_version"] = events[0].extractor_version if events else None
        row["load_hash"] = _article_fingerprint(article, events)
        article_rows.append(row)
        for table, table_rows in event_rows(article.article_id, events).items():
            rows[table].extend(table_rows)
    columns = {"articles": _ARTICLE_COLUMNS, "events": _EVENT_COLUMNS, **_CHILD_COLUMNS}
    data = {"articles": article_rows, **rows}
    schema = _arrow_schemas()
    return {t: pa.Table.from_pylist(data[t], schema=schema[t]).select(columns[t]) for t in columns}


def _arrow_schemas() -> dict[str, pa.Schema]:
    s, i, b, d, f = pa.string(), pa.int32(), pa.bool_(), pa.string(), pa.float64()
    return {
        "articles": pa.schema(
            [
                (c, pa.list_(s) if c == "month_conflicts" else pa.list_(pa.uint64()) if c == "minhash" else s)
                for c in _ARTICLE_COLUMNS
            ]
        ),
        "events": pa.schema(
            [
                ("event_id", s),
                ("article_id", s),
                ("event_index", i),
                ("type", s),
                ("status", s),
                ("background", b),
                ("event_date", d),
                ("date_basis", s),
                ("date_conflict", s),
                ("participant_key", s),
                ("extractor_version", s),
                ("initiator", s),
                ("confidence", f),
                ("flags", pa.list_(s)),
            ]
        ),
        "event_participants": pa.schema(
            [("event_id", s), ("position", i)] + [(c, s) for c in _CHILD_COLUMNS["event_participants"][2:]]
        ),
        "event_sources": pa.schema([("event_id", s), ("position", i), ("name_en", s), ("kind", s), ("mention", s)]),
        "event_topics": pa.schema([("event_id", s), ("topic", s)]),
        "event_evidence": pa.schema(
            [("event_id", s), ("position", i), ("kind", s), ("start_char", i), ("end_char", i), ("text", s)]
        ),
    }


def load_articles(
    con: duckdb.DuckDBPyConnection,
    batch: Iterable[tuple[CleanArticle, Sequence[Event]]],
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> dict[str, int]:
    """Load articles with their events; unchanged articles are skipped. One transaction."""
    return load_tables(con, batch_tables(batch), min_confidence)


def load_tables(
    con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table], min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> dict[str, int]:
    """The load itself, on Arrow tables: articles whose fingerprint (``load_hash``) is already
    loaded are skipped; the others replace their previous rows and events. One transaction, so a
    crash leaves the previous state; calls are rebuilt only when something changed."""
    # Kept whole: everything between BEGIN and COMMIT is one transaction, which a reader should see
    # in one place (a crash anywhere leaves the previous state).
    for name, table in tables.items():
        con.register(f"_in_{name}", table)
    try:
        con.execute("""CREATE OR REPLACE TEMP TABLE _changed AS
                       SELECT i.article_id FROM _in_articles i LEFT JOIN articles a USING (article_id)
                       WHERE a.load_hash IS DISTINCT FROM i.load_hash""").fetchall()
        n_changed = con.execute("SELECT count(*) FROM _changed").fetchall()[0][0]
        stats = {
            "articles_seen": tables["articles"].num_rows,
            "articles_loaded": n_changed,
            "articles_unchanged": tables["articles"].num_rows - n_changed,
            "events_loaded": 0,
        }
        if not n_changed:
            return stats
        replacing = con.execute(
            "SELECT count(*) FROM articles WHERE article_id IN (SELECT article_id FROM _changed)"
        ).fetchall()[0][0]
        # A batch of only new or only changed articles needs no per-row filter on the way in.
        everything_changed = n_changed == tables["articles"].num_rows
        only_changed = "" if everything_changed else " WHERE article_id IN (SELECT article_id FROM _changed)"
        only_changed_events = (
            ""
            if everything_changed
            else (
                " WHERE event_id IN (SELECT event_id FROM _in_events WHERE article_id IN (SELECT article_id FROM _changed))"
            )
        )
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _affected_keys AS SELECT DISTINCT participant_key "
                f"FROM _in_events{only_changed}"
            ).fetchall()
            if replacing:
                old_events = "SELECT event_id FROM events WHERE article_id IN (SELECT article_id FROM _changed)"
                con.execute(
                    "INSERT INTO _affected_keys SELECT DISTINCT participant_key FROM events "
                    "WHERE article_id IN (SELECT article_id FROM _changed)"
                ).fetchall()
                for table in EVENT_CHILD_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE event_id IN ({old_events})").fetchall()
                con.execute("DELETE FROM events WHERE article_id IN (SELECT article_id FROM _changed)").fetchall()
                con.execute("DELETE FROM articles WHERE article_id IN (SELECT article_id FROM _changed)").fetchall()
            con.execute(
                f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) SELECT {', '.join(_ARTICLE_COLUMNS)} "
                f"FROM _in_articles{only_changed}"
            ).fetchall()
            con.execute(
                f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) SELECT {', '.join(_EVENT_COLUMNS)} "
                f"FROM _in_events{only_changed}"
            ).fetchall()
            stats["events_loaded"] = con.execute(f"SELECT count(*) FROM _in_events{only_changed}").fetchall()[0][0]
            for table in EVENT_CHILD_TABLES:
                cols = ", ".join(_CHILD_COLUMNS[table])
                con.execute(
                    f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _in_{table}{only_changed_events}"
                ).fetchall()
            rebuild_calls(con, affected="_affected_keys", min_confidence=min_confidence)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return stats
    finally:
        for name in tables:
            con.unregister(f"_in_{name}")
        con.execute("DROP TABLE IF EXISTS _changed")
        con.execute("DROP TABLE IF EXISTS _affected_keys")


def load_quarantine(con: duckdb.DuckDBPyConnection, items: Iterable[Quarantined], run_id: str) -> int:
    """Record quarantined items once each (keyed by stage, reason and item); re-runs add nothing."""
    rows = {}
    for q in items:
        qid = stable_id(q.stage, q.reason, q.url or "", q.item_id or "", q.value or "")
        rows[qid] = {
            "quarantine_id": qid,
            "stage": q.stage,
            "reason": q.reason,
            "detail": q.detail,
            "url": q.url,
            "item_id": q.item_id,
            "outlet_id": q.outlet_id,
            "value": q.value,
            "first_run_id": run_id,
        }
    if not rows:
        return 0
    columns = ["quarantine_id", "stage", "reason", "detail", "url", "item_id", "outlet_id", "value", "first_run_id"]
    arrow = pa.Table.from_pylist(list(rows.values())).select(columns)
    con.register("_rasd_q", arrow)
    try:
        before = con.execute("SELECT count(*) FROM quarantine").fetchall()[0][0]
        con.execute(
            f"INSERT INTO quarantine ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _rasd_q "
            "WHERE quarantine_id NOT IN (SELECT quarantine_id FROM quarantine)"
        )
        return con.execute("SELECT count(*) FROM quarantine").fetchall()[0][0] - before
    finally:
        con.unregister("_rasd_q")


def load_raw_pages(
    con: duckdb.DuckDBPyConnection,
    pages: Iterable[RawPage],
    canonical: dict[str, str] | None = None,
    validators: dict[str, dict] | None = None,
) -> int:
    """Upsert the latest fetch of each canonical URL (what incremental fetches compare against)."""
    canonical = canonical or {}
    validators = validators or {}
    rows = {}
    for p in pages:
        key = canonical.get(p.url, p.url)
        v = validators.get(p.url, {})
        rows[key] = {
            "canonical_url": key,
            "url": p.url,
            "final_url": p.final_url,
            "outlet_id": p.outlet_id,
            "status": p.status,
            "content_type": p.content_type,
            "charset": p.charset,
            "content_hash": p.content_hash,
            "n_bytes": p.n_bytes,
            "etag": v.get("etag"),
            "last_modified": v.get("last_modified"),
            "fetched_at": p.fetched_at,
            "discovered_via": p.discovered_via,
            "published_hint": p.published_hint,
        }
    if not rows:
        return 0
    columns = list(next(iter(rows.values())))
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_rasd_raw", pa.Table.from_pylist(list(rows.values())).select(columns))
        con.execute("DELETE FROM raw_pages WHERE canonical_url IN (SELECT canonical_url FROM _rasd_raw)")
        con.execute(f"INSERT INTO raw_pages ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _rasd_raw")
        con.unregister("_rasd_raw")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(rows)


def load_fetch_log(con: duckdb.DuckDBPyConnection, rows: list[dict], run_id: str) -> None:
    columns = [
        "run_id",
        "url",
        "canonical_url",
        "final_url",
        "outlet_id",
        "status",
        "n_bytes",
        "content_hash",
        "elapsed_ms",
        "attempts",
        "error",
        "fetched_at",
        "kind",
        "etag",
        "last_modified",
    ]
    insert_rows(
        con, "fetch_log", [{c: (run_id if c == "run_id" else r.get(c)) for c in columns} for r in rows], columns
    )


def store_quality(
    con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], run_id: str, stage: str | None = None
) -> None:
    """Replace a run's quality results of ``stage`` (or of every stage present in ``rows``)."""
    stages = [stage] if stage is not None else sorted({r["stage"] for r in rows})
    con.execute("DELETE FROM quality_results WHERE run_id = ? AND stage IN (SELECT unnest(?))", [run_id, stages])
    if rows:
        insert_rows(con, "quality_results", rows, list(rows[0]))


def record_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    started_at: dt.datetime | None,
    status: str,
    counts: dict[str, Any],
    gate: str | None = None,
    message: str | None = None,
) -> None:
    """The run's row in ``runs`` (replaced when a failed run is resumed)."""
    con.execute("DELETE FROM runs WHERE run_id = ?", [run_id])
    con.execute(
        "INSERT INTO runs (run_id, started_at, finished_at, status, counts, gate, message) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            run_id,
            started_at,
            dt.datetime.now(dt.UTC).replace(tzinfo=None),
            status,
            json.dumps(counts, default=str),
            gate,
            message,
        ],
    )
