"""The contact's day and status, accuracy round D: the day of a report named in a trailing
attribution, and a later sentence that gives the same contact its own day. Sentences written for
these tests."""

from __future__ import annotations

from extract_helpers import caller, of_type, one_reported, people, statuses

from rasd.dates import attributed_day, find_dates
from rasd.extract import extract_events
from rasd.normalize import normalize

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


# A meeting during a trip still to come is planned, on the trip's day ----------------------------------

_TRIP = (
    "كشفت مصادر دبلوماسية، الاثنين، عن زيارة مرتقبة للرئيس الكيني وليام روتو إلى جيبوتي، الأربعاء.\n"
    "وقالت المصادر إن الزيارة تأتي في إطار تعزيز التعاون.\n"
    "وأوضحت أن روتو يلتقي {during} الرئيس الجيبوتي إسماعيل عمر جيله."
)


def _meetings(text: str) -> list:
    return of_type(text, "2024-05-13", "meeting")


def test_a_present_meeting_verb_during_a_planned_trip_is_planned_on_the_trips_day():
    for during in ("خلال الزيارة", "خلالها", "أثناء زيارته"):
        (meeting,) = _meetings(_TRIP.format(during=during))
        assert len(meeting.participants) == 2
        assert meeting.status == "planned" and meeting.date == "2024-05-15"


def test_a_meeting_without_a_reference_to_the_trip_is_left_as_told():
    (meeting,) = _meetings(_TRIP.format(during="في قصر الرئاسة").replace("يلتقي", "التقى"))
    assert meeting.status == "reported"


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


# The caller named by its side's country ------------------------------------------------------------


def _caller(text: str) -> str | None:
    """The caller of the one phone call extracted from ``text``."""
    (event,) = of_type(text, "2023-06-20", "phone_call")
    return caller(event)


def test_a_call_at_the_request_of_a_side_named_by_its_country_was_that_sides():
    head = "أجرى رئيس الوزراء الهندي ناريندرا مودي اتصالا هاتفيا مع الرئيس البرازيلي لولا دا سيلفا "
    assert _caller(head + "بمبادرة من الجانب البرازيلي.") == "Luiz Inácio Lula da Silva"
    assert _caller(head + "بناء على طلب من برازيليا.") == "Luiz Inácio Lula da Silva"
    assert _caller(head + "بطلب من الهند.") == "Narendra Modi"


def test_without_a_side_the_verbs_subject_stays_the_caller():
    assert _caller("أجرى رئيس الوزراء الهندي ناريندرا مودي اتصالا هاتفيا مع الرئيس البرازيلي لولا دا سيلفا.") == (
        "Narendra Modi"
    )
    assert _caller("عاود الرئيس البرازيلي لولا دا سيلفا الاتصال برئيس الوزراء الهندي ناريندرا مودي.") == (
        "Luiz Inácio Lula da Silva"
    )


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


# Plans written with intention verbs or a time to come; a call not received ---------------------------


def _statuses(text: str) -> list[tuple[str, str]]:
    return statuses(text, "2024-09-02")


def test_an_intention_verb_governs_the_contact_word_after_the_subjects_name():
    assert _statuses(
        "ينوي رئيس الوزراء الباكستاني شهباز شريف إجراء اتصال هاتفي مع ولي العهد السعودي الأمير محمد بن سلمان."
    ) == [("phone_call", "planned")]
    assert _statuses("تعتزم رئيسة الوزراء الإيطالية جورجيا ميلوني إجراء مكالمة مع الرئيس التونسي قيس سعيد.") == [
        ("phone_call", "planned")
    ]


def test_a_present_meeting_verb_after_a_time_to_come_in_its_clause_is_planned():
    assert ("meeting", "planned") in _statuses(
        "يسافر المستشار الألماني أولاف شولتس إلى أنقرة الأسبوع المقبل حيث يلتقي الرئيس التركي رجب طيب أردوغان."
    )


def test_a_past_meeting_stays_reported():
    assert _statuses(
        "سافر المستشار الألماني أولاف شولتس إلى أنقرة الأسبوع الماضي حيث التقى الرئيس التركي رجب طيب أردوغان."
    ) == [("meeting", "reported")]


