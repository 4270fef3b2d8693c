"""Which evidence separates wrong reported events from right ones, on the development sets only.

For every reported event the extractor emits on the hand corpus and the real development sets (A, C,
E, H, J, K, L, P, Q, R; never a held-out set), it records its evidence (``rasd.extract.confidence.Evidence``) and
whether the event matches a reported gold event strictly (type, participants, day: what ``calls``
needs), then prints, per factor value, right/all events and the same at or above the calls threshold.
A weight in ``rasd/data/confidence.yaml`` is worth changing when a factor separates right from wrong
on several sets, not on one. It prints ids of development articles only, never text.

    .venv/bin/python bench/confidence_factors.py [--threshold 0.5] [--wrong]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_eval as ee

DEV_SETS = ee.CONFIDENCE_DEV_SETS

FACTORS: dict[str, Callable[[dict[str, Any]], object]] = {
    "type": lambda r: r["event_type"],
    "date basis": lambda r: r["date_basis"],
    "news trigger": lambda r: r["news_trigger"],
    "distance": lambda r: "<=60" if r["distance"] <= 60 else "<=120" if r["distance"] <= 120 else ">120",
    "caller or not a call": lambda r: r["caller"],
    "sentences": lambda r: min(r["n_frames"], 3),
    "sources": lambda r: min(r["n_sources"], 2),
    "background": lambda r: r["background"],
    "told aside": lambda r: r["aside"],
    "participants": lambda r: r["n_participants"],
    "resolved": lambda r: "all named" if r["named_share"] == 1.0 else "office or unknown",
    "lead sentence": lambda r: r["in_lead"],
    "date in its sentences": lambda r: r["date_in_sentence"],
    "warning flag": lambda r: bool(r["flags"]),
    "told as another kind": lambda r: r["other_kind"],
    "events in article": lambda r: min(r["n_events"], 4),
}


def runs() -> Iterator[tuple[str, dict, list[Any], list[dict]]]:
    """(set name, item, each event's Evidence, predicted events) over the development sets, the evidence
    recorded where ``document`` scores it (texts from ``RASD_REALSET_CACHE`` or the default cache)."""
    import rasd.extract.document as doc

    seen: list[Any] = []
    original = doc.confidence

    def recording(e: Any) -> float:
        seen.append(e)
        return original(e)

    doc.confidence = recording  # type: ignore[assignment]
    cache = Path(os.environ.get("RASD_REALSET_CACHE", ee.DEFAULT_CACHE)).expanduser()
    try:
        for name, path in DEV_SETS:
            items = ee.load_corpus(ee.DEFAULT_CORPUS) if path is None else ee.load_realset(path, cache)[0]
            for item in items:
                seen.clear()
                events = ee.extract_item(item)
                yield name, item, list(seen), [ee.pred_to_dict(e) for e in events]
    finally:
        doc.confidence = original  # type: ignore[assignment]


def collect() -> list[dict[str, Any]]:
    """One row per reported event: its evidence, set, id, confidence and whether it is right (strict)."""

    def strict(g: dict, p: dict) -> bool:
        return g["type"] == p["type"] and g["date"] == p["date"] and ee.same_people(g, p)[0]

    rows: list[dict[str, Any]] = []
    for name, item, evidence, preds in runs():
        reported = [i for i, p in enumerate(preds) if p["status"] == "reported"]
        gold = [g for g in item["events"] if g["status"] == "reported"]
        right = {reported[j] for _, j in ee._greedy(gold, [preds[i] for i in reported], strict)}
        for i in reported:
            rows.append(
                dict(
                    dataclasses.asdict(evidence[i]),
                    set=name,
                    id=item["id"],
                    right=i in right,
                    conf=preds[i]["confidence"],
                    n_events=len(preds),
                )  # fmt: skip
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=ee.CALLS_THRESHOLD)
    ap.add_argument("--wrong", action="store_true", help="also list the wrong events at or above the threshold")
    args = ap.parse_args(argv)
    rows = collect()
    th = args.threshold
    sets = [name for name, _ in DEV_SETS]
    print(f"reported events: {len(rows)}, right {sum(r['right'] for r in rows)}; cells: right/all (>= {th}: right/all)")
    for factor, key in FACTORS.items():
        cells: dict[object, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
        for r in rows:
            for s in ("all", r["set"]):
                c = cells[key(r)][s]
                c[0] += r["right"]
                c[1] += 1
                if r["conf"] >= th:
                    c[2] += r["right"]
                    c[3] += 1
        print(f"\n{factor}:")
        for value in sorted(cells, key=str):
            by_set = "  ".join(f"{s} {c[0]}/{c[1]}" for s in sets if (c := cells[value].get(s)) and c[1])
            a = cells[value]["all"]
            print(f"  {str(value):<18} all {a[0]}/{a[1]} (>= {th}: {a[2]}/{a[3]})   {by_set}")
    if args.wrong:
        print(f"\nwrong reported events at or above {th}:")
        for r in rows:
            if not r["right"] and r["conf"] >= th:
                print(f"  {r['set']} {r['id']} {r['event_type']} {r['date_basis']} conf={r['conf']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
