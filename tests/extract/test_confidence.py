"""An event's confidence (rasd.extract.confidence): the evidence record, proximity of the parties to
the trigger, contacts told aside or in passing, doubts that compound, disputed reports, the credit
of a day in the text, and the cap on the lower-ranked kind of one contact told as two."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from extract_helpers import of_type, scored

import rasd.extract.document as doc
from rasd.extract import extract_events
from rasd.extract.confidence import OTHER_KIND_CAP, Evidence, proximity
from rasd.records import Participant

# The evidence record behind an event's confidence (``rasd.extract.confidence.Evidence``) and the
# fitting script's features (bench/fit_confidence.py).

THRESHOLD = 0.5

DATED_CALL = "تلقى الملك عبد الله الثاني اتصالا هاتفيا من الرئيس عبد الفتاح السيسي يوم الأحد 12 مايو 2024، بحثا خلاله العلاقات الثنائية."


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


CALL_THEN_ASIDE = (
    "أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا مع الملك عبد الله الثاني أمس. وفي سياق آخر، كان السيسي قد "
    "التقى الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس ورئيس الوزراء الإيطالي معا."
)


def test_a_meeting_of_four_told_aside_after_the_lead_call_stays_below_the_threshold(monkeypatch):
    (call_score, call), (meeting_score, meeting) = _records(CALL_THEN_ASIDE, monkeypatch)
    assert call.in_lead and call_score >= THRESHOLD
    assert meeting.event_type == "meeting" and meeting.n_participants == 4
    assert not meeting.in_lead and meeting.n_events == 2
    assert meeting_score < THRESHOLD


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


def test_the_fitting_script_has_one_declared_direction_per_feature():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import fit_confidence as fc

    e = _sample()
    assert set(fc.features(e)) == set(fc.SIGNS)
    assert all(sign in (-1, 0, 1) for sign, _ in fc.SIGNS.values())


# Confidence: a meeting told aside ------------------------------------------------------------------


def _meeting(text, published):
    return of_type(text, published, "meeting")[0]


def test_a_meeting_told_after_the_lead_call_weighs_less_than_the_same_meeting_as_news():
    call = "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان. "
    meeting = "واجتمع أردوغان مع بوتين في سوتشي."
    aside = _meeting(call + meeting, "2021-09-20")
    alone = _meeting(meeting, "2021-09-20")
    assert aside.confidence < alone.confidence


def test_a_meeting_with_its_own_written_date_is_not_told_aside():
    call = "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان. "
    meeting = "واجتمع أردوغان مع بوتين في سوتشي في 29 سبتمبر 2021."
    assert _meeting(call + meeting, "2021-12-03").confidence == _meeting(meeting, "2021-12-03").confidence


# Confidence: a disputed report ----------------------------------------------------------------------


def test_a_meeting_another_sentence_denies_is_flagged_contested_and_weighs_less():
    report = "ذكرت وسائل إعلام إسرائيلية أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو التقى ولي العهد السعودي محمد بن سلمان أمس. "
    denial = "ونفى وزير الخارجية السعودي فيصل بن فرحان حدوث أي لقاء من هذا النوع."
    alone = next(e for e in extract_events(report, "2020-11-23") if e.status == "reported")
    disputed = next(e for e in extract_events(report + denial, "2020-11-23") if e.status == "reported")
    assert "contested" in disputed.flags and "contested" not in alone.flags
    assert disputed.confidence < alone.confidence


def test_a_denial_of_another_kind_of_contact_does_not_contest_a_call():
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان. "
        "ونفى الكرملين أي زيارة قريبة لبوتين إلى أنقرة."
    )
    call = next(e for e in extract_events(text, "2021-09-20") if e.type == "phone_call")
    assert "contested" not in call.flags


def test_confidence_is_higher_for_resolved_dated_sourced_calls():
    strong = "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان، بحسب الكرملين."
    weak = "أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع وزير الخارجية البوروندي ألبير شينغيرو."
    [s] = extract_events(strong, "2022-03-08")
    [w] = extract_events(weak, "2021-08-18")
    assert 0.0 <= w.confidence < s.confidence <= 1.0


# Confidence: evidence beside the trigger ---------------------------------------------------------


def test_proximity_is_the_farthest_participant_from_its_nearest_trigger():
    assert proximity([(0, 5), (20, 30)], [(8, 15)]) == 5
    assert proximity([(0, 5), (200, 210)], [(8, 15), (190, 195)]) == 5
    assert proximity([], [(0, 1)]) > 10**6


def _p(pid):
    return Participant(pid, pid, pid, "XX", pid)


def test_parties_next_to_the_trigger_with_a_caller_pass_the_calls_threshold():
    both = [_p("a"), _p("b")]
    near = scored(both, "published", 1, 0, True, [], distance=10, named=frozenset({"a", "b"}))
    far = scored(both, "published", 1, 0, False, [], distance=400, named=frozenset({"a", "b"}))
    assert near >= 0.5 > far


def test_a_person_known_only_by_office_weighs_less_than_one_named():
    both = [_p("a"), _p("b")]
    named = scored(both, "today", 1, 0, True, [], distance=10, named=frozenset({"a", "b"}))
    by_office = scored(both, "today", 1, 0, True, [], distance=10, named=frozenset({"a"}))
    assert by_office < named


def test_a_contact_stated_only_by_a_definite_noun_weighs_less():
    both = [_p("a"), _p("b")]
    kwargs = dict(distance=10, named=frozenset({"a", "b"}))
    news = scored(both, "today", 1, 0, True, [], news_trigger=True, **kwargs)
    back = scored(both, "today", 1, 0, True, [], news_trigger=False, **kwargs)
    assert back < news


def test_passing_mentions_lists_and_trips_weigh_less():
    two = [_p("a"), _p("b")]
    three = [_p("a"), _p("b"), _p("c")]
    kwargs = dict(distance=10, named=frozenset({"a", "b", "c"}))
    base = scored(two, "today", 1, 0, True, [], **kwargs)
    assert scored(two, "today", 1, 0, True, [], background=True, **kwargs) < base
    assert scored(three, "today", 1, 0, True, [], **kwargs) < base
    assert scored(two, "today", 1, 0, True, [], event_type="visit", **kwargs) < base


# One contact told as two kinds: "talks" beside "a phone call" between the same two, a meeting beside
# the messages exchanged in it. The kind of lower rank (``kind_rank`` in ``data/confidence.yaml``) stays
# below the calls threshold; two contacts of different status (a call that arranged a meeting) are no
# such pair.


def test_the_cap_keeps_a_strong_event_below_the_threshold():
    two = [Participant(i, i, None, "XX", i) for i in ("a", "b")]
    args = dict(distance=10, named=frozenset({"a", "b"}), event_type="meeting")
    strong = scored(two, "today", 2, 2, True, [], **args)
    assert strong >= 0.8
    assert scored(two, "today", 2, 2, True, [], other_kind=True, **args) == OTHER_KIND_CAP < THRESHOLD


def _by_type(text: str, published: str) -> dict[tuple[str, str], float]:
    return {(e.type, e.status): e.confidence for e in extract_events(text, published)}


def test_talks_announced_today_beside_a_phone_call_between_the_same_two():
    text = (
        "أعلنت الرئاسة المصرية اليوم الثلاثاء إجراء الرئيس عبد الفتاح السيسي مباحثات مع الرئيس الفرنسي "
        "إيمانويل ماكرون حول الأوضاع الإقليمية. وتحدث السيسي مع ماكرون هاتفيا أمس الاثنين."
    )
    got = _by_type(text, "2024-03-12")
    assert got[("phone_call", "reported")] >= THRESHOLD
    # the talks are the call (folded into it) or, if kept apart, stay out of ``calls``
    assert got.get(("meeting", "reported"), 0.0) < THRESHOLD


def test_messages_exchanged_at_a_meeting_of_the_same_two_the_same_day():
    text = (
        "التقى وزير الخارجية الإيراني عباس عراقجي نظيره العماني بدر البوسعيدي في مسقط الأحد، "
        "وتبادل الوزيران الرسائل حول المفاوضات."
    )
    got = _by_type(text, "2025-04-14")
    assert got[("meeting", "reported")] >= THRESHOLD
    assert got[("message", "reported")] < THRESHOLD


def test_a_call_that_arranged_a_meeting_tells_two_contacts():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا مع الرئيس التونسي قيس سعيد، "
        "واتفق الرئيسان على عقد لقاء قريبا."
    )
    got = _by_type(text, "2023-06-02")
    assert got[("phone_call", "reported")] >= THRESHOLD
    assert got[("meeting", "planned")] >= THRESHOLD


def test_a_trip_with_no_day_in_the_text_stays_below_the_threshold_and_one_with_its_day_does_not():
    trip = "وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة{day} في زيارة رسمية يلبي فيها دعوة أمير قطر الشيخ تميم بن حمد آل ثاني."
    dated = _by_type(trip.format(day=" أمس"), "2024-05-16")
    undated = _by_type(trip.format(day=""), "2024-05-16")
    assert dated[("visit", "reported")] >= THRESHOLD
    assert undated[("visit", "reported")] < THRESHOLD


def _two() -> list:
    from rasd.records import Participant

    return [Participant(i, i, None, "XX", i) for i in ("a", "b")]


def test_an_earlier_call_with_its_own_day_number_reaches_the_calls_threshold():
    from extract_helpers import scored

    args = dict(distance=200, named=frozenset({"a", "b"}), news_trigger=True, background=True)
    dated = scored(_two(), "explicit", 1, 0, False, [], **args)
    weekday = scored(_two(), "weekday", 1, 0, False, [], **args)
    assert dated >= 0.5 > weekday


def test_a_flagged_earlier_call_gets_no_credit_for_its_day_number():
    from extract_helpers import scored

    from rasd.extract.confidence import DATED_BACKGROUND

    args = dict(distance=200, named=frozenset({"a", "b"}), news_trigger=True, background=True)
    flagged = scored(_two(), "explicit", 1, 0, False, ["date_conflict"], **args)
    weekday_flagged = scored(_two(), "weekday", 1, 0, False, ["date_conflict"], **args)
    assert flagged == weekday_flagged
    assert DATED_BACKGROUND > 0


def test_a_call_of_the_day_gets_no_credit_for_its_day_number():
    from extract_helpers import scored

    args = dict(distance=200, named=frozenset({"a", "b"}), news_trigger=True)
    assert scored(_two(), "explicit", 1, 0, False, [], **args) == scored(_two(), "weekday", 1, 0, False, [], **args)


def test_an_earlier_meeting_gets_no_credit_for_its_day_number():
    from extract_helpers import scored

    args = dict(distance=200, named=frozenset({"a", "b"}), news_trigger=True, background=True, event_type="meeting")
    assert scored(_two(), "explicit", 1, 0, True, [], **args) == scored(_two(), "weekday", 1, 0, True, [], **args)


# Confidence: doubts about the parties that meet in one event compound ---------------------------


def _people(*ids: str):
    from rasd.records import Participant

    return [Participant(i, i, None, "XX", i) for i in ids]


def test_a_meeting_of_three_told_aside_falls_below_the_calls_threshold_but_one_doubt_alone_does_not():
    from extract_helpers import scored

    from rasd.extract.confidence import WEAK_KIND_PENALTY

    three = _people("a", "b", "c")
    args = dict(distance=20, named=frozenset({"a", "b", "c"}), event_type="meeting")
    listed = scored(three, "weekday", 2, 2, True, [], **args)
    both = scored(three, "weekday", 2, 2, True, [], aside=True, **args)
    assert both < listed - WEAK_KIND_PENALTY  # more than the sum of the two doubts
    assert both < 0.5
    two = _people("a", "b")
    aside_only = scored(two, "weekday", 2, 2, True, [], aside=True, **args)
    assert aside_only >= 0.5


def test_a_visit_told_aside_is_not_a_compounded_doubt():
    from extract_helpers import scored

    from rasd.extract.confidence import WEAK_KIND_PENALTY

    two = _people("a", "b")
    args = dict(distance=20, named=frozenset({"a", "b"}))
    meeting = scored(two, "today", 1, 1, True, [], event_type="meeting", **args)
    visit_aside = scored(two, "today", 1, 1, True, [], event_type="visit", aside=True, **args)
    assert round(meeting - visit_aside, 3) == round(2 * WEAK_KIND_PENALTY, 3)
