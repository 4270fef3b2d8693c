"""A title right after an ordinal ("ثاني رئيس دولة يزور ...") ranks the subject: it designates nobody,
not even the outlet's own head of state."""

from __future__ import annotations

from rasd.extract import extract_events


def _people(text: str, day: str, home: str) -> list[list[str]]:
    return [sorted(p.name_en or "" for p in e.participants) for e in extract_events(text, day, home_country=home)]


def test_a_ranked_head_of_state_is_not_the_outlets_own():
    text = "ويعتبر ماكرون ثاني رئيس دولة يزور بغداد بعد تسلم الكاظمي رئاسة الحكومة هناك."
    assert all("Abdel Fattah el-Sisi" not in people for people in _people(text, "2020-09-02", "EG"))


def test_a_named_leader_after_a_ranking_word_is_still_read_elsewhere():
    text = "التقى الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم رئيس الوزراء العراقي مصطفى الكاظمي."
    assert _people(text, "2020-09-02", "EG") == [["Abdel Fattah el-Sisi", "Mustafa al-Kadhimi"]]
