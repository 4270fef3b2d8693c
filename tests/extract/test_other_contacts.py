"""Contacts told beside a sentence's main one (rasd.extract.side_frames, other_contacts): a call and
the visit or meeting it announces, contacts told in passing or in a relative clause, a contact
that only sets the time of another. Each test states one rule on sentences written for it (never
copied text)."""

from __future__ import annotations

from extract_helpers import ABDULLAH, ERDOGAN, MACRON, SISI, TAMIM, names, people, shapes

from rasd.extract import extract_events

# A visit to come announced during a call ---------------------------------------------------------------


def test_a_visit_announced_during_a_call_is_a_planned_visit_of_the_callers():
    text = (
        "تلقى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون تناولا فيه "
        "العلاقات الثنائية، وأخبره أنه سيزور تونس يوم الخميس لبحث ملفات التعاون."
    )
    assert shapes(extract_events(text, "2023-03-06")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Kais Saied")),
        ("visit", "planned", ("Emmanuel Macron", "Kais Saied")),
    ]


def test_an_invitation_to_visit_during_a_call_is_no_visit():
    text = (
        "تلقى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون، ودعاه "
        "إلى زيارة باريس يوم الخميس."
    )
    assert shapes(extract_events(text, "2023-03-06")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Kais Saied")),
    ]


# A contact told again as the subject of "يأتي" ------------------------------------------------------------


def test_a_call_told_again_before_a_visit_to_come_gives_way_to_the_visit():
    text = (
        "تلقى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون. "
        "ويأتي الاتصال قبيل الزيارة التي يقوم بها وزير الخارجية الفرنسي جان نويل بارو إلى الجزائر "
        "الأسبوع المقبل حيث يلتقي الرئيس الجزائري عبد المجيد تبون."
    )
    found = shapes(extract_events(text, "2025-04-01"))
    assert ("phone_call", "reported", ("Emmanuel Macron", "Kais Saied")) in found
    # the trip's meeting is told: one planned meeting (the corpus convention)
    assert ("meeting", "planned", ("Abdelmadjid Tebboune", "Jean-Noël Barrot")) in found
    assert not [s for s in found if s[0] == "phone_call" and "Jean-Noël Barrot" in s[2]]


def test_a_visit_told_again_after_a_call_keeps_the_call():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى تونس. وتأتي هذه الزيارة بعد يومين من اتصال "
        "هاتفي بين الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون."
    )
    found = shapes(extract_events(text, "2025-04-01"))
    assert ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied")) in found


# A contact word that only sets the time of another one -----------------------------------------------------


def test_a_call_some_days_before_a_reception_is_not_the_sentence_contact():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني اليوم في عمان الرئيس الفلسطيني محمود عباس، "
        "بعد أيام من اتصال هاتفي بينهما."
    )
    found = shapes(extract_events(text, "2024-05-10"))
    assert ("meeting", "reported", ("Abdullah II of Jordan", "Mahmoud Abbas")) in found
    assert not [s for s in found if s[0] == "phone_call" and s[1] == "reported"]


def test_a_call_told_without_a_span_of_time_stays_the_contact():
    text = "أجرى العاهل الأردني الملك عبد الله الثاني اليوم اتصالا هاتفيا مع الرئيس الفلسطيني محمود عباس."
    assert shapes(extract_events(text, "2024-05-10")) == [
        ("phone_call", "reported", ("Abdullah II of Jordan", "Mahmoud Abbas")),
    ]


# Two contacts of different types between the same leaders in one article: a call and the visit or
# meeting it announces.

# A visit or meeting to come told in a clause of the call's sentence -------------------------------

TEBBOUNE = "Abdelmadjid Tebboune"

PUB = "2024-03-12"


def _contacts(text: str, published: str = PUB) -> set[tuple[str, str, frozenset[str]]]:
    return {(e.type, e.status, names(e)) for e in extract_events(text, published)}


def test_a_trip_announced_during_a_call_is_a_planned_visit_of_the_callers():
    text = (
        "هاتف الرئيس الفرنسي إيمانويل ماكرون نظيره الجزائري عبد المجيد تبون، وأكد له خلال المكالمة "
        "أنه سيزور الجزائر العاصمة في القريب."
    )
    got = _contacts(text)
    assert ("phone_call", "reported", frozenset({MACRON, TEBBOUNE})) in got
    assert ("visit", "planned", frozenset({MACRON, TEBBOUNE})) in got


PUTIN = "Vladimir Putin"


def test_callers_who_agree_during_the_call_to_meet_have_a_planned_meeting():
    text = (
        "جرى اتصال هاتفي مساء اليوم بين الرئيس رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين، "
        "اتفقا خلاله على اللقاء في إسطنبول."
    )
    got = _contacts(text)
    assert ("phone_call", "reported", frozenset({ERDOGAN, PUTIN})) in got
    assert ("meeting", "planned", frozenset({ERDOGAN, PUTIN})) in got


