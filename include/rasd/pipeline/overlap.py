"""An overlapped run (``rasd run``): reading, cleaning, extracting and gating at the same time.

The steps of ``runs.STEPS`` one after another leave cores idle: the archive is read alone, each
gate runs alone. Here the pages (an archive as it is read, or the fetched pages) are cut into
shards as they come; each shard is cleaned and extracted in a worker process as soon as it is
written, while the parent goes on reading and, once every page is in, runs the raw pages gate.

Extraction runs ahead of the articles gate: a shard's events wait in ``pending_events.<k>.jsonl``
until the gate has run on the union and ``RunFolder.promote_events`` keeps those of the articles
that passed. So the gates still see every row, once, on the union, with the same quarantine and
threshold rules, and the tables are those of the sequential steps: a shard holding pages that the
raw pages gate quarantined is cut again without them and cleaned again. When a gate trips, the
work in flight is stopped and its files forgotten before the failure is committed, so the run
resumes as a sequential one would (``runs.resume_run``). The gates after extraction, the load and
the report are the sequential steps' own.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from rasd.config import Settings
from rasd.pipeline import gates, stages
from rasd.pipeline.folder import RunFolder
from rasd.pipeline.progress import Progress
from rasd.quality import GateFailed

log = logging.getLogger("rasd")

ShardResult = tuple[dict[str, int], dict[str, int]]  # clean's counts, pending extraction's counts


def shard_work(job: tuple[Settings, str, str]) -> ShardResult:
    """Clean one shard, then extract all its articles (pending the articles gate). Runs in a worker."""
    settings, run_id, shard = job
    done = stages.clean_extract_stage(settings, run_id, shard)
    return done["clean"], done["extract"]


class _Shards:
    """Pages cut into shards as they come, each shard handed to the pool once written (or done
    here and now without a pool)."""

    def __init__(self, settings: Settings, run_id: str, pool: ProcessPoolExecutor | None) -> None:
        self.settings, self.run_id, self.pool = settings, run_id, pool
        self.folder = RunFolder.of(settings, run_id)
        self.batch: list[dict[str, Any]] = []
        self.futures: dict[str, Future[ShardResult]] = {}
        self.pages: dict[str, list[str]] = {}  # shard -> its page urls

    def add(self, page: dict[str, Any]) -> None:
        self.batch.append(page)
        if len(self.batch) >= self.settings.shard_size:
            self.flush()

    def flush(self) -> None:
        shard = f"{len(self.futures):05d}"
        self.write_and_submit(shard, self.batch)
        self.batch = []

    def write_and_submit(self, shard: str, pages: list[dict[str, Any]]) -> None:
        self.folder.write_shard(shard, pages)
        self.pages[shard] = [p["url"] for p in pages]
        job = (self.settings, self.run_id, shard)
        if self.pool is not None:
            self.futures[shard] = self.pool.submit(shard_work, job)
        else:
            future: Future[ShardResult] = Future()
            future.set_result(shard_work(job))
            self.futures[shard] = future

    def finish(self) -> None:
        if self.batch or not self.futures:  # at least one shard, as ``stages.shard_stage``
            self.flush()

    def wait(self) -> dict[str, ShardResult]:
        """Every shard's result, with a progress line at most every ``progress_seconds``."""
        progress = Progress("clean+extract", "pages", self.settings.progress_seconds, time.monotonic)
        results: dict[str, ShardResult] = {}
        for shard, future in self.futures.items():
            results[shard] = future.result()
            progress.add(shards=1, pages=len(self.pages[shard]), articles=results[shard][0]["articles"])
        if len(results) > 1:
            progress.done()
        return results

    def redo_without(self, passed: set[str], results: dict[str, ShardResult]) -> None:
        """Shards holding pages the raw pages gate quarantined: cut again without them, cleaned
        and extracted again (here: this is rare, and the pool has finished)."""
        pool, self.pool = self.pool, None
        for shard, urls in self.pages.items():
            if any(url not in passed for url in urls):
                kept = [p for p in self.folder.shard_rows(shard) if p["url"] in passed]
                self.write_and_submit(shard, kept)
                results[shard] = self.futures[shard].result()
        self.pool = pool

    def stop(self) -> None:
        """Stop what is in flight and forget every shard file (a gate tripped, or a step crashed)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.folder.clear_shards()


def _worker_pool(workers: int) -> ProcessPoolExecutor | None:
    if workers <= 1:
        return None
    from rasd.pipeline.parallel import warm

    warm()  # what clean and extract load on first use is loaded once, here, and inherited by the forks
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def run_overlapped(
    settings: Settings,
    run_id: str,
    workers: int,
    warc: Sequence[str] | None,
    seconds: dict[str, float],
    report: bool = True,
) -> dict[str, Any]:
    """Pages (read from ``warc`` now, or already in the run folder) -> shards -> clean + extract on
    ``workers`` processes, overlapped with the reading and the raw pages gate; then the articles
    gate on the union, and the steps from the events gate on. The counts of ``runs.run_all``."""
    from rasd.pipeline.runs import _record_crash, _run_steps

    folder = RunFolder.of(settings, run_id)
    folder.clear_shards()
    started = time.perf_counter()
    shards = _Shards(settings, run_id, _worker_pool(workers))
    step = "read"
    try:
        if warc:
            stages.warc_stage(settings, run_id, warc, on_page=shards.add)
            seconds["warc"] = round(time.perf_counter() - started, 3)
        else:
            for page in folder.iter_pages():
                shards.add(page)
        shards.finish()
        step = "gate_raw_pages"
        mark = time.perf_counter()
        gate = gates.gate_raw_pages(settings, run_id, before_failure=shards.stop)
        seconds["gate_raw_pages"] = round(time.perf_counter() - mark, 3)
        step = "shard_pages"
        results = shards.wait()
        if gate["quarantined"]:
            shards.redo_without(folder.passed("raw_pages") or set(), results)
        n_pages = sum(len(urls) for urls in shards.pages.values())
        folder.write_counts("shard_pages", {"shards": len(shards.pages), "pages": n_pages})
        seconds["read+clean+extract"] = round(time.perf_counter() - started, 3)
    except GateFailed:
        raise  # the gate has committed its failure, after stopping the shards
    except Exception as exc:
        shards.stop()
        if step != "read":  # an archive that cannot be read stops the run before any step, as sequentially
            _record_crash(settings, run_id, step, exc)
        raise
    finally:
        if shards.pool is not None:
            shards.pool.shutdown(wait=True, cancel_futures=True)
    mark = time.perf_counter()
    try:
        extracted = {shard: counts for shard, (_cleaned, counts) in results.items()}
        gates.gate_articles(settings, run_id, before_failure=folder.drop_pending_events, extracted=extracted)
    except GateFailed:
        raise
    except Exception as exc:
        _record_crash(settings, run_id, "gate_articles", exc)
        raise
    seconds["gate_articles"] = round(time.perf_counter() - mark, 3)
    return _run_steps(settings, run_id, "gate_events", report, workers, seconds=seconds)
