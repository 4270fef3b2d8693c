"""Clean-stage benchmark (issues 4, 14): the clean stage vs bare trafilatura.extract, same pages, same run.

Prints pages/s for both and their ratio (target: the clean stage keeps >= 80% of trafilatura's rate),
and the resident memory after each quarter of the run (target: flat).
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import generate_pages
from rasd.clean import PageInput, clean_page, mark_near_duplicates
from rasd.clean.checks import language_identifier
from rasd.records import CleanArticle

BLOCK = 50  # pages per alternation of the two timed paths


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1200)
    args = parser.parse_args()
    pages = generate_pages(args.pages)
    print(f"{len(pages)} pages, {sum(len(h) for _, _, h in pages) / len(pages) / 1024:.0f} KB on average")
    # Warm both paths (imports, language model, caches) before timing. The language model loads
    # once per process (about 0.5 s) and only for pages that are not clearly Arabic: load it here,
    # or the timed run pays for it whenever one of its pages is the first such page.
    language_identifier()
    warm = []
    for url, outlet, html in pages[:20]:
        trafilatura.extract(html, url=url)
        warm.append(clean_page(PageInput(url, outlet, html)))
    mark_near_duplicates([a for a in warm if isinstance(a, CleanArticle)])
    gc.collect()

    # The two paths run on the same blocks of pages, alternating which goes first, so that load from
    # other processes on a shared machine falls on both alike.
    bare = full = 0.0
    memory: list[float] = []
    articles: list[CleanArticle] = []
    quarter = max(1, len(pages) // 4)
    for b, lo in enumerate(range(0, len(pages), BLOCK)):
        block = pages[lo : lo + BLOCK]
        for path in ("bare", "clean") if b % 2 == 0 else ("clean", "bare"):
            start = time.perf_counter()
            if path == "bare":
                for url, _, html in block:
                    trafilatura.extract(html, url=url)
                bare += time.perf_counter() - start
            else:
                results = [clean_page(PageInput(url, outlet, html)) for url, outlet, html in block]
                full += time.perf_counter() - start
                articles.extend(r for r in results if isinstance(r, CleanArticle))
        if (lo + len(block)) // quarter > lo // quarter:
            memory.append(rss_mb())
    start = time.perf_counter()
    mark_near_duplicates(articles)
    dedup = time.perf_counter() - start
    ok = len(articles)

    n = len(pages)
    print(f"bare trafilatura.extract : {n / bare:7.1f} pages/s")
    print(f"rasd clean stage         : {n / full:7.1f} pages/s  ({ok} articles, {n - ok} quarantined)")
    print(
        f"  + near-duplicate marking of the batch: {n / (full + dedup):7.1f} pages/s (ratio {bare / (full + dedup):.2f})"
    )
    print("memory (RSS, MB) after each quarter of the clean run: " + ", ".join(f"{m:.0f}" for m in memory))
    ratio = bare / full
    print(
        f"CLEAN RATE RATIO  clean / trafilatura = {ratio:.2f}   target >= 0.80   {'OK' if ratio >= 0.8 else 'MISSED'}"
    )
    growth = memory[-1] - memory[0]
    print(f"MEMORY GROWTH     {growth:+.0f} MB over the last three quarters   {'flat' if growth < 50 else 'GROWING'}")


if __name__ == "__main__":
    main()
