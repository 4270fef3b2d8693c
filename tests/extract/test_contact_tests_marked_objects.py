"""The parties of a meeting listed as the objects of its verb, the first marked by "بـ", with an
unknown subject between (contact_tests.objects_after_marker): they met the subject, not each other.
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_objects_of_an_unknown_subject_did_not_meet_each_other():
    text = "التقى كاراموف بالرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس في باريس لبحث ملف الطاقة."
    assert extract_events(text, "2023-05-04") == []


def test_a_named_subject_meets_the_marked_objects():
    text = (
        "التقى الرئيس المصري عبد الفتاح السيسي بالرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس في باريس."
    )
    got = shapes(extract_events(text, "2023-05-04"))  # a meeting with each (party_positions.lone_subject)
    assert got == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")),
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Olaf Scholz")),
    ]
