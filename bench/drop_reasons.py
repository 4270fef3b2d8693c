"""Which rules that skip a contact frame lose real contacts: per rule, the skipped frames that match a
gold event the output misses (wrong drops) and those that match none (right drops), counted.

    .venv/bin/python bench/drop_reasons.py [set options of bench/extract_eval.py] [--only SET] [--ids]
        [--cases] [--sets-blind-aggregate]

Runs the extractor on each set (the sets, options and cache of ``bench/extract_eval.py``) with a
recorder of skipped frames (``extract_events(drops=...)``; none in use): each frame a rule of
``_drafts`` skips is recorded with the rule's name, the frame's type and its people (those read when
the rule fired; for the rules that fire before the people are read, the people ``frame_people`` reads
in the frame's sentence). Two rules that share one test are told apart here ("measured from told" /
"praised told", "one side after with" / "objects after marker"). ``headline`` counts the headline
frames left skipped once the body is drafted (those whose contact the body does not tell are read as
body sentences). One more row is no skipping rule: ``fewer than two left``, the frames whose sentence
names two or more people of whom the rules reading the parties (attendees, successors, a contact told
again, ...) leave fewer than two, so that the frame makes no contact of its own. (A list of callers
after a colon with nobody before it, skipped in ``_frames`` before it is a frame, is not recorded.)

Each skipped frame is then put in one column (the first that applies):

- ``<2 people``: fewer than two people, so it matches no contact of two;
- ``wrong``: its people overlap those of a gold event of the article that the output misses (no
  prediction of the gold event's type and people, the day ignored) in at least two, or in all of them,
  and the output has no event of the frame's type with the gold event's people (which the frame would
  only have repeated); ``same type`` counts those whose gold event is of the frame's own type,
  ``gold lost`` the distinct gold events so matched;
- ``found``: it matches only gold events the output has (skipping it lost nothing);
- ``right``: it matches no gold event (a right drop, or a contact the gold does not hold).

Prints a table per set, pooled over the development sets and pooled over the held-out sets. Held-out
sets (names starting ``real held-out``) print counts only, never ids, texts or people, also with
``--ids`` or ``--cases``. ``--sets-blind-aggregate`` prints the held-out pool alone.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_eval as ee

BLIND_PREFIX = "real held-out"
COLUMNS = ("skipped", "<2 people", "right", "found", "wrong", "same type", "gold lost")
# the rules in the order ``_drafts`` tries them
RULES = (
    "headline",
    "refused",
    "hypothetical",
    "public post",
    "visit discussed",
    "measured from told",
    "praised told",
    "non-leader pair",
    "with counterparts",
    "body gathering",
    "told before",
    "one side after with",
    "objects after marker",
    "unnamed gathering",
    "possessor objects",
    "non-leader subject",
    "envoy",
    "host elsewhere",
    "domestic",
    "plan of told meeting",
    "fewer than two left",
)


def is_blind(name: str) -> bool:
    return name.startswith(BLIND_PREFIX)


# ----------------------------------------------------------------------------------------------
# recording


def _rule_name(rule: str, a: Any, f: Any, people: Any) -> str:
    """The rule's own name where one test of ``_drafts`` holds two."""
    from rasd.extract.contact_tests import measured_from_told, one_side_after_with

    if rule == "measured from or praised told":
        return "measured from told" if measured_from_told(a, f) else "praised told"
    if rule == "one side after with or marker":
        return "one side after with" if one_side_after_with(a, f, people) else "objects after marker"
    return rule


def _participants(people: dict) -> list[dict]:
    return [
        {
            "name_en": p.name_en,
            "name_ar": p.name_ar,
            "country": p.country,
            "mention": p.mention,
            "person_id": p.person_id,
        }
        for p, _, _ in people.values()
    ]


def extract_with_drops(item: dict) -> tuple[list[dict], list[dict]]:
    """(predictions as scorer dicts, skipped frames as {"rule", "type", "status", "participants"})."""
    from rasd.extract.parties import frame_people

    dropped: list[dict] = []

    def record(rule: str, a: Any, f: Any, people: Any) -> None:
        if people is None:
            day = f.date.date if f.date is not None and f.date.date else a.pub
            people = frame_people(a, f, day)[0]
        dropped.append(
            {
                "rule": _rule_name(rule, a, f, people),
                "type": f.type,
                "status": f.status,
                "participants": _participants(people),
            }
        )

    events = ee.extract_item(item, drops=record)
    return [ee.pred_to_dict(e) for e in events], dropped


# ----------------------------------------------------------------------------------------------
# classes (pure functions of gold, predictions and skipped frames: the tests call them directly)


def overlaps(gold: dict, frame: dict) -> bool:
    """The frame's people hold at least two of the gold event's people, or all of them."""
    n = ee._participant_alignment(gold, frame)[0]
    return n >= 2 or (n >= 1 and n == len(gold["participants"]))


def missed_golds(golds: list[dict], preds: list[dict]) -> set[int]:
    """The gold events no prediction has (type and people; the day ignored)."""
    aligned = {g for g, _ in ee.match_pairs(golds, preds)[1]}
    return {gi for gi in range(len(golds)) if gi not in aligned}