def test_an_invitation_accepted_by_the_named_leader_in_the_call_sentence_is_a_planned_visit():
    text = (
        "تلقى العاهل الأردني الملك عبد الله الثاني مكالمة من الرئيس المصري عبد الفتاح السيسي تناولت "
        "الأوضاع في غزة، ولبى الملك عبد الله دعوة السيسي لزيارة مصر."
    )
    got = _contacts(text)
    assert ("visit", "planned", frozenset({SISI, ABDULLAH})) in got


def test_an_invitation_alone_in_the_call_sentence_is_no_visit():
    text = (
        "تلقى العاهل الأردني الملك عبد الله الثاني مكالمة من الرئيس المصري عبد الفتاح السيسي، "
        "وجه خلالها السيسي دعوة للملك لزيارة مصر."
    )
    assert {t for t, _, _ in _contacts(text)} == {"phone_call"}


def test_a_wish_to_meet_voiced_in_the_call_is_no_planned_meeting():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بالرئيس عبد المجيد تبون، أعرب خلاله عن تطلعه إلى لقاء تبون."
    )
    assert {t for t, _, _ in _contacts(text)} == {"phone_call"}


def test_a_meeting_of_a_body_agreed_during_the_call_is_no_meeting_of_the_callers():
    text = (
        "اتصل الرئيس عبد الفتاح السيسي اليوم بالعاهل الأردني الملك عبد الله الثاني، واتفقا على الدعوة "
        "لعقد اجتماع طارئ لمجلس الجامعة العربية."
    )
    assert {t for t, _, _ in _contacts(text)} == {"phone_call"}


# A planned visit told in a later sentence with the visitor only ------------------------------------


def test_a_visit_to_the_country_of_the_other_caller_is_hosted_by_that_caller():
    text = (
        "تلقى الرئيس رجب طيب أردوغان اليوم اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين. "
        "وقال المتحدث باسم الكرملين إن بوتين سيزور تركيا الشهر المقبل."
    )
    got = _contacts(text)
    assert ("phone_call", "reported", frozenset({ERDOGAN, PUTIN})) in got
    assert ("visit", "planned", frozenset({ERDOGAN, PUTIN})) in got


MOHAMMED6 = "Mohammed VI of Morocco"


def test_a_state_visit_to_the_kingdom_named_after_the_call_is_hosted_by_the_king():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون مكالمة هاتفية مع العاهل المغربي الملك محمد السادس. "
        "وأفاد الديوان الملكي بأن ماكرون سيقوم بزيارة دولة إلى المغرب قبل نهاية العام."
    )
    assert ("visit", "planned", frozenset({MACRON, MOHAMMED6})) in _contacts(text)


def test_a_visit_to_a_capital_is_hosted_by_the_leader_of_its_country():
    text = (
        "تلقى الرئيس الجزائري عبد المجيد تبون اتصالا من الرئيس الفرنسي إيمانويل ماكرون. "
        "ومن المقرر أن يزور ماكرون الجزائر العاصمة في الخريف."
    )
    assert ("visit", "planned", frozenset({MACRON, TEBBOUNE})) in _contacts(text)


def test_a_visit_to_a_third_country_has_no_host_from_the_call():
    text = (
        "تلقى الرئيس رجب طيب أردوغان اليوم اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين. "
        "وقال الكرملين إن بوتين سيزور الصين الشهر المقبل."
    )
    assert {t for t, _, _ in _contacts(text)} == {"phone_call"}


def test_a_leader_going_home_is_no_visit():
    text = (
        "تلقى الرئيس رجب طيب أردوغان اليوم اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين خلال وجوده في باكو. "
        "ومن المقرر أن يعود أردوغان إلى تركيا غدا في زيارة قصيرة."
    )
    assert {t for t, _, _ in _contacts(text)} == {"phone_call"}


# A trip told with its visitor only, then the host of the meeting to come --------------------------

MBZ = "Mohamed bin Zayed Al Nahyan"


def test_an_arrival_then_a_meeting_to_come_with_one_leader_is_a_visit_and_a_planned_meeting():
    text = (
        "حط الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان اليوم في باريس في زيارة دولة إلى فرنسا تستمر يومين. "
        "ومن المنتظر أن يلتقي الرئيس إيمانويل ماكرون صباح الغد."
    )
    got = _contacts(text)
    assert ("visit", "reported", frozenset({MBZ, MACRON})) in got
    assert ("meeting", "planned", frozenset({MBZ, MACRON})) in got


