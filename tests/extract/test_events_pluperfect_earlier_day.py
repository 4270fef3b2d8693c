"""A contact of the same two people told again in the pluperfect with its subject and a day of its own
before the day of the contact reported (rasd.extract.events ``_earlier_in_pluperfect``): an earlier
contact, not the same one told again. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_a_pluperfect_call_on_an_earlier_day_is_another_call():
    text = (
        "بحث المستشار الألماني أولاف شولتس مع الرئيس الفرنسي إيمانويل ماكرون هاتفيا اليوم الخميس ملف الطاقة. "
        "وكان شولتس قد تحدث مع ماكرون يوم الاثنين الماضي."
    )
    got = sorted((e.type, e.date) for e in extract_events(text, "2023-03-16"))
    assert got == [("phone_call", "2023-03-13"), ("phone_call", "2023-03-16")]


def test_the_same_call_told_again_in_the_pluperfect_without_a_day_stays_one():
    text = (
        "بحث المستشار الألماني أولاف شولتس مع الرئيس الفرنسي إيمانويل ماكرون هاتفيا اليوم الخميس ملف الطاقة. "
        "وكان شولتس قد تحدث مع ماكرون في وقت سابق عن أمن الطاقة."
    )
    got = [(e.type, e.date) for e in extract_events(text, "2023-03-16")]
    assert got == [("phone_call", "2023-03-16")]