def frame_class(frame: dict, golds: list[dict], preds: list[dict], missed: set[int]) -> tuple[str, bool, list[int]]:
    """(column, of the frame's own type, the missed gold events it matches) of one skipped frame."""
    if len(frame["participants"]) < 2:
        return "<2 people", False, []
    hits = [gi for gi, g in enumerate(golds) if overlaps(g, frame)]
    # a missed gold event of a pair the output has already, of the frame's type ("found"): the frame
    # would only have repeated that event (another contact of the same two, told in the background)
    lost = [
        gi
        for gi in hits
        if gi in missed and not any(p["type"] == frame["type"] and ee.same_people(golds[gi], p)[0] for p in preds)
    ]
    if lost:
        return "wrong", any(golds[gi]["type"] == frame["type"] for gi in lost), lost
    return ("found" if hits else "right"), False, []


def item_drops(golds: list[dict], preds: list[dict], frames: list[dict]) -> list[tuple[dict, str, bool, list[int]]]:
    """(frame, column, same type, lost gold indices) per skipped frame of one article."""
    missed = missed_golds(golds, preds)
    return [(fr, *frame_class(fr, golds, preds, missed)) for fr in frames]


def set_drops(items: list[dict]) -> dict[str, Any]:
    """Counts per rule and column over the items of one set, and the wrong drops (for the cases)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    cases: list[tuple[str, dict, list[dict]]] = []
    errors = 0
    for item in items:
        try:
            preds, frames = extract_with_drops(item)
        except Exception:  # a benchmark reports, never crashes
            errors += 1
            continue
        golds = item["events"]
        lost_by_rule: dict[str, set[int]] = defaultdict(set)
        for fr, column, same, lost in item_drops(golds, preds, frames):
            c = counts[fr["rule"]]
            c["skipped"] += 1
            c[column] += 1
            c["same type"] += same
            lost_by_rule[fr["rule"]].update(lost)
            if lost:
                cases.append((item["id"], fr, [golds[gi] for gi in lost]))
        for rule, lost_set in lost_by_rule.items():
            counts[rule]["gold lost"] += len(lost_set)
    return {"items": len(items), "counts": counts, "cases": cases, "errors": errors}


def aggregate(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts of several sets summed (their cases dropped)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        for rule, c in r["counts"].items():
            counts[rule] += c
    return {
        "items": sum(r["items"] for r in results),
        "counts": counts,
        "cases": [],
        "errors": sum(r["errors"] for r in results),
    }


# ----------------------------------------------------------------------------------------------
# output


def _people(parts: list[dict]) -> str:
    return ", ".join(p.get("name_en") or f"{p.get('name_ar') or p.get('mention')}?{p.get('country')}" for p in parts)


def print_table(name: str, r: dict[str, Any], show_ids: bool = False, show_cases: bool = False) -> None:
    """One table of counts; ids and cases only when asked for and never for a held-out set or pool."""
    blind = is_blind(name)
    print(f"\n===== {name} =====")
    total = Counter()
    for c in r["counts"].values():
        total += c
    print(f"items={r['items']} frames skipped={total['skipped']} extractor errors={r['errors']}")
    print(f"  {'rule':<22}" + "".join(f"{col:>11}" for col in COLUMNS))
    rules = [*RULES, *sorted(set(r["counts"]) - set(RULES))]
    for rule in rules:
        c = r["counts"].get(rule, Counter())
        line = f"  {rule:<22}" + "".join(f"{c[col]:>11}" for col in COLUMNS)
        if show_ids and not blind and c["wrong"]:
            line += "  " + " ".join(sorted({i for i, fr, _ in r["cases"] if fr["rule"] == rule}))
        print(line)
    print(f"  {'all rules':<22}" + "".join(f"{total[col]:>11}" for col in COLUMNS))
    if show_cases and not blind and r["cases"]:
        print("wrong drops:")
        for item_id, fr, lost in r["cases"]:
            golds = "; ".join(f"{g['type']} [{', '.join(g['participants'])}]" for g in lost)
            print(
                f"  {item_id} {fr['rule']}: {fr['type']} {fr['status']} [{_people(fr['participants'])}] -> gold {golds}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ee.add_set_arguments(ap)
    ap.add_argument("--ids", action="store_true", help="the article ids of the wrong drops per rule (development sets)")
    ap.add_argument("--cases", action="store_true", help="each wrong drop with its people (development sets)")
    ap.add_argument("--sets-blind-aggregate", action="store_true", help="the held-out pool alone (counts only)")
    args = ap.parse_args(argv)
    dev, blind = [], []
    for name, items, _ in ee._sets(args):
        if is_blind(name):
            blind.append(set_drops(items))
            continue
        if args.sets_blind_aggregate:
            continue
        r = set_drops(items)
        print_table(name, r, args.ids, args.cases)
        if name != "hand corpus":
            dev.append(r)
    if len(dev) > 1:
        print_table(f"development sets, pooled over {len(dev)}", aggregate(dev))
    if blind:
        print_table(f"{BLIND_PREFIX} sets, pooled over {len(blind)}", aggregate(blind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
