"""The contact's calendar day, round 4: a page stamped just after midnight, page stamps written
month first, a day and month without a year across New Year, Moroccan and Levantine month
spellings. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from extract_helpers import one_reported, people

from rasd.dates import find_dates, written_day
from rasd.extract import extract_events
from rasd.normalize import normalize


def _dates(text: str, pub: dt.date | None) -> list[dt.date | None]:
    return [d.date for d in find_dates(normalize(text).text, pub)]


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


# Days of other happenings around the contact -------------------------------------------------

_PUB = "2023-03-08"  # a Wednesday


def _one_event(text: str):
    return one_reported(text, _PUB)


def test_a_day_in_the_sentence_before_about_something_else_is_not_the_contacts():
    storm = (
        "ضربت عاصفة مطرية قوية مدينة جدة يوم الأحد الماضي. "
        "وتلقى العاهل السعودي الملك سلمان بن عبد العزيز اتصالا هاتفيا من الرئيس المصري عبد الفتاح السيسي "
        "اطمأن خلاله على سلامة المواطنين."
    )
    event = _one_event(storm)
    assert people(event) == ["Abdel Fattah el-Sisi", "Salman bin Abdulaziz Al Saud"]
    assert (event.date, event.date_basis) == (_PUB, "published")
    quake = (
        "ضرب زلزال مدمر جنوب تركيا فجر الاثنين 6 فبراير. "
        "وبعث الرئيس المصري عبد الفتاح السيسي برقية تعزية إلى الرئيس التركي رجب طيب أردوغان."
    )
    assert _one_event(quake).date == _PUB


def test_a_lead_sentence_telling_what_was_discussed_gives_its_day_to_the_contact_after_it():
    text = (
        "بحث الرئيس الأمريكي جو بايدن الأحد مع قادة الدول الغربية تطورات الحرب. "
        "وقال البيت الأبيض إن بايدن تحدث هاتفيا مع رئيس الوزراء البريطاني ريشي سوناك."
    )
    event = next(e for e in extract_events(text, "2023-10-23") if e.status == "reported")
    assert (event.date, event.date_basis) == ("2023-10-22", "weekday")


def test_a_deadline_or_a_since_date_is_no_days_happening():
    text = (
        "بحث الرئيس المصري عبد الفتاح السيسي تمديد المهلة حتى 10 نوفمبر. "
        "وأجرى السيسي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون."
    )
    assert _one_event(text).date == _PUB
    text = "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون هو الأول منذ 20 نوفمبر."
    assert _one_event(text).date == _PUB


def test_the_day_of_an_occasion_or_of_a_scheduled_summit_after_the_trigger_is_not_the_contacts():
    summit = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون تناول التحضير "
        "للقمة المقررة في 20 مارس."
    )
    event = _one_event(summit)
    assert (event.date, event.background) == (_PUB, False)
    occasion = (
        "بعث الرئيس المصري عبد الفتاح السيسي برقية تهنئة إلى الرئيس الجزائري عبد المجيد تبون بمناسبة ذكرى "
        "الاستقلال في 5 يوليو."
    )
    assert _one_event(occasion).date == _PUB
    own = "أكد البيان أن الزيارة المقررة في 20 مارس ستتم، وسيزور الرئيس الفرنسي إيمانويل ماكرون القاهرة للقاء الرئيس المصري عبد الفتاح السيسي."
    assert all(e.date != "2022-03-20" for e in extract_events(own, _PUB))


def test_a_day_inside_an_opening_phrase_about_another_event_closed_by_a_comma():
    text = (
        "في أعقاب الهجوم الذي استهدف المدينة يوم الاثنين، أجرى الرئيس المصري عبد الفتاح السيسي اتصالا "
        "هاتفيا بالرئيس الفرنسي إيمانويل ماكرون."
    )
    assert _one_event(text).date == _PUB
    own = "يوم الاثنين، أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون."
    assert _one_event(own).date == "2023-03-06"


def test_a_statements_day_is_not_the_contacts_when_the_statement_places_it_earlier_without_a_day():
    text = (
        "كشف الرئيس الفرنسي إيمانويل ماكرون الثلاثاء أنه أجرى الأسبوع الماضي اتصالا هاتفيا بالرئيس المصري "
        "عبد الفتاح السيسي."
    )
    event = _one_event(text)
    assert (event.date, event.date_basis) == (_PUB, "published")
    plain = "كشف الرئيس الفرنسي إيمانويل ماكرون الثلاثاء أنه أجرى اتصالا هاتفيا بالرئيس المصري عبد الفتاح السيسي."
    assert _one_event(plain).date == "2023-03-07"


# Separate contacts of one sentence keep their own days ---------------------------------------


def _days(text: str) -> dict[str, str | None]:
    return {people(e)[-1]: e.date for e in extract_events(text, _PUB) if e.status == "reported"}


def test_each_of_two_separate_calls_takes_the_day_written_in_its_own_clause():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون يوم الاثنين، "
        "ثم مع المستشار الألماني أولاف شولتس يوم الثلاثاء."
    )
    days = _days(text)
    assert days["Emmanuel Macron"] == "2023-03-06" and days["Olaf Scholz"] == "2023-03-07"


def test_a_call_the_day_before_another_named_after_it_is_dated_the_day_before():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي، اليوم الأربعاء، اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون، "
        "غداة مكالمة مع المستشار الألماني أولاف شولتس."
    )
    days = _days(text)
    assert days["Emmanuel Macron"] == _PUB and days["Olaf Scholz"] == "2023-03-07"


def test_separate_calls_sharing_the_sentences_day_keep_it():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالين هاتفيين اليوم مع الرئيس الفرنسي إيمانويل ماكرون "
        "والمستشار الألماني أولاف شولتس."
    )
    assert set(_days(text).values()) == {_PUB}


def test_a_weekday_named_with_today_in_a_text_copied_days_later_is_that_weekday():
    # a report of Saturday ("اليوم السبت") republished on Monday 13 March 2023
    assert _dates("أجرى الرئيس اليوم السبت اتصالا هاتفيا", dt.date(2023, 3, 13)) == [dt.date(2023, 3, 11)]
    assert _dates("أجرى الرئيس أمس الجمعة اتصالا هاتفيا", dt.date(2023, 3, 13)) == [dt.date(2023, 3, 10)]
    assert _dates("أجرى الرئيس اليوم الاثنين اتصالا هاتفيا", dt.date(2023, 3, 13)) == [dt.date(2023, 3, 13)]


def test_a_lead_about_one_of_the_contacts_people_gives_the_contact_its_day():
    text = (
        "أعرب الرئيس المصري عبد الفتاح السيسي يوم الاثنين عن استعداد بلاده لتعزيز التعاون. "
        "وخلال اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون، أكد السيسي أهمية التنسيق."
    )
    assert _one_event(text).date == "2023-03-06"


def test_a_statement_or_the_sentence_a_contact_refers_back_to_gives_the_contact_its_day():
    said = (
        "قال الرئيس المصري عبد الفتاح السيسي الاثنين إن مصر تدعم الحل السلمي. "
        "وأجرى السيسي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون."
    )
    assert _one_event(said).date == "2023-03-06"
    back = (
        "أكد الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون الاثنين ضرورة وقف الحرب. "
        "جاء ذلك خلال اتصال هاتفي بين الرئيسين."
    )
    assert _one_event(back).date == "2023-03-06"


def test_before_noon_today_is_today():
    text = "تلقى الرئيس المصري عبد الفتاح السيسي قبل ظهر اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    event = _one_event(text)
    assert (event.date, event.date_basis) == (_PUB, "today")
