"""A regnal ordinal ends a name ("الحسين بن عبدالله الثاني"): an office right after it describes the
same person, not someone else of that office. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_the_crown_prince_after_the_ordinal_is_the_one_named():
    text = (
        "أنهى ولي العهد السعودي الأمير محمد بن سلمان أمس جولة في آسيا. "
        "واستقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الملك عبدالله الثاني، يرافقه الأمير "
        "الحسين بن عبدالله الثاني ولي العهد."
    )
    got = [{p.name_en for p in e.participants} for e in extract_events(text, "2022-06-20")]
    assert got and all("Mohammed bin Salman Al Saud" not in g for g in got)
    assert {"Abdel Fattah el-Sisi", "Abdullah II of Jordan"} in got


def test_an_office_of_another_country_after_the_ordinal_is_still_another_person():
    text = "استقبل الملك عبدالله الثاني الرئيس الفرنسي إيمانويل ماكرون اليوم في عمان."
    got = [{p.name_en for p in e.participants} for e in extract_events(text, "2022-06-20")]
    assert got == [{"Abdullah II of Jordan", "Emmanuel Macron"}]
