"""A guest's thanks for the good reception ("عبر عن شكره لحسن استقبال الرئيس X") told after the
meeting, even with a pluperfect ("وكان قد عبر"), praises the contact told: no second, earlier one.
Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _rows(text: str, day: str) -> list[tuple[str, str, bool]]:
    return [(e.type, e.status, e.background) for e in extract_events(text, day)]


def test_thanks_for_the_good_reception_is_the_meeting_told():
    text = (
        "التقى الرئيس المصري عبد الفتاح السيسي اليوم الثلاثاء بالعاهل الأردني الملك عبدالله الثاني في القاهرة.\n"
        "وكان قد عبر الملك عبدالله الثاني عن شكره لحسن استقبال الرئيس عبد الفتاح السيسي وكرم الضيافة."
    )
    assert _rows(text, "2023-05-16") == [("meeting", "reported", False)]


def test_a_reception_with_no_meeting_told_before_stays():
    text = "وأشاد الملك عبدالله الثاني بحفاوة استقبال الرئيس عبد الفتاح السيسي له أمس في القاهرة."
    assert [t for t, _, _ in _rows(text, "2023-05-16")] == ["meeting"]
