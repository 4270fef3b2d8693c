"""Quality-gate overhead benchmark (issue 7): the pipeline with and without its gates, same pages.

Stores N generated article pages (default 10,000, from the sample site's templates) as fetched raw
pages, then runs clean -> extract -> load twice into fresh databases: once with the four Great
Expectations gates between the stages (raw pages, articles, events, warehouse) and once without.
Prints both wall times and their ratio (target: gates add at most 15%).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import generate_pages
from rasd import pipeline
from rasd.config import settings
from rasd.fetch import RawStore
from rasd.pipeline import stages
from rasd.pipeline.folder import RunFolder


def stage_pages(cfg, run_id: str, pages) -> None:
    store = RawStore(str(cfg.raw_dir))
    rows = []
    for url, outlet, html in pages:
        body = html.encode("utf-8")
        rows.append(
            {
                "url": url,
                "outlet_id": outlet,
                "final_url": url,
                "status": 200,
                "content_type": "text/html; charset=utf-8",
                "charset": "utf-8",
                "content_hash": store.put(body),
                "n_bytes": len(body),
                "fetched_at": dt.datetime(2026, 1, 1).isoformat(),
                "elapsed_ms": 1.0,
                "discovered_via": "urls",
                "published_hint": None,
            }
        )
    by_outlet: dict[str, list] = {}
    for row in rows:
        by_outlet.setdefault(row["outlet_id"], []).append(row)
    folder = RunFolder.of(cfg, run_id)
    for outlet, outlet_rows in by_outlet.items():
        folder.write_pages(outlet, outlet_rows)


def run(cfg, run_id: str, gates: bool) -> tuple[float, dict, dict]:
    # Near-duplicate marking is a batch step of cleaning that the articles gate runs first (it needs
    # every shard): without gates it runs on its own, so both runs do the same work besides the gates.
    steps = [
        ("clean", pipeline.clean_stage),
        ("mark_duplicates", stages.mark_duplicates),
        ("extract", pipeline.extract_stage),
        ("load", pipeline.load_stage),
    ]
    if gates:
        steps = [steps[0], steps[2], steps[3]]
        steps = [
            ("gate_raw_pages", pipeline.gate_raw_pages),
            steps[0],
            ("gate_articles", pipeline.gate_articles),
            steps[1],
            ("gate_events", pipeline.gate_events),
            steps[2],
            ("gate_warehouse", pipeline.gate_warehouse),
        ]
    counts, seconds = {}, {}
    for name, step in steps:
        start = time.perf_counter()
        counts[name] = step(cfg, run_id)
        seconds[name] = time.perf_counter() - start
    return sum(seconds.values()), counts, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    pages = generate_pages(args.articles)
    import great_expectations  # noqa: F401  (a one-off import; a long-running worker pays it once)

    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for gates in (False, True):  # warm-up: reference data, models and GX contexts loaded once
            cfg = settings(home=Path(tmp) / f"warm{gates}")
            stage_pages(cfg, "warm", pages[:50])
            run(cfg, "warm", gates)
        for gates in (False, True):
            cfg = settings(home=Path(tmp) / ("with" if gates else "without"))
            stage_pages(cfg, "bench", pages)
            times[gates], counts, seconds = run(cfg, "bench", gates)
            print(
                f"{'with gates   ' if gates else 'without gates'}: {times[gates]:7.1f} s  "
                f"({counts['clean']['articles']} articles, {counts['extract']['events']} events, "
                f"{counts['load']['events_loaded']} events loaded)"
            )
            print("    " + ", ".join(f"{k} {v:.1f}s" for k, v in seconds.items()))
    ratio = times[True] / times[False]
    print(f"GATE OVERHEAD RATIO  with / without = {ratio:.3f}   target <= 1.15   {'OK' if ratio <= 1.15 else 'MISSED'}")


if __name__ == "__main__":
    main()
