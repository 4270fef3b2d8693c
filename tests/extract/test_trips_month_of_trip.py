"""A trip to come announced for a month, and the meeting of its visitor and host dated in that month
(rasd.extract.trips ``_trip_week_holds``, extract_words.yaml ``trip_next_month_phrases`` /
``trip_this_month_phrases``): one planned meeting, not a planned visit beside it; a meeting dated in
another month is another contact. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_trip_next_month_and_its_talks_dated_in_that_month_are_one_planned_meeting():
    text = (
        "أعلنت الرئاسة الإندونيسية أن الرئيس برابوو سوبيانتو سيزور اليابان الشهر المقبل. "
        "ومن المقرر أن يعقد برابوو ورئيس الوزراء شيغيرو إيشيبا محادثات في طوكيو يوم 9 مارس."
    )
    events = extract_events(text, "2025-02-11")
    assert shapes(events) == [("meeting", "planned", ("Prabowo Subianto", "Shigeru Ishiba"))]
    assert events[0].date == "2025-03-09"


def test_talks_dated_two_months_later_are_not_that_trip():
    text = (
        "أعلنت الرئاسة الإندونيسية أن الرئيس برابوو سوبيانتو سيزور اليابان الشهر المقبل. "
        "ومن المقرر أن يعقد برابوو ورئيس الوزراء شيغيرو إيشيبا محادثات في طوكيو يوم 9 أبريل."
    )
    got = shapes(extract_events(text, "2025-02-11"))
    assert ("visit", "planned", ("Prabowo Subianto", "Shigeru Ishiba")) in got
