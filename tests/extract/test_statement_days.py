"""The day of a statement is not the contact's when the contact has its own: a denial or
confirmation whose object is the report ("نفى اليوم ما تناقلته الصحف عن لقاء ... مساء السبت"),
and a relative day word with its weekday set off by a comma ("اليوم، الأربعاء"). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from rasd.dates import find_dates
from rasd.extract import extract_events
from rasd.normalize import normalize


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
