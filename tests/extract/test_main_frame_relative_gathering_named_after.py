"""A gathering told by a relative verb without a pronoun ("القمة التي جمعت X بـ Y", main_frame.
relative_gathering): its parties are the people named after the verb, not the countries or people the
sentence named before it. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_people_named_before_the_relative_verb_are_no_parties():
    text = (
        "وتناول الحديث حصيلة اجتماعات قادة الدول الثلاث (مصر والأردن والعراق)، إضافة إلى القمة التي جمعت "
        "الرئيس عبد الفتاح السيسي بالملك عبد الله الثاني في العقبة."
    )
    assert shapes(extract_events(text, "2023-08-20")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"))
    ]
