"""The day of a contact (rasd.extract.days): the date its sentence gives, a weekday or a relative
word ("أمس", "اليوم") counted from the day the text was written, the day of a statement, of an
arrival, of a happening the contact is set in or of the contact it refers back to, and days of other
happenings that are not the contact's. Each test states one rule on sentences written for it (never
copied text). The day the page was written (stamps, datelines, headlines): test_days_stamps.py."""

from __future__ import annotations

import datetime as dt

from extract_helpers import (
    ERDOGAN,
    MACRON,
    SISI,
    TAMIM,
    of_type,
    one_reported,
    people,
    summaries_with_background,
)

from rasd.dates import attributed_day, find_dates, parse_iso, said_day, saying_words
from rasd.extract import extract_events
from rasd.normalize import normalize

# The day of a statement is not the day of the contact it reports -----------------------------


def test_day_of_an_announcement_before_an_that_clause_is_the_statements():
    text = normalize("أعلن الرئيس اليوم السبت أنه أجرى اتصالا هاتفيا مع نظيره").text
    day = find_dates(text, parse_iso("2025-08-09"))[0]
    assert said_day(text, day, text.index("اتصالا"))
    plain = normalize("أجرى الرئيس اليوم السبت اتصالا هاتفيا مع نظيره وأكد أن").text
    assert not said_day(plain, find_dates(plain, parse_iso("2025-08-09"))[0], plain.index("اتصالا"))


def test_contact_day_written_in_the_reported_clause_wins_over_the_statement_day():
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون في بيان اليوم الأربعاء إن مكالمته مع الرئيس الأمريكي "
        "جو بايدن جرت أمس الثلاثاء وتناولت الحرب في أوكرانيا."
    )
    (event,) = extract_events(text, "2022-03-02")
    assert people(event) == ["Emmanuel Macron", "Joe Biden"]
    assert event.date == "2022-03-01" and event.date_basis == "yesterday"


def test_a_later_sentence_dates_the_contact_an_announcement_reported():
    text = (
        "أعلن رئيس الوزراء البريطاني كير ستارمر اليوم الجمعة أنه أجرى اتصالا هاتفيا مع المستشار الألماني "
        "أولاف شولتس. وأوضح ستارمر أن مكالمته مع شولتس جرت مساء أمس الخميس."
    )
    events = [e for e in extract_events(text, "2024-11-15") if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2024-11-14"


def test_announcement_alone_still_dates_the_contact():
    text = "أعلن الكرملين اليوم الاثنين أن الرئيس فلاديمير بوتين أجرى اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان."
    (event,) = extract_events(text, "2020-04-20")
    assert event.date == "2020-04-20"


# A day marked as gone by ("أمس الخميس") never dates a planned contact.


def test_yesterday_with_its_weekday_is_marked_as_gone_by():
    text = normalize("وصل الوفد أمس الخميس إلى العاصمة").text
    (d,) = find_dates(text, dt.date(2022, 6, 11))  # a Saturday
    assert (d.date, d.past_marked) == (dt.date(2022, 6, 9), True)


def test_a_plan_after_an_arrival_yesterday_takes_no_day_of_it():
    text = (
        "وصل العاهل المغربي الملك محمد السادس أمس الخميس إلى باريس في زيارة خاصة، ومن المنتظر أن "
        "يلتقي الملك محمد السادس بالرئيس الفرنسي إيمانويل ماكرون خلال الأيام القادمة."
    )
    events = extract_events(text, "2022-06-11")
    meetings = [(e.status, e.date, e.date_basis) for e in events if e.type == "meeting"]
    assert meetings == [("planned", "2022-06-11", "published")]


def test_a_plan_on_a_bare_weekday_still_takes_the_coming_one():
    text = "قال المتحدث إن الرئيس إيمانويل ماكرون سيلتقي المستشار الألماني أولاف شولتس الخميس."
    events = extract_events(text, "2022-06-11")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("planned", "2022-06-16", "weekday")]


# The day of a contact told without one, from the sentence before it: a meeting right after a dated
# arrival of its visitor, and a contact on the sidelines of a happening an earlier sentence dates.

# A meeting told after the visitor's arrival takes the arrival's day ---------------------------

_PUB = "2023-03-08"  # a Wednesday


def test_reception_in_the_sentence_after_a_dated_arrival_takes_the_arrival_day():
    text = (
        "وصل الرئيس التونسي قيس سعيد مساء أمس إلى الجزائر في زيارة دولة. "
        "واستقبله الرئيس الجزائري عبد المجيد تبون في مطار هواري بومدين."
    )
    event = one_reported(text, _PUB)
    assert people(event) == ["Abdelmadjid Tebboune", "Kais Saied"]
    assert event.date == "2023-03-07" and event.date_basis == "yesterday"


def test_talks_after_an_arrival_on_a_weekday_take_that_weekday():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى الجزائر الاثنين في زيارة رسمية. "
        "واستقبله الرئيس الجزائري عبد المجيد تبون، ثم عقد الرئيسان جلسة محادثات."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-06" and event.date_basis == "weekday"


def test_a_meeting_with_a_day_of_its_own_keeps_it_after_an_arrival():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس في زيارة رسمية. "
        "والتقى الرئيس الجزائري عبد المجيد تبون اليوم الرئيس التونسي قيس سعيد."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-08"


def test_an_undated_arrival_gives_the_meeting_no_day():
    text = "وصل الرئيس التونسي قيس سعيد إلى الجزائر في زيارة رسمية. واستقبله الرئيس الجزائري عبد المجيد تبون في المطار."
    event = one_reported(text, _PUB)
    assert event.date == _PUB and event.date_basis == "published"


def test_an_arrival_three_sentences_back_is_too_far_to_date_the_meeting():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس في زيارة رسمية. "
        "وتشهد العلاقات بين البلدين تطورا ملحوظا. "
        "ويرتبط البلدان باتفاقيات عديدة في مجالات الطاقة. "
        "والتقى الرئيس الجزائري عبد المجيد تبون الرئيس التونسي قيس سعيد في قصر المرادية."
    )
    events = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
    assert [e.date for e in events] == [_PUB]


# A contact on the sidelines of a happening takes the happening's day ---------------------------


