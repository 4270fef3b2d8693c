"""A relative word and the weekday that names the same day ("أمس الخميس") in the forms outlets write
them (rasd.dates.find_dates): after the conjunction "و" ("وأمس الجمعة") and with the weekday between
slashes ("أمس /الخميس/", as agencies write it). One day, of the relative word's basis. Sentences
written for the tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import ERDOGAN, MACRON

from rasd.dates import find_dates
from rasd.extract import extract_events
from rasd.normalize import normalize

FRIDAY = dt.date(2024, 3, 8)  # a Friday: "أمس الخميس" is 7 March


def _dates(sentence: str, published: dt.date = FRIDAY):
    return find_dates(normalize(sentence).text, published)


def test_yesterday_with_a_weekday_between_slashes_is_one_day_of_yesterday():
    (d,) = _dates("بحث الوزير أمس /الخميس/ مع ضيفه ملفات التعاون")
    assert (d.date, d.basis) == (dt.date(2024, 3, 7), "yesterday")


def test_yesterday_after_the_conjunction_names_its_weekday():
    (d,) = _dates("وأمس الخميس، تحدث الرئيسان عن العلاقات")
    assert (d.date, d.basis) == (dt.date(2024, 3, 7), "yesterday")


def test_today_after_the_conjunction_names_its_weekday():
    (d,) = _dates("واليوم الجمعة، يزور الوفد المعرض")
    assert (d.date, d.basis) == (FRIDAY, "today")


def test_a_weekday_before_a_slash_date_stays_that_dates():
    (d,) = _dates("الخميس/ 7 مارس 2024 وصل الوفد")
    assert (d.date, d.basis) == (dt.date(2024, 3, 7), "explicit")


def test_a_call_dated_yesterday_with_a_slashed_weekday():
    text = "أجرى الرئيس التركي رجب طيب أردوغان أمس /الخميس/ اتصالا هاتفيا مع نظيره الفرنسي إيمانويل ماكرون."
    (e,) = extract_events(text, "2024-03-08")
    assert {p.name_en for p in e.participants} == {ERDOGAN, MACRON}
    assert (e.date, e.date_basis) == ("2024-03-07", "yesterday")
