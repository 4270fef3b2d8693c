"""Page stamps just after midnight in the shapes outlets print them: a label or a place before the
date, a time zone or a byline after the clock, the clock first, a Hijri date before the Gregorian
one, year-first dates with slashes. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.dates import find_dates, written_day
from rasd.extract import extract_events
from rasd.normalize import normalize

PUB = dt.date(2022, 6, 14)
EVENING = dt.date(2022, 6, 13)


def _written(head: str) -> dt.date | None:
    text = normalize("وزير الخارجية يبحث مع نظيره الأزمة\n" + head + "\nبحث وزير الخارجية اليوم مع نظيره.").text
    return written_day(text, find_dates(text, PUB), PUB)


@pytest.mark.parametrize(
    "head",
    [
        "الثلاثاء، 14 يونيو 2022 - 00:15 بتوقيت مكة",
        "الثلاثاء 14 يونيو 2022 12:15 ص بتوقيت غرينتش",
        "أخبار العالم 14 يونيو 2022 , 00:15",
        "تاريخ النشر 00:15 14-06-2022 المحرر: قسم الأخبار",
        "الثلاثاء / 15 / ذو القعدة / 1443 هـ الثلاثاء 14 يونيو 2022 00:15",
        "نشر في 2022/06/14 الساعة 00:15",
        "2022/06/14 12:15 AM",
        "في 14/06/2022 على الساعة 00:15",
        "الثلاثاء 14-06-2022 00:15 | كتب: سامي يوسف |",
    ],
)
def test_a_stamp_line_in_the_page_head_just_after_midnight_gives_the_evening_before(head):
    assert _written(head) == EVENING


@pytest.mark.parametrize(
    "head",
    [
        "الثلاثاء، 14 يونيو 2022 - 09:15 بتوقيت مكة",  # the morning: the writing day is the stamp's
        "تاريخ النشر 01:40 14-06-2022",  # from one o'clock on, writers date by the new day
        "الثلاثاء 14 يونيو 2022 12:15 م",  # noon
        # the clock belongs to the update, not to the publication date
        "نشر بتاريخ: 14/06/2022 ( آخر تحديث: 15/06/2022 الساعة: 00:15 )",
        "13 يونيو 2022 00:15",  # a stamp of another day than the publication
    ],
)
def test_no_evening_before_for_other_clocks_or_another_dates_clock(head):
    assert _written(head) is None


def test_a_clock_like_date_is_no_clock():
    # "14.06.2022": "14.06" is the date's day and month, not a time of 14:06 (nor 00:xx)
    assert _written("14.06.2022 | 00:15") == EVENING
    assert _written("14.06.2022 | 10:15") is None


def test_year_first_dates_with_slashes_or_dots_are_read():
    text = normalize("نشر في 2022/06/14 وفي 2022.6.9").text
    assert [d.date for d in find_dates(text, PUB)] == [PUB, dt.date(2022, 6, 9)]


def test_a_long_body_line_with_a_date_and_a_time_is_no_stamp():
    body = (
        "قال المتحدث في مؤتمر صحفي عقده في العاصمة إن الاجتماع المقبل سيعقد في 14 يونيو 2022 عند الساعة 00:15 "
        "بحضور ممثلين عن الدول الأعضاء كافة والمنظمات الإقليمية والدولية المعنية بالملف"
    )
    assert _written(body) is None


def test_today_on_a_page_with_a_labelled_stamp_after_midnight_and_a_time_zone():
    text = (
        "الرئيس يتلقى اتصالا من نظيره\n"
        "آخر تحديث: الثلاثاء، 14 يونيو 2022 - 00:20 بتوقيت القاهرة\n"
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون "
        "بحثا فيه العلاقات الثنائية."
    )
    events = [e for e in extract_events(text, "2022-06-14") if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2022-06-13" and events[0].date_basis == "today"


def test_dated_in_a_sentence_gives_the_contact_its_day():
    text = "استقبل العاهل المغربي الملك محمد السادس بتاريخ 12 مارس رئيس الوزراء الإسباني بيدرو سانشيز بالرباط."
    events = extract_events(text, "2024-03-14")
    assert [(e.date, e.date_basis) for e in events] == [("2024-03-12", "explicit")]


def test_dated_on_a_line_of_its_own_is_the_pages_stamp():
    text = "بتاريخ: 12/03/2024\nاستقبل العاهل المغربي الملك محمد السادس رئيس الوزراء الإسباني بيدرو سانشيز بالرباط."
    events = extract_events(text, "2024-03-14")
    assert [(e.date, e.date_basis) for e in events] == [("2024-03-14", "published")]