def test_a_meeting_to_come_with_a_compatriot_of_the_visitor_is_not_the_trip_host():
    text = (
        "يبدأ الرئيس الفرنسي إيمانويل ماكرون غدا زيارة إلى الخليج. "
        "ومن المقرر أن يلتقي رئيس الوزراء الفرنسي غابرييل أتال قبل سفره."
    )
    assert all(t != "visit" or len(p) < 2 for t, _, p in _contacts(text, "2024-03-12"))


# A call and a message of the same two leaders in one sentence --------------------------------------

SAIED = "Kais Saied"


def test_a_call_and_a_letter_sent_in_a_coordinated_clause_are_two_contacts():
    text = "هاتف الرئيس عبد المجيد تبون نظيره التونسي قيس سعيد، وأرسل إليه برسالة خطية حول ملف الطاقة."
    got = _contacts(text)
    assert ("phone_call", "reported", frozenset({TEBBOUNE, SAIED})) in got
    assert ("message", "reported", frozenset({TEBBOUNE, SAIED})) in got


def test_a_letter_answered_by_a_call_are_two_contacts():
    text = "تسلم الرئيس رجب طيب أردوغان رسالة من نظيره الفرنسي إيمانويل ماكرون، فرد عليها باتصال هاتفي أجراه معه."
    got = _contacts(text)
    assert ("phone_call", "reported", frozenset({ERDOGAN, MACRON})) in got
    assert ("message", "reported", frozenset({ERDOGAN, MACRON})) in got


def test_a_letter_handed_over_during_the_call_by_a_third_leader_is_not_the_callers_message():
    text = (
        "تلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا من الرئيس عبد المجيد تبون، نقل خلاله رسالة من الرئيس "
        "الفرنسي إيمانويل ماكرون."
    )
    assert ("message", "reported", frozenset({TEBBOUNE, SAIED})) not in _contacts(text)


def test_a_letter_that_only_dates_the_call_is_no_second_contact_of_the_day():
    text = "أجرى الرئيس عبد المجيد تبون اتصالا هاتفيا بنظيره التونسي قيس سعيد، وذلك بعد رسالة تلقاها منه."
    assert ("message", "reported", frozenset({TEBBOUNE, SAIED})) not in _contacts(text)


# A visit of one caller discussed in the call -------------------------------------------------------


def test_a_call_that_prepares_the_expected_visit_of_a_caller_gives_a_planned_visit():
    text = (
        "ناقش الرئيس رجب طيب أردوغان مع الرئيس الفرنسي إيمانويل ماكرون عبر الهاتف اليوم الترتيبات "
        "الخاصة بزيارة ماكرون المقبلة إلى أنقرة."
    )
    got = _contacts(text)
    assert ("phone_call", "reported", frozenset({ERDOGAN, MACRON})) in got
    assert ("visit", "planned", frozenset({ERDOGAN, MACRON})) in got


def test_a_call_about_an_invitation_to_visit_gives_no_visit():
    text = (
        "ناقش الرئيس رجب طيب أردوغان مع الرئيس الفرنسي إيمانويل ماكرون عبر الهاتف اليوم الدعوة "
        "الموجهة لزيارة ماكرون إلى أنقرة."
    )
    assert {t for t, _, _ in _contacts(text)} == {"phone_call"}


# A stay as a leader's guest ------------------------------------------------------------------------


def test_a_leader_staying_as_the_guest_of_another_is_a_visit():
    text = "سيحل الرئيس الفرنسي إيمانويل ماكرون ضيفا على العاهل المغربي الملك محمد السادس في مراكش."
    assert _contacts(text) == {("visit", "planned", frozenset({MACRON, MOHAMMED6}))}


def test_a_present_stay_with_a_time_to_come_is_a_planned_visit():
    text = "يحل الرئيس الفرنسي إيمانويل ماكرون ضيفا على الرئيس عبد المجيد تبون الشهر المقبل."
    assert _contacts(text) == {("visit", "planned", frozenset({MACRON, TEBBOUNE}))}


def test_a_leader_as_a_guest_of_a_television_show_is_no_visit():
    text = "حل الرئيس الفرنسي إيمانويل ماكرون ضيفا على برنامج حواري مساء الأحد."
    assert _contacts(text) == set()


# A trip and the meeting held during it -----------------------------------------------------------

XI = "Xi Jinping"

SALMAN = "Salman bin Abdulaziz Al Saud"


def test_a_reception_told_within_a_trip_that_took_place_is_one_meeting():
    text = (
        "استقبل العاهل السعودي الملك سلمان بن عبد العزيز أمس في الرياض الرئيس الصيني شي جين بينغ، "
        "وذلك في إطار الزيارة التي يجريها شي إلى المملكة. "
        "وأعرب الرئيس الصيني عن سروره بزيارة السعودية ولقاء الملك سلمان."
    )
    got = _contacts(text, "2022-12-09")
    assert ("meeting", "reported", frozenset({XI, SALMAN})) in got
    assert all(t != "visit" for t, _, _ in got)


