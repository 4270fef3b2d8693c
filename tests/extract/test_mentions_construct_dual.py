"""The construct dual of "king" and "emir" before two countries ("ملكي السويد والنرويج", "أميرا الكويت
وقطر") names one leader per country; the same letters are also an adjective ("قصر ملكي", "الديوان
الملكي", "مرسوم أميري"), never a leader. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _people(text: str, day: str = "2022-08-23") -> list[set[str]]:
    return [{p.name_en for p in e.participants} for e in extract_events(text, day)]


def test_two_kings_after_the_host_are_two_guests():
    """The dual names the two kings; one host and two guests: a meeting with each (party_positions.lone_subject)."""
    got = _people("استقبل الرئيس الفرنسي إيمانويل ماكرون أمس في الإليزيه ملكي الأردن والبحرين لبحث أمن المنطقة.")
    assert got == [{"Emmanuel Macron", "Abdullah II of Jordan"}, {"Emmanuel Macron", "Hamad bin Isa Al Khalifa"}]


def test_the_nominative_dual_as_subject():
    got = _people("اجتمع أميرا قطر والكويت مساء اليوم في الدوحة.")
    assert got == [{"Tamim bin Hamad Al Thani", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"}]


def test_a_royal_palace_is_no_king():
    got = _people("التقى الرئيس المصري عبد الفتاح السيسي في قصر ملكي بالمغرب رئيس الوزراء الإسباني.")
    assert all("Mohammed VI of Morocco" not in g for g in got)


def test_the_royal_court_of_one_country_is_no_king():
    got = _people("ذكر الديوان الملكي الأردني أن الرئيس المصري استقبل اليوم رئيس الوزراء العراقي في القاهرة.")
    assert all("Abdullah II of Jordan" not in g for g in got)
