"""How reliable is the gold? A second, independent annotation of a real set scored against the first.

    .venv/bin/python bench/agreement.py --gold bench/data/realset_heldout7.jsonl \
        --second bench/data/agreement/realset_heldout7_second.jsonl [--cache DIR]

The second annotation is made from the texts alone by someone who saw neither the first annotation nor
the extractor's output (facts only: one row per report, ``{"id": ..., "events": [...]}`` with the event
keys of the gold rows). Both are scored with ``bench/extract_eval.py``'s scorer (strict: type,
participant set and day; status, sources and initiator on the aligned events), the first annotation
taken as the reference:

- ``second vs first``: how often two careful annotators agree, the ceiling that any extractor's figures
  against one annotation should be read against (an F1 of 0.8 here means a fifth of the events are a
  matter of convention or reading, not of the extractor);
- ``extractor vs first`` and ``extractor vs second`` (when the cache holds the texts): the extractor's
  figures against each annotator;
- ``extractor on agreed events``: the gold events both annotators hold (strictly matched) as the reference,
  and the extractor's predictions that fall on a contested event (one annotator's event the other lacks)
  left out of its count; it separates the extractor's errors from the annotators' disagreements.

Counts and ratios only (held-out sets stay blind: no ids, texts or people are printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_eval as ee


def load_second(path: Path | str) -> dict[str, list[dict]]:
    """Item id -> the second annotation's events."""
    with open(path, encoding="utf-8") as f:
        return {row["id"]: row["events"] for row in map(json.loads, f) if row}


def as_items(gold_rows: list[dict], events: dict[str, list[dict]]) -> list[dict]:
    """The gold rows with their events replaced by ``events`` (rows without a second annotation dropped)."""
    return [dict(row, events=events[row["id"]]) for row in gold_rows if row["id"] in events]


def as_predictions(items: list[dict]) -> dict[str, list[dict]]:
    """Each item's events in the scorer's prediction form."""
    return {item["id"]: [ee.gold_as_prediction(ev) for ev in item["events"]] for item in items}


def agreed(first: list[dict], second: list[dict]) -> tuple[list[dict], list[dict]]:
    """(events of ``first`` that ``second`` holds too, events either holds alone), strictly matched."""
    pairs = ee._greedy(first, [ee.gold_as_prediction(e) for e in second], ee.strict)
    both_first = {g for g, _ in pairs}
    both_second = {p for _, p in pairs}
    alone = [e for i, e in enumerate(first) if i not in both_first] + [
        e for i, e in enumerate(second) if i not in both_second
    ]
    return [e for i, e in enumerate(first) if i in both_first], alone


def on_agreed(
    first: list[dict], second: dict[str, list[dict]], preds: dict[str, list[dict]]
) -> tuple[list[dict], dict[str, list[dict]]]:
    """Items whose reference is the agreed events, and the predictions with those that fall on a
    contested event (strictly matching an event only one annotator holds) left out."""
    items, kept = [], {}
    for row in first:
        both, alone = agreed(row["events"], second[row["id"]])
        contested = [ee.gold_as_prediction(e) for e in alone]
        items.append(dict(row, events=both))
        kept[row["id"]] = [
            p for p in preds.get(row["id"], []) if not any(ee.strict(ee_as_gold(c), p) for c in contested)
        ]
    return items, kept


def ee_as_gold(pred: dict) -> dict:
    """A prediction-form event back in gold form (for ``ee.strict``, which takes gold first)."""
    return {
        "type": pred["type"],
        "status": pred["status"],
        "date": pred["date"],
        "participants": [p["name_en"] or p["name_ar"] for p in pred["participants"]],
        "countries": [p["country"] for p in pred["participants"]],
    }


def line(name: str, m: dict) -> str:
    e = m["events"]
    calls = m["calls_eligible"][str(ee.CALLS_THRESHOLD)]
    return (
        f"{name}: events P={e['p']:.3f} R={e['r']:.3f} F1={e['f1']:.3f} ({e['tp']}/{e['pred']}/{e['gold']}) | "
        f"contacts any type F1={m['contacts']['f1']:.3f} | exact day {m['dates']['r']:.3f} | "
        f"status {m['status']['f1']:.3f} | source recall {m['sources']['r']:.3f} | "
        f"reported P={calls['p']:.3f} R={calls['r']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, help="the first annotation (a realset_*.jsonl)")
    ap.add_argument("--second", required=True, help="the second annotation ({id, events} per line)")
    ap.add_argument("--cache", default=ee.DEFAULT_CACHE, help="real texts (for the extractor's lines)")
    args = ap.parse_args(argv)
    second = load_second(args.second)
    first = [row for row in ee.load_corpus(args.gold) if row["id"] in second]
    if not first:
        print(f"no row of {args.gold} has a second annotation in {args.second}", file=sys.stderr)
        return 2
    print(
        f"{len(first)} reports annotated twice; {sum(len(r['events']) for r in first)} events in the first, "
        f"{sum(len(second[r['id']]) for r in first)} in the second"
    )
    print(line("second vs first", ee.score(first, as_predictions(as_items(first, second)))))
    texts, missing = ee.load_realset(args.gold, Path(args.cache).expanduser())
    texts = [t for t in texts if t["id"] in second]
    if missing or len(texts) < len(first):
        print(f"(extractor lines skipped: {len(first) - len(texts)} texts not in the cache)")
        return 0
    preds, _, _ = ee.run_extractor(texts)
    print(line("extractor vs first", ee.score(first, preds)))
    print(line("extractor vs second", ee.score(as_items(first, second), preds)))
    items, kept = on_agreed(first, second, preds)
    print(line("extractor on agreed events", ee.score(items, kept)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