def test_a_meeting_during_a_trip_to_come_is_planned_on_the_trip_day():
    text = (
        "أعلنت مصادر رسمية عن زيارة مرتقبة للرئيس الصيني شي جين بينغ إلى السعودية يوم الخميس. "
        "وأضافت المصادر أن شي يلتقي خلال الزيارة العاهل السعودي الملك سلمان بن عبد العزيز."
    )
    events = extract_events(text, "2022-12-06")  # a Tuesday: Thursday is 2022-12-08
    meetings = [e for e in events if e.type == "meeting"]
    assert [(e.status, str(e.date)) for e in meetings] == [("planned", "2022-12-08")]


# An invitation told accepted in a later sentence ----------------------------------------------------

SUDANI = "Mohammed Shia al-Sudani"


def test_an_invitation_accepted_in_the_next_sentence_is_a_planned_visit():
    text = (
        "دعا الرئيس الإماراتي محمد بن زايد آل نهيان رئيس الوزراء العراقي محمد شياع السوداني إلى زيارة أبوظبي. "
        "ووعد السوداني بتلبيتها في أقرب وقت."
    )
    assert _contacts(text) == {("visit", "planned", frozenset({MBZ, SUDANI}))}


def test_an_invitation_only_thanked_for_is_no_visit():
    text = (
        "دعا الرئيس الإماراتي محمد بن زايد آل نهيان رئيس الوزراء العراقي محمد شياع السوداني إلى زيارة أبوظبي. "
        "وشكر السوداني الرئيس الإماراتي على دعوته."
    )
    assert _contacts(text) == set()


# An earlier summit of the callers recalled in the call's report -----------------------------------

TOKAYEV = "Kassym-Jomart Tokayev"


def test_the_summit_that_brought_the_two_presidents_together_is_a_meeting_of_theirs():
    text = (
        "تلقى الرئيس الكازاخستاني قاسم جومارت توكاييف اليوم اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين. "
        "وناقش الجانبان تنفيذ ما اتفقا عليه في القمة التي جمعت الرئيسين الروسي والكازاخستاني في الربيع الماضي."
    )
    got = _contacts(text, "2022-09-01")
    assert ("phone_call", "reported", frozenset({PUTIN, TOKAYEV})) in got
    assert ("meeting", "reported", frozenset({PUTIN, TOKAYEV})) in got


def test_the_last_bilateral_summit_recalled_by_the_pair_is_their_meeting():
    text = (
        "بحث الرئيس الروسي فلاديمير بوتين اليوم في مكالمة هاتفية مع الرئيس قاسم جومارت توكاييف. "
        "وشدد الرئيسان على تنفيذ ما اتفقا عليه في القمة الثنائية الأخيرة التي احتضنتها موسكو."
    )
    assert ("meeting", "reported", frozenset({PUTIN, TOKAYEV})) in _contacts(text, "2022-09-01")


def test_a_friday_prayer_is_no_gathering_of_leaders():
    text = "أدى الرئيس الروسي فلاديمير بوتين صلاة الجمعة، وقال الكرملين إن الرئيس سيلقي كلمة."
    assert _contacts(text, "2022-09-02") == set()


# An earlier summit of the same group recalled in a sentence naming nobody -------------------------

ROUHANI = "Hassan Rouhani"


def test_the_previous_summit_of_the_three_countries_is_an_earlier_meeting_of_the_same_leaders():
    text = (
        "شارك الرئيس فلاديمير بوتين والرئيس رجب طيب أردوغان والرئيس حسن روحاني اليوم في قمة افتراضية "
        "حول الملف السوري. وكانت آخر قمة للدول الثلاث قد انعقدت في سوتشي في 14 شباط 2019."
    )
    got = _contacts(text, "2020-07-01")
    assert ("meeting", "reported", frozenset({PUTIN, ERDOGAN, ROUHANI})) in got


def test_a_previous_summit_without_a_reference_to_the_group_is_nobodys_meeting():
    text = (
        "شارك الرئيس فلاديمير بوتين والرئيس رجب طيب أردوغان والرئيس حسن روحاني اليوم في قمة افتراضية "
        "حول الملف السوري. وكانت آخر قمة لمجموعة العشرين قد انعقدت في أوساكا في 28 حزيران 2019."
    )
    assert all(t != "meeting" for t, _, _ in _contacts(text, "2020-07-01"))


# A meeting of the two callers still to come, named in the call's report ---------------------------