def test_sidelines_of_a_summit_an_earlier_sentence_dates_take_its_day():
    text = (
        "افتتحت أمس في الرياض أعمال القمة العربية الصينية. "
        "وعلى هامش القمة، التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصيني شي جين بينغ."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-07" and event.date_basis == "yesterday"


def test_the_proceedings_word_between_the_setting_word_and_the_happening_is_read_through():
    text = (
        "انعقد الثلاثاء في الدوحة المنتدى الاقتصادي الخليجي. "
        "وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد التقى على هامش أعمال المنتدى "
        "الرئيس التركي رجب طيب أردوغان."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-07"


def test_a_happening_the_earlier_sentence_does_not_date_leaves_the_contact_undated():
    text = (
        "تتواصل في الرياض أعمال القمة العربية الصينية. "
        "وعلى هامش القمة، التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصيني شي جين بينغ."
    )
    event = one_reported(text, _PUB)
    assert event.date == _PUB


def test_a_trip_told_in_a_return_gives_the_meeting_after_it_no_day():
    text = (
        "رجع رئيس الوزراء الإثيوبي آبي أحمد اليوم إلى أديس أبابا بعد جولة بدأها بزيارة إلى نيروبي. "
        "وكان آبي أحمد قد أجرى مباحثات مع الرئيس الكيني ويليام روتو."
    )
    events = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
    assert [(e.date, e.date_basis) for e in events] == [(_PUB, "published")]


def test_the_day_of_a_return_after_the_summit_does_not_date_a_sideline_meeting():
    text = (
        "عاد الرئيس السنغالي ماكي سال إلى داكار اليوم الاثنين بعد زيارة إلى إثيوبيا شارك خلالها في القمة الأفريقية. "
        "والتقى سال على هامش القمة الرئيس الغاني نانا أكوفو أدو."
    )
    meetings = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
    assert [(e.date, e.date_basis) for e in meetings] == [(_PUB, "published")]


# A headline in the present gives a held meeting of the body its day ------------------------------


def test_a_present_headline_with_a_weekday_dates_the_meeting_the_body_tells_as_held():
    text = (
        "أمير قطر يستقبل الرئيس التركي الجمعة\n\n"
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في الديوان الأميري."
    )
    event = one_reported(text, _PUB)
    assert event.date == "2023-03-03" and event.date_basis == "weekday"


def test_a_headline_day_marked_to_come_dates_nothing_the_body_tells_as_held():
    text = (
        "أمير قطر يستقبل الرئيس التركي الجمعة المقبل\n\n"
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في الديوان الأميري."
    )
    event = one_reported(text, _PUB)
    assert event.date == _PUB and event.date_basis == "published"


def test_a_present_headline_and_a_present_body_give_no_past_day():
    text = (
        "أمير قطر يستقبل الرئيس التركي الجمعة\n\n"
        "يستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي رجب طيب أردوغان في الديوان الأميري."
    )
    assert all(e.date >= _PUB for e in extract_events(text, _PUB, None))


def test_a_pluperfect_meeting_after_an_arrival_is_an_earlier_one_without_the_arrival_day():
    for told in ("وكان سعيد قد التقى", "وكان قد التقى"):
        text = (
            "وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس في زيارة رسمية. "
            f"{told} الرئيس الجزائري عبد المجيد تبون في تونس قبل شهرين."
        )
        meetings = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
        assert all(e.date == _PUB for e in meetings), told


# A day in the contact's own clause beats the day of the clause before it --------------------------


def test_a_meeting_to_come_in_a_clause_after_a_dated_arrival_keeps_its_own_day():
    for word, day in (("غدا", "2023-03-09"), ("اليوم", "2023-03-08")):
        text = f"وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس، ويلتقي {word} الرئيس الجزائري عبد المجيد تبون."
        meetings = [e for e in extract_events(text, _PUB, None) if e.type == "meeting"]
        assert [(e.status, e.date) for e in meetings] == [("planned", day)], word


def test_a_held_meeting_in_a_clause_after_a_dated_arrival_keeps_its_own_day():
    text = "وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس، والتقى اليوم الرئيس الجزائري عبد المجيد تبون."
    event = one_reported(text, _PUB)
    assert event.date == _PUB and event.date_basis == "today"


# Days of other happenings around the contact -------------------------------------------------


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


def test_the_day_of_a_return_after_the_summit_is_not_the_summits():
    text = (
        "عاد الرئيس السوداني عمر البشير إلى الخرطوم اليوم الخميس بعد مشاركته في القمة الإسلامية.\n"
        "وألقى البشير كلمة أمام القادة تناول فيها الأوضاع في المنطقة.\n"
        "وقال مسؤول إن البشير التقى على هامش القمة الرئيس التركي رجب طيب أردوغان."
    )
    events = extract_events(text, "2017-12-14")
    assert events and all(e.date_basis != "today" for e in events)


# A statement's verb in a dual or plural form, a statement's day where the contact is told again, the
# story's day before or after another.

# A verb of saying in the feminine dual or the plural ("ذكرتا", "أفادوا") dates the statement ----------


def test_dual_and_plural_forms_of_the_saying_verbs_are_saying_verbs():
    verbs, _ = saying_words()
    assert {"ذكرتا", "اعلنوا", "نفتا", "نفوا", "قالوا"} <= verbs
    assert not {"نقلا", "ذكرا", "كتبا"} & verbs  # nouns in the accusative as often


def test_the_day_two_outlets_reported_on_is_the_statements():
    text = "وكانت صحيفتان محليتان ذكرتا الخميس أن الرئيس التقى نظيره يوم الثلاثاء خلال زيارة سرية."
    norm = normalize(text).text
    trigger = norm.index("التقي")
    first = find_dates(norm, dt.date(2023, 3, 10))[0]
    assert said_day(norm, first, trigger)


def test_a_meeting_two_outlets_told_takes_its_own_day_not_the_reports():
    text = (
        "وكالتا أنباء محليتان أفادتا الجمعة أن الرئيس الكيني ويليام روتو التقى الرئيس الأوغندي يويري "
        "موسيفيني في منتجع على البحيرة لم يكشف اسمه من قبل، مساء الأربعاء، خلال زيارة سرية."
    )
    (event,) = extract_events(text, "2023-03-10")
    assert (event.type, event.date, event.date_basis) == ("meeting", "2023-03-08", "weekday")


# A statement's day given where the contact is told again dates it when it has no day of its own -----


def test_the_reports_day_where_the_call_is_told_again_dates_the_undated_call():
    text = (
        "تحدثت رئيسة الوزراء الإيطالية جورجا ميلوني مع الرئيس الأرجنتيني خافيير ميلي بشأن التجارة.\n"
        "وخلال المكالمة، بحث الطرفان مواعيد زيارات مقبلة، بحسب ما أعلنت ميلوني على حسابها مساء الخميس."
    )
    (event,) = extract_events(text, "2024-06-14")
    assert (event.type, event.date, event.date_basis) == ("phone_call", "2024-06-13", "weekday")


def test_a_statement_about_a_call_told_with_its_day_leaves_that_day():
    text = (
        "تحدثت رئيسة الوزراء الإيطالية جورجا ميلوني أمس الأربعاء مع الرئيس الأرجنتيني خافيير ميلي بشأن التجارة.\n"
        "وخلال المكالمة، بحث الطرفان مواعيد زيارات مقبلة، بحسب ما أعلنت ميلوني على حسابها اليوم الخميس."
    )
    (event,) = extract_events(text, "2024-06-13")
    assert (event.type, event.date, event.date_basis) == ("phone_call", "2024-06-12", "yesterday")


# "في اليوم السابق" / "في اليوم التالي": a day of the story, counted from the contact told before -------


def test_the_day_before_or_after_is_a_day_of_the_story_and_an_ordinal_day_none():
    norm = normalize("وفي اليوم التالي وصل الوفد، وفي اليوم الأول من القمة ألقى كلمة.").text
    (found,) = find_dates(norm, dt.date(2021, 5, 4))
    assert (found.date, found.basis, found.story_offset) == (None, "same_day", 1)


def test_a_call_told_on_the_day_before_the_one_told_first_takes_that_day():
    text = (
        "استقبل الرئيس الغاني نانا أكوفو أدو يوم الثلاثاء الرئيس النيجيري محمد بخاري في أكرا.\n"
        "وفي اليوم السابق، تحدث أكوفو أدو هاتفيا مع الرئيس السنغالي ماكي سال."
    )
    events = {tuple(sorted(p.name_en for p in e.participants)): e for e in extract_events(text, "2021-05-06")}
    call = events[("Macky Sall", "Nana Akufo-Addo")]
    assert (call.type, call.date) == ("phone_call", "2021-05-03")
    assert events[("Muhammadu Buhari", "Nana Akufo-Addo")].date == "2021-05-04"


# "يوم 12 الجاري": a day number and the current month's word, the month's name left out --------------


def test_a_day_number_of_the_current_month_without_its_name_is_a_day_of_the_publication_month():
    def read(text: str) -> list[tuple[str, str]]:
        norm = normalize(text).text
        return [(norm[d.start : d.end], str(d.date)) for d in find_dates(norm, dt.date(2022, 11, 20))]

    assert read("اجتمع الوزير يوم 12 الجاري بنظيره") == [("12 الجاري", "2022-11-12")]
    assert read("وصل الوفد في 3 الشهر الحالي") == [("3 الشهر الحالي", "2022-11-03")]
    # a month's name with an ordinal, the year and the month itself are no day
    assert read("في تشرين الثاني الجاري وخلال العام الجاري والشهر الجاري") == []


def test_a_meeting_on_a_day_of_the_current_month_takes_that_day():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون يوم الثلاثاء 15 الجاري الرئيس التونسي قيس سعيد بقصر المرادية."
    (event,) = extract_events(text, "2022-11-18")
    assert (event.type, event.date, event.date_basis) == ("meeting", "2022-11-15", "explicit")


# A trailing attribution's day is the report's -------------------------------------------------------


def _attributed(text: str, pub: str = "2022-03-12") -> list[bool]:
    norm = normalize(text).text
    import datetime as dt

    trigger_end = norm.index("هاتفي") + len("هاتفي")
    return [attributed_day(norm, d, trigger_end) for d in find_dates(norm, dt.date.fromisoformat(pub))]


def test_a_day_after_an_attribution_opener_and_a_verb_of_saying_is_the_reports():
    assert _attributed("بحث الرئيس مع نظيره في اتصال هاتفي الأوضاع، بحسب ما أعلنت الرئاسة السبت.") == [True]
    assert _attributed("جرى اتصال هاتفي بين الزعيمين، وفق ما ذكر المكتب الإعلامي اليوم.") == [True]
    assert _attributed("جرى اتصال هاتفي بين الزعيمين، حسبما أفادت وكالة الأنباء الجمعة.") == [True]


def test_a_day_of_the_contact_itself_is_not_an_attribution():
    assert _attributed("أجرى الرئيس اتصالا هاتفيا السبت مع نظيره، بحسب ما أعلنت الرئاسة.") == [False]
    assert _attributed("أجرى الرئيس اتصالا هاتفيا مع نظيره يوم الجمعة لبحث الأوضاع.") == [False]


_TOLD_AGAIN = (
    "أشاد رئيس الوزراء الإيطالي ماريو دراغي بجهود التهدئة خلال اتصال هاتفي مع الرئيس التونسي قيس سعيد، "
    "بحسب ما أفادت رئاسة الحكومة الإيطالية السبت.\n"
    "وأضاف المصدر أنه خلال الاتصال الذي جرى الخميس عبر دراغي عن دعمه لتونس."
)


def test_a_later_sentence_dates_the_contact_an_attribution_dated_by_its_report():
    event = one_reported(_TOLD_AGAIN, "2022-03-12")
    assert people(event) == ["Kais Saied", "Mario Draghi"]
    assert event.date == "2022-03-10" and event.date_basis == "weekday"


def test_the_attributions_day_stays_when_no_other_day_is_written():
    text = _TOLD_AGAIN.split("\n")[0]
    event = one_reported(text, "2022-03-12")
    assert event.date == "2022-03-12"


# A contact that points at the talks told before shares their day -----------------------------------

_TALKS = (
    "عقد وزير الخارجية المصري سامح شكري، الأحد، محادثات مع نظيره السعودي فيصل بن فرحان في الرياض.\n"
    "وتناولت المحادثات ملفات المنطقة.\n"
    "وقال شكري إن المحادثات كانت مثمرة، وإنه سلم نظيره رسالة من الرئيس عبد الفتاح السيسي إلى الملك سلمان بن عبد العزيز."
)


def test_a_message_handed_over_at_the_talks_told_before_is_dated_by_them():
    events = extract_events(_TALKS, "2019-03-19")
    (message,) = [e for e in events if e.type == "message"]
    assert message.date == "2019-03-17" and message.date_basis == "weekday"


def test_without_a_reference_to_the_talks_the_message_has_the_publication_day():
    text = _TALKS.replace("إن المحادثات كانت مثمرة، وإنه سلم", "إنه سلم")
    (message,) = of_type(text, "2019-03-19", "message")
    assert message.date == "2019-03-19"


# A statement's day, a question whether a call took place, a press conference by phone -----------------

_ASKED = (
    "قال القصر الرئاسي اليوم الجمعة إنه لا يمكنه تأكيد أو نفي ما إذا كان الرئيس الفرنسي إيمانويل ماكرون "
    "تحدث هاتفيا مع الرئيس الجزائري عبد المجيد تبون.\n"
    "وكان ماكرون قد ذكر خلال لقاء مع مجموعة من الصحفيين في قاعة المؤتمرات بالقصر أمس الخميس أن اتصالا جرى بينهما.\n"
    "وحين سأله مراسل عبر الهاتف في إحاطته اليومية عما إذا كان ماكرون وتبون تحدثا هاتفيا "
    'اكتفى المتحدث بالقول "سبق أن أجبت أمس".'
)


def test_a_call_asked_about_and_told_by_statements_keeps_the_publication_day():
    (event,) = extract_events(_ASKED, "2024-05-10")
    assert event.status == "unconfirmed"
    assert event.date == "2024-05-10"


def test_a_day_inside_a_quotation_opened_after_the_contact_word_is_the_speakers():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون، "
        "وقال: «كنت قد كتبت له رسالة أمس»."
    )
    (event,) = of_type(text, "2024-05-10", "phone_call")
    assert event.date == "2024-05-10"


# A plan continues no contact that took place; what was said during a call names no caller -------------


def test_a_plans_sentence_does_not_date_a_visit_that_took_place():
    text = (
        "بحث رئيس الوزراء الهندي ناريندرا مودي والرئيس الروسي فلاديمير بوتين هاتفيا التحضير للزيارة المقبلة.\n"
        "ومن المقرر أن تجرى زيارة الدولة في 20 يوليو.\n"
        "وتأتي الزيارة بعد زيارة الرئيس فلاديمير بوتين إلى الهند العام الماضي ولقائه رئيس الوزراء ناريندرا مودي."
    )
    visits = [e for e in extract_events(text, "2024-06-10") if e.type == "visit" and e.status == "reported"]
    assert all(e.date != "2024-07-20" for e in visits)


# A coordinated contact shares the first one's day unless that day is the first one's own ---------------


def _coordinated_days(text: str) -> dict[str, str]:
    return {e.type: e.date for e in extract_events(text, "2024-04-09")}


def test_a_day_in_the_first_contacts_relative_clause_is_its_own():
    text = (
        "أطلع أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مجلس الوزراء على الاتصال الهاتفي الذي أجراه يوم الأحد "
        "مع الرئيس المصري عبد الفتاح السيسي، وعلى الرسالة التي تلقاها من العاهل الأردني الملك عبد الله الثاني."
    )
    days = _coordinated_days(text)
    assert days["phone_call"] == "2024-04-07" and days["message"] == "2024-04-09"


def test_a_sentence_day_before_both_contacts_is_shared():
    text = (
        "أجرى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح يوم الأحد اتصالا هاتفيا مع الرئيس المصري عبد الفتاح "
        "السيسي، والتقى العاهل الأردني الملك عبد الله الثاني."
    )
    days = _coordinated_days(text)
    assert days["phone_call"] == "2024-04-07" and days["meeting"] == "2024-04-07"


# A follow-on sentence takes the day of the contact told just before ---------------------------------


def _days_by_people(text: str, pub: str) -> dict[tuple[str, ...], tuple[str, str]]:
    return {tuple(people(e)): (e.date, e.date_basis) for e in extract_events(text, pub)}


def test_another_call_of_the_round_told_with_kama_shares_its_day():
    text = (
        "أجرى الرئيس الإماراتي محمد بن زايد، الجمعة، اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.\n"
        "وأكد الجانبان أهمية التهدئة.\n"
        "كما أجرى وزير الخارجية الإماراتي عبد الله بن زايد اتصالا هاتفيا بنظيره الفرنسي جان نويل بارو."
    )
    days = _days_by_people(text, "2024-11-17")
    assert set(days.values()) == {("2024-11-15", "weekday")}


def test_the_reception_of_an_arrival_told_just_before_is_on_its_day():
    text = (
        "وصل الرئيس الجزائري عبد المجيد تبون مساء الجمعة إلى مسقط في زيارة دولة.\n"
        "وكان في استقبال الرئيس تبون لدى وصوله سلطان عمان هيثم بن طارق."
    )
    days = _days_by_people(text, "2024-11-17")
    assert days[("Abdelmadjid Tebboune", "Haitham bin Tariq")] == ("2024-11-15", "weekday")


def test_another_kind_of_contact_after_kama_keeps_the_publication_day():
    text = (
        "تلقى الرئيس التونسي قيس سعيد الجمعة اتصالا هاتفيا من الرئيس الجزائري عبد المجيد تبون.\n"
        "كما تلقى الرئيس التونسي برقية من العاهل المغربي الملك محمد السادس."
    )
    days = _days_by_people(text, "2024-11-17")
    assert days[("Kais Saied", "Mohammed VI of Morocco")] == ("2024-11-17", "published")


# Several callers listed after the contact verb with "كل من" ------------------------------------------


def test_a_new_call_that_only_speaks_about_the_meeting_keeps_its_own_day():
    text = (
        "التقى وزير الخارجية المصري سامح شكري، الأحد، نظيره السعودي فيصل بن فرحان في الرياض.\n"
        "وأجرى شكري اتصالا هاتفيا مع نظيره الأردني أيمن الصفدي أطلعه خلاله على نتائج المحادثات."
    )
    days = {e.type: e.date for e in extract_events(text, "2019-03-19")}
    assert days == {"meeting": "2019-03-17", "phone_call": "2019-03-19"}


def test_another_call_after_a_planned_visit_takes_the_days_of_the_calls():
    text = (
        "تلقى الرئيس اللبناني جوزيف عون اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون أبلغه فيه أنه "
        "سيزور بيروت يوم الجمعة. كما تلقى الرئيس عون اتصالا من أمير قطر الشيخ تميم بن حمد آل ثاني."
    )
    calls = {
        tuple(people(e)): (e.date, e.date_basis) for e in extract_events(text, "2025-03-12") if e.type == "phone_call"
    }
    assert set(calls.values()) == {("2025-03-12", "today")}


# "برقيات بذكرى الاستقلال التي صادفت في 17 نيسان": the day the occasion fell on is not the cable's ----


def test_the_day_an_anniversary_fell_on_does_not_date_the_cables():
    text = (
        "وتلقى الرئيس اللبناني ميشال عون برقيات بذكرى الاستقلال التي صادفت في الثاني والعشرين من تشرين الثاني "
        "من: الرئيس المصري عبد الفتاح السيسي، والملك الأردني عبد الله الثاني."
    )
    events = extract_events(text, "2021-11-24")
    assert events and {e.date for e in events} == {"2021-11-24"}


# Dates --------------------------------------------------------------------------------------


def test_weekday_equal_to_publication_weekday_is_the_publication_day():
    text = "أجرى الرئيس الروسي فلاديمير بوتين الثلاثاء اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان."
    [event] = extract_events(text, "2022-03-08")  # a Tuesday
    assert (event.date, event.date_basis) == ("2022-03-08", "weekday")


def test_past_marked_weekday_of_yesterday_is_last_week():
    text = "أجرى الرئيس الروسي فلاديمير بوتين الاثنين الماضي اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان."
    [event] = extract_events(text, "2022-03-08")  # a Tuesday: the Monday eight days earlier
    assert event.date == "2022-02-28"


def test_a_date_of_another_event_is_not_the_call_date():
    text = (
        "تلقى الرئيس السوري بشار الأسد اتصالا هاتفيا من الرئيس الفلسطيني محمود عباس "
        "أعرب فيه عن تضامنه بعد الزلزال الذي ضرب البلاد الاثنين الماضي."
    )
    [event] = extract_events(text, "2023-02-09")
    assert (event.date, event.date_basis) == ("2023-02-09", "published")


# "صرح X ... اليوم الجمعة أنه سيلتقي Y غدا السبت": the day before "أن" is the statement's ----------------


def _types_statuses_and_days(text: str, pub: str) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.status, e.date) for e in extract_events(text, pub)]


