"""A visit still to come discussed in the sentences right after a reported call is the callers' planned
visit (rasd.extract.contact_tests.visit_discussed); a visit discussed without a call, or a visit made,
stays a topic. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

CALL = (
    "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس التونسي قيس سعيد تناول الوضع في ليبيا. "
    "وشدد الرئيسان على أهمية الحل السياسي. "
)


def test_a_visit_to_come_discussed_after_the_call_is_a_planned_visit_of_the_callers():
    text = CALL + "كما ناقشا الزيارة التي سيقوم بها الرئيس التونسي إلى فرنسا في الشهر المقبل."
    got = {(kind, status, frozenset(who)) for kind, status, who in shapes(extract_events(text, "2021-05-04"))}
    assert ("visit", "planned", frozenset({"Kais Saied", "Emmanuel Macron"})) in got


def test_a_visit_discussed_without_a_call_stays_a_topic():
    text = "وأفاد بيان بأن الرئيسين ناقشا الزيارة التي سيقوم بها الرئيس التونسي قيس سعيد إلى فرنسا."
    assert not any(kind == "visit" for kind, _, _ in shapes(extract_events(text, "2021-05-04")))


def test_a_visit_made_discussed_after_the_call_stays_a_topic():
    text = CALL + "كما ناقشا زيارة الرئيس التونسي إلى فرنسا."
    assert not any(kind == "visit" for kind, _, _ in shapes(extract_events(text, "2021-05-04")))
