"""A title and a given name alone ("الأمير محمد") after the person's full name "X بن Y" earlier in the
article is that person; a different patronymic after the given name is someone else. Sentences written
for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

FIRST = "استقبل الشيخ محمد بن زايد آل نهيان في أبوظبي أمس الرئيس المصري عبد الفتاح السيسي. "


def test_the_title_and_given_name_refer_back_to_the_full_name():
    text = FIRST + "وبعث الشيخ محمد اليوم برقية تهنئة إلى الرئيس الفرنسي إيمانويل ماكرون بمناسبة العيد الوطني."
    people = {p for _, _, ps in shapes(extract_events(text, "2024-05-05")) for p in ps}
    assert "Emmanuel Macron" in people
    msgs = [e for e in extract_events(text, "2024-05-05") if e.type == "message"]
    assert msgs and {p.name_en for p in msgs[0].participants} >= {"Emmanuel Macron"}
    assert any(p.name_en.startswith("Mohamed bin Zayed") for p in msgs[0].participants)


def test_a_given_name_with_another_fathers_name_is_someone_else():
    text = FIRST + "وبعث الشيخ محمد بن راشد اليوم برقية تهنئة إلى الرئيس الفرنسي إيمانويل ماكرون بمناسبة العيد الوطني."
    msgs = [e for e in extract_events(text, "2024-05-05") if e.type == "message"]
    assert not any(p.name_en.startswith("Mohamed bin Zayed") for e in msgs for p in e.participants)
