"""A reception told as held without a day ("وكان في استقبال X وزير الخارجية Y") and told again with a
pluperfect and a weekday ("وكانت طائرته قد حطت الأحد، حيث كان في استقباله Y") is one contact, on that
weekday, not an earlier one beside it. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_the_reception_told_again_with_its_weekday_is_one_contact():
    text = (
        "وكان في استقبال الرئيس المصري عبد الفتاح السيسي في المطار وزير الخارجية الفرنسي جان إيف لودريان.\n"
        "وكانت قد حطت طائرة الرئيس الأحد في مطار أورلي، حيث كان في استقباله لودريان."
    )
    events = extract_events(text, "2018-04-10")
    assert [(e.type, e.status, e.background, e.date) for e in events] == [("meeting", "reported", False, "2018-04-08")]
