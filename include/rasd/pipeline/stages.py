"""The stages, each reading the previous stage's files from the run folder and writing its own.

Only ``load_stage``, ``gate_warehouse`` and a gate that trips open the database for writing (through
``rasd.warehouse.snapshot.writer``); every other stage reads the published snapshot, so nothing
waits for the writer.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Sequence
from typing import Any

from rasd.config import Settings
from rasd.pipeline.folder import RunFolder
from rasd.records import CleanArticle, Outlet, Quarantined, RawPage

log = logging.getLogger("rasd")


class UnknownOutlet(ValueError):
    """An outlet id that the registry does not list."""


def registry(settings: Settings) -> dict[str, Outlet]:
    """Every outlet of the registry, enabled or not, by id (gates check membership against it)."""
    from rasd.fetch import load_outlets

    return {o.id: o for o in load_outlets(settings.sources_file, sample_base_url="http://sample.invalid")}


def select_outlets(
    settings: Settings, outlet_ids: Sequence[str] | None = None, sample_base_url: str | None = None
) -> list[Outlet]:
    from rasd.fetch import load_outlets

    sample_base_url = sample_base_url or os.environ.get("RASD_SAMPLE_BASE_URL") or "http://127.0.0.1:8765"
    outlets = load_outlets(settings.sources_file, sample_base_url=sample_base_url)
    if outlet_ids:
        unknown = set(outlet_ids) - {o.id for o in outlets}
        if unknown:
            raise UnknownOutlet(f"unknown outlet ids: {sorted(unknown)}")
        return [o for o in outlets if o.id in set(outlet_ids)]
    return [o for o in outlets if o.enabled]


# --- fetch ---------------------------------------------------------------------------------------


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


def fetch_stage(
    settings: Settings, run_id: str, outlets: Sequence[Outlet], limit: int | None = None
) -> dict[str, dict[str, int]]:
    """Fetch a group of outlets into the raw store with ONE fetcher, so outlets sharing a host share
    its budget (Airflow maps this task per host group: ``rasd.fetch.group_by_host``); write each
    outlet's pages, fetch log and quarantine for the run. Counts per outlet id."""
    from rasd.fetch import Fetcher, FetchPolicy, RawStore, fetch_outlets, load_registry

    store = RawStore(str(settings.raw_dir))
    registry = load_registry(settings.sources_file, sample_base_url="http://sample.invalid")  # rates only
    policy = FetchPolicy(per_host_rate=registry.default_rate, robots_cache=str(settings.home / "robots"))
    with Fetcher(policy, host_rates=registry.host_rates(outlets)) as fetcher:
        results = fetch_outlets(outlets, fetcher, store, _known_pages(settings), limit, only_enabled=False)
    folder = RunFolder.of(settings, run_id)
    counts: dict[str, dict[str, int]] = {}
    for oid, result in results.items():
        folder.write_pages(oid, result.pages)
        folder.write_fetch_log(oid, result.log)
        folder.write_quarantine(f"fetch.{oid}", result.quarantined)
        counts[oid] = {
            "pages": len(result.pages),
            "quarantined": len(result.quarantined),
            "not_modified": len(result.not_modified),
        }
        folder.write_counts(f"fetch.{oid}", counts[oid])
    return counts


def warc_stage(settings: Settings, run_id: str, path: str, outlet_id: str = "warc") -> dict[str, int]:
    """Backfill from a web archive: HTML responses become pages of the run (clean judges the
    language, as for live pages), the rest quarantine."""
    from rasd.fetch import RawStore, read_warc

    store = RawStore(str(settings.raw_dir))
    pages: list[RawPage] = []
    quarantined: list[Quarantined] = []
    for item in read_warc(path, outlet_id=outlet_id, store=store):
        if isinstance(item, RawPage):
            pages.append(item)
        else:
            quarantined.append(item)
    folder = RunFolder.of(settings, run_id)
    folder.write_pages(outlet_id, pages)
    folder.write_quarantine(f"fetch.{outlet_id}", quarantined)
    counts = {"pages": len(pages), "quarantined": len(quarantined)}
    folder.write_counts(f"fetch.{outlet_id}", counts)
    return counts


