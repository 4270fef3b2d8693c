"""Why gold events are missed, and why spurious events come out: one mechanical cause each, counted.

    .venv/bin/python bench/miss_causes.py [set options of bench/extract_eval.py] [--only SET] [--ids]
        [--sets-blind-aggregate]

Runs the extractor on each set (the sets, options and cache of ``bench/extract_eval.py``, whose
loaders and matching this reuses), pairs gold and predicted events as it does (strict: type,
participant set and date; aligned: the date ignored) and gives every gold event that is not strictly
matched the first cause that applies:

1. ``participant not in reference data``: a gold participant is an Arabic name (someone the
   reference data lacks) or an English name no person of the reference data carries;
   ``participant not mentioned``: a gold participant is in no mention of the extractor's own mention
   reader (``rasd.extract.article.read_article`` + ``resolve``) and in no predicted event;
2. ``found with other status`` / ``found with other day`` (a prediction with the same type and
   participants, its status differing or not), ``found as other type`` (same participants, or only
   predictions of another type sharing people), ``found with other people`` (a prediction of the same
   type sharing some participant);
3. ``no contact word near``: every participant is mentioned, but no sentence holding two of them (or
   one of them and a title or pronoun) has a contact trigger of the lexicon (``triggers.yaml``);
   ``not in one sentence`` when no sentence holds them so at all;
4. ``dropped``: such a sentence with a trigger exists, yet no event with any of them came out.

(The predictions are looked at before the sentences: when an event with the people came out, the
missing day, status or type is the cause, not the words around them.)

Every prediction that is not strictly matched gets one too: ``other day of a gold event`` (aligned
with a gold event, the date differing), ``negative article`` (the article has no gold event),
``duplicate`` (same type and people as a gold event), ``non-gold person`` (a participant in no gold
event of the article), ``other``.

Held-out sets (names starting ``real held-out``) print counts only, never ids, texts or people, also
with ``--ids``. ``--sets-blind-aggregate`` prints one count table over all held-out sets.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_eval as ee

MISS_CAUSES = (
    "participant not in reference data",
    "participant not mentioned",
    "found with other status",
    "found with other day",
    "found as other type",
    "found with other people",
    "no contact word near (not in one sentence)",
    "no contact word near",
    "dropped",
)
SPURIOUS_CAUSES = ("other day of a gold event", "negative article", "duplicate", "non-gold person", "other")
BLIND_PREFIX = "real held-out"


def is_blind(name: str) -> bool:
    return name.startswith(BLIND_PREFIX)


# ----------------------------------------------------------------------------------------------
# what the extractor's own readers see in a text


def person_ids_by_name() -> dict[str, str]:
    """Folded English name (and the NAME_VARIANTS long forms) -> person id of the reference data."""
    from rasd.extract.refdata import reference_data

    out: dict[str, str] = {}
    for person in reference_data().people.values():
        out.setdefault(ee.fold(person.name_en), person.person_id)
    for title, longer in ee.NAME_VARIANTS.items():
        pid = out.get(ee.fold(title)) or next((out[ee.fold(v)] for v in longer if ee.fold(v) in out), None)
        if pid:
            for name in (title, *longer):
                out.setdefault(ee.fold(name), pid)
    return out


def gold_person_id(name: str, ids: dict[str, str]) -> str | None:
    """The person id of a gold participant, None for an Arabic name or a name the reference data lacks."""
    return None if ee.is_arabic(name) else ids.get(ee.fold(name))


def read_text(text: str, published: str | None) -> dict[str, Any]:
    """The extractor's view of a text: the people its mentions resolve to, and per sentence the people
    in it, whether it holds a title or pronoun standing for someone, and whether it has a contact trigger."""
    from rasd.extract.article import read_article
    from rasd.extract.lexicon import any_written, lexicon
    from rasd.extract.refdata import reference_data
    from rasd.extract.resolve import resolve

    ref = reference_data()
    a = read_article(text, published, ref, None)
    pronouns = tuple(lexicon().pronoun_subjects) + tuple(sorted(lexicon().pronoun_objects))
    people: set[str] = set()
    sentences = []
    for lo, hi, _ in a.sentences:
        in_sentence: set[str] = set()
        stand_in = bool(pronouns) and any_written(a.norm, pronouns, lo, hi)
        for m in a.mentions.between(lo, hi):
            p = resolve(m, ref, a.pub, None, a.norm[m.start : m.end], a.named)
            if p is not None and p.person_id:
                in_sentence.add(p.person_id)
            if m.role is not None and not m.person_id:
                stand_in = True  # a title, counterpart or role standing for someone
        people |= in_sentence
        trigger = any(t.entry.kind == "trigger" and t.entry.value != "not_contact" for t in a.index.between(lo, hi))
        sentences.append({"people": in_sentence, "stand_in": stand_in, "trigger": trigger})
    return {"people": people, "sentences": sentences}


# ----------------------------------------------------------------------------------------------
# causes (pure functions of gold, predictions and the text's view: the tests call them directly)


def miss_cause(gold: dict, preds: list[dict], view: dict[str, Any], ids: dict[str, str]) -> str:
    """The cause of one gold event that no prediction matches strictly."""
    pids = [gold_person_id(n, ids) for n in gold["participants"]]
    if any(pid is None for pid in pids):
        return "participant not in reference data"
    predicted = {p.get("person_id") for e in preds for p in e["participants"]} - {None}
    if any(pid not in view["people"] and pid not in predicted for pid in pids):
        return "participant not mentioned"
    same = [p for p in preds if ee.same_people(gold, p)[0]]
    same_type = [p for p in same if p["type"] == gold["type"]]
    if same_type:
        other_status = all(p["status"] != gold["status"] for p in same_type)
        return "found with other status" if other_status else "found with other day"
    if same:
        return "found as other type"
    sharing = [p for p in preds if ee._participant_alignment(gold, p)[0]]
    if sharing:
        return "found with other people" if any(p["type"] == gold["type"] for p in sharing) else "found as other type"
    wanted = set(pids)
    together = [
        s
        for s in view["sentences"]
        if len(s["people"] & wanted) >= 2 or ((len(wanted) == 1 or s["stand_in"]) and s["people"] & wanted)
    ]
    if not together:
        return "no contact word near (not in one sentence)"
    if not any(s["trigger"] for s in together):
        return "no contact word near"
    return "dropped"


def type_swap(gold: dict, preds: list[dict]) -> str:
    """For a gold event ``found as other type``: "gold type -> predicted type" (the type of a prediction with
    the same participants, else of one sharing a participant)."""
    same = [p for p in preds if ee.same_people(gold, p)[0]] or [
        p for p in preds if ee._participant_alignment(gold, p)[0]
    ]
    types = sorted({p["type"] for p in same if p["type"] != gold["type"]})
    return f"{gold['type']} -> {'/'.join(types) or '?'}" + (
        "" if any(ee.same_people(gold, p)[0] for p in same) else " (sharing)"
    )


def spurious_cause(pred: dict, golds: list[dict], aligned_to_gold: bool) -> str:
    """The cause of one prediction that matches no gold event strictly."""
    if aligned_to_gold:
        return "other day of a gold event"
    if not golds:
        return "negative article"
    if any(g["type"] == pred["type"] and ee.same_people(g, pred)[0] for g in golds):
        return "duplicate"
    for part in pred["participants"]:
        if not any(
            ee.participant_match(name, country, part)[0]
            for g in golds
            for name, country in zip(g["participants"], g["countries"])
        ):
            return "non-gold person"
    return "other"


def item_causes(
    golds: list[dict], preds: list[dict], view: dict[str, Any], ids: dict[str, str]
) -> tuple[list[str], list[str]]:
    """(cause of each missed gold event, cause of each spurious prediction) of one article."""
    strict_pairs, al_pairs = ee.match_pairs(golds, preds)
    strict_g, strict_p = {g for g, _ in strict_pairs}, {p for _, p in strict_pairs}
    al_p = {p for _, p in al_pairs}
    missed = [miss_cause(g, preds, view, ids) for gi, g in enumerate(golds) if gi not in strict_g]
    spurious = [spurious_cause(p, golds, pi in al_p) for pi, p in enumerate(preds) if pi not in strict_p]
    return missed, spurious


def set_causes(items: list[dict]) -> dict[str, Any]:
    """Counts (and ids) per cause over the items of one set."""
    preds, errors, _ = ee.run_extractor(items)
    ids = person_ids_by_name()
    miss: Counter = Counter()
    spur: Counter = Counter()
    swaps: Counter = Counter()
    miss_ids: dict[str, list[str]] = defaultdict(list)
    spur_ids: dict[str, list[str]] = defaultdict(list)
    gold_n = matched = 0
    for item in items:
        golds, got = item["events"], preds.get(item["id"], [])
        view = read_text(item["text"], item.get("published"))
        missed, spurious = item_causes(golds, got, view, ids)
        gold_n += len(golds)
        matched += len(golds) - len(missed)
        for cause in missed:
            miss[cause] += 1
            miss_ids[cause].append(item["id"])
        strict_g = {g for g, _ in ee.match_pairs(golds, got)[0]}
        for gi, g in enumerate(golds):
            if gi not in strict_g and miss_cause(g, got, view, ids) == "found as other type":
                swaps[type_swap(g, got)] += 1
        for cause in spurious:
            spur[cause] += 1
            spur_ids[cause].append(item["id"])
    return {
        "items": len(items),
        "gold": gold_n,
        "matched": matched,
        "extractor_errors": len(errors),
        "miss": miss,
        "spurious": spur,
        "type_swaps": swaps,
        "miss_ids": miss_ids,
        "spurious_ids": spur_ids,
    }


# ----------------------------------------------------------------------------------------------
# output


def print_table(name: str, r: dict[str, Any], show_ids: bool) -> None:
    """One set's counts; ids only when asked for and never for a held-out set (or an aggregate of them)."""
    show_ids = show_ids and not is_blind(name)
    missed = sum(r["miss"].values())
    print(f"\n===== {name} =====")
    print(
        f"items={r['items']} gold={r['gold']} strictly matched={r['matched']} missed={missed} "
        f"spurious={sum(r['spurious'].values())} extractor errors={r['extractor_errors']}"
    )
    print("missed gold events by cause:")
    for cause in MISS_CAUSES:
        ids = " " + " ".join(sorted(set(r["miss_ids"][cause]))) if show_ids and r["miss"][cause] else ""
        print(f"  {r['miss'][cause]:>4}  {cause}{ids}")
    print("spurious predictions by cause:")
    for cause in SPURIOUS_CAUSES:
        ids = " " + " ".join(sorted(set(r["spurious_ids"][cause]))) if show_ids and r["spurious"][cause] else ""
        print(f"  {r['spurious'][cause]:>4}  {cause}{ids}")
    if r["type_swaps"]:
        print("found as other type, gold type -> predicted type:")
        for swap, n in r["type_swaps"].most_common():
            print(f"  {n:>4}  {swap}")