def test_a_call_about_the_arrangements_for_their_expected_meeting_gives_a_planned_meeting():
    text = (
        "هاتف الرئيس رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين وبحث معه التحضيرات الخاصة "
        "باجتماعهما المرتقب في أنقرة."
    )
    assert ("meeting", "planned", frozenset({ERDOGAN, PUTIN})) in _contacts(text)


def test_a_call_days_before_their_scheduled_meeting_gives_a_planned_meeting():
    text = (
        "تلقى الرئيس رجب طيب أردوغان اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين، وذلك قبل أسبوع من "
        "لقائهما المقرر في أستانا."
    )
    got = _contacts(text)
    assert ("phone_call", "reported", frozenset({ERDOGAN, PUTIN})) in got
    assert ("meeting", "planned", frozenset({ERDOGAN, PUTIN})) in got


def test_a_meeting_of_one_caller_with_someone_else_is_not_the_callers_plan():
    text = (
        "هاتف الرئيس رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين وأطلعه على التحضيرات الخاصة "
        "بلقائه المرتقب مع الرئيس الأمريكي."
    )
    assert ("meeting", "planned", frozenset({ERDOGAN, PUTIN})) not in _contacts(text)


# A reception today and a call recalled in a later clause -------------------------------------------


def test_a_call_said_to_be_by_phone_is_no_talk_in_person_beside_a_reception():
    text = (
        "استقبل الرئيس عبد المجيد تبون اليوم الرئيس التونسي قيس سعيد الذي يجري زيارة إلى الجزائر، "
        "وكان الرئيسان قد تحادثا هاتفيا الأسبوع الماضي."
    )
    events = extract_events(text, PUB)
    got = {(e.type, e.background) for e in events if {p.name_en for p in e.participants} == {TEBBOUNE, SAIED}}
    assert ("meeting", False) in got  # the reception is today's news, not a recalled contact
    assert ("phone_call", True) in got
    assert all(e.type != "visit" for e in events)  # the visit in which they met is the meeting


def test_a_talk_beside_a_visit_without_a_phone_word_stays_a_talk_in_person():
    text = "تحادث الرئيس عبد المجيد تبون مع الرئيس التونسي قيس سعيد اليوم خلال زيارة يقوم بها سعيد إلى الجزائر."
    assert ("phone_call", "reported", frozenset({TEBBOUNE, SAIED})) not in _contacts(text)


# A trip to come whose meeting is told: one planned meeting (the corpus convention) -----------------


def test_a_trip_to_come_with_its_meeting_told_is_one_planned_meeting():
    text = "سيتوجه الرئيس الفرنسي إيمانويل ماكرون الأحد المقبل إلى الجزائر، حيث يلتقي الرئيس عبد المجيد تبون."
    got = _contacts(text)
    assert ("meeting", "planned", frozenset({MACRON, TEBBOUNE})) in got
    assert all(t != "visit" for t, _, _ in got)


def test_a_trip_starting_today_with_a_summit_tomorrow_is_one_planned_meeting_on_the_summit_day():
    text = (
        "يلتقي الرئيس التركي رجب طيب أردوغان غدا الرئيس الروسي فلاديمير بوتين في موسكو. "
        "وأعلنت الرئاسة التركية أنه سيقوم بإذن الله الرئيس أردوغان - حفظه الله - بزيارة عمل إلى روسيا "
        "اليوم الثلاثاء 12 مارس 2024، يجري خلالها مباحثات مع نظيره الروسي."
    )
    events = extract_events(text, PUB)
    assert [(e.type, e.status, str(e.date)) for e in events] == [("meeting", "planned", "2024-03-13")]


SCHOLZ = "Olaf Scholz"

HERZOG = "Isaac Herzog"

NETANYAHU = "Benjamin Netanyahu"


def test_a_trip_to_come_to_meet_two_leaders_of_one_country_is_their_two_meetings():
    text = (
        "ومن المقرر أن يزور المستشار الألماني أولاف شولتس إسرائيل يوم 17 مارس للقاء رئيس الوزراء بنيامين نتنياهو "
        "والرئيس الإسرائيلي إسحاق هرتسوغ."
    )
    got = _contacts(text)
    assert ("meeting", "planned", frozenset({SCHOLZ, NETANYAHU})) in got
    assert ("meeting", "planned", frozenset({SCHOLZ, HERZOG})) in got
    assert all(t != "visit" for t, _, _ in got)