def test_a_plan_with_its_own_day_after_the_contact_word_takes_it_over_the_statement_day():
    text = (
        "صرح الرئيس الكيني وليام روتو في حديث للصحفيين في ختام قمة افريقية في أديس أبابا اليوم الجمعة "
        "أنه سيلتقي الرئيس الأوغندي يويري موسيفيني غدا السبت في نيروبي."
    )
    assert _types_statuses_and_days(text, "2023-05-12") == [("meeting", "planned", "2023-05-13")]


def test_a_day_in_a_later_clause_leaves_the_statement_day_with_the_plan():
    text = (
        "أعلن الرئيس الكيني وليام روتو في ختام قمة افريقية اليوم الجمعة أنه سيلتقي الرئيس الأوغندي "
        "يويري موسيفيني، بعد أن عاد من رحلة إلى أوروبا يوم الثلاثاء."
    )
    assert [d[:2] for d in _types_statuses_and_days(text, "2023-05-12")] == [("meeting", "planned")]
    assert _types_statuses_and_days(text, "2023-05-12")[0][2] != "2023-05-09"


# ", كما تم لقاء جمع ..." inside the sentence of the last contact: that contact's day ----------------------


def test_a_meeting_split_off_by_kama_inside_a_sentence_keeps_the_day_of_the_round():
    text = (
        "عقد القادة الأفارقة أمس لقاءات ثنائية في أديس أبابا، حيث التقى الرئيس الكيني وليام روتو أمس "
        "نظيره الأوغندي يويري موسيفيني.\n\n"
        "كما التقى الرئيس روتو بنظيرته التنزانية سامية صولوحو حسن، حيث بحثا أمن الحدود، كما تم لقاء "
        "جمع بين الرئيسين الكيني، والرواندي بول كاغامي، بحثا خلاله ملف المياه."
    )
    got = {tuple(sorted(p.name_en for p in e.participants)): e.date for e in extract_events(text, "2023-05-12")}
    assert got.get(("Paul Kagame", "William Ruto")) == "2023-05-11"
    assert got.get(("Samia Suluhu Hassan", "William Ruto")) == "2023-05-11"


