"""The date parser (rasd.dates): phrases of calendar.yaml's vocabulary (weekdays, Gregorian and Hijri
months, past and future markers, relative words, numeric dates) resolved against a publication day,
by examples and by property tests."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hijridate import Gregorian
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.config import DATA_DIR
from rasd.dates import UNMARKED_AHEAD_DAYS, find_dates, most_recent_weekday
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


# Property tests: phrases generated from calendar.yaml's vocabulary, resolved against any publication
# day 2015-2026, must give the day the phrase means.

CAL = yaml.safe_load((DATA_DIR / "calendar.yaml").read_text(encoding="utf-8"))

WEEKDAYS = [(int(d), name) for d, names in CAL["weekdays"].items() for name in names]

days = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 12, 31))

FRAMES = ["أجرى الرئيس اتصالا هاتفيا {} مع نظيره.", "وكان الزعيمان قد تحادثا {}.", "{} تلقى الأمير برقية."]

frames = st.sampled_from(FRAMES)

QUICK = settings(max_examples=60, deadline=None)


def only_date(phrase: str, frame: str, pub: dt.date):
    found = find_dates(normalize(frame.format(phrase)).text, pub)
    assert len(found) == 1, (phrase, found)
    return found[0]


@QUICK
@given(days, st.sampled_from(WEEKDAYS), frames)
def test_a_bare_weekday_is_the_latest_such_day_on_or_before_publication(pub, wd, frame):
    number, name = wd
    d = only_date(name, frame, pub)
    assert d.date.weekday() == number
    assert 0 <= (pub - d.date).days <= 6
    if number == pub.weekday():
        assert d.date == pub


PAST = CAL["past_markers"]


@QUICK
@given(days, st.sampled_from(WEEKDAYS), st.sampled_from(PAST), frames)
def test_a_weekday_marked_past_skips_today_and_yesterday(pub, wd, marker, frame):
    number, name = wd
    d = only_date(f"{name} {marker}", frame, pub)
    assert d.date.weekday() == number and d.past_marked
    assert 2 <= (pub - d.date).days <= 8


FUTURE = [w for w in CAL["future_markers"]]


@QUICK
@given(days, st.sampled_from(WEEKDAYS), st.sampled_from(FUTURE), frames)
def test_a_weekday_marked_next_is_in_the_coming_week(pub, wd, marker, frame):
    number, name = wd
    d = only_date(f"{name} {marker}", frame, pub)
    assert d.date.weekday() == number and d.future
    assert 1 <= (d.date - pub).days <= 7


MONTHS = [(int(m), name) for m, names in CAL["months"].items() for name in names]


@QUICK
@given(st.integers(2015, 2026), st.sampled_from(MONTHS), st.integers(1, 28), frames)
def test_an_explicit_day_month_year_is_that_day(year, month, day, frame):
    number, name = month
    d = only_date(f"{day} {name} {year}", frame, dt.date(2026, 12, 31))
    assert d.date == dt.date(year, number, day)


@QUICK
@given(days, st.sampled_from(MONTHS), st.integers(1, 28), frames)
def test_a_day_and_month_without_a_year_is_the_latest_occurrence_by_publication(pub, month, day, frame):
    number, name = month
    d = only_date(f"{day} {name}", frame, pub)
    assert (d.date.month, d.date.day) == (number, day)
    assert -UNMARKED_AHEAD_DAYS <= (pub - d.date).days < 366  # these days' news up to a week ahead


HIJRI_MONTHS = [(int(m), name) for m, names in CAL["hijri_months"].items() for name in names if int(m) != 2]


@QUICK
@given(days, st.sampled_from(HIJRI_MONTHS), frames)
def test_a_hijri_date_with_its_year_is_the_gregorian_day(greg, month, frame):
    h = Gregorian(greg.year, greg.month, greg.day).to_hijri()
    name = next(n for m, n in HIJRI_MONTHS if m == h.month) if h.month != 2 else None
    if name is None:
        return
    for suffix in (" هـ", ""):
        d = only_date(f"{h.day} {name} {h.year}{suffix}", frame, greg + dt.timedelta(days=3))
        assert d.date == greg


@QUICK
@given(days, st.sampled_from(HIJRI_MONTHS), st.integers(1, 29), frames)
def test_a_hijri_day_and_month_without_a_year_is_at_most_a_hijri_year_before_publication(pub, month, day, frame):
    _, name = month
    d = only_date(f"{day} {name}", frame, pub)
    assert d.date is not None and -1 <= (pub - d.date).days < 356


@QUICK
@given(days, frames, st.sampled_from([("اليوم", 0), ("أمس", 1), ("مساء أمس", 1), ("أول من أمس", 2)]))
def test_relative_days(pub, frame, rel):
    word, back = rel
    assert only_date(word, frame, pub).date == pub - dt.timedelta(days=back)


@QUICK
@given(days, frames)
def test_yesterday_with_its_weekday_written_before_a_stamp_after_midnight(pub, frame):
    # "أمس الأربعاء" on a page stamped Friday 00:10: the named weekday, not the day before the stamp
    two_back = pub - dt.timedelta(days=2)
    name = next(n for w, n in WEEKDAYS if w == two_back.weekday())
    assert only_date(f"أمس {name}", frame, pub).date == two_back
    one_back = pub - dt.timedelta(days=1)
    name = next(n for w, n in WEEKDAYS if w == one_back.weekday())
    assert only_date(f"اليوم {name}", frame, pub).date == one_back


@QUICK
@given(
    days,
    st.integers(1, 28),
    st.sampled_from([("الجاري", 0), ("الحالي", 0), ("الماضي", -1), ("المنصرم", -1), ("المقبل", 1)]),
    frames,
)
def test_a_day_of_this_last_or_next_month(pub, day, marker, frame):
    word, shift = marker
    d = only_date(f"{day} من الشهر {word}", frame, pub)
    months = (d.date.year * 12 + d.date.month) - (pub.year * 12 + pub.month)
    assert d.date.day == day and months == shift


def test_a_day_in_an_earlier_relative_clause_is_another_happenings() -> None:
    from rasd.dates import other_clause_day

    text = normalize(
        "ارتفع عدد ضحايا الانفجار الذي وقع في المرفأ أمس الثلاثاء إلى مئة، فيما أرسل الرئيس برقية تضامن إلى نظيره."
    ).text
    (day,) = find_dates(text, dt.date(2020, 8, 5))
    assert other_clause_day(text, day, text.index("برقيه"))
    plain = normalize("أرسل الرئيس أمس الثلاثاء برقية تضامن إلى نظيره.").text
    (day,) = find_dates(plain, dt.date(2020, 8, 5))
    assert not other_clause_day(plain, day, plain.index("برقيه"))


@QUICK
@given(days, st.integers(-1, 330), frames)
def test_a_day_and_month_without_a_year_in_the_year_before_publication_or_the_day_after(pub, back, frame):
    # across New Year too: "1 يناير" on a page stamped 31 December is the next day
    target = pub - dt.timedelta(days=back)
    if (target.month, target.day) == (2, 29):
        return
    name = next(n for m, n in MONTHS if m == target.month)
    assert only_date(f"{target.day} {name}", frame, pub).date == target


numeric_days = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 12, 31)).filter(lambda d: d.day <= 12)


@QUICK
@given(numeric_days, frames)
def test_a_numeric_stamp_either_way_round_is_the_publication_day(day, frame):
    assert only_date(f"{day.day}/{day.month}/{day.year}", frame, day).date == day
    assert only_date(f"{day.month}/{day.day}/{day.year}", frame, day).date == day


@QUICK
@given(numeric_days, st.integers(10, 900))
def test_a_numeric_date_with_its_weekday_is_that_day_either_way_round(day, later):
    name = next(n for w, n in WEEKDAYS if w == day.weekday())
    pub = day + dt.timedelta(days=later)  # far from publication: only the weekday tells
    for written in (f"{day.day}/{day.month}/{day.year}", f"{day.month}/{day.day}/{day.year}"):
        other = dt.date(day.year, day.day, day.month)
        if other.weekday() == day.weekday() and other != day:
            continue  # both readings fall on that weekday: day first
        found = find_dates(normalize(f"نشر يوم {name} {written}").text, pub)
        assert [d.date for d in found if d.basis == "explicit"] == [day]


@QUICK
@given(days, st.integers(1, 59), st.sampled_from([("أمس", 2), ("اليوم", 1), ("أول أمس", 3)]))
def test_bare_relative_words_on_a_page_stamped_in_the_first_hour_count_from_the_evening_before(pub, minute, rel):
    from rasd.dates import written_day

    word, back = rel
    month = next(n for m, n in MONTHS if m == pub.month)
    text = normalize(f"{pub.day} {month} {pub.year} 00:{minute:02d}\nأجرى الرئيس {word} اتصالا.").text
    found = find_dates(text, pub)
    written = written_day(text, found, pub)
    assert written == pub - dt.timedelta(days=1)
    relative = [d for d in find_dates(text, pub, written) if d.basis in ("today", "yesterday")]
    assert [d.date for d in relative] == [pub - dt.timedelta(days=back)]


@QUICK
@given(days, st.sampled_from(WEEKDAYS), frames, st.sampled_from([("اليوم", 0), ("أمس", 1)]))
def test_a_relative_word_with_a_weekday_is_that_weekday_on_or_before_the_words_day(pub, wd, frame, rel):
    # "اليوم السبت" kept in a text copied on Monday is Saturday: the weekday wins over the stamp
    number, name = wd
    word, back = rel
    d = only_date(f"{word} {name}", frame, pub)
    said_day = pub - dt.timedelta(days=back)
    gap = (said_day - d.date).days
    if 0 <= (said_day.weekday() - number) % 7 <= 3:
        assert d.date.weekday() == number and 0 <= gap <= 3
    else:
        assert gap == 0  # a weekday four or more days back, or the next day: the relative word's day


@QUICK
@given(
    days, st.integers(0, 6), st.sampled_from([("اليوم", 0), ("أمس", 1)]), st.sampled_from([("أمس", 1), ("اليوم", 0)])
)
def test_a_text_that_names_its_own_earlier_day_counts_its_bare_relative_words_from_it(pub, back, named, bare):
    # "عاد الوزير اليوم السبت ... ووصل أمس" in a page stamped Monday: the text was written on Saturday
    from rasd.dates import named_writing_day

    word, word_back = named
    bare_word, bare_back = bare
    writing = pub - dt.timedelta(days=back)
    weekday_day = writing - dt.timedelta(days=word_back)
    name = next(n for m, n in WEEKDAYS if m == weekday_day.weekday())
    text = normalize(f"عاد الوزير {word} {name} من جولته. وكان الأمير قد استقبله {bare_word} في القصر.").text
    found = find_dates(text, pub)
    written = named_writing_day(text, found, pub)
    if 1 <= back <= 3:
        assert written == writing
        relative = [d for d in find_dates(text, pub, written) if d.basis in ("today", "yesterday")]
        assert [d.date for d in relative][-1:] == [writing - dt.timedelta(days=bare_back)]
    else:
        assert written is None  # the stamp's own day, or a weekday too far back to be the writing day


# "يومي 16 و17 ذي الحجة": two days of one Hijri month start on the first ------------------------


def _days(text: str, published: str) -> list[str]:
    return [str(d.date) for d in find_dates(normalize(text).text, dt.date.fromisoformat(published))]


def test_two_hijri_days_of_one_month_read_as_the_first():
    assert _days("تستمر الزيارة يومي 3 و4 رمضان 1445هـ", "2024-03-01") == ["2024-03-13"]
    assert _days("تستمر الزيارة من 3 إلى 4 رمضان 1445هـ", "2024-03-01") == ["2024-03-13"]


def test_one_hijri_day_is_unchanged_by_the_range_reading():
    assert _days("وصل الوفد يوم 4 رمضان 1445هـ", "2024-03-01") == ["2024-03-14"]
