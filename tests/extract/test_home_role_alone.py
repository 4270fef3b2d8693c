"""A bare office with a clitic ("رسالة لولي العهد") and nobody of that office named in the article is the
office of the article's own country when its dateline makes that clear; with no dateline it stays no
party, and a crown prince named in the article is still the one meant. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _people(text: str) -> set[str]:
    return {p.name_en for e in extract_events(text, "2024-05-05") if e.type == "message" for p in e.participants}


def test_a_bare_crown_prince_under_a_riyadh_dateline_is_the_saudi_one():
    text = "الرياض - واس: بعث رئيس الوزراء الهندي ناريندرا مودي رسالة لولي العهد تناولت التعاون بين البلدين."
    assert "Mohammed bin Salman Al Saud" in _people(text)


def test_without_a_dateline_the_bare_office_is_nobody():
    text = "بعث رئيس الوزراء الهندي ناريندرا مودي رسالة لولي العهد تناولت التعاون بين البلدين."
    assert "Mohammed bin Salman Al Saud" not in _people(text)


def test_a_crown_prince_named_in_the_article_wins_over_the_dateline():
    text = (
        "عمان - بترا: التقى ولي العهد السعودي الأمير محمد بن سلمان رئيس الوزراء الهندي ناريندرا مودي. "
        "وبعث مودي لاحقا رسالة لولي العهد."
    )
    assert "Al Hussein bin Abdullah II" not in _people(text)
