"""Clean + extract on worker processes (`rasd run --workers N`): wall time of N workers against one.

Stores N generated article pages (default 2,000, from the sample site's templates) as one run's
fetched pages, then runs the clean and extract stages with --workers 1 and with --workers W
(default: every core) on the same pages. Prints both times and the speedup (issue 14's goal on
2 cores: >= 1.6), and checks that both produce the same articles and events.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import generate_pages
from quality import stage_pages
from rasd.config import settings
from rasd.pipeline import clean_stage, extract_stage
from rasd.pipeline.folder import RunFolder
from rasd.pipeline.parallel import default_workers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=default_workers())
    args = parser.parse_args()
    pages = generate_pages(args.articles)
    times, outputs = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        warm = settings(home=Path(tmp) / "warm")
        stage_pages(warm, "warm", pages[:20])
        clean_stage(warm, "warm")
        extract_stage(warm, "warm")  # reference data and models loaded once, before forking
        for workers in (1, args.workers):
            cfg = settings(home=Path(tmp) / f"w{workers}")
            stage_pages(cfg, "bench", pages)
            start = time.perf_counter()
            clean_stage(cfg, "bench", workers)
            extract_stage(cfg, "bench", workers)
            times[workers] = time.perf_counter() - start
            folder = RunFolder.of(cfg, "bench")
            outputs[workers] = (folder.articles(), [e for _, events in folder.extracted() for e in events])
            print(f"workers {workers}: {times[workers]:6.1f} s  ({len(outputs[workers][0])} articles)", flush=True)
    same = outputs[1] == outputs[args.workers]
    speedup = times[1] / times[args.workers]
    print(f"WORKERS SPEEDUP  {args.workers} / 1 = {speedup:.2f}   target >= 1.6 on 2 cores   identical output: {same}")


if __name__ == "__main__":
    main()