def test_a_call_the_leader_did_not_receive_is_denied():
    assert _statuses("أكدت الرئاسة أن الرئيس التونسي قيس سعيد لم يتلق أي اتصال من الرئيس الفرنسي إيمانويل ماكرون.") == [
        ("phone_call", "denied")
    ]


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


def test_a_question_whether_they_spoke_is_no_report_of_the_call():
    (event,) = extract_events(
        "سئل المتحدث عما إذا كان الرئيس الفرنسي إيمانويل ماكرون والرئيس الجزائري عبد المجيد تبون قد تحدثا هاتفيا.",
        "2024-05-10",
    )
    assert event.status == "unconfirmed"


def test_a_day_inside_a_quotation_opened_after_the_contact_word_is_the_speakers():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون، "
        "وقال: «كنت قد كتبت له رسالة أمس»."
    )
    (event,) = of_type(text, "2024-05-10", "phone_call")
    assert event.date == "2024-05-10"


def test_a_press_conference_by_phone_is_no_call():
    assert not extract_events(
        "قال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي عبر الهاتف إن فرنسا تدعم الحوار.", "2024-05-10"
    )


# A contact noun with its own time to come --------------------------------------------------------------


def test_a_contact_noun_followed_by_its_time_to_come_is_planned():
    text = "ويأتي ذلك قبيل زيارة رئيس الوزراء الهندي ناريندرا مودي إلى موسكو الشهر المقبل حيث يلتقي الرئيس الروسي فلاديمير بوتين."
    # the trip whose meeting is told is that one planned meeting (bench/extract_eval.py's convention)
    assert {(e.type, e.status) for e in extract_events(text, "2024-06-10")} == {("meeting", "planned")}


def test_a_time_to_come_of_another_happening_leaves_the_call_reported():
    text = (
        "بحث رئيس الوزراء الهندي ناريندرا مودي والرئيس الروسي فلاديمير بوتين في اتصال هاتفي التحضيرات "
        "للقمة المقررة الشهر المقبل."
    )
    assert statuses(text, "2024-06-10") == [("phone_call", "reported")]


def test_the_one_asked_to_place_the_call_is_its_caller():
    text = "طلبت رئيسة الوزراء الإيطالية جورجيا ميلوني من الرئيس التونسي قيس سعيد إجراء مكالمة هاتفية معها مساء اليوم."
    (event,) = extract_events(text, "2023-06-20")
    assert event.status == "planned"
    assert caller(event) == "Kais Saied"


# The caller a headline presents -----------------------------------------------------------------


_NEUTRAL_BODY = "\n\nبحث الرئيس الكيني وليام روتو ورئيس الوزراء الإثيوبي آبي أحمد هاتفيا أمن القرن الأفريقي."


def test_a_headline_names_the_caller_a_neutral_body_does_not():
    assert _caller("الرئيس الكيني يتلقى اتصالا هاتفيا من آبي أحمد" + _NEUTRAL_BODY) == "Abiy Ahmed"
    assert _caller("آبي أحمد يهاتف الرئيس الكيني" + _NEUTRAL_BODY) == "Abiy Ahmed"


def test_a_neutral_headline_and_body_name_no_caller():
    assert _caller("روتو وآبي أحمد يبحثان أمن القرن الأفريقي" + _NEUTRAL_BODY) is None


def test_the_body_caller_stands_over_the_headline():
    body = "\n\nتلقى رئيس الوزراء الإثيوبي آبي أحمد اتصالا هاتفيا من الرئيس الكيني وليام روتو."
    assert _caller("آبي أحمد وروتو يبحثان أمن القرن الأفريقي" + body) == "William Ruto"


# A call refused, the refusing leader's name between ---------------------------------------------------


