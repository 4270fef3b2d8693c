"""The day the page was written, from which relative words count (rasd.dates, rasd.extract.days):
page stamps in the shapes outlets print them (just after midnight: the evening before; month first;
numeric either way round), wire datelines, a dated first line, headlines, and month spellings.
Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import one_reported, people

from rasd.dates import find_dates, written_day
from rasd.extract import extract_events
from rasd.normalize import normalize, normalize_key

# A text that names its own earlier day: its bare relative words count from that day -------------


def test_a_bare_today_in_a_text_that_names_today_a_day_before_the_stamp_is_that_day():
    # stamped Monday 6 March; the text calls its day "اليوم الأحد"
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى الجزائر اليوم الأحد في زيارة عمل. "
        "والتقى الرئيس الجزائري عبد المجيد تبون مساء اليوم الرئيس التونسي قيس سعيد."
    )
    event = one_reported(text, "2023-03-06")
    assert event.date == "2023-03-05" and event.date_basis == "today"


def test_yesterday_with_its_weekday_names_the_writing_day_for_a_bare_yesterday():
    # "أمس الجمعة" on a page stamped Sunday: written Saturday, so the bare "أمس" is Friday too
    text = (
        "اختتم الرئيس التونسي قيس سعيد أمس الجمعة زيارته إلى الجزائر. "
        "وكان الرئيس الجزائري عبد المجيد تبون قد استقبل أمس الرئيس التونسي قيس سعيد في قصر المرادية."
    )
    meetings = [e for e in extract_events(text, "2023-03-05", None) if e.type == "meeting"]
    assert [e.date for e in meetings] == ["2023-03-03"]


def test_relative_words_that_name_two_writing_days_leave_the_stamp_in_charge():
    text = (
        "غادر الرئيس التونسي قيس سعيد تونس فجر اليوم الأحد، وعاد مساء أمس الاثنين. "
        "والتقى الرئيس الجزائري عبد المجيد تبون اليوم الرئيس التونسي قيس سعيد."
    )
    meetings = [e for e in extract_events(text, "2023-03-07", None) if e.type == "meeting"]
    assert [e.date for e in meetings] == ["2023-03-07"]


# A page stamped just after midnight, page stamps written month first, a day and month without a year
# across New Year, Moroccan and Levantine month spellings.

# A page stamped just after midnight was written the evening before ------------------------------

_LATE_PAGE = (
    "الملك يتلقى اتصالا من الرئيس\n\n"
    "الاثنين 11 مايو 2020 {clock}\n\n"
    "تلقى العاهل الأردني الملك عبد الله الثاني {day} اتصالا هاتفيا من الرئيس المصري عبد الفتاح السيسي "
    "تناولا فيه العلاقات بين البلدين."
)


def _late_event(clock: str, day: str):
    event = one_reported(_LATE_PAGE.format(clock=clock, day=day), "2020-05-11")
    assert people(event) == ["Abdel Fattah el-Sisi", "Abdullah II of Jordan"]
    return event


def test_yesterday_on_a_page_stamped_in_the_first_hour_after_midnight_is_two_days_before_the_stamp():
    assert _late_event("12:25 ص", "أمس").date == "2020-05-09"
    assert _late_event("00:40", "مساء أمس").date == "2020-05-09"
    assert _late_event("الساعة 12:05 صباحا", "أمس").date == "2020-05-09"


def test_today_on_a_page_stamped_just_after_midnight_is_the_evening_before():
    event = _late_event("12:25 ص", "اليوم")
    assert event.date == "2020-05-10" and event.date_basis == "today"


def test_from_one_in_the_morning_or_in_the_afternoon_the_stamp_is_the_writing_day():
    assert _late_event("01:33", "أمس").date == "2020-05-10"
    assert _late_event("1:10 ص", "أمس").date == "2020-05-10"
    assert _late_event("12:25 م", "أمس").date == "2020-05-10"
    assert _late_event("00:00", "أمس").date == "2020-05-10"  # a date with no real time


def test_a_weekday_written_with_the_relative_word_still_names_the_day():
    # written Sunday evening, stamped Monday 00:25: "أمس السبت" is Saturday either way
    assert _late_event("12:25 ص", "أمس السبت").date == "2020-05-09"


def test_written_day_needs_the_stamp_to_be_the_publication_day():
    text = normalize("الاثنين 11 مايو 2020 12:25 ص\nنص الخبر.").text
    found = find_dates(text, dt.date(2020, 5, 11))
    assert written_day(text, found, dt.date(2020, 5, 11)) == dt.date(2020, 5, 10)
    assert written_day(text, found, dt.date(2020, 5, 12)) is None
    assert written_day(text, found, None) is None


# A numeric date both ways possible: the weekday beside it, else the publication day ------------


def _dates(text: str, pub: dt.date | None) -> list[dt.date | None]:
    return [d.date for d in find_dates(normalize(text).text, pub)]


def test_a_month_first_stamp_is_read_by_the_publication_day():
    assert _dates("10/8/2023", dt.date(2023, 10, 8)) == [dt.date(2023, 10, 8)]
    assert _dates("10/8/2023", dt.date(2023, 10, 9)) == [dt.date(2023, 10, 8)]
    assert _dates("10/8/2023", dt.date(2023, 8, 10)) == [dt.date(2023, 8, 10)]


def test_a_numeric_date_far_from_publication_is_read_day_first():
    assert _dates("وقع الاتفاق في 3/4/2020", dt.date(2021, 6, 1)) == [dt.date(2020, 4, 3)]
    assert _dates("12/25/2023", None) == [dt.date(2023, 12, 25)]  # the middle number is no month


def test_the_weekday_before_a_numeric_date_decides_its_order():
    assert _dates("الأحد 10/8/2023 الساعة 9:00", None) == [dt.date(2023, 10, 8)]  # 8 October was a Sunday
    assert _dates("يوم الخميس، 10/8/2023", None) == [dt.date(2023, 8, 10)]  # 10 August was a Thursday


# A day and month without a year across New Year ------------------------------------------------


def test_a_dateline_a_day_ahead_of_a_new_years_eve_stamp_is_in_the_new_year():
    assert _dates("عمان 1 يناير (بترا) -", dt.date(2023, 12, 31)) == [dt.date(2024, 1, 1)]
    assert _dates("اتصل به في 30 ديسمبر", dt.date(2024, 1, 2)) == [dt.date(2023, 12, 30)]
    assert _dates("التقيا في 5 يناير الماضي", dt.date(2024, 1, 4)) == [dt.date(2023, 1, 5)]


# Month spellings --------------------------------------------------------------------------------


def test_moroccan_and_levantine_spellings_without_the_article():
    pub = dt.date(2024, 10, 1)
    assert _dates("استقبل الملك الرئيس يوم 14 يوليوز 2023", pub) == [dt.date(2023, 7, 14)]
    assert _dates("اجتمع الزعيمان في 3 تشرين ثاني 2019", pub) == [dt.date(2019, 11, 3)]
    assert _dates("وصلت البرقية في 2 كانون أول 2018", pub) == [dt.date(2018, 12, 2)]


def test_hijri_months_written_without_the_article_or_with_it():
    pub = dt.date(2024, 10, 1)
    assert _dates("في 5 المحرم 1445 هـ", pub) == [dt.date(2023, 7, 23)]
    assert _dates("يوم 12 ربيع أول 1446", pub) == [dt.date(2024, 9, 15)]


def test_a_weekday_named_with_today_in_a_text_copied_days_later_is_that_weekday():
    # a report of Saturday ("اليوم السبت") republished on Monday 13 March 2023
    assert _dates("أجرى الرئيس اليوم السبت اتصالا هاتفيا", dt.date(2023, 3, 13)) == [dt.date(2023, 3, 11)]
    assert _dates("أجرى الرئيس أمس الجمعة اتصالا هاتفيا", dt.date(2023, 3, 13)) == [dt.date(2023, 3, 10)]
    assert _dates("أجرى الرئيس اليوم الاثنين اتصالا هاتفيا", dt.date(2023, 3, 13)) == [dt.date(2023, 3, 13)]


# A page stamp just after midnight, in more of its shapes ------------------------------------------

_BODY = (
    "تلقى أمير قطر الشيخ تميم بن حمد آل ثاني أمس اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون "
    "بحثا فيه التعاون بين البلدين."
)


def _day_under(head: str) -> str:
    (event,) = extract_events(head + _BODY, "2021-02-08")
    return event.date


def test_a_labelled_stamp_with_a_weekday_just_after_midnight_counts_from_the_evening_before():
    assert _day_under("أمير قطر يتلقى اتصالا\n\nآخر تحديث: الاثنين 8 فبراير 2021 - 12:10 ص\n\n") == "2021-02-06"
    assert _day_under("أمير قطر يتلقى اتصالا\nالدوحة - قنا\nتاريخ النشر: الاثنين، 8 شباط 2021 الساعة 00:10\n\n") == (
        "2021-02-06"
    )


def test_a_clock_written_before_the_stamps_date_counts_too():
    assert _day_under("أمير قطر يتلقى اتصالا\n\n00:10 - 8 فبراير 2021\n\n") == "2021-02-06"
    assert _day_under("الدوحة - الاثنين 8 فبراير 2021 - 00:10\n") == "2021-02-06"


def test_a_labelled_stamp_later_in_the_day_keeps_the_stamps_day():
    assert _day_under("أمير قطر يتلقى اتصالا\n\nآخر تحديث: الاثنين 8 فبراير 2021 - 12:10 م\n\n") == "2021-02-07"
    assert _day_under("أمير قطر يتلقى اتصالا\n\n01:40 - 8 فبراير 2021\n\n") == "2021-02-07"


# A wire dateline with day and month in figures ------------------------------------------------------


def _wire_day(head: str, pub: str) -> str:
    text = (
        head
        + "بحث ولي عهد البحرين الأمير سلمان بن حمد اليوم هاتفيا مع الرئيس الإماراتي محمد بن زايد العلاقات الثنائية."
    )
    (event,) = extract_events(text, pub)
    return event.date


def test_today_under_a_day_month_wire_dateline_is_the_datelines_day():
    assert _wire_day("المنامة - 14 - 9 (بنا) -- ", "2023-09-15") == "2023-09-14"
    assert _wire_day("المنامة - 31 - 12 (بنا) -- ", "2024-01-01") == "2023-12-31"


def test_a_dateline_of_the_publication_day_or_far_from_it_changes_nothing():
    assert _wire_day("المنامة - 15 - 9 (بنا) -- ", "2023-09-15") == "2023-09-15"
    assert _wire_day("المنامة - 2 - 9 (بنا) -- ", "2023-09-15") == "2023-09-15"


# The day a headline gives the contact the body tells without one --------------------------------


def _body_day(headline: str) -> tuple[str, str]:
    text = (
        headline
        + "\n\nتلقى الرئيس الكيني وليام روتو اتصالا هاتفيا من رئيس الوزراء الإثيوبي آبي أحمد تناول أمن المنطقة."
    )
    (event,) = extract_events(text, "2023-11-24")
    return event.date, event.date_basis


def test_a_headline_weekday_dates_the_contact_the_body_tells_without_a_day():
    assert _body_day("روتو يتلقى اتصالا من آبي أحمد مساء الأربعاء") == ("2023-11-22", "weekday")
    assert _body_day("آبي أحمد وروتو يبحثان هاتفيا أمس أمن المنطقة") == ("2023-11-23", "yesterday")


def test_a_headline_without_a_day_leaves_the_publication_day():
    assert _body_day("روتو يتلقى اتصالا من آبي أحمد") == ("2023-11-24", "published")


# "- 21 نوفمبر 2024" alone on a line of the page's head: the site's day, not the contact's ----------


def test_a_date_alone_on_its_line_does_not_date_the_message():
    text = (
        "- ℃ 20 الأردن\n- 14 فبراير 2025\nالملك يهنئ الرئيس اللبناني بانتخابه\n"
        "قال الديوان الملكي إن العاهل الأردني الملك عبدالله الثاني بعث برقية للرئيس اللبناني جوزاف عون "
        "بمناسبة انتخابه رئيسا."
    )
    [event] = extract_events(text, "2025-01-10")
    assert (event.type, event.status, event.date, event.date_basis) == (
        "message",
        "reported",
        "2025-01-10",
        "published",
    )


def test_a_date_inside_a_sentence_still_dates_the_message():
    text = "بعث العاهل الأردني الملك عبدالله الثاني يوم 9 يناير 2025 برقية تهنئة إلى الرئيس اللبناني جوزاف عون."
    [event] = extract_events(text, "2025-01-10")
    assert (event.date, event.date_basis) == ("2025-01-09", "explicit")


def test_named_weekday_wins_over_today_in_a_page_stamped_after_midnight():
    text = "تلقى العاهل الأردني الملك عبد الله الثاني اليوم الأربعاء اتصالا هاتفيا من الرئيس المصري عبد الفتاح السيسي."
    [event] = extract_events(text, "2020-06-25")  # a Thursday: written on Wednesday evening
    assert event.date == "2020-06-24"


def test_us_order_page_stamp_and_spaced_numeric_date():
    from rasd.dates import find_dates
    from rasd.normalize import normalize

    us = find_dates(normalize("نشر في 12/25/2023").text, None)
    spaced = find_dates(normalize("الموافق 3 / 9 / 2015 م").text, None)
    assert [d.date.isoformat() for d in us if d.date] == ["2023-12-25"]
    assert [d.date.isoformat() for d in spaced if d.date] == ["2015-09-03"]


def test_undated_article_flags_days_that_need_the_publication_date():
    text = "أجرى الرئيس الروسي فلاديمير بوتين أمس اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان."
    [event] = extract_events(text, None)
    assert event.date is None and "date_needs_publication" in event.flags
    assert 0.0 <= event.confidence < 1.0


# Dates: a page stamp with a clock time dates the page, not the contact ----------------------------


def test_date_with_a_clock_time_is_a_page_stamp():
    text = (
        "الملك الأردني يتلقى اتصالا من بايدن\n"
        "الخميس 8 أبريل 2021 الساعة 1:02 صباحا\n"
        "تلقى الملك عبدالله الثاني اتصالا هاتفيا الأربعاء من الرئيس الأمريكي جو بايدن."
    )
    (event,) = extract_events(text, "2021-04-08")
    assert event.date == "2021-04-07" and event.date_basis == "weekday"


# Wire datelines anchor relative days ---------------------------------------------------------------


def test_today_in_wire_copy_is_the_datelines_day():
    text = (
        "بكين 15 أبريل 2024 (شينخوا) تحدث وانغ يي وزير خارجية الصين هاتفيا اليوم (الاثنين) "
        "مع نظيره السعودي فيصل بن فرحان."
    )
    (event,) = extract_events(text, "2024-04-16")
    assert event.date == "2024-04-15"


def test_date_followed_by_last_update_time_is_a_page_stamp():
    from rasd.dates import find_dates
    from rasd.extract.frames import page_stamp

    norm = normalize_key("23 سبتمبر 2025 | آخر تحديث: 19:48")
    (d,) = [d for d in find_dates(norm, None) if d.basis == "explicit"]
    assert page_stamp(norm, d)


# A page's dated first line is its publication stamp when the caller gives none -----------------


def test_a_dated_first_line_stands_for_the_publication_day_when_none_is_given():
    text = (
        "date 2024-06-12 سياسة\n\n"
        "تلقى الرئيس الفرنسي إيمانويل ماكرون اليوم الأربعاء اتصالا هاتفيا من المستشار الألماني أولاف شولتس."
    )
    events = [e for e in extract_events(text, None) if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2024-06-12"


def test_a_byline_date_under_the_headline_is_the_stamp_but_a_given_date_wins():
    text = (
        "ماكرون وشولتس يبحثان هاتفيا الأزمة\n\n"
        "الأربعاء 12 يونيو 2024 05:40 مساء\n\n"
        "بحث الرئيس الفرنسي إيمانويل ماكرون أمس في اتصال هاتفي مع المستشار الألماني أولاف شولتس الأزمة."
    )
    unstamped = one_reported(text, None)
    assert unstamped.date == "2024-06-11"
    given = one_reported(text, "2024-06-14")
    assert given.date == "2024-06-13"


def test_a_date_deep_in_the_first_sentence_is_no_stamp():
    from rasd.dates import find_dates, head_stamp
    from rasd.normalize import normalize

    text = normalize("أعلنت الرئاسة أن الرئيس سيزور باريس في 12 يونيو 2024 للقاء نظيره.").text
    assert head_stamp(text, find_dates(text, None)) is None


def test_the_stamp_opening_the_first_line_does_not_date_a_contact_in_that_line():
    text = "date 2024-06-12 ماكرون يبحث هاتفيا مع المستشار الألماني أولاف شولتس الأزمة في الشرق الأوسط"
    events = [e for e in extract_events(text, "2024-06-12") if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2024-06-12" and events[0].date_basis == "published"


# Page stamps just after midnight in the shapes outlets print them: a label or a place before the
# date, a time zone or a byline after the clock, the clock first, a Hijri date before the Gregorian
# one, year-first dates with slashes.

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
