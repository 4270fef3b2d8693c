"""A one-letter abbreviation with the conjunction و written on it ("ود. X", "and Dr. X") ends no
sentence (rasd.extract.scan ``_not_an_end``), as the abbreviation alone does not ("د. X"); a full stop
after a word of two letters of another start ("له.") ends one. Sentences written for the tests."""

from __future__ import annotations

from rasd.extract import extract_events
from rasd.extract.scan import sentences


def _texts(text: str) -> list[str]:
    return [text[lo:hi].strip() for lo, hi, _ in sentences(text)]


def test_abbreviation_after_the_conjunction_goes_on():
    text = "جرى اتصال هاتفي بين د. سمير خليل وزير الخارجية ود. نادر سليم رئيس الوزراء. وتناول الاتصال التعاون."
    assert len(_texts(text)) == 2
    assert _texts(text)[0].endswith("رئيس الوزراء")


def test_abbreviation_alone_still_goes_on_and_a_word_still_ends():
    assert len(_texts("التقى م. خالد سليم الوفد الزائر. ثم غادر.")) == 2
    assert len(_texts("وقدم الوفد الشكر له. ثم غادر.")) == 2


def test_both_parties_of_a_call_between_two_doctors_are_read():
    text = (
        "جرى اتصال هاتفي اليوم بين د. عبد الفتاح السيسي رئيس جمهورية مصر العربية ود. إيمانويل ماكرون "
        "رئيس الجمهورية الفرنسية، وتناول الاتصال العلاقات الثنائية."
    )
    events = extract_events(text, "2024-03-06")
    assert [sorted(p.name_en or "" for p in e.participants) for e in events] == [
        ["Abdel Fattah el-Sisi", "Emmanuel Macron"]
    ]
