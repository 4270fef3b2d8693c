"""Clean and extract on every core: the per-item work of a stage mapped over worker processes.

Both stages are pure per item (a page -> an article or a quarantine entry; an article -> its
events), so the workers return results in input order and the stage's output is byte-for-byte the
one of a single process; batch steps (near-duplicate marking) stay in the parent. Workers are
forked: the reference data and models that the parent loaded are shared, not loaded again.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more than it saves.
MIN_ITEMS_FOR_WORKERS = 64


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


Mapper = Callable[[Callable[[T], R], Sequence[T]], list[R]]


def map_ordered(func: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """``[func(x) for x in items]``, on ``workers`` processes when it pays."""
    with worker_pool(workers, len(items)) as mapper:
        return mapper(func, items)


@contextmanager
def worker_pool(workers: int, expected_items: int | None = None) -> Iterator[Mapper]:
    """A mapper (``mapper(func, items) -> [func(x) for x in items]``) backed by one pool of
    ``workers`` forked processes for the whole block, so that a stage going through many shards
    forks once. No pool for one worker, or when fewer than ``MIN_ITEMS_FOR_WORKERS`` items are
    expected; batches under that size are mapped in this process."""
    if workers <= 1 or (expected_items is not None and expected_items < MIN_ITEMS_FOR_WORKERS):
        yield lambda func, items: [func(x) for x in items]
        return
    if expected_items is not None:
        workers = min(workers, expected_items)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        warm: set[Callable[..., Any]] = set()

        def mapper(func: Callable[[T], R], items: Sequence[T]) -> list[R]:
            if len(items) < MIN_ITEMS_FOR_WORKERS:
                return [func(x) for x in items]
            head: list[R] = []
            if func not in warm:  # the first item here: what it loads (models, reference data) is
                warm.add(func)  # then inherited by the workers, which fork on the first submit
                head, items = [func(items[0])], items[1:]
            chunk = max(1, min(200, len(items) // (workers * 8)))
            return head + list(pool.map(func, items, chunksize=chunk))

        yield mapper


def warm() -> None:
    """Load what clean and extract load on first use (modules, models, reference data) in this
    process, so that workers forked afterwards inherit it instead of each loading it again."""
    from rasd.clean import PageInput, clean_page
    from rasd.extract import extract_events

    text = "أجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي يوم الاثنين وبحثا العلاقات الثنائية بين البلدين."
    html = f"<html><head><title>خبر</title></head><body><article><h1>خبر</h1><p>{text * 4}</p></article></body></html>"
    clean_page(PageInput("http://warm.invalid/a", "warm", html, None, "0" * 64, None))
    extract_events(text, "2024-01-01", None)


# --- the per-item work (module level, so that workers can run it) -------------------------------------

_stores: dict[str, Any] = {}


def clean_one(job: tuple[str, dict[str, Any]]) -> Any:
    """(raw store root, page record) -> CleanArticle (with its near-duplicate signature) | Quarantined."""
    from rasd.clean import PageInput, clean_page
    from rasd.clean.dedup import sign
    from rasd.fetch import RawStore
    from rasd.records import CleanArticle

    raw_dir, page = job
    store = _stores.get(raw_dir) or _stores.setdefault(raw_dir, RawStore(raw_dir))
    html = store.get(page["content_hash"]).decode(page.get("charset") or "utf-8", errors="replace")
    fields = (page["url"], page["outlet_id"], html, page.get("published_hint"), page["content_hash"])
    result = clean_page(PageInput(*fields, page.get("fetched_at") or None))
    return sign(result) if isinstance(result, CleanArticle) else result


def extract_one(job: tuple[str, str | None, str | None, str | None]) -> list[dict[str, Any]]:
    """(text, publication date, source line, outlet's home country) -> events, as the plain dicts the
    run folder stores: turned into dicts here, in the worker, the parent only passes them on (sending
    back Event objects made unpickling them in the parent the stage's serial bottleneck)."""
    from rasd.extract import extract_events

    text, published, source_line, home_country = job
    return [e.to_dict() for e in extract_events(text, published, source_line, home_country=home_country)]
