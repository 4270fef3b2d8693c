"""bench/agreement.py: a second annotation scored against the first, and the extractor on the events
both annotators hold. Events are small hand-made facts; the command line is run on a file of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_helpers import load_bench, run_bench

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "bench" / "agreement.py"
COUNTRIES = {"Emmanuel Macron": "FR", "Joe Biden": "US", "Olaf Scholz": "DE"}


@pytest.fixture(scope="module")
def ag():
    return load_bench(SCRIPT)


def event(*people: str, type_: str = "phone_call", date: str = "2023-05-01") -> dict:
    return {
        "type": type_,
        "status": "reported",
        "background": False,
        "participants": list(people),
        "countries": [COUNTRIES[p] for p in people],
        "date": date,
        "date_basis": "explicit",
        "sources": [],
        "initiator": None,
    }


def test_agreed_splits_shared_from_contested_events(ag):
    first = [event("Joe Biden", "Emmanuel Macron"), event("Joe Biden", "Olaf Scholz")]
    second = [event("Emmanuel Macron", "Joe Biden"), event("Joe Biden", "Olaf Scholz", date="2023-04-30")]
    both, alone = ag.agreed(first, second)
    assert both == [first[0]]
    assert alone == [first[1], second[1]]  # a day the annotators read differently is contested


def test_on_agreed_leaves_out_predictions_on_contested_events(ag):
    row = {"id": "t1", "events": [event("Joe Biden", "Emmanuel Macron"), event("Joe Biden", "Olaf Scholz")]}
    second = {"t1": [event("Joe Biden", "Emmanuel Macron")]}
    preds = {"t1": [ag.ee.gold_as_prediction(e) for e in row["events"]]}
    items, kept = ag.on_agreed([row], second, preds)
    assert items[0]["events"] == [row["events"][0]]
    assert len(kept["t1"]) == 1 and kept["t1"][0]["participants"][1]["name_en"] == "Emmanuel Macron"


def test_command_line_scores_a_second_annotation(tmp_path):
    rows = [
        {
            "id": "t1",
            "url": "https://example.org/1",
            "published": "2023-05-01",
            "events": [event("Joe Biden", "Olaf Scholz")],
        },
        {"id": "t2", "url": "https://example.org/2", "published": "2023-05-02", "events": []},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(
        json.dumps({"id": "t1", "events": [event("Joe Biden", "Olaf Scholz", type_="video_call")]})
        + "\n"
        + json.dumps({"id": "t2", "events": []})
        + "\n",
        encoding="utf-8",
    )
    out = run_bench(SCRIPT, "--gold", str(gold), "--second", str(second), "--cache", str(tmp_path / "none"))
    assert "2 reports annotated twice; 1 events in the first, 1 in the second" in out
    assert "second vs first: events P=0.000 R=0.000 F1=0.000 (0/1/1) | contacts any type F1=1.000" in out
    assert "extractor lines skipped: 2 texts not in the cache" in out


SECOND_ANNOTATIONS = sorted((REPO / "bench" / "data" / "agreement").glob("realset_*_second.jsonl"))
EVENT_KEYS = {"type", "status", "background", "participants", "countries", "date", "date_basis", "sources", "initiator"}


@pytest.mark.parametrize("path", SECOND_ANNOTATIONS, ids=lambda p: p.name)
def test_second_annotations_hold_facts_of_rows_of_their_set(path):
    """A second annotation names rows of its set (``realset_X_second.jsonl`` beside ``realset_X.jsonl``)
    and holds facts only: the events of each, with the keys of the gold events."""
    gold_ids = {json.loads(line)["id"] for line in (path.parents[1] / path.name.replace("_second", "")).open()}
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    assert rows and {row["id"] for row in rows} <= gold_ids
    for row in rows:
        assert set(row) == {"id", "events"}, row["id"]
        for ev in row["events"]:
            assert set(ev) == EVENT_KEYS, row["id"]
            assert len(ev["participants"]) == len(ev["countries"]) >= 2, row["id"]
            assert ev["initiator"] is None or ev["initiator"] in ev["participants"], row["id"]
