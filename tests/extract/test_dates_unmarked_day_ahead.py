"""A day and month without a year, not marked "الماضي", that falls within a week after the publication
date is that coming day, whatever the tense; further ahead it is still the last such day. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from rasd.dates import find_dates


def _days(text: str, day: str) -> list[dt.date | None]:
    return [m.date for m in find_dates(text, dt.date.fromisoformat(day))]


def test_a_day_three_days_ahead_is_this_year():
    assert _days("في 12 مارس، التقى الرئيسان في الرياض.", "2021-03-09") == [dt.date(2021, 3, 12)]


def test_a_day_marked_gone_by_stays_in_the_past():
    assert _days("التقى الرئيسان في 12 مارس الماضي.", "2021-03-09") == [dt.date(2020, 3, 12)]


def test_a_day_months_ahead_stays_last_year():
    assert _days("التقى الرئيسان في 12 يوليو.", "2021-03-09") == [dt.date(2020, 7, 12)]