def test_a_call_refused_by_a_leader_named_in_full_makes_no_event():
    assert not extract_events(
        "رفض رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرد على اتصال هاتفي من الرئيس التركي رجب طيب أردوغان.",
        "2024-05-26",
    )
    assert not extract_events(
        "رفض ولي العهد السعودي الأمير محمد بن سلمان طلبا من الرئيس الفرنسي إيمانويل ماكرون لإجراء اتصال هاتفي.",
        "2024-05-26",
    )


def test_a_refusal_told_during_a_call_leaves_the_call():
    text = "رفض الرئيس التركي رجب طيب أردوغان، خلال اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون، أي تصعيد."
    assert statuses(text, "2024-05-26") == [("phone_call", "reported")]


# A plan continues no contact that took place; what was said during a call names no caller -------------


def test_a_plans_sentence_does_not_date_a_visit_that_took_place():
    text = (
        "بحث رئيس الوزراء الهندي ناريندرا مودي والرئيس الروسي فلاديمير بوتين هاتفيا التحضير للزيارة المقبلة.\n"
        "ومن المقرر أن تجرى زيارة الدولة في 20 يوليو.\n"
        "وتأتي الزيارة بعد زيارة الرئيس فلاديمير بوتين إلى الهند العام الماضي ولقائه رئيس الوزراء ناريندرا مودي."
    )
    visits = [e for e in extract_events(text, "2024-06-10") if e.type == "visit" and e.status == "reported"]
    assert all(e.date != "2024-07-20" for e in visits)


def test_a_verb_of_what_was_said_during_the_call_names_no_caller():
    text = "وقال مكتب المستشار الألماني أولاف شولتس إنه لم يتحدث خلال الاتصال مع الرئيس التركي رجب طيب أردوغان عن الانتخابات."
    assert _first_caller_or_none(text) is None


def _first_caller_or_none(text: str) -> str | None:
    """The caller of the first phone call extracted from ``text``; None when there is none."""
    events = of_type(text, "2023-06-20", "phone_call")
    return caller(events[0]) if events else None


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


def _pairs_and_callers(text: str) -> set[tuple[tuple[str, ...], str | None]]:
    return {(tuple(people(e)), caller(e)) for e in extract_events(text, "2024-04-10")}


def test_each_listed_subject_called_the_object_marked_after_the_list():
    text = (
        "اتصل كل من رئيس الوزراء الهندي ناريندرا مودي ورئيس الوزراء الياباني فوميو كيشيدا "
        "بالرئيس الإندونيسي جوكو ويدودو."
    )
    assert _pairs_and_callers(text) == {
        (("Joko Widodo", "Narendra Modi"), "Narendra Modi"),
        (("Fumio Kishida", "Joko Widodo"), "Fumio Kishida"),
    }


def test_more_shapes_that_name_the_caller():
    assert (
        _first_caller_or_none(
            "وردت إلى رئيس الوزراء الياباني فوميو كيشيدا مكالمة هاتفية من رئيس الوزراء الهندي ناريندرا مودي."
        )
        == "Narendra Modi"
    )
    assert (
        _first_caller_or_none("تلقى رئيس الوزراء الياباني فوميو كيشيدا، من نظيره الهندي ناريندرا مودي، اتصالا هاتفيا.")
        == "Narendra Modi"
    )
    assert (
        _first_caller_or_none(
            "اتصال هاتفي من رئيس الوزراء الهندي ناريندرا مودي إلى رئيس الوزراء الياباني فوميو كيشيدا."
        )
        == "Narendra Modi"
    )


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


def test_a_meeting_told_as_scheduled_in_its_relative_clause_is_planned():
    text = (
        "رحب الرئيس الفرنسي إيمانويل ماكرون بتحديد موعد جديد للقاء الذي كان مقررا مع الرئيس الجزائري "
        "عبد المجيد تبون الشهر الماضي."
    )
    assert statuses(text, "2024-05-10") == [("meeting", "planned")]


def test_a_meeting_held_in_its_relative_clause_stays_reported():
    text = "أشاد الرئيس الفرنسي إيمانويل ماكرون باللقاء الذي جمعه بالرئيس الجزائري عبد المجيد تبون."
    assert statuses(text, "2024-05-10") == [("meeting", "reported")]
