"""A planned trip whose destination is named gives its day to a later meeting to come only when the
one met leads that country (rasd.extract.trips.trip_of_meeting): "على أن يزور أيضا إسبانيا الخميس
المقبل. وسيلتقي رئيس الوزراء الفرنسي" is a meeting of another stop, without the trip's day. Sentences
written for the tests."""

from __future__ import annotations

from extract_helpers import ERDOGAN, MACRON, names

from rasd.extract import extract_events

PUB = "2024-03-04"  # a Monday


def _planned_meetings(text: str):
    return [e for e in extract_events(text, PUB) if e.type == "meeting" and e.status == "planned"]


def test_a_meeting_in_another_country_does_not_take_the_trips_day():
    text = (
        "وتأتي باريس ضمن جولة أوروبية للرئيس التركي رجب طيب أردوغان على أن يزور أيضا إسبانيا الخميس المقبل. "
        "وسيلتقي الرئيس التركي أردوغان الرئيس الفرنسي إيمانويل ماكرون."
    )
    (e,) = _planned_meetings(text)
    assert names(e) == {ERDOGAN, MACRON}
    assert (e.date, e.date_basis) == (PUB, "published")


def test_a_meeting_in_the_trips_country_takes_its_day():
    text = (
        "يزور الرئيس التركي رجب طيب أردوغان فرنسا الخميس المقبل. "
        "وسيلتقي الرئيس التركي أردوغان الرئيس الفرنسي إيمانويل ماكرون."
    )
    (e,) = _planned_meetings(text)
    assert names(e) == {ERDOGAN, MACRON}
    assert e.date == "2024-03-07"