def test_a_trip_to_come_without_a_day_is_not_the_summit_meeting_of_another_day():
    text = (
        "وأعلن الرئيس الفرنسي إيمانويل ماكرون أنه سيلتقي الرئيس الجزائري عبد المجيد تبون على هامش قمة مجموعة السبع "
        "في إيطاليا يوم 13 يونيو. "
        "كما أكد ماكرون عزمه زيارة الجزائر في الخريف المقبل."
    )
    got = _contacts(text)
    assert ("meeting", "planned", frozenset({MACRON, TEBBOUNE})) in got
    assert ("visit", "planned", frozenset({MACRON, TEBBOUNE})) in got


def test_an_invitation_to_make_a_visit_hoped_to_be_accepted_is_no_visit():
    text = (
        "تلقى الرئيس الإماراتي محمد بن زايد آل نهيان اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون. "
        "وذكرت الوكالة أن الرئيس الإماراتي جدد دعوته للرئيس الفرنسي للقيام بزيارة دولة إلى أبوظبي، آملا أن يلبيها قريبا."
    )
    assert _contacts(text) == {("phone_call", "reported", frozenset({MBZ, MACRON}))}


# A summit of two leaders named with it -------------------------------------------------------------


def test_a_summit_held_tomorrow_with_a_leader_is_a_planned_meeting():
    text = "يعقد الرئيس التركي رجب طيب أردوغان غدا قمة مع الرئيس الروسي فلاديمير بوتين في موسكو."
    events = extract_events(text, PUB)
    assert [(e.type, e.status, str(e.date)) for e in events] == [("meeting", "planned", "2024-03-13")]


BIDEN = "Joe Biden"


def test_a_call_preparing_the_expected_summit_between_the_callers_gives_a_planned_meeting():
    text = (
        "أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا بالرئيس الصيني شي جين بينغ اليوم، "
        "بحثا خلاله التحضيرات للقمة المرتقبة بينهما."
    )
    got = _contacts(text)
    assert ("phone_call", "reported", frozenset({BIDEN, XI})) in got
    assert ("meeting", "planned", frozenset({BIDEN, XI})) in got


def test_a_summit_between_the_leaders_of_a_group_is_no_meeting_of_two():
    assert _contacts("شارك الرئيس الروسي فلاديمير بوتين في قمة بين قادة دول مجموعة بريكس.") == set()


# A contact "we" had, recalled in the content of a message ----------------------------------------


def _events(text: str, published: str = PUB) -> list[tuple[str, str, bool, frozenset[str], str | None]]:
    return [(e.type, e.status, e.background, names(e), e.date) for e in extract_events(text, published)]


def test_a_meeting_the_writer_recalls_in_a_message_is_an_earlier_meeting_of_its_two_parties():
    text = (
        "بعث الرئيس المصري عبد الفتاح السيسي أمس برقية إلى العاهل الأردني الملك عبد الله الثاني. "
        'وقال السيسي في برقيته إن "العلاقات بين البلدين ازدادت متانة بعد لقائنا في العقبة" '
        "يوم 3 مارس 2024."
    )
    got = _events(text)
    assert ("message", "reported", False, frozenset({SISI, ABDULLAH}), "2024-03-11") in got
    assert ("meeting", "reported", True, frozenset({SISI, ABDULLAH}), "2024-03-03") in got


def test_a_meeting_to_come_in_a_message_is_a_planned_meeting_of_its_parties():
    text = (
        "وجه الرئيس الجزائري عبد المجيد تبون اليوم رسالة إلى الرئيس الفرنسي إيمانويل ماكرون، "
        'كتب فيها: "سنبحث هذه الملفات خلال لقائنا المقبل في باريس".'
    )
    got = {(t, s, p) for t, s, _, p, _ in _events(text)}
    assert ("message", "reported", frozenset({TEBBOUNE, MACRON})) in got
    assert ("meeting", "planned", frozenset({TEBBOUNE, MACRON})) in got


def test_a_meeting_of_the_message_writer_with_a_third_person_is_no_meeting_of_the_pair():
    text = (
        "بعث الرئيس المصري عبد الفتاح السيسي اليوم رسالة إلى العاهل الأردني الملك عبد الله الثاني، "
        "تناولت نتائج لقائه مع الرئيس التركي رجب طيب أردوغان."
    )
    got = {(t, p) for t, _, _, p, _ in _events(text)}
    assert ("meeting", frozenset({SISI, ABDULLAH})) not in got


def test_we_in_a_call_sentence_is_left_to_the_call():
    text = (
        "تلقى الرئيس التركي رجب طيب أردوغان ظهر الخميس مكالمة هاتفية من الرئيس الروسي فلاديمير بوتين، "
        'وقال بوتين: "اتفقنا على متابعة ما بحثناه في لقائنا السابق".'
    )
    got = {(t, s) for t, s, _, p, _ in _events(text)}
    assert ("phone_call", "reported") in got


# A second contact ordered by "سبقتها" / "تلاها" in one sentence --------------------------------------