# "الاحتفال بالذكرى المئوية لإقامة العلاقات بينهما في 19 فبراير": the anniversary's day -----------------


def test_an_anniversary_day_after_bil_dhikra_does_not_date_a_second_call():
    text = (
        "بحث الرئيس الكازاخي قاسم جومارت توكاييف مع الرئيس التركي رجب طيب أردوغان في اتصال هاتفي اليوم الثلاثاء "
        "التعاون في مجال الطاقة. وتكتسب هذه المكالمة أهمية خاصة، إذ يستعد البلدان للاحتفال بالذكرى الثلاثين "
        "لإقامة العلاقات الدبلوماسية بينهما في 2 مارس."
    )
    assert summaries_with_background(text, "2022-02-15") == [
        ("phone_call", "reported", False, ("Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"), "2022-02-15")
    ]


def test_planned_day_and_month_without_a_year_is_the_next_such_day():
    text = "من المقرر أن يلتقي الرئيس الأمريكي دونالد ترامب نظيره الصيني شي جين بينغ في 30 أكتوبر."
    (event,) = extract_events(text, "2025-11-05")
    assert event.status == "planned" and event.date == "2026-10-30"


# "اليوم" inside reported speech is the statement's day ---------------------------------------------


def test_today_inside_a_statement_issued_yesterday_is_yesterday():
    text = (
        "وقال مكتب رئيس الوزراء العراقي مصطفى الكاظمي في بيان أمس إن رئيس الوزراء تلقى اليوم اتصالا "
        "هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    )
    (event,) = extract_events(text, "2021-04-04")
    assert event.date == "2021-04-03" and event.date_basis == "yesterday"


# "شارك X في مأدبة ... مساء الجمعة" then "وخلال المأدبة، تحدث X مع Y": the banquet's day ------------


def _day_and_basis_by_guest(text: str, published: str) -> dict[str, tuple[str | None, str]]:
    return {e.participants[1].name_en: (e.date, e.date_basis) for e in extract_events(text, published)}


def test_a_chat_during_a_banquet_named_before_takes_the_banquets_day():
    text = (
        "حضر رئيس الوزراء الهندي ناريندرا مودي مع عدد من قادة الدول مأدبة عشاء أقامها الرئيس "
        "الأمريكي جو بايدن مساء الجمعة في البيت الأبيض.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _day_and_basis_by_guest(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-23", "weekday")


def test_a_banquet_named_again_without_a_day_does_not_hide_the_day_told_first():
    text = (
        "حضر رئيس الوزراء الهندي ناريندرا مودي مع عدد من قادة الدول مأدبة عشاء أقامها الرئيس "
        "الأمريكي جو بايدن مساء الجمعة.\n\n"
        "وأقيمت المأدبة في قاعة كبيرة وسط العاصمة بحضور عدد كبير من المدعوين.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _day_and_basis_by_guest(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-23", "weekday")


def test_a_chat_during_a_happening_no_sentence_before_names_keeps_the_publication_day():
    text = (
        "هطلت أمطار غزيرة على العاصمة الأمريكية مساء الجمعة وأغلقت عدة طرق رئيسية.\n\n"
        "وخلال المأدبة، تبادل مودي أطراف الحديث مع المستشار الألماني أولاف شولتس."
    )
    got = _day_and_basis_by_guest(text, "2023-06-25")
    assert got["Olaf Scholz"] == ("2023-06-25", "published")


# "وتبادل X الحديث مع Z" right after "تبادل X الحديث مع Y": the same round, the same day ----------------


def test_a_sentence_repeating_the_last_contacts_verb_with_wa_keeps_its_day():
    text = (
        "تبادل الرئيس الفرنسي إيمانويل ماكرون أمس الخميس أطراف الحديث مع المستشار الألماني "
        "أولاف شولتس في بروكسل.\n\n"
        "وتبادل ماكرون الأحاديث مع رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _day_and_basis_by_guest(text, "2022-06-24")
    assert got["Olaf Scholz"] == ("2022-06-23", "yesterday")
    assert got["Mario Draghi"] == ("2022-06-23", "yesterday")


def test_a_sentence_with_another_verb_after_wa_takes_no_earlier_day():
    text = (
        "تبادل الرئيس الفرنسي إيمانويل ماكرون أمس الخميس أطراف الحديث مع المستشار الألماني "
        "أولاف شولتس في بروكسل.\n\n"
        "والتقى ماكرون رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _day_and_basis_by_guest(text, "2022-06-24")
    assert got["Mario Draghi"] == ("2022-06-24", "published")


# "يلتقيان خلال القمة المقررة في 21 مايو": a contact held during a scheduled happening takes its day --


def test_a_meeting_planned_during_a_scheduled_summit_takes_the_summits_day():
    text = (
        "تلقى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الأمريكي جو بايدن. "
        "وأعرب بايدن عن تطلعه إلى لقاء الرئيس السيسي خلال القمة الإقليمية المقرر عقدها في جدة في 16 يوليو."
    )
    events = [e for e in extract_events(text, "2022-07-01") if e.type == "meeting"]
    assert [(e.status, e.date, e.date_basis) for e in events] == [("planned", "2022-07-16", "explicit")]


def test_a_call_about_preparing_a_scheduled_summit_keeps_its_own_day():
    text = (
        "بحث الرئيس الأمريكي جو بايدن في اتصال هاتفي اليوم مع الرئيس المصري عبد الفتاح السيسي التحضير "
        "للقمة الإقليمية المقررة في 16 يوليو."
    )
    events = extract_events(text, "2022-07-01")
    assert [(e.type, e.date) for e in events] == [("phone_call", "2022-07-01")]


def test_a_day_and_month_that_name_a_happening_are_no_date():
    from rasd.dates import find_dates
    from rasd.normalize import normalize

    def days(text: str) -> list[str]:
        return [str(d.date) for d in find_dates(normalize(text).text, dt.date(2020, 12, 6))]

    assert days("تغيرت السياسة الخارجية بعد ثورة 30 يونيو") == []
    assert days("منذ هجمات 11 سبتمبر تغير العالم") == []
    assert days("زار الرئيس باريس في 30 يونيو") == ["2020-06-30"]


# A day of another happening told in an earlier clause is not the contact's day ------------------


def test_only_date_in_an_earlier_relative_clause_leaves_the_contact_on_the_publication_day():
    text = (
        "تجاوز عدد قتلى الفيضان الذي اجتاح المدينة يوم الأحد الماضي ثلاثين شخصا، فيما بعث الرئيس الفرنسي "
        "إيمانويل ماكرون برقية تعزية إلى الرئيس التركي رجب طيب أردوغان."
    )
    events = [e for e in extract_events(text, "2023-03-08") if e.status == "reported"]
    assert len(events) == 1
    assert people(events[0]) == ["Emmanuel Macron", "Recep Tayyip Erdoğan"]
    assert events[0].date == "2023-03-08"
    assert events[0].date_basis != "weekday"


def test_the_contacts_own_day_in_its_clause_still_counts():
    text = (
        "بعث الرئيس الفرنسي إيمانويل ماكرون يوم الأحد الماضي برقية تعزية إلى الرئيس التركي رجب طيب أردوغان "
        "في ضحايا الفيضان."
    )
    events = [e for e in extract_events(text, "2023-03-08") if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2023-03-05"


def test_the_day_of_a_statement_about_the_call_already_told_is_not_the_calls_day():
    text = (
        "زعم الرئيس الأمريكي دونالد ترامب أن الرئيس المكسيكي أندريس مانويل لوبيز أوبرادور اتصل به هاتفيا.\n"
        "وقالت المتحدثة باسم البيت الأبيض الثلاثاء إن عدم وقوع الاتصال لا يعني أن الرئيس لم يبحث الأمر مع نظيره."
    )
    (event,) = extract_events(text, "2019-04-11")
    assert (event.status, event.date, event.date_basis) == ("denied", "2019-04-11", "published")


def test_the_day_of_the_later_call_is_not_given_to_the_earlier_one():
    text = (
        "تحدث دونالد ترامب رئيس الولايات المتحدة، بعد مكالمته مع الرئيس الروسي فلاديمير بوتين، "
        "اليوم كذلك مع الرئيس الأوكراني فولوديمير زيلينسكي هاتفيا."
    )
    for event in extract_events(text, "2025-03-19"):
        if "Vladimir Putin" in people(event):
            assert event.date_basis != "today"
        else:
            assert (people(event), event.date_basis) == (["Donald Trump", "Volodymyr Zelensky"], "today")


def test_the_day_before_yesterday_written_after_yom_or_masa_is_two_days_back():
    for phrase in ("يوم أمس الأول", "مساء أول أمس"):
        text = f"تلقى أمير قطر الشيخ تميم بن حمد آل ثاني {phrase} اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
        (event,) = extract_events(text, "2024-03-12")
        assert event.date == "2024-03-10"


def test_the_day_of_the_statement_that_first_tells_a_call_still_dates_it():
    text = (
        "أعلن الكرملين، الثلاثاء، أن المكالمة الهاتفية بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي "
        "دونالد ترامب استمرت ساعتين."
    )
    (event,) = extract_events(text, "2025-02-13")
    assert (event.date, event.date_basis) == ("2025-02-11", "weekday")


def test_the_day_of_an_earlier_meeting_after_badaa_does_not_date_todays_meeting():
    text = (
        "التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس المصري عبد الفتاح السيسي في القاهرة، "
        "بعد لقائه مع الرئيس المصري في 5 مايو في باريس."
    )
    events = [e for e in extract_events(text, "2025-03-19") if not e.background]
    assert [(e.type, e.date) for e in events] == [("meeting", "2025-03-19")]


def test_each_of_several_calls_in_one_sentence_keeps_its_own_day():
    text = (
        "تلقى أمير قطر الشيخ تميم بن حمد آل ثاني مكالمة أمس من الرئيس الفرنسي إيمانويل ماكرون، "
        "واليوم مكالمة أخرى من الرئيس التركي رجب طيب أردوغان."
    )
    days = {frozenset(p.name_en for p in e.participants): e.date for e in extract_events(text, "2023-05-10")}
    assert days == {frozenset({TAMIM, MACRON}): "2023-05-09", frozenset({TAMIM, ERDOGAN}): "2023-05-10"}


def test_a_named_weekday_dates_the_earlier_call_of_a_sentence_better_than_the_day_after():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الأربعاء اتصالا مع الرئيس التركي رجب طيب أردوغان، "
        "غداة محادثة مع الرئيس المصري عبد الفتاح السيسي يوم الثلاثاء."
    )
    days = {
        frozenset(p.name_en for p in e.participants): (e.date, e.date_basis) for e in extract_events(text, "2023-05-10")
    }
    assert days[frozenset({MACRON, SISI})] == ("2023-05-09", "weekday")
    assert days[frozenset({MACRON, ERDOGAN})] == ("2023-05-10", "today")


def test_a_day_after_since_in_the_clause_of_a_first_call_dates_another_happening():
    # "أول اتصال بينهما منذ ... في 3 فبراير": the day dates the start of the crisis, no second call
    text = (
        "تحادث الرئيس التركي رجب طيب أردوغان هاتفيا اليوم مع العاهل الأردني الملك عبد الله الثاني، "
        "في أول اتصال بين الزعيمين منذ اندلاع الأزمة في 3 فبراير."
    )
    assert len(of_type(text, "2023-05-10", "phone_call")) == 1


def test_the_day_of_a_publication_before_the_reports_noun_is_the_statements() -> None:
    text = (
        "ونشرت صحيفة بيلد الألمانية، الخميس، فحوى مكالمة هاتفية جرت الإثنين بين المستشار الألماني "
        "فريدريش ميرتس والرئيس الفرنسي إيمانويل ماكرون."
    )
    (event,) = extract_events(text, "2025-12-04")
    assert event.date == "2025-12-01"


def test_a_contact_named_right_after_the_day_after() -> None:
    text = (
        "استقبل الرئيس الأمريكي دونالد ترامب اليوم الجمعة الرئيس الأوكراني فولوديمير زيلينسكي. وتأتي "
        "الزيارة بعد يوم من مكالمة هاتفية بين الرئيس الروسي فلاديمير بوتين وترامب."
    )
    call = next(e for e in extract_events(text, "2025-10-17") if e.type == "phone_call")
    assert call.date == "2025-10-16"


def test_the_day_after_another_happening_dates_nothing_itself() -> None:
    text = "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب غداة فوزه في الانتخابات."
    (event,) = extract_events(text, "2024-11-07")
    assert event.date == "2024-11-07"


def test_a_weekday_in_brackets_after_today_is_today() -> None:
    text = "أجرى الرئيس الصيني شي جين بينغ اليوم (الجمعة) اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين."
    (event,) = extract_events(text, "2024-03-15")
    assert (event.date, event.date_basis) == ("2024-03-15", "today")


# The day of a statement is not the contact's when the contact has its own: a denial or confirmation
# whose object is the report ("نفى اليوم ما تناقلته الصحف عن لقاء ... مساء السبت"), and a relative day
# word with its weekday set off by a comma ("اليوم، الأربعاء").


def test_a_denial_of_what_the_press_reported_leaves_the_contact_its_own_weekday():
    text = (
        "نفى المتحدث باسم الحكومة الأردنية، اليوم الأحد، ما تناقلته صحف أجنبية عن لقاء جمع ولي العهد "
        "السعودي الأمير محمد بن سلمان ورئيس الوزراء الإسرائيلي بنيامين نتنياهو ليلة الجمعة."
    )
    events = extract_events(text, "2020-11-22")
    assert [(e.type, e.status, e.date, e.date_basis) for e in events] == [
        ("meeting", "denied", "2020-11-20", "weekday")
    ]


def test_a_denial_of_the_reports_truth_leaves_the_contact_its_own_weekday():
    text = (
        "نفت الرئاسة المصرية اليوم الأحد صحة تقارير عن اتصال هاتفي أجراه الرئيس عبد الفتاح السيسي "
        "مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو يوم الخميس."
    )
    events = extract_events(text, "2023-11-12")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("denied", "2023-11-09", "weekday")]


def test_a_statements_day_alone_still_dates_the_contact():
    text = (
        "نفى المتحدث باسم الكرملين، اليوم الاثنين، ما نشرته صحيفة أمريكية عن مكالمة بين الرئيس "
        "فلاديمير بوتين والرئيس دونالد ترامب."
    )
    events = extract_events(text, "2025-02-10")
    assert [(e.status, e.date) for e in events] == [("denied", "2025-02-10")]


def test_a_relative_day_word_and_its_weekday_set_off_by_a_comma_are_one_date():
    pub = dt.date(2021, 6, 9)  # a Wednesday
    for phrase, day, basis in (
        ("وصل اليوم، الأربعاء، الوزير", pub, "today"),
        ("التقى أمس، الثلاثاء، نظيره", dt.date(2021, 6, 8), "yesterday"),
    ):
        text = normalize(phrase).text
        found = [(d.date, d.basis) for d in find_dates(text, pub)]
        assert found == [(day, basis)]


def test_the_day_of_a_denial_is_no_day_of_the_denied_contact():
    text = (
        "نفى المتحدث باسم الرئاسة الإيرانية اليوم الأحد أن يكون الرئيس مسعود بزشكيان قد تحدث هاتفيا "
        "مع الرئيس الأمريكي دونالد ترامب."
    )
    events = extract_events(text, "2025-04-13")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("denied", "2025-04-13", "published")]


def test_the_day_of_a_statement_reporting_a_call_held_keeps_its_basis():
    text = (
        "أعلنت الرئاسة الإيرانية اليوم الأحد أن الرئيس مسعود بزشكيان أجرى اتصالا هاتفيا مع الرئيس "
        "الفرنسي إيمانويل ماكرون."
    )
    events = extract_events(text, "2025-04-13")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("reported", "2025-04-13", "today")]


