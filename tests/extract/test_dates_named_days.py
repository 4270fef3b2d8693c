"""Days named by a feast rather than by number (calendar.yaml ``named_days``): the eve of the new
year is 31 December, the latest one on or before publication."""

from __future__ import annotations

import datetime as dt

from extract_helpers import names

from rasd.dates import find_dates
from rasd.extract import extract_events
from rasd.normalize import normalize


def _days(text: str, published: dt.date) -> list[tuple[dt.date | None, str]]:
    return [(d.date, d.basis) for d in find_dates(normalize(text).text, published)]


def test_the_eve_of_the_new_year_is_the_last_31_december():
    assert _days("وعشية رأس السنة هنأ الملك شعبه", dt.date(2021, 1, 2)) == [(dt.date(2020, 12, 31), "explicit")]
    assert _days("في ليلة رأس السنة الميلادية", dt.date(2019, 12, 31)) == [(dt.date(2019, 12, 31), "explicit")]


def test_the_new_year_itself_is_no_day():
    # "بمناسبة رأس السنة": the occasion of a greeting, sent any day around it
    assert _days("بعث الرئيس برقية بمناسبة رأس السنة", dt.date(2021, 1, 2)) == []


def test_a_contact_on_new_years_eve_takes_that_day():
    text = (
        "ذكرت وكالة الأنباء أن الرئيس الفرنسي إيمانويل ماكرون هنأ شعبه اليوم الأحد. "
        "وفي ليلة رأس السنة أجرى ماكرون اتصالا هاتفيا مع المستشار الألماني أولاف شولتس."
    )
    [event] = extract_events(text, "2023-01-01")
    assert names(event) == {"Emmanuel Macron", "Olaf Scholz"}
    assert (event.date, event.date_basis) == ("2022-12-31", "explicit")