def test_talks_that_preceded_a_summit_are_a_second_contact_of_the_same_hosts():
    text = (
        "أجرى رئيس المجلس الأوروبي شارل ميشال ورئيسة المفوضية الأوروبية أورسولا فون دير لاين اليوم محادثات "
        "عبر الفيديو مع الرئيس الصيني شي جين بينغ، تلتها محادثات مماثلة عبر الفيديو مع رئيس مجلس الدولة "
        "الصيني لي كه تشيانغ."
    )
    found = [set(p) for _, _, p in shapes(extract_events(text, "2022-04-01"))]
    assert {"Charles Michel", "Ursula von der Leyen", "Xi Jinping"} in found
    assert {"Charles Michel", "Ursula von der Leyen", "Li Keqiang"} in found


def test_a_message_in_a_clause_opened_by_wa_ala_after_a_call_is_a_second_contact():
    text = (
        "أبوظبي - وام: أطلع رئيس الدولة الشيخ محمد بن زايد آل نهيان مجلس الوزراء اليوم على فحوى الاتصال "
        "الهاتفي الذي جرى بينه وبين الرئيس الفرنسي إيمانويل ماكرون أمس، وعلى مضمون الرسالة التي تلقاها "
        "من العاهل الأردني الملك عبد الله الثاني."
    )
    found = {(kind, p) for kind, _, p in shapes(extract_events(text, "2023-04-04"))}
    assert ("phone_call", ("Emmanuel Macron", "Mohamed bin Zayed Al Nahyan")) in found
    assert ("message", ("Abdullah II of Jordan", "Mohamed bin Zayed Al Nahyan")) in found


# A call and a meeting joined by "و" ------------------------------------------------------------------


def test_a_call_and_a_meeting_in_one_sentence_are_two_events():
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون اليوم وزير الخارجية الإيطالي أنطونيو تاياني، وتلقى "
        "اتصالا هاتفيا من الرئيس التونسي قيس سعيد."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Abdelmadjid Tebboune", "Antonio Tajani")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
    ]


def test_a_meeting_after_a_call_takes_the_sentence_subject():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا اليوم بالرئيس الأمريكي جو بايدن، والتقى بعد "
        "ذلك رئيس الوزراء الفلسطيني محمد مصطفى."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Mohammad Mustafa")),
        ("phone_call", "reported", ("Abdel Fattah el-Sisi", "Joe Biden")),
    ]


# A contact that sets the time of the main one is the subject's with the people named after it ----------


def test_a_video_talk_hours_before_the_call_is_the_subjects_with_its_own_counterpart():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء اتصالا هاتفيا مع رئيس الوزراء الهندي ناريندرا "
        "مودي، بعد ساعات من محادثة عبر الفيديو أجراها مع المستشار الألماني أولاف شولتس."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Narendra Modi")),
        ("video_call", "reported", ("Emmanuel Macron", "Olaf Scholz")),
    ]


# Earlier contacts told in passing ----------------------------------------------------------------


def test_a_summit_told_in_a_relative_clause_is_a_meeting_of_the_subject_not_a_call():
    text = (
        "أطلع الرئيس التركي رجب طيب أردوغان المستشارة الألمانية أنغيلا ميركل في اتصال هاتفي اليوم على نتائج "
        "القمة الثلاثية التي جمعته بنظيريه الروسي فلاديمير بوتين والإيراني حسن روحاني في سوتشي قبل أيام."
    )
    assert [s for s in shapes(extract_events(text, "2017-11-30")) if s[0] == "phone_call"] == [
        ("phone_call", "reported", ("Angela Merkel", "Recep Tayyip Erdoğan"))
    ]


def test_the_summit_that_brought_the_subject_together_with_two_peers_leaves_out_the_one_briefed():
    text = (
        "وأطلع الرئيس التركي رجب طيب أردوغان المستشارة الألمانية أنغيلا ميركل على تفاصيل القمة الثلاثية "
        "التي جمعته بنظيريه الروسي فلاديمير بوتين والإيراني حسن روحاني في سوتشي في 22 نوفمبر."
    )
    events = extract_events(text, "2017-11-30")
    assert shapes(events) == [("meeting", "reported", ("Hassan Rouhani", "Recep Tayyip Erdoğan", "Vladimir Putin"))]
    assert events[0].date == "2017-11-22"


def test_contacts_told_in_a_relative_clause_are_the_described_persons():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس مجلس السيادة السوداني عبد الفتاح البرهان، "
        "الذي زار جوبا الاثنين الماضي والتقى برئيسها سلفا كير."
    )
    events = extract_events(text, "2023-09-07")
    meetings = {tuple(sorted(p.name_en or "" for p in e.participants)): e for e in events if e.type == "meeting"}
    assert ("Abdel Fattah el-Sisi", "Salva Kiir Mayardit") not in meetings
    earlier = meetings[("Abdel Fattah al-Burhan", "Salva Kiir Mayardit")]
    assert earlier.background is True
    assert earlier.date == "2023-09-04"
    assert meetings[("Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi")].background is False


