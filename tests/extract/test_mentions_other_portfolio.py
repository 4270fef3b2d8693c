"""A dual minister title whose second minister holds another portfolio ("وزيري الخارجية والدفاع في
الحكومة الألمانية", extract_words.yaml ``other_portfolios``): one country's foreign minister, not two
foreign ministers and not the head of state."""

from __future__ import annotations

from extract_helpers import names

from rasd.extract import extract_events


def test_foreign_and_defence_ministers_of_one_government():
    text = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزيري الخارجية والدفاع في الحكومة الفرنسية في قصر الاتحادية."
    [event] = extract_events(text, "2021-03-10")
    assert names(event) == {"Abdel Fattah el-Sisi", "Jean-Yves Le Drian"}


def test_the_country_as_an_adjective_right_after_the_portfolio():
    text = "يلتقي الرئيس المصري عبد الفتاح السيسي غدا وزيري الخارجية والمالية الفرنسي."
    [event] = extract_events(text, "2021-03-10")
    assert names(event) == {"Abdel Fattah el-Sisi", "Jean-Yves Le Drian"}


def test_two_foreign_ministers_of_two_countries_stay_two():
    text = "اجتمع وزيرا الخارجية المصري سامح شكري والفرنسي جان إيف لودريان اليوم في القاهرة."
    [event] = extract_events(text, "2021-03-10")
    assert names(event) == {"Sameh Shoukry", "Jean-Yves Le Drian"}


def test_a_portfolio_without_a_country_names_nobody():
    text = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزيري الخارجية والدفاع في قصر الاتحادية."
    assert extract_events(text, "2021-03-10") == []
