import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.dates import find_dates, most_recent_weekday
from rasd.normalize import normalize

PUB = dt.date(2021, 11, 16)  # a Tuesday


def dates_in(text, published=PUB):
    return [(str(d.date), d.basis) for d in find_dates(normalize(text).text, published)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("اليوم الثلاثاء 16 نوفمبر/تشرين الثاني 2021", [("2021-11-16", "explicit")]),
        ("في ١٨ أغسطس ٢٠٢١", [("2021-08-18", "explicit")]),
        ("يوم 3 آذار/مارس 2022", [("2022-03-03", "explicit")]),
        ("في 22 يوليو/ تموز الماضي", [("2021-07-22", "explicit")]),
        ("في 5 نوفمبر", [("2021-11-05", "explicit")]),
        ("في 20 ديسمبر", [("2020-12-20", "explicit")]),  # no year, after publication: last year
        ("اليوم", [("2021-11-16", "today")]),
        ("أمس", [("2021-11-15", "yesterday")]),
        ("أول أمس", [("2021-11-14", "yesterday")]),
        ("الليلة الماضية", [("2021-11-15", "yesterday")]),
        ("خلال اتصال هاتفي الثلاثاء", [("2021-11-16", "weekday")]),
        ("الثلاثاء الماضي", [("2021-11-09", "weekday")]),
        ("مساء الأحد", [("2021-11-14", "weekday")]),
        ("اليوم الأربعاء", [("2021-11-16", "today")]),
        ("في 5 رمضان 1443 هـ", [("2022-04-06", "explicit")]),
        ("بتاريخ 16/11/2021", [("2021-11-16", "explicit")]),
    ],
)
def test_phrases(text, expected):
    assert dates_in(text) == expected


def test_paired_month_names_that_disagree_are_flagged():
    [mention] = find_dates(normalize("في 20 ديسمبر/كانون الثاني 2021").text, PUB)
    assert mention.month_conflict and mention.date == dt.date(2021, 12, 20)


def test_future_weekday_is_marked():
    [mention] = find_dates(normalize("الخميس المقبل").text, PUB)
    assert mention.future and mention.date == dt.date(2021, 11, 18)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(0, 6), st.booleans())
def test_weekday_is_most_recent_on_or_before_publication(published, weekday, past):
    day = most_recent_weekday(weekday, published, past)
    assert day.weekday() == weekday
    assert day <= published
    assert (published - day).days <= (8 if past else 6)
    if past:  # "الاثنين الماضي" is never today or yesterday (that is "أمس الاثنين")
        assert (published - day).days >= 2


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_explicit_dates_round_trip(day):
    months = [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ]
    text = f"في {day.day} {months[day.month - 1]} {day.year}"
    assert dates_in(text, None) == [(str(day), "explicit")]