def test_a_coordinated_contact_without_a_relative_clause_keeps_the_sentences_subject():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس مجلس السيادة السوداني عبد الفتاح البرهان، "
        "والتقى بعد ذلك رئيس جنوب السودان سلفا كير."
    )
    assert ("meeting", "reported", ("Abdel Fattah el-Sisi", "Salva Kiir Mayardit")) in shapes(
        extract_events(text, "2023-09-07")
    )


# A contact told with a possessive noun inside another contact's sentence has its own parties ------


def test_a_briefing_on_talks_with_a_third_leader_during_a_call_keeps_the_call_dyadic():
    text = (
        "أطلع وزير الخارجية الأمريكي أنتوني بلينكن نظيره السعودي الأمير فيصل بن فرحان خلال اتصال هاتفي "
        "اليوم على ما انتهت إليه محادثاته مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    )
    assert shapes(extract_events(text, "2024-05-15")) == [
        ("phone_call", "reported", ("Antony Blinken", "Faisal bin Farhan Al Saud"))
    ]


def test_a_leader_putting_a_peer_in_the_picture_of_his_trip_and_talks_calls_only_the_peer():
    text = (
        "وضع الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في صورة زيارته إلى واشنطن "
        "ومحادثاته مع الرئيس الأمريكي جو بايدن، وذلك خلال اتصال هاتفي جرى بينهما اليوم."
    )
    got = shapes(extract_events(text, "2024-05-15"))
    assert ("phone_call", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan")) in got
    assert all("Joe Biden" not in p for _, _, p in got)


def test_a_leader_announcing_a_later_call_with_a_third_leader_keeps_the_call_he_held_dyadic():
    text = (
        "قال الرئيس التركي رجب طيب أردوغان إنه ناقش مع نظيره الروسي فلاديمير بوتين في اتصال هاتفي ملف "
        "الممرات البحرية، مضيفا أنه سيتحدث مع الرئيس الأوكراني فولوديمير زيلينسكي خلال الأيام القادمة."
    )
    reported = [e for e in extract_events(text, "2023-03-14") if e.status == "reported"]
    assert shapes(reported) == [("phone_call", "reported", ("Recep Tayyip Erdoğan", "Vladimir Putin"))]


# A contact that only sets the time of another ("بعد مكالمته مع X") is an earlier contact of its own --


def test_a_call_after_an_earlier_call_keeps_each_call_and_its_own_day():
    text = (
        "وبعد مكالمته أمس مع الرئيس الروسي فلاديمير بوتين، اتصل الرئيس الأمريكي دونالد ترامب "
        "اليوم هاتفيا بالرئيس الأوكراني فولوديمير زيلينسكي."
    )
    got = sorted((tuple(people(e)), e.date) for e in extract_events(text, "2025-03-19"))
    assert got == [
        (("Donald Trump", "Vladimir Putin"), "2025-03-18"),
        (("Donald Trump", "Volodymyr Zelensky"), "2025-03-19"),
    ]


def test_a_contact_clause_naming_nobody_leaves_the_people_to_the_clause_after_it():
    # the first clause tells a gathering without naming anyone; the second names its own subject
    text = (
        "وجرى اللقاء في أجواء ودية، كما سيعقد الرئيس التركي رجب طيب أردوغان لقاءات ثنائية مع العاهل "
        "الأردني الملك عبد الله الثاني وأمير قطر الشيخ تميم بن حمد."
    )
    events = extract_events(text, "2023-05-10")
    assert sorted((e.type, e.status, names(e)) for e in events) == sorted(
        [("meeting", "planned", frozenset({ERDOGAN, ABDULLAH})), ("meeting", "planned", frozenset({ERDOGAN, TAMIM}))]
    )


def test_a_talk_told_beside_an_invitation_to_visit_stays_a_call():
    # the visit is only offered: the talk is not one in person during a trip
    text = (
        "أجرى الرئيس التركي رجب طيب أردوغان مكالمة هاتفية مع الرئيس الفرنسي إيمانويل ماكرون اليوم. "
        "وقالت أنقرة إن المحادثة مع ماكرون تناولت الطاقة، ووجه أردوغان دعوة لماكرون لزيارة تركيا العام المقبل."
    )
    events = extract_events(text, "2023-05-10")
    assert [(e.type, names(e)) for e in events if e.status == "reported"] == [
        ("phone_call", frozenset({ERDOGAN, MACRON}))
    ]
