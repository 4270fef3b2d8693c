"""The stages wired in order, shared by ``rasd run`` and the Airflow DAGs.

Each stage reads the previous stage's output from the run's work folder and writes its own
(JSON lines), so that Airflow tasks pass only a run id between them and any task can be retried
alone. Only ``load_stage`` and ``gate_warehouse`` open the database for writing; every other stage
reads the snapshot that the last load published, so nothing waits for the writer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rasd.config import Settings
from rasd.records import CleanArticle, Event, Outlet, Participant, Quarantined, RawPage, SourceRef, Span

log = logging.getLogger("rasd")


# --- the run's work folder ---------------------------------------------------------------------


def run_dir(settings: Settings, run_id: str) -> Path:
    path = settings.home / "runs" / run_id.replace(":", "_").replace("+", "_")
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_jsonl(path: Path, rows: Iterable[Any]) -> int:
    count = 0
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(
                json.dumps(
                    dataclasses.asdict(row) if dataclasses.is_dataclass(row) else row, ensure_ascii=False, default=str
                )
                + "\n"
            )
            count += 1
    tmp.replace(path)  # a retried task never sees half a file
    return count


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def event_from_dict(d: dict[str, Any]) -> Event:
    return Event(
        type=d["type"],
        status=d["status"],
        background=d["background"],
        date=d["date"],
        date_basis=d["date_basis"],
        participants=[Participant(**p) for p in d["participants"]],
        sources=[SourceRef(**s) for s in d["sources"]],
        topics=list(d["topics"]),
        evidence=[Span(**s) for s in d["evidence"]],
        extractor_version=d["extractor_version"],
        date_conflict=d.get("date_conflict"),
    )


def _quarantine_file(settings: Settings, run_id: str, stage: str) -> Path:
    return run_dir(settings, run_id) / f"quarantine.{stage}.jsonl"


# --- fetch ---------------------------------------------------------------------------------------


def select_outlets(
    settings: Settings, outlet_ids: Sequence[str] | None = None, sample_base_url: str | None = None
) -> list[Outlet]:
    import os

    from rasd.fetch import load_outlets

    sample_base_url = sample_base_url or os.environ.get("RASD_SAMPLE_BASE_URL") or "http://127.0.0.1:8765"
    outlets = load_outlets(settings.sources_file, sample_base_url=sample_base_url)
    if outlet_ids:
        unknown = set(outlet_ids) - {o.id for o in outlets}
        if unknown:
            raise ValueError(f"unknown outlet ids: {sorted(unknown)}")
        return [o for o in outlets if o.id in set(outlet_ids)]
    return [o for o in outlets if o.enabled]


def _known_pages(settings: Settings) -> dict[str, dict[str, Any]]:
    """What earlier runs fetched (from the published snapshot), for conditional GETs: article pages
    from raw_pages, feeds and sitemaps from their latest fetch log rows."""
    import duckdb

    from rasd.fetch import known_from_log

    if not settings.snapshot_path.exists():
        return {}
    try:
        con = duckdb.connect(str(settings.snapshot_path), read_only=True)
    except duckdb.Error:
        return {}
    try:
        rows = con.execute("SELECT canonical_url, etag, last_modified, content_hash FROM raw_pages").fetchall()
        logged = con.execute("""
            SELECT canonical_url, status, content_hash, etag, last_modified FROM fetch_log
            WHERE kind IN ('feed', 'sitemap') QUALIFY row_number() OVER (
                PARTITION BY canonical_url ORDER BY fetched_at DESC NULLS LAST) = 1""").df()
    finally:
        con.close()
    known = known_from_log(logged.to_dict("records"))
    known.update({r[0]: {"etag": r[1], "last_modified": r[2], "content_hash": r[3]} for r in rows})
    return known


def fetch_stage(settings: Settings, run_id: str, outlet: Outlet, limit: int | None = None) -> dict[str, int]:
    """Fetch one outlet into the raw store; write its pages, fetch log and quarantine for the run."""
    from rasd.fetch import Fetcher, fetch_outlet
    from rasd.rawstore import RawStore

    store = RawStore(str(settings.raw_dir))
    # Real outlets get one request per second per host; the local sample site can take more.
    fetcher = Fetcher(
        allow_loopback_hosts=outlet.local,
        per_host_rate=20.0 if outlet.local else 1.0,
        robots_cache=str(settings.home / "robots"),
    )
    result = fetch_outlet(outlet, fetcher, store, known=_known_pages(settings), limit=limit)
    folder = run_dir(settings, run_id)
    write_jsonl(
        folder / f"pages.{outlet.id}.jsonl",
        [{k: v for k, v in dataclasses.asdict(p).items() if k != "html"} for p in result.pages],
    )
    write_jsonl(folder / f"fetch_log.{outlet.id}.jsonl", result.log)
    write_jsonl(_quarantine_file(settings, run_id, f"fetch.{outlet.id}"), result.quarantined)
    return {
        "pages": len(result.pages),
        "quarantined": len(result.quarantined),
        "not_modified": len(result.not_modified),
    }


def _pages(settings: Settings, run_id: str) -> list[RawPage]:
    folder = run_dir(settings, run_id)
    pages = []
    for path in sorted(folder.glob("pages.*.jsonl")):
        pages.extend(RawPage(**row) for row in read_jsonl(path))
    return pages


# --- gates ----------------------------------------------------------------------------------------


def _gate(settings: Settings, run_id: str, stage: str, frame, params=None):
    from rasd.quality import GateFailed, run_gate

    gate = run_gate(stage, frame, settings.reports_dir, settings.critical_threshold, params)
    folder = run_dir(settings, run_id)
    write_jsonl(_quarantine_file(settings, run_id, f"gate_{stage}"), gate.quarantined)
    from rasd.quality import quality_rows

    write_jsonl(folder / f"quality.{stage}.jsonl", quality_rows(gate, run_id))
    for warning in gate.warnings:
        log.warning("gate %s warning: %s", stage, warning)
    if gate.failed:
        raise GateFailed(
            f"gate {stage}: {len(gate.quarantined)} of {gate.n_rows} rows critical "
            f"({gate.critical_share:.0%} > {settings.critical_threshold:.0%}); see quarantine"
        )
    return gate


def gate_raw_pages(settings: Settings, run_id: str) -> dict[str, int]:
    from rasd.fetch import canonicalize_url
    from rasd.quality import raw_pages_frame

    pages = _pages(settings, run_id)
    frame = raw_pages_frame(pages, {p.url: canonicalize_url(p.url) for p in pages})
    outlets = list(registry(settings))
    gate = _gate(settings, run_id, "raw_pages", frame, {"outlets": outlets + _extra_outlets(pages)})
    write_jsonl(run_dir(settings, run_id) / "pages.passed.json", sorted(gate.passed_ids))
    return {"rows": gate.n_rows, "quarantined": len(gate.quarantined)}


def _extra_outlets(pages: Sequence[RawPage]) -> list[str]:
    """Outlets of ad-hoc inputs (WARC archives) are registered by the archive reader itself."""
    return sorted({p.outlet_id for p in pages if p.discovered_via == "warc"})


def _passed(settings: Settings, run_id: str, name: str) -> set[str] | None:
    path = run_dir(settings, run_id) / name
    if not path.exists():
        return None
    return {str(x) for x in read_jsonl(path)}


# --- clean ----------------------------------------------------------------------------------------


def clean_stage(settings: Settings, run_id: str) -> dict[str, int]:
    from rasd.clean import PageInput, clean_page, mark_near_duplicates
    from rasd.rawstore import RawStore

    store = RawStore(str(settings.raw_dir))
    passed = _passed(settings, run_id, "pages.passed.json")
    articles: list[CleanArticle] = []
    quarantined: list[Quarantined] = []
    for page in _pages(settings, run_id):
        if passed is not None and page.url not in passed:
            continue
        html = store.get(page.content_hash).decode(page.charset or "utf-8", errors="replace")
        result = clean_page(PageInput(page.url, page.outlet_id, html, page.published_hint, page.content_hash))
        (articles if isinstance(result, CleanArticle) else quarantined).append(result)
    mark_near_duplicates(articles, _earlier_signatures(settings, articles))
    write_jsonl(run_dir(settings, run_id) / "articles.jsonl", articles)
    write_jsonl(_quarantine_file(settings, run_id, "clean"), quarantined)
    return {"articles": len(articles), "quarantined": len(quarantined)}


def _earlier_signatures(settings: Settings, articles: Sequence[CleanArticle], days: int = 60):
    """Signatures of already loaded articles published near this batch (from the snapshot)."""
    import duckdb

    dates = sorted(a.published_date for a in articles if a.published_date)
    if not dates or not settings.snapshot_path.exists():
        return []
    con = duckdb.connect(str(settings.snapshot_path), read_only=True)
    try:
        return con.execute(
            "SELECT article_id, minhash FROM articles WHERE minhash IS NOT NULL AND published_date BETWEEN "
            "CAST(? AS DATE) - ? AND CAST(? AS DATE) + ? ORDER BY published_date, article_id",
            [dates[0], days, dates[-1], days],
        ).fetchall()
    finally:
        con.close()


def _articles(settings: Settings, run_id: str) -> list[CleanArticle]:
    return [CleanArticle(**row) for row in read_jsonl(run_dir(settings, run_id) / "articles.jsonl")]


def registry(settings: Settings) -> dict[str, Outlet]:
    """Every outlet of the registry, enabled or not, by id (gates check membership against it)."""
    from rasd.fetch import load_outlets

    return {o.id: o for o in load_outlets(settings.sources_file, sample_base_url="http://sample.invalid")}


def gate_articles(settings: Settings, run_id: str, today: dt.date | None = None) -> dict[str, int]:
    from rasd.quality import articles_frame

    articles = _articles(settings, run_id)
    outlets = registry(settings)
    today = today or dt.date.today()
    frame = articles_frame(articles, outlets, today)
    gate = _gate(
        settings,
        run_id,
        "articles",
        frame,
        {"outlets": sorted(set(outlets) | {a.outlet_id for a in articles if a.outlet_id.startswith("warc")})},
    )
    write_jsonl(run_dir(settings, run_id) / "articles.passed.json", sorted(gate.passed_ids))
    return {"rows": gate.n_rows, "quarantined": len(gate.quarantined)}


# --- extract --------------------------------------------------------------------------------------


def extract_stage(settings: Settings, run_id: str) -> dict[str, int]:
    from rasd.extract import extract_events

    passed = _passed(settings, run_id, "articles.passed.json")
    outlets = registry(settings)
    rows = []
    n_events = 0
    for article in _articles(settings, run_id):
        if passed is not None and article.article_id not in passed:
            continue
        outlet = outlets.get(article.outlet_id)
        events = extract_events(
            article.text, article.published_date, article.source_line, home_country=outlet.country if outlet else None
        )
        n_events += len(events)
        rows.append({"article_id": article.article_id, "events": [e.to_dict() for e in events]})
    write_jsonl(run_dir(settings, run_id) / "events.jsonl", rows)
    return {"articles": len(rows), "events": n_events}


def _extracted(settings: Settings, run_id: str) -> list[tuple[CleanArticle, list[Event]]]:
    articles = {a.article_id: a for a in _articles(settings, run_id)}
    out = []
    for row in read_jsonl(run_dir(settings, run_id) / "events.jsonl"):
        out.append((articles[row["article_id"]], [event_from_dict(e) for e in row["events"]]))
    return out


def gate_events(settings: Settings, run_id: str) -> dict[str, int]:
    from rasd.extract.refdata import reference_data
    from rasd.quality import events_frame

    batch = _extracted(settings, run_id)
    frame = events_frame(batch, reference_data(), registry(settings))
    gate = _gate(settings, run_id, "events", frame)
    write_jsonl(run_dir(settings, run_id) / "events.passed.json", sorted(gate.passed_ids))
    return {"rows": gate.n_rows, "quarantined": len(gate.quarantined)}


# --- load -----------------------------------------------------------------------------------------


def load_stage(settings: Settings, run_id: str) -> dict[str, int]:
    """The only writer: raw pages, articles with their events, quarantine, quality results."""
    from rasd.extract.refdata import reference_data
    from rasd.fetch import canonicalize_url
    from rasd.load import (
        connect,
        event_id,
        insert_rows,
        load_articles,
        load_fetch_log,
        load_quarantine,
        load_raw_pages,
        load_reference,
        publish_snapshot,
    )

    folder = run_dir(settings, run_id)
    passed_events = _passed(settings, run_id, "events.passed.json")
    batch = []
    for article, events in _extracted(settings, run_id):
        kept = [
            e
            for i, e in enumerate(events)
            if passed_events is None or event_id(article.article_id, i, e) in passed_events
        ]
        batch.append((article, kept))
    pages = _pages(settings, run_id)
    quarantined = [Quarantined(**row) for path in sorted(folder.glob("quarantine.*.jsonl")) for row in read_jsonl(path)]
    fetch_log = [row for path in sorted(folder.glob("fetch_log.*.jsonl")) for row in read_jsonl(path)]
    quality = [row for path in sorted(folder.glob("quality.*.jsonl")) for row in read_jsonl(path)]
    validators = {row["url"]: row for row in fetch_log}

    con = connect(settings.db_path)
    try:
        load_reference(con, reference_data(), list(registry(settings).values()))
        if not (folder / "REPROCESS").exists():  # re-processed pages keep their fetch record
            load_raw_pages(con, pages, {p.url: canonicalize_url(p.url) for p in pages}, validators)
        already_logged = con.execute("SELECT count(*) FROM fetch_log WHERE run_id = ?", [run_id]).fetchall()[0][0]
        if not already_logged:
            load_fetch_log(con, fetch_log, run_id)
        stats = load_articles(con, batch)
        stats["quarantined_new"] = load_quarantine(con, quarantined, run_id)
        con.execute("DELETE FROM quality_results WHERE run_id = ?", [run_id])
        if quality:
            insert_rows(con, "quality_results", quality, list(quality[0]))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    publish_snapshot(settings.db_path, settings.snapshot_path)
    return stats


def gate_warehouse(settings: Settings, run_id: str) -> dict[str, int]:
    from rasd.load import connect, load_quarantine, publish_snapshot
    from rasd.quality import GateFailed, outlets_frame, run_gate, store_results, warehouse_frame

    con = connect(settings.db_path)
    try:
        gate = run_gate("warehouse", warehouse_frame(con), settings.reports_dir, settings.critical_threshold)
        load_quarantine(con, gate.quarantined, run_id)
        store_results(con, gate, run_id)
        # Volume and freshness per outlet: reported, never blocking (a quiet outlet is not bad data).
        health = run_gate("outlets", outlets_frame(con), settings.reports_dir, 1.0)
        store_results(con, health, run_id)
        for warning in health.warnings:
            log.warning("outlets: %s", warning)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    publish_snapshot(settings.db_path, settings.snapshot_path)
    if gate.failed:
        raise GateFailed(f"gate warehouse: {gate.critical_share:.0%} of calls critical")
    return {"rows": gate.n_rows, "quarantined": len(gate.quarantined)}


def run_counts(settings: Settings, run_id: str) -> dict[str, Any]:
    """What each stage of a run produced, read back from the run's work folder (for tasks that ran
    in other processes, as under Airflow)."""
    folder = run_dir(settings, run_id)

    def lines(pattern: str) -> int:
        return sum(1 for path in folder.glob(pattern) for line in path.open(encoding="utf-8") if line.strip())

    fetch = {}
    for path in sorted(folder.glob("pages.*.jsonl")):
        outlet = path.name.split(".")[1]
        fetch[outlet] = {"pages": lines(path.name), "quarantined": lines(f"quarantine.fetch.{outlet}.jsonl")}
    n_events = sum(len(row["events"]) for row in read_jsonl(folder / "events.jsonl"))
    return {
        "fetch": fetch,
        "clean": {"articles": lines("articles.jsonl"), "quarantined": lines("quarantine.clean.jsonl")},
        "extract": {"articles": lines("events.jsonl"), "events": n_events},
        "gates": {
            stage: {"quarantined": lines(f"quarantine.gate_{stage}.jsonl")}
            for stage in ("raw_pages", "articles", "events")
        },
    }


def record_run(
    settings: Settings, run_id: str, started_at: dt.datetime, status: str, counts: dict | None = None
) -> None:
    from rasd.load import connect, publish_snapshot

    con = connect(settings.db_path)
    try:
        con.execute("DELETE FROM runs WHERE run_id = ?", [run_id])
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?)",
            [
                run_id,
                started_at,
                dt.datetime.now(dt.UTC).replace(tzinfo=None),
                status,
                json.dumps(counts if counts is not None else run_counts(settings, run_id), default=str),
            ],
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    publish_snapshot(settings.db_path, settings.snapshot_path)


def run_all(
    settings: Settings,
    run_id: str | None = None,
    outlet_ids: Sequence[str] | None = None,
    sample_base_url: str | None = None,
    report: bool = True,
) -> dict[str, Any]:
    """Every stage once, in order, without Airflow."""
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    run_id = run_id or "manual__" + started.strftime("%Y%m%dT%H%M%S")
    counts: dict[str, Any] = {"fetch": {}}
    for outlet in select_outlets(settings, outlet_ids, sample_base_url):
        counts["fetch"][outlet.id] = fetch_stage(settings, run_id, outlet)
    counts["gate_raw_pages"] = gate_raw_pages(settings, run_id)
    counts["clean"] = clean_stage(settings, run_id)
    counts["gate_articles"] = gate_articles(settings, run_id)
    counts["extract"] = extract_stage(settings, run_id)
    counts["gate_events"] = gate_events(settings, run_id)
    counts["load"] = load_stage(settings, run_id)
    counts["gate_warehouse"] = gate_warehouse(settings, run_id)
    record_run(settings, run_id, started, "success", counts)
    if report:
        from rasd.report import build_report

        counts["report"] = str(build_report(settings, run_id))
    counts["run_id"] = run_id
    return counts


def warc_stage(settings: Settings, run_id: str, path: str, outlet_id: str = "warc") -> dict[str, int]:
    """Backfill from a web archive: Arabic HTML responses become pages of the run, the rest quarantine."""
    from rasd.rawstore import RawStore
    from rasd.warc import read_warc

    store = RawStore(str(settings.raw_dir))
    pages, quarantined = [], []
    for item in read_warc(path, outlet_id=outlet_id, store=store):
        (pages if isinstance(item, RawPage) else quarantined).append(item)
    write_jsonl(
        run_dir(settings, run_id) / f"pages.{outlet_id}.jsonl",
        [{k: v for k, v in dataclasses.asdict(p).items() if k != "html"} for p in pages],
    )
    write_jsonl(_quarantine_file(settings, run_id, f"fetch.{outlet_id}"), quarantined)
    return {"pages": len(pages), "quarantined": len(quarantined)}


def select_stored_pages(
    settings: Settings,
    run_id: str,
    outlet_ids: Sequence[str] | None = None,
    fetched_from: str | None = None,
    fetched_to: str | None = None,
) -> dict[str, int]:
    """Stored raw pages (no fetching) become this run's input, for re-processing."""
    from rasd.load import connect

    con = connect(settings.db_path)
    try:
        sql = (
            "SELECT url, outlet_id, final_url, status, content_type, charset, content_hash, n_bytes, "
            "CAST(fetched_at AS VARCHAR), 0.0, discovered_via, published_hint FROM raw_pages WHERE true"
        )
        args: list[Any] = []
        if outlet_ids:
            sql += " AND outlet_id IN (SELECT unnest(?))"
            args.append(list(outlet_ids))
        if fetched_from:
            sql += " AND CAST(fetched_at AS DATE) >= ?"
            args.append(fetched_from)
        if fetched_to:
            sql += " AND CAST(fetched_at AS DATE) <= ?"
            args.append(fetched_to)
        rows = con.execute(sql + " ORDER BY url", args).fetchall()
    finally:
        con.close()
    fields = [
        "url",
        "outlet_id",
        "final_url",
        "status",
        "content_type",
        "charset",
        "content_hash",
        "n_bytes",
        "fetched_at",
        "elapsed_ms",
        "discovered_via",
        "published_hint",
    ]
    by_outlet: dict[str, list[dict]] = {}
    for row in rows:
        record = dict(zip(fields, row))
        by_outlet.setdefault(record["outlet_id"], []).append(record)
    folder = run_dir(settings, run_id)
    for outlet_id, records in by_outlet.items():
        write_jsonl(folder / f"pages.{outlet_id}.jsonl", records)
    (folder / "REPROCESS").write_text("pages come from raw_pages; the load must not overwrite them\n")
    return {"pages": len(rows), "outlets": len(by_outlet)}
