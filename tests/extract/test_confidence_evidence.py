"""The evidence record behind an event's confidence (``rasd.extract.confidence.Evidence``) and the
fitting script's features (bench/fit_confidence.py). Sentences are our own, written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import rasd.extract.document as doc
from rasd.extract import extract_events
from rasd.extract.confidence import Evidence

THRESHOLD = 0.5
DATED_CALL = "تلقى الملك عبد الله الثاني اتصالا هاتفيا من الرئيس عبد الفتاح السيسي يوم الأحد 12 مايو 2024، بحثا خلاله العلاقات الثنائية."
CALL_THEN_ASIDE = (
    "أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا مع الملك عبد الله الثاني أمس. وفي سياق آخر، كان السيسي قد "
    "التقى الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس ورئيس الوزراء الإيطالي."
)


def _records(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, Evidence]]:
    seen: list[Evidence] = []
    original = doc.confidence

    def recording(e: Evidence) -> float:
        seen.append(e)
        return original(e)

    monkeypatch.setattr(doc, "confidence", recording)
    events = extract_events(text, "2024-05-14")
    assert len(events) == len(seen)
    return [(e.confidence, r) for e, r in zip(events, seen)]


def test_a_dated_call_told_first_with_both_named_near_passes_the_threshold(monkeypatch):
    [(score, e)] = _records(DATED_CALL, monkeypatch)
    assert score >= THRESHOLD
    assert e.in_lead and e.date_in_sentence and e.date_basis == "explicit"
    assert e.named_share == 1.0 and e.n_events == 1 and e.caller


def test_a_meeting_of_four_told_aside_after_the_lead_call_stays_below_the_threshold(monkeypatch):
    (call_score, call), (meeting_score, meeting) = _records(CALL_THEN_ASIDE, monkeypatch)
    assert call.in_lead and call_score >= THRESHOLD
    assert meeting.event_type == "meeting" and meeting.n_participants == 4
    assert not meeting.in_lead and meeting.n_events == 2
    assert meeting_score < THRESHOLD


def test_the_fitting_script_has_one_declared_direction_per_feature():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import fit_confidence as fc

    e = _sample()
    assert set(fc.features(e)) == set(fc.SIGNS)
    assert all(sign in (-1, 0, 1) for sign, _ in fc.SIGNS.values())


def _sample() -> Evidence:
    return Evidence(
        n_participants=2,
        named_share=1.0,
        office_share=0.0,
        distance=5,
        news_trigger=True,
        caller=True,
        date_basis="today",
        date_in_sentence=True,
        n_frames=1,
        n_sources=0,
        flags=(),
        background=False,
        event_type="phone_call",
    )