def test_a_refutation_of_the_reports_leaves_the_contact_its_own_day():
    # "فند" (refuted) is a verb of saying; "التقارير" with the article opens the report like "تقارير"
    text = (
        "فندت الرئاسة الفرنسية، الأربعاء، التقارير عن مكالمة هاتفية حادة جرت بين الرئيس إيمانويل ماكرون "
        "والرئيس الجزائري عبد المجيد تبون يوم الاثنين."
    )
    events = extract_events(text, "2024-05-15")
    assert [(e.type, e.date, e.date_basis) for e in events] == [("phone_call", "2024-05-13", "weekday")]


def test_the_announced_verbal_noun_takes_the_announcements_day_only_when_no_other_is_written():
    text = (
        "أعلنت الرئاسة التونسية، اليوم الخميس، إجراء الرئيس قيس سعيد اتصالا هاتفيا مع رئيسة الوزراء "
        "الإيطالية جورجيا ميلوني مساء الثلاثاء."
    )
    events = extract_events(text, "2024-05-16")
    assert [(e.type, e.date, e.date_basis) for e in events] == [("phone_call", "2024-05-14", "weekday")]


def test_the_weekday_a_plan_was_announced_is_no_day_of_the_planned_meeting():
    # published on a Thursday; the announcement was made on the Tuesday before
    text = (
        "قالت المتحدثة باسم قصر الإليزيه يوم الثلاثاء إن الرئيس إيمانويل ماكرون سيستقبل العاهل الأردني "
        "الملك عبد الله الثاني في باريس."
    )
    events = extract_events(text, "2024-03-14")
    assert [(e.type, e.status, e.date, e.date_basis) for e in events] == [
        ("meeting", "planned", "2024-03-14", "published")
    ]


