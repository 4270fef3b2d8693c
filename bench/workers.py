"""Clean + extract on worker processes (`rasd run --workers N`): wall time of N workers against one.

Stores N generated article pages (default 2,000, from the sample site's templates) as one run's
fetched pages, then runs the clean and extract stages with --workers 1 and with --workers W
(default: every core) on the same pages. Prints both times and the speedup (issue 14's goal on
2 cores: >= 1.6), and checks that both produce the same articles and events. As a baseline measured
in the same run, it also times a pure-CPU loop on 1 and W processes: on a shared machine that
control shows how much parallelism there was to have (its speedup bounds the stages').
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
from rasd.pipeline.parallel import default_workers, map_ordered


def _burn(_: int) -> int:
    total = 0
    for i in range(300_000):
        total += i * i
    return total


def control_speedup(workers: int) -> float:
    """Speedup of an embarrassingly parallel CPU loop on ``workers`` processes over one."""
    times = {}
    for n in (1, workers):
        start = time.perf_counter()
        map_ordered(_burn, list(range(200)), n)
        times[n] = time.perf_counter() - start
    return times[1] / times[workers]


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
    control = control_speedup(args.workers)
    print(f"CONTROL SPEEDUP  pure CPU loop, {args.workers} / 1 = {control:.2f}   (parallelism available now)")
    print(f"WORKERS SPEEDUP  {args.workers} / 1 = {speedup:.2f}   target >= 1.6 on 2 cores   identical output: {same}")
    print(f"EFFICIENCY       stages / control = {speedup / control:.2f}")


if __name__ == "__main__":
    main()
