"""bench/drop_reasons.py: the frames the rules of ``rasd.extract.document._drafts`` skip, recorded
through the recorder ``extract_events`` takes (``drops``; none in use), each put in one column against the gold of its
article, and counts only for the held-out sets.

The class functions are pure (gold, predictions, skipped frames) and are tried on small hand-made
events; the recorder on sentences of our own, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_helpers import HELDOUT, heldout_rows, load_bench, run_bench

from rasd.extract import document, extract_events

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "bench" / "drop_reasons.py"
PUB = "2024-03-06"
MACRON, SCHOLZ, SISI = "Emmanuel Macron", "Olaf Scholz", "Abdel Fattah el-Sisi"
INVITATION = "وجه الرئيس الفرنسي إيمانويل ماكرون دعوة إلى المستشار الألماني أولاف شولتس لزيارة باريس."
DOMESTIC = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس الوزراء المصري مصطفى مدبولي في قصر الاتحادية."


@pytest.fixture(scope="module")
def dr():
    return load_bench(SCRIPT)


def gold(*people: str, type_: str = "visit", status: str = "planned") -> dict:
    countries = {MACRON: "FR", SCHOLZ: "DE", SISI: "EG"}
    return {
        "type": type_,
        "status": status,
        "background": False,
        "participants": list(people),
        "countries": [countries.get(p, "XX") for p in people],
        "date": PUB,
        "date_basis": "published",
        "sources": [],
    }


def part(name: str) -> dict:
    return {"name_en": name, "name_ar": None, "country": None, "mention": name, "person_id": None}


def pred(*people: str, type_: str = "visit") -> dict:
    return {
        "type": type_,
        "status": "planned",
        "background": False,
        "date": PUB,
        "date_basis": "published",
        "participants": [part(p) for p in people],
        "sources": [],
        "initiator": None,
        "confidence": 0.8,
    }


def frame(*people: str, type_: str = "visit", rule: str = "hypothetical") -> dict:
    return {"rule": rule, "type": type_, "status": "hypothetical", "participants": [part(p) for p in people]}


def test_overlap_is_two_people_or_all_of_them(dr):
    assert dr.overlaps(gold(MACRON, SCHOLZ), frame(MACRON, SCHOLZ, SISI))
    assert dr.overlaps(gold(MACRON, SCHOLZ, SISI), frame(MACRON, SCHOLZ))
    assert not dr.overlaps(gold(MACRON, SCHOLZ), frame(MACRON, SISI))


def test_frame_classes(dr):
    golds = [gold(MACRON, SCHOLZ)]
    missed = dr.missed_golds(golds, [])
    assert dr.frame_class(frame(MACRON), golds, [], missed) == ("<2 people", False, [])
    assert dr.frame_class(frame(MACRON, SCHOLZ), golds, [], missed) == ("wrong", True, [0])
    # a gold event of another type: a wrong drop, not of the frame's own type
    assert dr.frame_class(frame(MACRON, SCHOLZ, type_="meeting"), golds, [], missed) == ("wrong", False, [0])
    assert dr.frame_class(frame(SISI, SCHOLZ), golds, [], missed) == ("right", False, [])
    found = [pred(MACRON, SCHOLZ)]
    assert dr.frame_class(frame(MACRON, SCHOLZ), golds, found, dr.missed_golds(golds, found)) == ("found", False, [])
    # a missed gold event of a pair the output has in the frame's type: the frame would only repeat it
    two = [gold(MACRON, SCHOLZ, type_="meeting"), gold(MACRON, SCHOLZ, type_="message")]
    has = [pred(MACRON, SCHOLZ, type_="meeting")]
    assert dr.frame_class(frame(MACRON, SCHOLZ, type_="meeting"), two, has, dr.missed_golds(two, has))[0] == "found"


def test_recorder_tells_the_rule_and_people_and_is_no_global(dr):
    preds, dropped = dr.extract_with_drops({"text": INVITATION + " " + DOMESTIC, "published": PUB})
    assert preds == []
    assert [(d["rule"], d["type"]) for d in dropped] == [("hypothetical", "visit"), ("domestic", "meeting")]
    assert {p["name_en"] for p in dropped[0]["participants"]} == {MACRON, SCHOLZ}
    assert {p["name_en"] for p in dropped[1]["participants"]} == {SISI, "Mostafa Madbouly"}
    assert not hasattr(document, "drop_recorder")
    assert extract_events(INVITATION + " " + DOMESTIC, PUB) == []


def test_set_counts_wrong_and_right_drops(dr):
    items = [
        {"id": "a", "text": INVITATION, "published": PUB, "events": [gold(MACRON, SCHOLZ)]},
        {"id": "b", "text": INVITATION, "published": PUB, "events": []},
        {"id": "c", "text": DOMESTIC, "published": PUB, "events": []},
    ]
    r = dr.set_drops(items)
    hypothetical, domestic = r["counts"]["hypothetical"], r["counts"]["domestic"]
    assert (hypothetical["skipped"], hypothetical["wrong"], hypothetical["same type"], hypothetical["right"]) == (
        2,
        1,
        1,
        1,
    )
    assert hypothetical["gold lost"] == 1
    assert (domestic["skipped"], domestic["right"]) == (1, 1)
    assert [(i, fr["rule"]) for i, fr, _ in r["cases"]] == [("a", "hypothetical")]
    pooled = dr.aggregate([r, r])
    assert pooled["counts"]["hypothetical"]["wrong"] == 2 and pooled["cases"] == []


def _run(*args: str) -> str:
    return run_bench(SCRIPT, *args)


@pytest.mark.skipif(not HELDOUT, reason="no held-out set collected")
def test_heldout_sets_print_counts_only(dr, tmp_path):
    rows = heldout_rows()
    # Texts written here (never the cached articles), each with a frame a rule skips, between people
    # who are in no held-out gold event: only the output's shape is checked.
    for row in rows:
        (tmp_path / f"{row['id']}.txt").write_text(INVITATION + " " + DOMESTIC, encoding="utf-8")
    names = {p for row in rows for ev in row["events"] for p in ev["participants"]}
    outputs = [
        _run("--only", "real held-out 7", "--cache", str(tmp_path), "--ids", "--cases"),
        _run("--sets-blind-aggregate", "--cache", str(tmp_path), "--ids", "--cases"),
    ]
    assert "real held-out sets, pooled over 1" in outputs[0], outputs[0]
    assert f"pooled over {len(HELDOUT)}" in outputs[1], outputs[1]
    for out in outputs:
        assert "hypothetical" in out and "wrong drops" not in out
        assert not any(row["id"] in out for row in rows), out
        assert not any(name in out for name in names | {MACRON, SCHOLZ, SISI}), out
        assert "ماكرون" not in out
        # every rule line is a rule's name and counts, nothing after them
        for line in out.splitlines():
            if line.startswith("  ") and line.split()[-1].isdigit() and not line.startswith("  rule"):
                cells = line.split()
                assert all(c.isdigit() for c in cells[-len(dr.COLUMNS) :]), line
                assert " ".join(cells[: -len(dr.COLUMNS)]) in (*dr.RULES, "all rules"), line
