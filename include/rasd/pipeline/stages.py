"""The stages, each reading the previous stage's files from the run folder and writing its own.

Only ``load_stage``, ``gate_warehouse`` and a gate that trips open the database for writing (through
``rasd.warehouse.snapshot.writer``); every other stage reads the published snapshot, so nothing
waits for the writer.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Sequence
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


class ArchiveError(ValueError):
    """An archive that is missing or cannot be read, said in one line."""


def archive_paths(specs: str | Sequence[str]) -> list[str]:
    """Archive files or fsspec URLs from paths, URLs and globs (``/backfill/2024-*.warc.gz``,
    ``s3://bucket/crawl/*.warc.gz``), in order, each once. A glob matching nothing or a missing
    file is an ``ArchiveError``."""
    import fsspec

    found: list[str] = []
    for spec in [specs] if isinstance(specs, str) else list(specs):
        fs, path = fsspec.core.url_to_fs(spec)
        local = "://" not in spec
        if glob_chars(spec):
            matches = sorted(fs.glob(path))
            if not matches:
                raise ArchiveError(f"no archive matches {spec}")
            found += [m if local else fs.unstrip_protocol(m) for m in matches]
        elif not fs.isfile(path):
            raise ArchiveError(f"{spec}: no such archive file")
        else:
            found.append(spec)
    return list(dict.fromkeys(found))


def glob_chars(spec: str) -> bool:
    return any(c in spec for c in "*?[")


def warc_stage(
    settings: Settings,
    run_id: str,
    paths: str | Sequence[str],
    outlet_id: str = "warc",
    clock=None,
    on_page: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, int]:
    """Backfill from web archives (files, URLs or globs): HTML responses become pages of the run
    (clean judges the language, as for live pages), the rest quarantine, and so does a URL archived
    again (``archived_again``: its first capture is the page). Streamed record by record, with a
    progress line every ``settings.progress_seconds``; ``on_page`` gets each page's record as soon
    as it is stored (``rasd run`` starts cleaning while the archive is still being read)."""
    import time

    from warcio.exceptions import ArchiveLoadFailed

    from rasd.fetch import RawStore, canonicalize_url, read_warc
    from rasd.fetch.warc import NotAnArchive
    from rasd.pipeline.progress import Progress
    from rasd.records import stable_id

    archives = archive_paths(paths)
    store = RawStore(str(settings.raw_dir))
    folder = RunFolder.of(settings, run_id)
    progress = Progress("warc", "responses", settings.progress_seconds, clock or time.monotonic)
    seen: set[str] = set()
    with folder.page_writer(outlet_id) as pages, folder.quarantine_writer(f"fetch.{outlet_id}") as quarantine:
        for archive in archives:
            progress.add(archives=1)
            try:
                for item in read_warc(archive, outlet_id=outlet_id, store=store):
                    key = stable_id(canonicalize_url(item.url or ""))
                    if isinstance(item, RawPage) and key in seen:
                        item = _archived_again(item, key)
                    is_page = isinstance(item, RawPage)
                    if isinstance(item, RawPage):
                        seen.add(key)
                        row = folder.page_row(item)
                        pages.write(row)
                        if on_page is not None:
                            on_page(row)
                    else:
                        quarantine.write(item)
                    progress.add(responses=1, pages=int(is_page), quarantined=int(not is_page))
            except NotAnArchive as exc:
                raise ArchiveError(str(exc)) from None
            except (ArchiveLoadFailed, OSError, EOFError) as exc:
                raise ArchiveError(f"{archive}: not a readable WARC/ARC archive ({str(exc).strip()[:200]})") from None
    progress.done()
    counts = {"pages": pages.count, "quarantined": quarantine.count, "archives": len(archives)}
    folder.write_counts(f"fetch.{outlet_id}", counts)
    return counts


def _archived_again(page: RawPage, key: str) -> Quarantined:
    return Quarantined(
        stage="fetch",
        reason="archived_again",
        detail="an earlier capture of this URL in the run's archives is the page",
        url=page.url,
        item_id=key,
        outlet_id=page.outlet_id,
        value=page.fetched_at,
    )


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


def shard_stage(settings: Settings, run_id: str) -> list[str]:
    """Split the pages that passed their gate into shards of ``settings.shard_size`` (streamed);
    the shard ids, at least one (an empty shard when there is nothing: a mapped task over no
    shards would skip the rest of the run)."""
    folder = RunFolder.of(settings, run_id)
    folder.clear_shards()
    passed = folder.passed("raw_pages")
    shards: list[str] = []
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        shards.append(f"{len(shards):05d}")
        folder.write_shard(shards[-1], batch)
        batch.clear()

    n_pages = 0
    for page in folder.iter_pages():
        if passed is None or page["url"] in passed:
            batch.append(page)
            n_pages += 1
            if len(batch) >= settings.shard_size:
                flush()
    if batch or not shards:
        flush()
    folder.write_counts("shard_pages", {"shards": len(shards), "pages": n_pages})
    return shards


def _shards_of(settings: Settings, folder: RunFolder, shard: str | None) -> list[str]:
    if shard is not None:
        return [shard]
    return folder.shards() or shard_stage(settings, folder.run_id)


def clean_stage(settings: Settings, run_id: str, workers: int = 1, shard: str | None = None) -> dict[str, int]:
    """Pages of one shard (or of every shard, in order) -> articles or quarantine, on ``workers``
    processes. Near-duplicates need the whole run: ``mark_duplicates`` marks them afterwards."""
    import time

    from rasd.pipeline.parallel import clean_one, worker_pool
    from rasd.pipeline.progress import Progress

    folder = RunFolder.of(settings, run_id)
    shards = _shards_of(settings, folder, shard)
    progress = Progress("clean", "pages", settings.progress_seconds, time.monotonic)
    totals = {"articles": 0, "quarantined": 0}
    with worker_pool(workers) as mapper:
        for k in shards:
            jobs = [(str(settings.raw_dir), dataclasses.asdict(page)) for page in folder.shard_pages(k)]
            results = mapper(clean_one, jobs)
            articles = [r for r in results if isinstance(r, CleanArticle)]
            counts = {"articles": folder.write_articles(articles, k)}
            counts["quarantined"] = folder.write_quarantine(
                f"clean.{k}", [r for r in results if not isinstance(r, CleanArticle)]
            )
            folder.write_counts(f"clean.{k}", counts)
            for key in totals:
                totals[key] += counts[key]
            progress.add(shards=1, pages=len(jobs), articles=counts["articles"])
    if len(shards) > 1:
        progress.done()
    return totals


def mark_duplicates(settings: Settings, run_id: str) -> int:
    """Near-duplicates over the whole run (every shard) and the articles loaded before; the marks
    go to the run folder. The number of articles marked as copies."""
    from rasd.clean import mark_near_duplicates

    folder = RunFolder.of(settings, run_id)
    articles = folder.articles()
    mark_near_duplicates(articles, _earlier_signatures(settings, articles))
    folder.write_duplicates(articles)
    return sum(1 for a in articles if a.duplicate_of)


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


def extract_stage(
    settings: Settings, run_id: str, workers: int = 1, shard: str | None = None, pending: bool = False
) -> dict[str, int]:
    """Articles of one shard (or of every shard) that passed their gate -> events, on ``workers`` processes.
    ``pending``: every article, before the gate has run (an overlapped run: ``RunFolder.promote_events``
    keeps those that pass); no counts are written then."""
    from rasd.pipeline.parallel import extract_one, worker_pool

    folder = RunFolder.of(settings, run_id)
    passed = None if pending else folder.passed("articles")
    outlets = registry(settings)
    totals = {"articles": 0, "events": 0}
    with worker_pool(workers) as mapper:
        for k in _shards_of(settings, folder, shard):
            articles = [a for a in folder.shard_articles(k) if passed is None or a.article_id in passed]
            jobs = [
                (
                    a.text,
                    a.published_date,
                    a.source_line,
                    outlets[a.outlet_id].country if a.outlet_id in outlets else None,
                )
                for a in articles
            ]
            rows = list(zip([a.article_id for a in articles], mapper(extract_one, jobs)))
            folder.write_events(rows, k, pending)
            counts = {"articles": len(rows), "events": sum(len(events) for _, events in rows)}
            if not pending:
                folder.write_counts(f"extract.{k}", counts)
            for key in totals:
                totals[key] += counts[key]
    return totals


def clean_extract_stage(settings: Settings, run_id: str, shard: str) -> dict[str, Any]:
    """One shard cleaned, then all its articles extracted ahead of the articles gate (their events
    wait in ``pending_events.<k>.jsonl`` until ``gate_articles(..., extracted=...)`` keeps those of
    the articles that passed): the work of one worker on one shard, in one process, with no wait
    for the other shards. ``{"shard", "clean": counts, "extract": counts}``."""
    cleaned = clean_stage(settings, run_id, 1, shard)
    return {"shard": shard, "clean": cleaned, "extract": extract_stage(settings, run_id, 1, shard, pending=True)}


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
