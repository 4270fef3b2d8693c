"""The extraction evaluation corpus (bench/data/extract_eval.jsonl) is well-formed, and its scorer works.

These tests check the corpus and the scorer, not the extractor's quality: the scores are only
required to be numbers in [0, 1] (bench/extract_eval.py reports them, it does not gate).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

import extract_eval as ee  # noqa: E402

ITEM_KEYS = {"id", "published", "text", "events", "phenomena"}
OPTIONAL_ITEM_KEYS = {"source_line"}
EVENT_KEYS = {"type", "status", "background", "participants", "countries", "date", "date_basis", "sources"}
BASES = {"explicit", "today", "yesterday", "weekday", "published"}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return ee.load_corpus()


@pytest.fixture(scope="module")
def country_codes() -> set[str]:
    data = yaml.safe_load((REPO / "include" / "rasd" / "data" / "countries.yaml").read_text(encoding="utf-8"))
    entries = data if isinstance(data, list) else data.get("countries", [])
    return {str(e["code"]) for e in entries}


def _date(s: str) -> dt.date:
    assert isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s), s
    return dt.date.fromisoformat(s)


def test_size_and_unique_ids(corpus):
    assert len(corpus) >= 80
    ids = [item["id"] for item in corpus]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]


def test_items_are_well_formed(corpus):
    for item in corpus:
        assert ITEM_KEYS <= set(item) <= ITEM_KEYS | OPTIONAL_ITEM_KEYS, item["id"]
        published = _date(item["published"])
        assert dt.date(2012, 1, 1) <= published <= dt.date(2025, 12, 31), item["id"]
        assert isinstance(item["text"], str) and re.search(r"[\u0600-\u06ff]", item["text"]), item["id"]
        assert 60 <= len(item["text"].split()) <= 180, (item["id"], len(item["text"].split()))
        if "source_line" in item:
            assert isinstance(item["source_line"], str) and item["source_line"].strip(), item["id"]
        assert isinstance(item["phenomena"], list) and item["phenomena"], item["id"]
        assert all(isinstance(t, str) and re.fullmatch(r"[a-z_]+", t) for t in item["phenomena"]), item["id"]
        assert isinstance(item["events"], list), item["id"]


def test_gold_events_are_valid(corpus, country_codes):
    for item in corpus:
        published = dt.date.fromisoformat(item["published"])
        for ev in item["events"]:
            where = (item["id"], ev.get("participants"))
            assert set(ev) == EVENT_KEYS, where
            assert ev["type"] in ee.TYPES, where
            assert ev["status"] in ee.STATUSES, where
            assert isinstance(ev["background"], bool), where
            people, countries = ev["participants"], ev["countries"]
            assert isinstance(people, list) and len(people) >= 2, where
            assert all(isinstance(p, str) and p.strip() for p in people), where
            assert len(set(people)) == len(people), where
            assert isinstance(countries, list) and len(countries) == len(people), where
            for name, code in zip(people, countries):
                assert code is None or code in country_codes, (where, code)
                if ee.is_arabic(name):  # someone missing from the reference data: the country is required
                    assert code is not None, where
            day = _date(ev["date"])
            assert ev["date_basis"] in BASES, where
            if ev["date_basis"] in ("today", "published"):
                assert day == published, where
            if ev["date_basis"] == "yesterday":
                assert 1 <= (published - day).days <= 2, where
            if ev["date_basis"] == "weekday":
                assert 0 < abs((published - day).days) <= 9, where
            if ev["status"] == "reported":
                assert day <= published, where
            if ev["status"] == "planned":
                assert day >= published, where
            assert isinstance(ev["sources"], list) and all(isinstance(s, str) and s.strip() for s in ev["sources"]), (
                where
            )


def test_every_phenomenon_tag_is_used_at_least_twice(corpus):
    counts = Counter(tag for item in corpus for tag in set(item["phenomena"]))
    rare = {tag: n for tag, n in counts.items() if n < 2}
    assert not rare, rare


def test_corpus_covers_the_hard_cases(corpus):
    tags = Counter(tag for item in corpus for tag in set(item["phenomena"]))
    for tag in (
        "denied",
        "planned",
        "unconfirmed",
        "no_contact",
        "background",
        "meeting",
        "visit",
        "video_call",
        "message",
        "role_by_date",
        "unknown_person",
        "hijri_date",
    ):
        assert tags[tag] >= 2, tag
    statuses = Counter(ev["status"] for item in corpus for ev in item["events"])
    assert set(statuses) == set(ee.STATUSES)
    hard = [
        item
        for item in corpus
        if not item["events"]
        or any(ev["type"] != "phone_call" or ev["status"] != "reported" or ev["background"] for ev in item["events"])
    ]
    assert len(hard) >= 25


def test_scorer_gives_one_on_gold(corpus):
    preds = {item["id"]: [ee.gold_as_prediction(ev) for ev in item["events"]] for item in corpus}
    m = ee.score(corpus, preds)
    for key in ("events", "participants", "dates", "status", "sources"):
        assert m[key]["f1"] == pytest.approx(1.0), key


def test_scorer_counts_misses_and_spurious_events(corpus):
    item = next(i for i in corpus if len(i["events"]) >= 2)
    gold = [ee.gold_as_prediction(ev) for ev in item["events"]]
    wrong = dict(gold[0], date="1999-01-01")
    m = ee.score([item], {item["id"]: [wrong] + gold[1:]})
    assert m["events"]["tp"] == len(gold) - 1 and m["events"]["pred"] == len(gold)
    assert m["dates"]["r"] < 1.0 and m["status"]["f1"] == pytest.approx(1.0)


def test_name_matching():
    assert ee.english_match("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")[0]
    assert ee.english_match("Kim Jong Un", "Kim Jong-un")[0]
    assert ee.english_match("Mohammed bin Salman", "Mohammed bin Salman Al Saud") == (True, True)
    assert not ee.english_match("Joe Biden", "Donald Trump")[0]
    pred = {"name_en": None, "name_ar": "ألبين كورتي", "country": "XK", "mention": "رئيس وزراء كوسوفو ألبين كورتي"}
    assert ee.participant_match("ألبين كورتي", "XK", pred)[0]
    assert not ee.participant_match("ألبين كورتي", "RS", pred)[0]


def test_evaluate_returns_ratios(corpus):
    m = ee.evaluate(corpus)
    for key in ("events", "participants", "dates", "status", "sources"):
        for part in ("p", "r", "f1"):
            assert 0.0 <= m[key][part] <= 1.0, (key, part)
    for key in ("date_only_accuracy", "basis_only_accuracy", "background_accuracy"):
        assert 0.0 <= m[key] <= 1.0, key
    for tag, row in m["per_phenomenon"].items():
        assert row["recall"] is None or 0.0 <= row["recall"] <= 1.0, tag
