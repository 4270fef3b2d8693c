"""Which type a trip's contact gets, and when one trip makes one event or two (issue #11, round TYPES).
Each test states one convention on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# A trip begun whose talks are still to come: a reported visit and a planned meeting -----------------------


def test_talks_a_trip_holds_in_a_present_clause_are_to_come():
    # "في زيارة ... يجري خلالها محادثات": the programme of the trip, not talks held
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى روما اليوم في زيارة رسمية يجري خلالها الرئيس مباحثات مع "
        "نظيره الإيطالي سيرجو ماتاريلا."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "planned", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_a_trip_with_talks_to_come_takes_its_host_from_the_later_meeting():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى العاصمة الإيطالية روما صباح اليوم في زيارة عمل تدوم يومين يجري "
        "خلالها محادثات مع كبار المسؤولين الإيطاليين. ويعقد سعيد مساء اليوم لقاء مع الرئيس الإيطالي "
        "سيرجو ماتاريلا لبحث الهجرة."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "planned", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_talks_held_during_a_trip_in_a_past_clause_are_the_meeting():
    text = "زار الرئيس التونسي قيس سعيد روما أمس، وأجرى خلالها مباحثات مع الرئيس الإيطالي سيرجو ماتاريلا."
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]