def test_the_weekday_of_a_denial_is_no_day_of_the_denied_call():
    text = "نفى مكتب رئيس الوزراء الهندي ناريندرا مودي الاثنين أن يكون قد تحدث هاتفيا مع الرئيس الصيني شي جين بينغ."
    events = extract_events(text, "2024-03-14")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("denied", "2024-03-14", "published")]


def test_a_plans_own_weekday_after_the_announcements_day_is_kept():
    text = "أعلن الكرملين الثلاثاء أن الرئيس فلاديمير بوتين سيلتقي الرئيس التركي رجب طيب أردوغان يوم السبت المقبل."
    events = extract_events(text, "2024-03-14")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("planned", "2024-03-16", "weekday")]


def test_the_day_right_after_a_denial_verb_and_its_subject_is_the_denials():
    # published on a Thursday; the denial was made on the Tuesday
    text = "نفت الرئاسة البرازيلية، الثلاثاء، حصول لقاء بين الرئيس لولا دا سيلفا والرئيس الأرجنتيني خافيير ميلي."
    events = extract_events(text, "2024-03-14")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("denied", "2024-03-14", "published")]


def test_the_day_after_a_statements_noun_is_the_statements_not_the_plans():
    text = (
        "وفي تصريحات أدلى بها الثلاثاء، قال المتحدث باسم الحكومة اليابانية إن رئيس الوزراء فوميو كيشيدا "
        "سيستقبل الرئيس الكوري الجنوبي يون سوك يول."
    )
    events = extract_events(text, "2024-03-14")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("planned", "2024-03-14", "published")]


def test_a_weekday_inside_what_a_message_says_is_not_the_messages_day():
    # the Thursday is the day of the meeting the message proposes; the message has no day of its own
    text = (
        "وكشفت الرسالة التي بعث بها الرئيس الفرنسي إيمانويل ماكرون إلى الرئيس الأمريكي دونالد ترامب "
        "أن ماكرون اقترح عقد اجتماع في باريس يوم الخميس."
    )
    events = [e for e in extract_events(text, dt.date(2026, 1, 20)) if e.type == "message"]
    assert events and all(e.date == "2026-01-20" and e.date_basis == "published" for e in events)


def test_a_weekday_after_a_comma_past_the_message_word_still_dates_it():
    text = "وبعث الرئيس الفرنسي إيمانويل ماكرون رسالة إلى الرئيس الأمريكي دونالد ترامب، الخميس، أكد فيها أن العلاقات متينة."
    events = [e for e in extract_events(text, dt.date(2026, 1, 20)) if e.type == "message"]
    assert events and all(e.date_basis == "weekday" for e in events)
