"""A short ambiguous name that the ordinal "الأولى" spells once normalised ("السيدة الأولى" -> "ال" + "اولي")
names nobody: the people files keep such a name only inside a longer one. Sentences are our own."""

from __future__ import annotations

from rasd.extract import extract_events


def _people(text: str, published: str = "2019-01-28") -> list[list[str]]:
    return [[p["name_en"] for p in e.to_dict()["participants"]] for e in extract_events(text, published)]


def test_first_lady_is_no_name():
    assert _people("التقت السيدة الأولى الأمريكية ميلانيا ترامب اليوم بالسيدة الأولى المصرية في القاهرة.") == []


def test_first_lady_beside_a_meeting_adds_nobody():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون في القاهرة. "
        "ورافقت السيدة الأولى قرينة الرئيس الفرنسي في جولة بالمتحف."
    )
    assert _people(text) == [["Abdel Fattah el-Sisi", "Emmanuel Macron"]]


def test_the_full_name_still_reads():
    text = "استقبل رئيس الوزراء النيبالي كي بي شارما أولي اليوم في كاتماندو وزير الخارجية الصيني وانغ يي."
    assert _people(text) == [["K. P. Sharma Oli", "Wang Yi"]]
