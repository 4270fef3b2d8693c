"""Clean-stage benchmark (issue 4): the full clean stage vs bare trafilatura.extract, same pages, same run.

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
from rasd.clean import PageInput, clean_page
from rasd.clean.checks import language_identifier
from rasd.records import CleanArticle


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
    for url, outlet, html in pages[:20]:
        trafilatura.extract(html, url=url)
        clean_page(PageInput(url, outlet, html))
    gc.collect()

    start = time.perf_counter()
    for url, _, html in pages:
        trafilatura.extract(html, url=url)
    bare = time.perf_counter() - start

    memory = []
    ok = 0
    start = time.perf_counter()
    for i, (url, outlet, html) in enumerate(pages, 1):
        ok += isinstance(clean_page(PageInput(url, outlet, html)), CleanArticle)
        if i % (len(pages) // 4) == 0:
            memory.append(rss_mb())
    full = time.perf_counter() - start

    n = len(pages)
    print(f"bare trafilatura.extract : {n / bare:7.1f} pages/s")
    print(f"rasd clean stage         : {n / full:7.1f} pages/s  ({ok} articles, {n - ok} quarantined)")
    print("memory (RSS, MB) after each quarter of the clean run: " + ", ".join(f"{m:.0f}" for m in memory))
    ratio = bare / full
    print(
        f"CLEAN RATE RATIO  clean / trafilatura = {ratio:.2f}   target >= 0.80   {'OK' if ratio >= 0.8 else 'MISSED'}"
    )
    growth = memory[-1] - memory[0]
    print(f"MEMORY GROWTH     {growth:+.0f} MB over the last three quarters   {'flat' if growth < 50 else 'GROWING'}")


if __name__ == "__main__":
    main()