def aggregate(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts of several sets summed (their ids dropped)."""
    out: dict[str, Any] = {"items": 0, "gold": 0, "matched": 0, "extractor_errors": 0}
    out["miss"], out["spurious"], out["type_swaps"] = Counter(), Counter(), Counter()
    for r in results:
        for key in ("items", "gold", "matched", "extractor_errors"):
            out[key] += r[key]
        out["miss"] += r["miss"]
        out["spurious"] += r["spurious"]
        out["type_swaps"] += r["type_swaps"]
    out["miss_ids"], out["spurious_ids"] = defaultdict(list), defaultdict(list)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ee.add_set_arguments(ap)
    ap.add_argument("--ids", action="store_true", help="list the article ids per cause (development sets only)")
    ap.add_argument(
        "--sets-blind-aggregate",
        action="store_true",
        help="one count table summed over all held-out sets (counts only)",
    )
    args = ap.parse_args(argv)
    if args.sets_blind_aggregate:
        results = [set_causes(items) for name, items, _ in ee._sets(args) if is_blind(name)]
        print_table(f"{BLIND_PREFIX} sets, aggregate of {len(results)}", aggregate(results), False)
        return 0
    for name, items, _ in ee._sets(args):
        print_table(name, set_causes(items), args.ids)
    return 0


if __name__ == "__main__":
    sys.exit(main())
