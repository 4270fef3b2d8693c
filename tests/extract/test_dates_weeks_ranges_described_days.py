"""Days read from their phrase: a weekday told with its week ("يوم الثلاثاء الأسبوع القادم", "الخميس من
الأسبوع الماضي") is that weekday in the week after (or before) the week of publication, a week opening on
Sunday; a range of days joined by "وحتى" / "لغاية" starts on its first day; "اليوم" described by a relative
clause ("اليوم الذي") is no day. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from rasd.dates import find_dates
from rasd.normalize import normalize


def _days(text: str, published: dt.date) -> list[tuple[dt.date | None, str]]:
    norm = normalize(text).text
    return [(d.date, d.basis) for d in find_dates(norm, published)]


MONDAY = dt.date(2023, 5, 15)
WEDNESDAY = dt.date(2023, 5, 17)


def test_a_weekday_of_next_week_is_in_the_week_after_publication():
    assert _days("يعقد المجلس اجتماعه الخميس من الأسبوع المقبل", MONDAY) == [(dt.date(2023, 5, 25), "weekday")]
    assert _days("تبدأ الجولة يوم الثلاثاء الأسبوع القادم", MONDAY) == [(dt.date(2023, 5, 23), "weekday")]


def test_the_bare_coming_weekday_stays_the_next_one():
    assert _days("يعقد المجلس اجتماعه الخميس المقبل", MONDAY) == [(dt.date(2023, 5, 18), "weekday")]


def test_a_weekday_of_last_week_is_in_the_week_before_publication():
    assert _days("عقد المجلس اجتماعه الأحد من الأسبوع الماضي", WEDNESDAY) == [(dt.date(2023, 5, 7), "weekday")]
    assert _days("عقد المجلس اجتماعه الأحد الماضي", WEDNESDAY) == [(dt.date(2023, 5, 14), "weekday")]


def test_a_range_of_days_joined_by_and_until_starts_on_its_first_day():
    published = dt.date(2016, 10, 9)
    assert _days("في الفترة من 16 وحتى 18 من أكتوبر الجاري", published) == [(dt.date(2016, 10, 16), "explicit")]
    assert _days("من 16 لغاية 18 أكتوبر", published) == [(dt.date(2016, 10, 16), "explicit")]


def test_today_described_by_a_relative_clause_is_no_day():
    assert _days("تتطلع إلى اليوم الذي تستعيد فيه الدولة سيطرتها", MONDAY) == []
    assert _days("وفي اليوم الذي سبقه التقى الوفدان", MONDAY) == [(None, "same_day")]
    assert _days("التقى الوزير اليوم الرئيس", MONDAY) == [(MONDAY, "today")]
