"""bench/miss_causes.py: one mechanical cause per missed gold event and per spurious prediction, and
counts only for the held-out sets.

The cause functions are pure (gold, predictions, the text's view); they are tried on small hand-made
events. Sentences are our own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_helpers import HELDOUT, heldout_rows, load_bench, run_bench

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "bench" / "miss_causes.py"


@pytest.fixture(scope="module")
def mc():
    return load_bench(SCRIPT)


@pytest.fixture(scope="module")
def ids(mc):
    return mc.person_ids_by_name()


def gold(*people: str, type_: str = "meeting", date: str = "2023-05-01", status: str = "reported") -> dict:
    countries = {"Emmanuel Macron": "FR", "Joe Biden": "US", "Olaf Scholz": "DE"}
    return {
        "type": type_,
        "status": status,
        "background": False,
        "participants": list(people),
        "countries": [countries.get(p, "XX") for p in people],
        "date": date,
        "date_basis": "explicit",
        "sources": [],
    }


def pred(ids, *people: str, type_: str = "meeting", date: str = "2023-05-01", status: str = "reported") -> dict:
    return {
        "type": type_,
        "status": status,
        "background": False,
        "date": date,
        "date_basis": "explicit",
        "participants": [
            {"name_en": p, "name_ar": None, "country": None, "mention": p, "person_id": ids.get(p.casefold())}
            for p in people
        ],
        "sources": [],
        "initiator": None,
        "confidence": 0.8,
    }


def view(ids, *sentences: tuple[tuple[str, ...], bool, bool]) -> dict:
    out = []
    for people, stand_in, trigger in sentences:
        out.append({"people": {ids[p.casefold()] for p in people}, "stand_in": stand_in, "trigger": trigger})
    return {"people": set().union(*(s["people"] for s in out)) if out else set(), "sentences": out}


MACRON, BIDEN, SCHOLZ = "Emmanuel Macron", "Joe Biden", "Olaf Scholz"


def test_gold_names_map_to_reference_people(mc, ids):
    assert mc.gold_person_id(MACRON, ids) == ids["emmanuel macron"]
    assert mc.gold_person_id("Emmanuel Macron (politician)", ids) == ids["emmanuel macron"]
    # the long patronymic form of a Wikipedia title (NAME_VARIANTS) is the same person
    assert mc.gold_person_id("Mohammed bin Salman Al Saud", ids) == mc.gold_person_id("Mohammed bin Salman", ids)
    assert mc.gold_person_id("فلان الفلاني", ids) is None
    assert mc.gold_person_id("Nobody Of Any Record", ids) is None


def test_participant_causes(mc, ids):
    both = view(ids, ((MACRON, BIDEN), False, True))
    assert mc.miss_cause(gold(MACRON, "سمير الخالدي"), [], both, ids) == "participant not in reference data"
    only_macron = view(ids, ((MACRON,), False, True))
    assert mc.miss_cause(gold(MACRON, BIDEN), [], only_macron, ids) == "participant not mentioned"
    # a person the reader missed but an event carries counts as mentioned
    found = [pred(ids, MACRON, BIDEN, date="2023-04-30")]
    assert mc.miss_cause(gold(MACRON, BIDEN), found, only_macron, ids) == "found with other day"


def test_found_causes(mc, ids):
    v = view(ids, ((MACRON, BIDEN, SCHOLZ), False, True))
    g = gold(MACRON, BIDEN)
    assert mc.miss_cause(g, [pred(ids, MACRON, BIDEN, date="2023-04-28")], v, ids) == "found with other day"
    planned = [pred(ids, MACRON, BIDEN, date="2023-05-09", status="planned")]
    assert mc.miss_cause(g, planned, v, ids) == "found with other status"
    assert mc.miss_cause(g, [pred(ids, MACRON, BIDEN, type_="phone_call")], v, ids) == "found as other type"
    assert mc.miss_cause(g, [pred(ids, MACRON, SCHOLZ)], v, ids) == "found with other people"
    assert mc.miss_cause(g, [pred(ids, MACRON, BIDEN, SCHOLZ)], v, ids) == "found with other people"
    assert mc.miss_cause(g, [pred(ids, BIDEN, SCHOLZ, type_="visit")], v, ids) == "found as other type"


def test_sentence_causes(mc, ids):
    g = gold(MACRON, BIDEN)
    apart = view(ids, ((MACRON,), False, True), ((BIDEN,), False, False))
    assert mc.miss_cause(g, [], apart, ids) == "no contact word near (not in one sentence)"
    no_word = view(ids, ((MACRON, BIDEN), False, False), ((MACRON,), False, True))
    assert mc.miss_cause(g, [], no_word, ids) == "no contact word near"
    # one of them and a title standing for the other, with a trigger: the extractor dropped it
    with_title = view(ids, ((MACRON,), True, True), ((BIDEN,), False, False))
    assert mc.miss_cause(g, [], with_title, ids) == "dropped"
    assert mc.miss_cause(g, [], view(ids, ((MACRON, BIDEN), False, True)), ids) == "dropped"
    # an event of other people entirely does not explain the miss
    assert mc.miss_cause(g, [pred(ids, SCHOLZ, "Rishi Sunak")], no_word, ids) == "no contact word near"


def test_spurious_causes(mc, ids):
    g = [gold(MACRON, BIDEN)]
    assert mc.spurious_cause(pred(ids, MACRON, BIDEN, date="2023-04-02"), g, True) == "other day of a gold event"
    assert mc.spurious_cause(pred(ids, MACRON, BIDEN), [], False) == "negative article"
    assert mc.spurious_cause(pred(ids, MACRON, BIDEN), g, False) == "duplicate"
    assert mc.spurious_cause(pred(ids, MACRON, SCHOLZ), g, False) == "non-gold person"
    assert mc.spurious_cause(pred(ids, MACRON, BIDEN, type_="visit"), g, False) == "other"


def test_item_causes_pair_like_the_scorer(mc, ids):
    golds = [gold(MACRON, BIDEN), gold(MACRON, SCHOLZ, type_="phone_call")]
    preds = [
        pred(ids, MACRON, BIDEN),  # strict match
        pred(ids, MACRON, SCHOLZ, type_="phone_call", date="2023-04-29"),  # aligned, other day
        pred(ids, BIDEN, SCHOLZ),  # people together in no gold event
    ]
    v = view(ids, ((MACRON, BIDEN, SCHOLZ), False, True))
    missed, spurious = mc.item_causes(golds, preds, v, ids)
    assert missed == ["found with other day"]
    assert spurious == ["other day of a gold event", "other"]


def test_text_view_reads_people_and_triggers(mc, ids):
    text = (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه الرئيس الأمريكي جو بايدن صباح الأربعاء. "
        "وأشاد المستشار الألماني أولاف شولتس بالنمو في بلاده."
    )
    v = mc.read_text(text, "2023-05-04")
    assert {ids["emmanuel macron"], ids["joe biden"], ids["olaf scholz"]} <= v["people"]
    first, second = v["sentences"][0], v["sentences"][1]
    assert {ids["emmanuel macron"], ids["joe biden"]} <= first["people"] and first["trigger"]
    assert ids["olaf scholz"] in second["people"] and not second["trigger"]


def _run(*args: str) -> str:
    return run_bench(SCRIPT, *args)


@pytest.mark.skipif(not HELDOUT, reason="no held-out set collected")
def test_heldout_sets_print_counts_only(mc, tmp_path):
    rows = heldout_rows()
    placeholder = "نص تجريبي قصير لا يذكر أي اتصال."
    # Placeholder texts written here (never the cached articles): only the output's shape is checked.
    for row in rows:
        (tmp_path / f"{row['id']}.txt").write_text(placeholder, encoding="utf-8")
    names = {p for row in rows for ev in row["events"] for p in ev["participants"]}
    outputs = [
        _run("--only", "real held-out 7", "--cache", str(tmp_path), "--ids"),
        _run("--sets-blind-aggregate", "--cache", str(tmp_path), "--ids"),
    ]
    assert "real held-out 7" in outputs[0] and "missed gold events by cause" in outputs[0], outputs[0]
    assert f"aggregate of {len(HELDOUT)}" in outputs[1], outputs[1]
    for out in outputs:
        assert not any(row["id"] in out for row in rows), out
        assert not any(name in out for name in names), out
        assert placeholder not in out
        # every cause line is a count and a cause name, nothing after it
        for line in out.splitlines():
            if line.startswith("  ") and line.strip()[:1].isdigit():
                count, cause = line.strip().split(None, 1)
                assert count.isdigit() and cause in (*mc.MISS_CAUSES, *mc.SPURIOUS_CAUSES), line