_STORED_PAGE_FIELDS = [
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


def select_stored_pages(
    settings: Settings,
    run_id: str,
    outlet_ids: Sequence[str] | None = None,
    fetched_from: str | None = None,
    fetched_to: str | None = None,
) -> dict[str, int]:
    """Stored raw pages (no fetching) become this run's input, for re-processing."""
    import duckdb

    found = [p for p in (settings.snapshot_path, settings.db_path) if p.exists()]
    source = found[0] if found else None
    rows: list[tuple] = []
    if source is not None:
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
        con = duckdb.connect(str(source), read_only=True)
        try:
            rows = con.execute(sql + " ORDER BY url", args).fetchall()
        finally:
            con.close()
    by_outlet: dict[str, list[dict]] = {}
    for row in rows:
        record = dict(zip(_STORED_PAGE_FIELDS, row))
        by_outlet.setdefault(record["outlet_id"], []).append(record)
    folder = RunFolder.of(settings, run_id)
    for outlet_id, records in by_outlet.items():
        folder.write_pages(outlet_id, records)
    folder.update_manifest(source="stored")
    return {"pages": len(rows), "outlets": len(by_outlet)}


# --- clean and extract ------------------------------------------------------------------------------


def clean_stage(settings: Settings, run_id: str, workers: int = 1) -> dict[str, int]:
    """Pages that passed their gate -> articles or quarantine, on ``workers`` processes."""
    from rasd.clean import mark_near_duplicates
    from rasd.pipeline.parallel import clean_one, map_ordered

    folder = RunFolder.of(settings, run_id)
    passed = folder.passed("raw_pages")
    jobs = [
        (str(settings.raw_dir), dataclasses.asdict(page))
        for page in folder.pages()
        if passed is None or page.url in passed
    ]
    articles: list[CleanArticle] = []
    quarantined: list[Quarantined] = []
    for result in map_ordered(clean_one, jobs, workers):
        if isinstance(result, CleanArticle):
            articles.append(result)
        else:
            quarantined.append(result)
    mark_near_duplicates(articles, _earlier_signatures(settings, articles))
    folder.write_articles(articles)
    folder.write_quarantine("clean", quarantined)
    counts = {"articles": len(articles), "quarantined": len(quarantined)}
    folder.write_counts("clean", counts)
    return counts


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


def extract_stage(settings: Settings, run_id: str, workers: int = 1) -> dict[str, int]:
    """Articles that passed their gate -> events, on ``workers`` processes."""
    from rasd.pipeline.parallel import extract_one, map_ordered

    folder = RunFolder.of(settings, run_id)
    passed = folder.passed("articles")
    outlets = registry(settings)
    articles = [a for a in folder.articles() if passed is None or a.article_id in passed]
    jobs = [
        (
            a.text,
            a.published_date,
            a.source_line,
            outlets[a.outlet_id].country if a.outlet_id in outlets else None,
        )
        for a in articles
    ]
    rows = list(zip([a.article_id for a in articles], map_ordered(extract_one, jobs, workers)))
    folder.write_events(rows)
    counts = {"articles": len(rows), "events": sum(len(events) for _, events in rows)}
    folder.write_counts("extract", counts)
    return counts


# --- load -------------------------------------------------------------------------------------------


def load_stage(settings: Settings, run_id: str) -> dict[str, int]:
    """The only writer of the facts: raw pages, articles with their events, quarantine, quality results."""
    from rasd.extract.refdata import reference_data
    from rasd.fetch import canonicalize_url
    from rasd.warehouse import load
    from rasd.warehouse.reference import load_reference
    from rasd.warehouse.snapshot import writer

    folder = RunFolder.of(settings, run_id)
    passed_events = folder.passed("events")
    batch = []
    for article, events in folder.extracted():
        kept = [
            e
            for i, e in enumerate(events)
            if passed_events is None or load.event_id(article.article_id, i, e) in passed_events
        ]
        batch.append((article, kept))
    pages = folder.pages()
    fetch_log = folder.fetch_log()
    quality = folder.quality()
    with writer(settings.db_path, settings.snapshot_path) as con:
        load_reference(con, reference_data(), list(registry(settings).values()))
        if folder.manifest().source == "fetched":  # re-processed pages keep their fetch record
            validators = {row["url"]: row for row in fetch_log}
            load.load_raw_pages(con, pages, {p.url: canonicalize_url(p.url) for p in pages}, validators)
        already_logged = con.execute("SELECT count(*) FROM fetch_log WHERE run_id = ?", [run_id]).fetchall()[0][0]
        if not already_logged:
            load.load_fetch_log(con, fetch_log, run_id)
        stats = load.load_articles(con, batch, settings.call_min_confidence)
        stats["quarantined_new"] = load.load_quarantine(con, folder.quarantined(), run_id)
        load.store_quality(con, quality, run_id)
    folder.write_counts("load", stats)
    return stats


def stage_counts(settings: Settings, run_id: str) -> dict[str, Any]:
    """What each step of a run reported, read back from its folder (for tasks that ran in other
    processes, as under Airflow); the same shape ``rasd run`` returns."""
    folder = RunFolder.of(settings, run_id)
    counts = folder.counts()
    for outlet, n_pages in folder.page_counts().items():  # pages selected for re-processing
        counts["fetch"].setdefault(
            outlet, {"pages": n_pages, "quarantined": folder.quarantine_count(f"fetch.{outlet}")}
        )
    return counts
