"""A leader seeing off another in person ("ودع X ضيفه Y في المطار") is a meeting of the two, like a
reception (triggers.yaml ``meeting``)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_an_airport_farewell_at_the_end_of_a_visit_is_a_meeting():
    text = (
        "ودع الرئيس السنغالي ماكي سال مساء اليوم السبت الرئيس الغاني نانا أكوفو أدو في مطار داكار "
        "في ختام زيارة رسمية دامت يومين."
    )
    got = shapes(extract_events(text, "2019-04-13"))
    assert got == [("meeting", "reported", ("Macky Sall", "Nana Akufo-Addo"))]


def test_a_farewell_of_unnamed_guests_by_a_minister_is_no_event():
    text = "ودع وزير الداخلية اليوم ضيوف المؤتمر من الوفود المشاركة في مطار العاصمة."
    assert extract_events(text, "2019-04-13") == []
