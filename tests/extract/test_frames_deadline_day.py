"""A day or date written right after "قبل"/"قبيل" is a deadline, not the day of the contact the sentence
tells (rasd.extract.frames._deadline_day); "قبل ظهر اليوم" stays this day. Sentences written for these
tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_a_date_after_qabl_is_no_day_of_the_visit():
    text = (
        "وزار رئيس الوزراء الهندي ناريندرا مودي موسكو الشهر الماضي، والتقى الرئيس الروسي فلاديمير بوتين "
        "أملا في التوصل إلى اتفاق قبل 20 أغسطس، وهو الموعد الذي حددته واشنطن."
    )
    events = extract_events(text, "2025-07-28")
    assert events and all(e.date != "2025-08-20" and e.date != "2024-08-20" for e in events)


def test_this_morning_after_qabl_stays_today():
    text = "استقبل الرئيس الروسي فلاديمير بوتين قبل ظهر اليوم رئيس الوزراء الهندي ناريندرا مودي في الكرملين."
    events = extract_events(text, "2025-07-28")
    assert [e.date for e in events] == ["2025-07-28"]
