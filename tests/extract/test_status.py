"""The status of a contact (rasd.extract.status): planned (a future verb, a planning word, a time
still to come, a schedule, an invitation accepted, a meeting put off), denied, unconfirmed or
refused, and the background flag of an earlier contact told in passing. Each test states one rule
on sentences written for it (never copied text)."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import (
    ABDULLAH,
    ERDOGAN,
    MACRON,
    SISI,
    names,
    of_type,
    pairs,
    people,
    shapes,
    statuses,
)

from rasd.dates import find_dates
from rasd.extract import extract_events
from rasd.normalize import normalize

# === Contacts to come (planned) ==========================================================================

# Status: an expected contact -------------------------------------------------------------------


def test_an_expected_call_named_by_an_adjective_after_it_is_planned():
    text = (
        "أكدت الرئاسة المصرية أن اتصالا هاتفيا مرتقبا بين الرئيس المصري عبد الفتاح السيسي "
        "والرئيس الفرنسي إيمانويل ماكرون سيتناول الأوضاع في غزة."
    )
    events = extract_events(text, "2023-10-20")
    assert [e.status for e in events] == ["planned"]


def test_a_call_followed_by_a_plain_adjective_stays_reported():
    text = "أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مطولا مع الرئيس الفرنسي إيمانويل ماكرون اليوم."
    (event,) = extract_events(text, "2023-10-20")
    assert event.status == "reported"


def test_an_agreed_or_intended_meeting_is_planned():
    text = (
        "أجرى الرئيس الأمريكي دونالد ترامب اليوم اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ. "
        "وأعلن ترامب موافقته على لقاء شي جين بينغ في كوريا الجنوبية."
    )
    events = {e.type: e for e in extract_events(text, "2025-09-19")}
    assert events["phone_call"].status == "reported"
    assert events["meeting"].status == "planned"


def test_a_scheduled_meeting_with_a_long_subject_and_a_day_before_the_contact_word_is_planned():
    # "من المقرر أن يعقد X اليوم الخميس مباحثات مع Y": the subject's titles and the day push the
    # contact word seven or more words after "أن" + the present verb; it is still to come
    text = (
        "وصل الرئيس الصيني شي جين بينغ أمس إلى الرياض في زيارة رسمية. ومن المقرر أن يعقد الرئيس الصيني "
        "شي جين بينغ اليوم الخميس جلسة مباحثات مع ولي العهد السعودي الأمير محمد بن سلمان."
    )
    meetings = of_type(text, "2022-12-08", "meeting")
    assert meetings and all(e.status == "planned" for e in meetings)


@pytest.mark.parametrize(
    "text",
    [
        # a future verb whose subject is the contact word
        "ذكرت مصادر أن اتصالا هاتفيا سيجمع الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ قريبا.",
        # "يُنتظر أن" + a present verb: expected
        "يُنتظر أن يجري الرئيس الأمريكي جو بايدن اتصالا هاتفيا بالرئيس الصيني شي جين بينغ.",
    ],
)
def test_a_call_to_come_told_by_a_future_verb_after_it_or_an_expectation_is_planned(text):
    [event] = extract_events(text, "2022-11-01")
    assert event.status == "planned"


def test_a_future_verb_governs_the_contact_word_across_a_long_royal_subject():
    # "سيجري [honorific + title + five-word name] اتصالا": only the subject stands between
    text = "سيجري خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود اتصالا هاتفيا بالرئيس الأمريكي باراك أوباما."
    [event] = extract_events(text, "2015-09-01")
    assert event.status == "planned"


def test_a_meeting_that_is_the_purpose_of_a_trip_is_planned():
    text = "يتوجه الرئيس التركي رجب طيب أردوغان اليوم إلى سوتشي للقاء الرئيس الروسي فلاديمير بوتين."
    events = extract_events(text, "2017-11-13")
    assert events and all(e.status == "planned" for e in events)


def test_a_meeting_referred_back_to_with_a_relative_clause_is_not_a_purpose():
    text = (
        "أشاد الرئيس الروسي فلاديمير بوتين بنتائج اللقاء الذي جمعه أمس بالرئيس التركي رجب طيب أردوغان "
        "وتطرق للقاء الذي عقداه في سوتشي."
    )
    assert all(e.status == "reported" for e in extract_events(text, "2017-11-14"))


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


def test_a_meeting_told_as_scheduled_in_its_relative_clause_is_planned():
    text = (
        "رحب الرئيس الفرنسي إيمانويل ماكرون بتحديد موعد جديد للقاء الذي كان مقررا مع الرئيس الجزائري "
        "عبد المجيد تبون الشهر الماضي."
    )
    assert statuses(text, "2024-05-10") == [("meeting", "planned")]


def test_a_meeting_held_in_its_relative_clause_stays_reported():
    text = "أشاد الرئيس الفرنسي إيمانويل ماكرون باللقاء الذي جمعه بالرئيس الجزائري عبد المجيد تبون."
    assert statuses(text, "2024-05-10") == [("meeting", "reported")]


# "أعرب عن أمله في عقد لقاء": a hope sets no meeting ----------------------------------------------


def test_a_hope_to_hold_a_meeting_is_no_planned_meeting():
    text = "وأعرب الرئيس الفرنسي إيمانويل ماكرون عن أمله في عقد لقاء مع الرئيس الروسي فلاديمير بوتين."
    assert extract_events(text, "2022-02-10") == []


def test_a_meeting_set_for_tomorrow_stays_planned():
    text = "ومن المقرر أن يعقد الرئيس الفرنسي إيمانويل ماكرون غدا لقاء مع الرئيس الروسي فلاديمير بوتين."
    got = shapes(extract_events(text, "2022-02-10"))
    assert got == [("meeting", "planned", ("Emmanuel Macron", "Vladimir Putin"))]


def test_readiness_to_meet_is_no_event():
    text = "أعلن الرئيس الأوكراني فولوديمير زيلينسكي استعداده للقاء الرئيس الروسي فلاديمير بوتين في أي وقت."
    assert not extract_events(text, "2025-05-12")


# Status cues: a future arrival is planned; being able to visit some day is no visit ------------------


def test_a_future_arrival_on_a_working_visit_is_planned():
    text = "وقال الكرملين إن الرئيس التركي رجب طيب أردوغان سيصل في زيارة عمل إلى سوتشي بدعوة من الرئيس الروسي فلاديمير بوتين."
    found = shapes(extract_events(text, "2017-11-13"))
    assert found and all(status == "planned" for _, status, _ in found)


def test_hoping_to_be_able_to_visit_is_no_visit():
    text = (
        "أعرب النائب الأول للرئيس الإيراني عن أمله في أن يتجاوز الرئيس الإيراني الحادث، "
        "وأن يتمكن من زيارة الرئيس العراقي عبد اللطيف رشيد قريبا."
    )
    assert of_type(text, "2024-05-19", "visit") == []


# Contacts to come told with the future particle or a present verb and a time still to come: "سوف" and
# "س" on any present contact verb ("سيلتقيان", "ستستقبل"), a present verb with today's date or with a
# day and month a few days ahead, coordinated clauses sharing one time to come; and the days they name
# ("بعد غد", "مساء الغد"), and "طوال اليوم", which names none.

PUB = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "سوف يستقبل الرئيس الجزائري عبد المجيد تبون رئيسة الوزراء الإيطالية جورجيا ميلوني في العاصمة.",
        "سيلتقيان الرئيس الجزائري عبد المجيد تبون ورئيسة الوزراء الإيطالية جورجيا ميلوني في روما.",
        "ستستقبل رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس الجزائري عبد المجيد تبون في روما.",
        "وسيهاتف الرئيس الجزائري عبد المجيد تبون رئيسة الوزراء الإيطالية جورجيا ميلوني.",
    ],
)
def test_the_future_particle_on_or_before_a_present_verb_makes_the_contact_planned(text):
    assert [s for _, s in statuses(text, PUB)] == ["planned"]


def test_the_present_verb_alone_stays_reported():
    text = "تستقبل رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس الجزائري عبد المجيد تبون في روما."
    assert [s for _, s in statuses(text, PUB)] == ["reported"]


def test_a_present_verb_with_today_is_the_days_schedule():
    text = "يستقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني."
    [event] = extract_events(text, PUB)
    assert (event.status, str(event.date), event.date_basis) == ("planned", PUB, "today")


def test_a_past_verb_with_today_stays_reported():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني."
    assert [s for _, s in statuses(text, PUB)] == ["reported"]


def test_a_present_verb_with_a_day_of_the_month_a_few_days_ahead_is_that_coming_day():
    text = "يلتقي الرئيس الجزائري عبد المجيد تبون رئيسة الوزراء الإيطالية جورجيا ميلوني في 18 مارس."
    [event] = extract_events(text, PUB)
    assert (event.status, str(event.date), event.background) == ("planned", "2025-03-18", False)


def test_a_present_verb_after_the_contact_noun_reads_a_weekday_as_the_coming_one():
    text = "لقاء يجمع الرئيس الجزائري عبد المجيد تبون ورئيسة الوزراء الإيطالية جورجيا ميلوني يوم الأحد."
    [event] = extract_events(text, PUB)
    assert (event.status, str(event.date)) == ("planned", "2025-03-16")


def test_a_time_to_come_in_the_first_clause_times_the_coordinated_contact():
    text = (
        "يشارك الرئيس الجزائري عبد المجيد تبون في مؤتمر الطاقة الأسبوع القادم، ويلتقي على هامشه "
        "رئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    assert [s for _, s in statuses(text, PUB)] == ["planned"]


def test_a_that_clause_governs_a_contact_noun_after_the_names_of_both_sides():
    text = (
        "ومن المنتظر أن يبحث الرئيس الجزائري عبد المجيد تبون مع رئيسة الوزراء الإيطالية جورجيا ميلوني "
        "خلال لقائهما ملف الطاقة."
    )
    assert [s for _, s in statuses(text, PUB)] == ["planned"]


def test_a_trip_to_come_times_the_visit_in_apposition_and_its_meeting_is_the_one_event():
    text = (
        "يصل الرئيس الجزائري عبد المجيد تبون نهاية الأسبوع إلى روما، في زيارة عمل يلتقي أثناءها "
        "رئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    assert statuses(text, PUB) == [("meeting", "planned")]


def _days(text: str) -> list[tuple[str, str]]:
    return [(str(d.date), d.basis) for d in find_dates(normalize(text).text, dt.date.fromisoformat(PUB))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("بعد غد", [("2025-03-14", "today")]),
        ("مساء الغد", [("2025-03-13", "today")]),
        ("يتحدثان طوال اليوم", []),
        ("لم يلتقيا حتى اليوم", []),
    ],
)
def test_relative_days_to_come_and_spans_that_name_no_day(text, expected):
    assert _days(text) == expected


def test_a_name_that_spells_a_conjoined_present_verb_is_no_verb():
    # "فيصل" is also "ف" + "يصل": the call on Sunday stays a reported one, on the last Sunday
    text = "وأجرى الأمير فيصل بن فرحان الأحد اتصالا هاتفيا مع رئيسة الوزراء الإيطالية جورجيا ميلوني."
    [event] = extract_events(text, PUB)
    assert (event.status, str(event.date)) == ("reported", "2025-03-09")


def test_a_present_verb_of_a_relative_clause_does_not_time_the_main_contact():
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني التي "
        "تجري زيارة إلى الجزائر."
    )
    assert all(s == "reported" for _, s in statuses(text, PUB))


def test_a_plan_with_its_own_vague_time_takes_no_day_from_another_clause():
    text = (
        "وغادر الرئيس الجزائري عبد المجيد تبون الأحد إلى ألمانيا للعلاج، وأعلن عن تأجيل لقائه المقرر "
        "نهاية هذا الأسبوع مع رئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    [event] = [e for e in extract_events(text, PUB) if e.status == "planned"]
    assert (str(event.date), event.date_basis) == (PUB, "published")


def test_a_name_opening_the_contacts_clause_is_no_present_verb():
    # "فيصل" opening the clause is a name, not "ف" + the present verb "يصل": the Sunday call was held
    text = "وفي الرياض، فيصل بن فرحان أجرى الأحد اتصالا هاتفيا مع نظيره الأمريكي ماركو روبيو."
    assert statuses(text, "2025-06-14") == [("phone_call", "reported")]


# "يلتقي الرئيس X، فلان، نظيره Y الشهر المقبل": the commas around a name end no clause --------------


def test_a_time_to_come_after_a_name_in_commas_makes_the_meeting_planned():
    text = "يستقبل الرئيس الكيني، وليام روتو، نظيره الأوغندي يويري موسيفيني في نيروبي الشهر المقبل."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "planned", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_name_in_commas_with_a_time_to_come_and_a_later_statement_day_stays_planned():
    text = (
        "يلتقي الرئيس الكيني، وليام روتو، نظيره الأوغندي، يويري موسيفيني، في كمبالا الأسبوع القادم، "
        "حسبما أفادت الرئاسة الكينية اليوم الأربعاء."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "planned", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_time_to_come_in_a_new_clause_after_the_names_leaves_a_past_meeting_reported():
    text = (
        "التقى الرئيس الكيني، وليام روتو، نظيره الأوغندي يويري موسيفيني في كمبالا، "
        "وسيتوجه إلى أديس أبابا الأسبوع المقبل."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


# "يعقد X، وY، اليوم الأربعاء، قمة": the present verb before names and a day set off by commas ----------


def test_a_summit_on_todays_schedule_is_planned_when_names_and_day_are_set_off_by_commas():
    text = "يعقد الرئيس الكيني وليام روتو، والرئيس الأوغندي يويري موسيفيني، اليوم الأربعاء، قمة ثنائية في نيروبي."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "planned", ("William Ruto", "Yoweri Museveni")),
    ]


def test_a_summit_held_today_with_a_past_verb_stays_reported_with_the_same_commas():
    text = "عقد الرئيس الكيني وليام روتو، والرئيس الأوغندي يويري موسيفيني، اليوم الأربعاء، قمة ثنائية في نيروبي."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


# "دعا في اتصال": a call is where something was called for, not a wished-for call -------------------


def test_calling_for_something_during_a_call_is_a_reported_call():
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون في اتصال هاتفي مع الرئيس الإيراني حسن روحاني اليوم إلى التهدئة."
    (event,) = extract_events(text, "2019-06-15")
    assert event.status == "reported"
    assert people(event) == ["Emmanuel Macron", "Hassan Rouhani"]


# A future verb as the trigger is a plan ----------------------------------------------------------


def test_future_verb_trigger_makes_a_planned_contact():
    text = "وأوضح المتحدث أن رئيس الوزراء العراقي محمد شياع السوداني سيلتقي الرئيس السوري بشار الأسد الأحد."
    (event,) = extract_events(text, "2023-07-15")
    assert event.status == "planned" and event.date == "2023-07-16"


# "اجتمع X صباح اليوم بـ A، ويجتمع لاحقا مع B": the later clause's people are met later (planned) ----


def _status_and_basis_by_guest(text: str, published: str) -> dict[str, tuple[str, str]]:
    return {e.participants[1].name_en: (e.status, e.date_basis) for e in extract_events(text, published)}


def test_a_present_verb_with_later_after_a_comma_tells_meetings_to_come():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون في بروكسل لقاءات ثنائية، فقد اجتمع صباح اليوم بالمستشار "
        "الألماني أولاف شولتس، ويجتمع لاحقا مع رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _status_and_basis_by_guest(text, "2022-06-23")
    assert got["Olaf Scholz"] == ("reported", "today")
    assert got["Mario Draghi"] == ("planned", "published")


def test_a_second_past_clause_stays_reported():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون في بروكسل لقاءات ثنائية، فقد اجتمع صباح اليوم بالمستشار "
        "الألماني أولاف شولتس، واجتمع بعد ذلك مع رئيس الوزراء الإيطالي ماريو دراغي."
    )
    got = _status_and_basis_by_guest(text, "2022-06-23")
    assert got["Mario Draghi"][0] == "reported"


# "وسيحظى باستقبال الملك X له يوم غد": a reception to come by a named leader, the visitor's meeting ---


def test_a_reception_the_visitor_will_be_given_is_a_meeting_to_come():
    text = (
        "يصل الرئيس الفرنسي إيمانويل ماكرون اليوم الأحد إلى عمان في زيارة رسمية. وسيحظى باستقبال "
        "الملك عبد الله الثاني له يوم غد الاثنين."
    )
    got = [
        (e.type, e.status, e.date, sorted(p.name_en for p in e.participants))
        for e in extract_events(text, "2018-01-14")
    ]
    assert ("meeting", "planned", "2018-01-15", ["Abdullah II of Jordan", "Emmanuel Macron"]) in got


def test_a_reception_the_guest_was_given_stays_reported():
    text = "وحظي الرئيس الفرنسي إيمانويل ماكرون أمس باستقبال الملك عبد الله الثاني في قصر الحسينية."
    got = [(e.type, e.status) for e in extract_events(text, "2018-01-15")]
    assert got == [("meeting", "reported")]


# "تثمينا لزيارة الرئيس X": "ل" after a noun of esteem takes a visit held, no purpose ---------------


def test_a_visit_held_in_esteem_stays_reported():
    text = (
        "احتشد سكان العاصمة السنغالية اليوم لتحية الرئيس ماكي سال وضيفه الرئيس الفرنسي إيمانويل ماكرون، "
        "وذلك تثمينا لزيارة الرئيس الفرنسي."
    )
    got = [(e.type, e.status) for e in extract_events(text, "2018-02-02")]
    assert got == [("visit", "reported")]


def test_a_visit_as_the_purpose_of_a_trip_stays_to_come():
    text = "توجه الرئيس الفرنسي إيمانويل ماكرون اليوم إلى داكار لزيارة الرئيس السنغالي ماكي سال."
    got = [(e.type, e.status) for e in extract_events(text, "2018-02-02")]
    assert ("visit", "planned") in got or ("meeting", "planned") in got


# A plan's contact dated in full months before publication was held then, whatever the plan ----------


def test_a_visit_dated_in_full_months_ago_inside_a_plan_sentence_is_held():
    text = (
        "ومن المقرر أن يعقد مجلس التعاون اجتماعه الأول، وهو المجلس الذي أعيد تشكيله بموجب الإعلان الموقع "
        "خلال زيارة الرئيس التركي رجب طيب أردوغان إلى القاهرة ولقائه الرئيس عبد الفتاح السيسي في 14 فبراير 2024."
    )
    got = [(e.type, e.status, e.date, e.background) for e in extract_events(text, "2024-09-04")]
    assert got and all(status == "reported" and background for _, status, _, background in got)


def test_a_plan_dated_in_full_after_publication_stays_to_come():
    text = "ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان القاهرة للقاء الرئيس عبد الفتاح السيسي في 14 فبراير 2024."
    got = [(e.status, e.date) for e in extract_events(text, "2024-01-20")]
    assert got and all(status == "planned" for status, _ in got)


# "يتضمن جدول أعمال X لقاءات مع A وB": a schedule told in the present is still to come ------------


def test_a_schedule_in_the_present_lists_meetings_to_come():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون إلى برلين مساء اليوم، ويتضمن برنامج زيارته لقاءات مع "
        "المستشار الألماني أولاف شولتس ورئيس الوزراء الهولندي مارك روته."
    )
    got = shapes(extract_events(text, "2023-02-08"))
    assert ("meeting", "planned", ("Emmanuel Macron", "Olaf Scholz")) in got
    assert ("meeting", "planned", ("Emmanuel Macron", "Mark Rutte")) in got
    assert not any(status == "reported" for _, status, _ in got)


def test_a_schedule_noun_before_its_present_verb_also_tells_meetings_to_come():
    text = (
        "وقالت الرئاسة إن جدول أعمال الرئيس التركي رجب طيب أردوغان في الدوحة يشمل، لقاء مع "
        "أمير قطر الشيخ تميم بن حمد آل ثاني."
    )
    got = shapes(extract_events(text, "2022-12-05"))
    assert got == [("meeting", "planned", ("Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"))]


def test_a_schedule_of_the_past_with_kana_keeps_the_meeting_held():
    text = (
        "وكان برنامج زيارة الرئيس الفرنسي إيمانويل ماكرون يتضمن لقاء مع المستشار الألماني "
        "أولاف شولتس، وقد جرى اللقاء أمس في برلين."
    )
    got = shapes(extract_events(text, "2023-02-08"))
    assert ("meeting", "planned", ("Emmanuel Macron", "Olaf Scholz")) not in got


def test_a_meeting_expected_after_the_subjects_long_titles_and_name_is_planned():
    text = (
        "ومن المنتظر كذلك أن يعقد رئيس المجلس الرئاسي الليبي فائز السراج في العاصمة الإيطالية "
        "اجتماعات مع رئيس الوزراء الإيطالي باولو جنتيلوني."
    )
    assert statuses(text, "2017-03-20") == [("meeting", "planned")]


def test_a_meeting_held_in_a_later_clause_stays_reported():
    text = (
        "ومن المنتظر أن يعود رئيس الوزراء الإيطالي باولو جنتيلوني إلى روما، وعقد رئيس المجلس الرئاسي "
        "الليبي فائز السراج اجتماعا مع جنتيلوني أمس."
    )
    assert ("meeting", "reported") in statuses(text, "2017-03-20")


def test_a_call_asked_for_is_planned():
    text = "طلب الرئيس الأمريكي جو بايدن من الرئيس الصيني شي جين بينغ إجراء مكالمة هاتفية لبحث ملف التجارة."
    assert [e.status for e in extract_events(text, "2022-05-02")] == ["planned"]


def test_a_meeting_that_may_happen_is_no_event():
    text = "صرح مسؤول أمريكي بأن الرئيس جو بايدن قد يلتقي الرئيس الصيني شي جين بينغ على هامش قمة العشرين."
    assert extract_events(text, "2022-05-02") == []
    text = "تحدثت صحيفة عن لقاء محتمل بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ في الخريف."
    assert all(e.status != "reported" for e in extract_events(text, "2022-05-02"))


def test_a_call_still_to_come_after_the_reported_one_is_not_reported():
    text = (
        "أجرى الرئيس الأمريكي دونالد ترامب اليوم مكالمة هاتفية مع الرئيس الأوكراني فولوديمير زيلينسكي، "
        "قبل مكالمته المرتقبة مع الرئيس الروسي فلاديمير بوتين."
    )
    reported = [e for e in extract_events(text, "2025-03-19") if e.status == "reported"]
    assert shapes(reported) == [("phone_call", "reported", ("Donald Trump", "Volodymyr Zelensky"))]


def test_planning_clause_governs_an_adverb_contact_word_after_long_names():
    # "من المتوقع أن يتحدث X مع Y هاتفيا": the adverb belongs to the verb after "أن", still to come
    text = (
        "ومن المتوقع أن يتحدث الرئيس المصري عبد الفتاح السيسي مع العاهل الأردني الملك عبد الله الثاني "
        "هاتفيا في وقت لاحق."
    )
    events = extract_events(text, "2021-04-05")
    assert pairs(events) == []
    assert pairs(events, "planned") == [("Abdel Fattah el-Sisi", "Abdullah II of Jordan")]


# One leader's several contacts told one after another, each with its own counterpart.

# Planned contacts: the planning word governs the contact however far it stands --------------------


def _sorted_statuses(text: str, published: str = "2023-05-10") -> list[tuple[str, str]]:
    return sorted(statuses(text, published))


def test_a_planning_word_governs_a_far_subjunctive_contact():
    text = (
        "ومن المنتظر، بحسب ما أعلنه مكتب الرئاسة في بيان مقتضب، أن يجري الرئيس الفرنسي إيمانويل ماكرون "
        "اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي."
    )
    assert _sorted_statuses(text) == [("phone_call", "planned")]


def test_a_planned_trip_and_the_meeting_joined_to_it_are_both_planned():
    text = "يعتزم الرئيس الفرنسي إيمانويل ماكرون التوجه بزيارة إلى الجزائر ولقاء الرئيس عبد المجيد تبون."
    assert all(status == "planned" for _, status in _sorted_statuses(text))
    assert ("meeting", "planned") in _sorted_statuses(text)


def test_an_invitation_to_visit_is_no_contact_however_long_the_names():
    for text in (
        "دعا الرئيس الفرنسي إيمانويل ماكرون نظيره المصري عبد الفتاح السيسي إلى زيارة باريس في الخريف.",
        "وجه الرئيس الفرنسي إيمانويل ماكرون الدعوة إلى الرئيس المصري عبد الفتاح السيسي للقاء في باريس.",
    ):
        assert extract_events(text, "2023-05-10") == [], text


def test_an_accepted_invitation_still_gives_the_planned_visit():
    text = "أعلن الرئيس المصري عبد الفتاح السيسي أنه قبل دعوة الرئيس الفرنسي إيمانويل ماكرون إلى زيارة باريس."
    assert ("visit", "planned") in _sorted_statuses(text)


def test_a_present_verb_with_a_time_to_come_is_planned():
    text = "يلتقي الرئيس الأمريكي جو بايدن الرئيس الصيني شي جين بينغ الشهر المقبل على هامش قمة العشرين."
    assert _sorted_statuses(text, "2022-10-10") == [("meeting", "planned")]


def test_a_clause_of_a_contact_to_come_after_a_call_is_a_planned_contact_of_its_own():
    text = (
        "اتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس المصري عبد الفتاح السيسي، "
        "ومن المقرر أن يلتقي بعد غد الملك عبد الله الثاني."
    )
    got = {frozenset(p.name_en for p in e.participants): (e.type, e.status) for e in extract_events(text, "2023-05-10")}
    assert got == {
        frozenset({MACRON, SISI}): ("phone_call", "reported"),
        frozenset({MACRON, ABDULLAH}): ("meeting", "planned"),
    }


def test_a_wish_to_meet_after_a_call_makes_no_planned_meeting():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون، "
        "الذي عبر عن تطلعه إلى لقاء السيسي قريبا."
    )
    assert _sorted_statuses(text) == [("phone_call", "reported")]


def test_a_trip_to_hold_talks_on_a_coming_weekday_is_planned():
    text = "يسافر الرئيس التركي رجب طيب أردوغان إلى موسكو يوم الجمعة لإجراء محادثات مع الرئيس فلاديمير بوتين."
    events = extract_events(text, "2023-05-10")
    assert [(e.type, e.status, e.date) for e in events] == [("meeting", "planned", "2023-05-12")]


def test_a_call_to_come_told_after_a_denied_one_is_a_planned_call_of_its_own():
    text = (
        "نفى الكرملين أن يكون الرئيس فلاديمير بوتين قد تحدث مع الرئيس الأمريكي جو بايدن. "
        "وذكر المتحدث أن بايدن قال إنه سيتصل ببوتين قريبا."
    )
    assert _sorted_statuses(text) == [("phone_call", "denied"), ("phone_call", "planned")]


def test_a_call_to_come_in_a_clause_after_a_call_keeps_the_first_as_reported():
    text = (
        "اتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس المصري عبد الفتاح السيسي، "
        "وسيجري مكالمة مماثلة مع الرئيس التركي رجب طيب أردوغان بعد غد."
    )
    got = {frozenset(p.name_en for p in e.participants): e.status for e in extract_events(text, "2023-05-10")}
    assert got == {frozenset({MACRON, SISI}): "reported", frozenset({MACRON, ERDOGAN}): "planned"}


def test_a_meeting_agreed_to_come_after_one_held_is_planned():
    text = (
        "اجتمع الرئيس الفرنسي إيمانويل ماكرون بالرئيس المصري عبد الفتاح السيسي أمس، "
        "على أن يلتقي الملك عبد الله الثاني في وقت لاحق."
    )
    got = {frozenset(p.name_en for p in e.participants): e.status for e in extract_events(text, "2023-05-10")}
    assert got == {frozenset({MACRON, SISI}): "reported", frozenset({MACRON, ABDULLAH}): "planned"}


# A purposive contact word ("لإجراء محادثات" / "للقاء") after a trip tells the aim of a trip to come,
# unless the trip is told done with a past verb of arrival or the clause after the contact tells what
# it led to.


def test_talks_after_a_past_arrival_are_reported():
    text = "وصل المستشار الألماني أولاف شولتس اليوم إلى باريس لإجراء محادثات مع الرئيس الفرنسي إيمانويل ماكرون."
    got = shapes(extract_events(text, "2023-01-22"))
    assert [(kind, status) for kind, status, _ in got] == [("meeting", "reported")]


def test_a_meeting_after_a_past_arrival_with_a_place_between_is_reported():
    text = (
        "وصل المستشار الألماني أولاف شولتس، يرافقه وفد كبير، إلى قصر الإليزيه، في باريس، "
        "للقاء الرئيس الفرنسي إيمانويل ماكرون."
    )
    got = shapes(extract_events(text, "2023-01-22"))
    assert [(kind, status) for kind, status, _ in got] == [("meeting", "reported")]


def test_talks_of_a_trip_to_come_stay_planned():
    text = "يتوجه المستشار الألماني أولاف شولتس غدا إلى باريس لإجراء محادثات مع الرئيس الفرنسي إيمانويل ماكرون."
    got = shapes(extract_events(text, "2023-01-22"))
    assert got and all(status == "planned" for _, status, _ in got)


def test_a_future_arrival_keeps_the_talks_planned():
    text = "سيصل المستشار الألماني أولاف شولتس الأحد إلى باريس لإجراء محادثات مع الرئيس الفرنسي إيمانويل ماكرون."
    got = shapes(extract_events(text, "2023-01-20"))
    assert got and all(status == "planned" for _, status, _ in got)


PARTIES = ("Emmanuel Macron", "Olaf Scholz")


def test_a_later_trip_after_an_arrival_keeps_its_meeting_planned():
    text = (
        "وصل المستشار الألماني أولاف شولتس أمس إلى بروكسل، ويتوجه غدا إلى باريس للقاء الرئيس الفرنسي إيمانويل ماكرون."
    )
    got = shapes(extract_events(text, "2023-01-22"))
    assert ("meeting", "reported", PARTIES) not in got
    assert ("visit", "reported", PARTIES) not in got


def test_talks_followed_by_their_outcome_are_reported():
    text = (
        "توجه المستشار الألماني أولاف شولتس إلى باريس لإجراء مباحثات مع الرئيس الفرنسي إيمانويل ماكرون، "
        "أسفرت عن بيان مشترك بشأن الطاقة."
    )
    got = shapes(extract_events(text, "2023-01-22"))
    assert got and all(status == "reported" for _, status, _ in got)


# A summit that "convenes" or that a city "hosts" on the day of publication, told with a present verb
# (the day's schedule), a meeting announced as put off ("تأجيل لقاء"), and a question whether a
# contact will take place (its future verb).


def test_a_summit_that_convenes_today_is_planned():
    text = (
        "تلتئم في العاصمة الأردنية عمان، السبت، قمة ثنائية يلتقي فيها الملك عبد الله الثاني "
        "بالرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "planned") in statuses(text, "2025-06-14")
    assert ("meeting", "reported") not in statuses(text, "2025-06-14")


def test_a_city_that_hosts_a_summit_today_makes_it_planned():
    text = (
        "وتستضيف مدينة العقبة، اليوم السبت، قمة ثنائية يترأسها الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "planned") in statuses(text, "2025-06-14")
    assert ("meeting", "reported") not in statuses(text, "2025-06-14")


def test_a_summit_that_convened_stays_reported():
    text = (
        "التأمت في العاصمة الأردنية عمان، السبت، قمة ثنائية التقى فيها الملك عبد الله الثاني "
        "بالرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "reported") in statuses(text, "2025-06-14")


def test_a_meeting_put_off_is_still_planned():
    text = (
        "أعلنت الرئاسة الجزائرية أمس الجمعة تأجيل لقاء الرئيس عبد المجيد تبون بالرئيس الفرنسي "
        "إيمانويل ماكرون في باريس بسبب ظروف طارئة."
    )
    assert statuses(text, "2025-06-14") == [("meeting", "planned")]


def test_a_question_whether_a_contact_will_take_place_is_about_a_plan():
    text = (
        "وحين سئل الناطق عما إذا كان سيتم عقد مؤتمر بالفيديو بين الرئيس الفرنسي "
        "إيمانويل ماكرون والرئيس الصيني شي جين بينغ الأسبوع المقبل، أجاب بالإيجاب."
    )
    assert statuses(text, "2025-06-14") == [("video_call", "planned")]


# Contacts still to come told with a noun: a planning adjective after the noun's named subject ("زيارة
# الرئيس X الرسمية المقبلة"), a day not set yet ("لم يتم تحديد موعده") that is no denial.


def _kinds(text: str, pub: str = "2025-06-14") -> list[tuple[str, str]]:
    return statuses(text, pub)


def test_a_planning_adjective_after_the_visitors_titles_and_name_makes_the_visit_planned():
    text = (
        "وقال رئيس الوزراء الإيطالي جورجيا ميلوني إن زيارة الرئيس التونسي قيس سعيد الرسمية المقبلة "
        "ستعزز الشراكة بين البلدين."
    )
    assert _kinds(text) == [("visit", "planned")]


def test_a_past_adjective_in_the_same_place_keeps_the_visit_reported():
    text = (
        "وقال رئيس الوزراء الإيطالي جورجيا ميلوني إن زيارة الرئيس التونسي قيس سعيد الرسمية الأخيرة "
        "عززت الشراكة بين البلدين."
    )
    assert _kinds(text) == [("visit", "reported")]


def test_a_planning_word_in_another_clause_is_not_the_contacts():
    text = (
        "استقبل الرئيس التونسي قيس سعيد رئيسة الوزراء الإيطالية جورجيا ميلوني في قرطاج، "
        "وبحثا الاستعدادات للقمة المقبلة."
    )
    assert ("meeting", "reported") in _kinds(text) or ("visit", "reported") in _kinds(text)


def test_a_call_whose_day_is_not_set_yet_is_planned_not_denied():
    text = (
        "وأوضح المتحدث باسم الكرملين أن اتصالا هاتفيا بين الرئيس فلاديمير بوتين والرئيس الأمريكي "
        "دونالد ترامب لم يتم تحديد موعده حتى الآن."
    )
    assert _kinds(text) == [("phone_call", "planned")]


def test_a_meeting_announced_without_a_day_is_planned():
    text = "وأعلن البيت الأبيض عن لقاء يجمع الرئيس دونالد ترامب والرئيس الروسي فلاديمير بوتين لم يحدد موعدها بعد."
    assert _kinds(text) == [("meeting", "planned")]


def test_an_invitation_accepted_later_in_its_own_sentence_is_a_planned_visit():
    for text in (
        "وسلم السفير الرئيس التونسي قيس سعيد دعوة من الرئيس الجزائري عبد المجيد تبون لزيارة الجزائر، ووعد بتلبيتها.",
        "وجدد المستشار أولاف شولتس دعوته للرئيس رجب طيب أردوغان لزيارة برلين، وقد قبل أردوغان الدعوة.",
    ):
        events = extract_events(text, "2024-03-14")
        assert [(e.type, e.status) for e in events] == [("visit", "planned")], text


def test_an_invitation_without_acceptance_stays_no_event():
    text = "وسلم السفير الرئيس التونسي قيس سعيد دعوة من الرئيس الجزائري عبد المجيد تبون لزيارة الجزائر، وبحثا العلاقات."
    assert [e for e in extract_events(text, "2024-03-14") if e.type == "visit"] == []


def test_a_present_verb_with_a_bare_weekday_is_a_contact_to_come_on_the_next_one():
    # published on a Thursday: "Sunday" with a present verb is the coming Sunday
    events = extract_events(
        "ويستقبل الرئيس الكيني وليام روتو الأحد في نيروبي الرئيس الرواندي بول كاغامي.", "2024-03-14"
    )
    assert [(e.status, e.date, e.date_basis) for e in events] == [("planned", "2024-03-17", "weekday")]


def test_a_past_verb_with_a_bare_weekday_stays_reported_on_the_last_one():
    events = extract_events(
        "واستقبل الرئيس الكيني وليام روتو الأحد في نيروبي الرئيس الرواندي بول كاغامي.", "2024-03-14"
    )
    assert [(e.status, e.date, e.date_basis) for e in events] == [("reported", "2024-03-10", "weekday")]


def test_a_present_travel_verb_opening_the_clause_with_a_bare_weekday_is_a_trip_to_come():
    text = "ويصل رئيس الوزراء الهندي ناريندرا مودي إلى أبوظبي الأحد في زيارة يلتقي خلالها الشيخ محمد بن زايد."
    events = extract_events(text, "2024-03-14")
    assert [(e.type, e.status, e.date) for e in events] == [("meeting", "planned", "2024-03-17")]


def test_a_visit_noun_that_is_the_subject_of_a_future_verb_is_no_visit_taken_place():
    # the trip told first, then its length told with a future verb: still to come, not a second visit
    text = (
        "أعلن مصدر مسؤول اليوم السبت أن وزير الخارجية المصري بدر عبد العاطي سيتوجه إلى أنقرة يوم غد في "
        'زيارة رسمية. ونقلت الوكالة عن المصدر أن "الزيارة ستدوم يومين يلتقي خلالهما بالرئيس رجب طيب '
        'أردوغان ووزير الخارجية هاكان فيدان".'
    )
    assert ("visit", "reported") not in _kinds(text, "2024-05-04")


def test_a_visit_noun_before_a_past_verb_stays_reported():
    text = (
        "وقالت الرئاسة إن زيارة الرئيس التونسي قيس سعيد إلى روما استمرت يومين التقى خلالهما رئيسة "
        "الوزراء الإيطالية جورجيا ميلوني."
    )
    assert ("visit", "planned") not in _kinds(text)


# === Denied, unconfirmed and refused contacts ============================================================

# A report the article denies is the denied contact -----------------------------------------------


def test_a_denied_report_is_one_denied_event_with_the_reports_day():
    text = (
        "نفى الكرملين اليوم الاثنين تقارير صحفية عن مكالمة بين الرئيس الروسي فلاديمير بوتين والرئيس "
        "الأمريكي دونالد ترامب. وكانت صحيفة أمريكية قد ذكرت أن ترامب وبوتين تحدثا هاتفيا يوم الخميس."
    )
    events = extract_events(text, "2024-11-11")
    assert [e.status for e in events] == ["denied"]
    assert people(events[0]) == ["Donald Trump", "Vladimir Putin"]
    assert events[0].date == "2024-11-07"


def test_an_earlier_call_on_a_written_date_stays_apart_from_a_denial():
    text = (
        "نفى الكرملين اليوم الاثنين أن يكون الرئيس فلاديمير بوتين قد تحدث مع الرئيس الأمريكي دونالد ترامب "
        "هذا الأسبوع. وكان بوتين وترامب قد أجريا اتصالا هاتفيا في 12 فبراير 2025."
    )
    events = extract_events(text, "2025-03-10")
    statuses = sorted(e.status for e in events)
    assert statuses == ["denied", "reported"]
    assert next(e for e in events if e.status == "reported").date == "2025-02-12"


def test_a_possible_call_said_to_have_taken_place_is_unconfirmed():
    # "اتصال محتمل جرى": a call that may have happened (not a possibility to come, which makes no event)
    text = (
        "نقلت صحيفة عن مصادر وجود اتصال هاتفي محتمل جرى سرا بين الرئيس الروسي فلاديمير بوتين "
        "والرئيس الأمريكي دونالد ترامب."
    )
    [event] = extract_events(text, "2024-10-08")
    assert event.status == "unconfirmed"


def test_a_later_sentence_that_will_not_confirm_the_call_makes_it_unconfirmed():
    text = (
        "ذكرت قناة إسرائيلية أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو أجرى مساء الأحد اتصالا هاتفيا "
        "مع ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان. ورفض مكتب نتنياهو تأكيد الاتصال أو نفيه."
    )
    events = extract_events(text, "2021-03-15")
    assert [e.status for e in events] == ["unconfirmed"]


def test_a_call_the_leader_did_not_receive_is_denied():
    assert _statuses("أكدت الرئاسة أن الرئيس التونسي قيس سعيد لم يتلق أي اتصال من الرئيس الفرنسي إيمانويل ماكرون.") == [
        ("phone_call", "denied")
    ]


def test_a_question_whether_they_spoke_is_no_report_of_the_call():
    (event,) = extract_events(
        "سئل المتحدث عما إذا كان الرئيس الفرنسي إيمانويل ماكرون والرئيس الجزائري عبد المجيد تبون قد تحدثا هاتفيا.",
        "2024-05-10",
    )
    assert event.status == "unconfirmed"


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


def reported(events):
    return [e for e in events if e.status == "reported" and not e.background]


def test_denied_and_unconfirmed_calls_are_not_reported():
    denied = "نفت الرئاسة الروسية أن يكون الرئيس فلاديمير بوتين قد أجرى أي اتصال هاتفي مع الرئيس الأمريكي جو بايدن."
    unsure = "قال الكرملين إنه لا يمكنه تأكيد أو نفي إجراء الرئيس الروسي فلاديمير بوتين مكالمة مع الرئيس الأمريكي دونالد ترامب."
    assert not reported(extract_events(denied, "2022-03-01"))
    assert [e.status for e in extract_events(unsure, "2025-02-10")] in ([], ["unconfirmed"])


def test_a_refused_call_is_no_event():
    text = "رفض ولي العهد السعودي الأمير محمد بن سلمان التحدث هاتفيا مع الرئيس الأمريكي جو بايدن الشهر الماضي."
    assert not reported(extract_events(text, "2022-04-03"))


# A denial of what was said in a contact is no denial of the contact.


def test_denying_the_content_of_a_call_leaves_the_call_reported():
    text = (
        "نفت الرئاسة التونسية ما نشرته صحف محلية عن فحوى المكالمة التي جمعت الرئيس قيس سعيد "
        "بالرئيس الجزائري عبد المجيد تبون، ووصفته بالمختلق."
    )
    assert shapes(extract_events(text, "2021-03-02")) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied"))
    ]


def test_denying_the_details_of_a_meeting_leaves_the_meeting_reported():
    text = "نفى مكتب الرئيس التونسي قيس سعيد صحة ما تردد حول تفاصيل لقائه الرئيس الجزائري عبد المجيد تبون."
    assert [e.status for e in extract_events(text, "2021-03-02")] == ["reported"]


def test_denying_that_a_call_took_place_is_still_a_denial():
    text = (
        "نفت الرئاسة التونسية ما نشرته صحف محلية عن إجراء مكالمة بين الرئيس قيس سعيد والرئيس الجزائري عبد المجيد تبون."
    )
    assert [e.status for e in extract_events(text, "2021-03-02")] == ["denied"]


# Status cues ------------------------------------------------------------------------------------


def test_a_call_said_to_be_not_planned_is_no_reported_call():
    text = (
        "أوضح المتحدث باسم الرئاسة أن مكالمة بين الرئيس الأمريكي جو بايدن والرئيس الصيني "
        "شي جين بينغ غير مخطط لها خلال الأسبوع الحالي."
    )
    assert all(e.status != "reported" for e in extract_events(text, "2022-05-02"))


def test_we_do_not_announce_calls_is_no_reported_call():
    text = "قال الناطق باسم الكرملين للصحفيين إننا لا نعلن عن محادثات بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي جو بايدن."
    assert all(e.status != "reported" for e in extract_events(text, "2022-05-02"))


def test_a_quote_mark_between_negation_and_verb_still_negates():
    text = "أكدت الرئاسة الروسية أن الرئيس فلاديمير بوتين لم «يجر» أي اتصال هاتفي مع الرئيس الأمريكي دونالد ترامب."
    assert [e.status for e in extract_events(text, "2024-10-25")] == ["denied"]


def test_had_already_spoken_after_qad_is_still_reported():
    text = "وكان الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس قد تحادثا هاتفيا الخميس الماضي."
    assert [e.status for e in extract_events(text, "2022-05-02")] == ["reported"]


def test_a_claim_denied_in_the_same_sentence_is_denied():
    text = (
        "زعمت صحيفة أمريكية أن الرئيس الروسي فلاديمير بوتين أجرى اتصالا هاتفيا بالرئيس الأمريكي "
        "دونالد ترامب، ونفت الرئاسة الروسية ذلك."
    )
    assert [e.status for e in extract_events(text, "2024-10-25")] == ["denied"]


# A contact's non-occurrence ("عدم إجراء/وقوع") is a denial; a statement's day dates no contact told before


def test_the_non_occurrence_of_a_call_is_a_denial():
    text = (
        "أكدت الرئاسة الفرنسية عدم إجراء أي اتصال هاتفي بين الرئيس إيمانويل ماكرون والرئيس الإيراني "
        "حسن روحاني خلال الأسابيع الماضية."
    )
    assert shapes(extract_events(text, "2019-04-11")) == [
        ("phone_call", "denied", ("Emmanuel Macron", "Hassan Rouhani"))
    ]


def test_rumours_about_a_meeting_that_the_sentence_denies_make_a_denied_meeting():
    text = (
        "ردا على الأنباء المتداولة بشأن لقاء سري جمع ولي العهد السعودي الأمير محمد بن سلمان ورئيس الوزراء "
        "الإسرائيلي بنيامين نتنياهو، نفى مصدر حكومي أردني صحة هذه الأنباء."
    )
    assert shapes(extract_events(text, "2018-06-23")) == [
        ("meeting", "denied", ("Benjamin Netanyahu", "Mohammed bin Salman Al Saud"))
    ]


def test_a_decision_not_to_receive_a_leader_is_no_meeting():
    text = (
        "زار رئيس الوزراء العراقي حيدر العبادي واشنطن الأسبوع الماضي.\n"
        "وتحدثت تقارير عن قرار الرئيس الأمريكي دونالد ترامب بعدم استقباله في البيت الأبيض."
    )
    assert all(e.type != "meeting" for e in extract_events(text, "2017-02-09"))


def test_what_was_not_said_during_a_call_denies_no_call():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي. "
        "وقال الإليزيه إن الرئيس لم يتحدث خلال الاتصال عن ملف الطاقة."
    )
    assert _sorted_statuses(text) == [("phone_call", "reported")]


# "كانت هناك توقعات بمكالمة ...، لكنها لم تحدث": a plan that fell through is no contact -----------


def test_an_expected_call_that_did_not_happen_makes_no_event():
    text = (
        "وقال مسؤول فرنسي إنه كانت هناك توقعات بمكالمة هاتفية بين الرئيس الفرنسي إيمانويل ماكرون "
        "والمستشار الألماني أولاف شولتس، لكنها لم تحدث."
    )
    assert extract_events(text, "2023-01-22") == []


def test_a_reported_call_that_a_cue_after_it_says_did_not_happen_stays_denied():
    text = (
        "ذكرت صحيفة ألمانية أن مكالمة هاتفية جمعت الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني "
        "أولاف شولتس، لكنها لم تحدث."
    )
    got = shapes(extract_events(text, "2023-01-22"))
    assert got and all(status == "denied" for _, status, _ in got)


def test_a_question_whether_a_contact_took_place_stays_unconfirmed():
    text = (
        "وسئل المتحدث عما إذا كان الرئيس الفرنسي إيمانويل ماكرون والرئيس الصيني شي جين بينغ "
        "قد تحدثا هاتفيا، فرفض التعليق."
    )
    assert statuses(text, "2025-06-14") == [("phone_call", "unconfirmed")]


def test_a_meeting_that_did_not_take_place_stays_denied():
    text = "وأكد المتحدث أن لقاء الرئيس فلاديمير بوتين والرئيس دونالد ترامب لم يتم حتى الآن."
    assert _kinds(text) == [("meeting", "denied")]


# === Earlier contacts told in passing (background) =======================================================

# A contact noun dated by a month and a year without a day, gone before the publication month, is an
# earlier contact told in passing (background).

TEXT = "استعرض أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس التركي رجب طيب أردوغان نتائج زيارة أردوغان للدوحة في مارس 2018."


def test_a_contact_of_a_month_and_year_gone_by_is_background():
    events = extract_events(TEXT, "2019-06-11")
    assert events
    assert all(e.background for e in events)


def test_the_same_month_as_publication_is_not_gone_by():
    events = extract_events(TEXT, "2018-03-02")
    assert events
    assert not any(e.background for e in events)


def test_a_contact_told_with_at_that_time_is_an_earlier_one():
    text = "شارك الرئيس التونسي قيس سعيد في القمة العربية بالجزائر، والتقى حينها الرئيس الجزائري عبد المجيد تبون."
    events = extract_events(text, "2023-05-20")
    assert [(e.type, e.background) for e in events if e.type == "meeting"] == [("meeting", True)]


# A past time inside a relative clause about someone else is no background of the contact.


def test_a_past_time_in_a_relative_clause_about_someone_else_is_no_background():
    text = (
        "استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني اليوم الخميس الرئيس السنغالي ماكي سال، "
        "وبحثا تقرير المبعوث الأممي الخاص الذي نشره خلال الأسابيع الماضية."
    )
    assert [e.background for e in extract_events(text, "2022-09-29")] == [False]


def test_a_past_time_in_a_relative_clause_about_the_contact_stays_background():
    text = (
        "وأشار البيان إلى المحادثات الأقل ودية التي أجراها الرئيس الروسي فلاديمير بوتين مع نظيره "
        "الأمريكي جو بايدن في الأسابيع الماضية."
    )
    assert all(e.background for e in extract_events(text, "2021-12-15"))


def test_earlier_call_with_the_same_people_is_background():
    text = (
        "تلقى العاهل الأردني الملك عبد الله الثاني اليوم اتصالا هاتفيا من الرئيس الفلسطيني محمود عباس. "
        "وكان الزعيمان قد بحثا في اتصال سابق يوم 3 مايو الأوضاع في القدس."
    )
    events = extract_events(text, "2021-05-20")
    current = [e for e in events if not e.background]
    earlier = [e for e in events if e.background]
    assert len(current) == 1 and current[0].date == "2021-05-20"
    assert len(earlier) == 1 and earlier[0].date == "2021-05-03"
    assert people(earlier[0]) == people(current[0])


def test_an_earlier_meeting_in_its_own_clause_is_a_background_event():
    text = (
        "عقد الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي جو بايدن اليوم محادثات عبر تقنية الفيديو، "
        "وهي الأولى منذ اجتماعهما في جنيف الصيف الماضي."
    )
    events = extract_events(text, "2021-12-07")
    assert sorted((e.type, e.background) for e in events) == [("meeting", True), ("video_call", False)]


def test_a_month_named_for_the_pairs_earlier_meeting_does_not_make_todays_call_background():
    text = (
        "بحث الرئيس الفرنسي إيمانويل ماكرون هاتفيا اليوم مع الرئيس الأمريكي جو بايدن الملف الأوكراني، "
        "واستعرضا ما اتفقا عليه خلال لقائهما في روما الشهر الماضي."
    )
    events = {e.type: e for e in extract_events(text, "2021-11-20")}
    assert events["phone_call"].background is False
    assert events["meeting"].background is True


def test_a_report_of_today_that_recalls_an_old_visit_keeps_its_contact():
    text = (
        "استقبل العاهل المغربي الملك محمد السادس اليوم الرئيس السنغالي ماكي سال في الرباط. "
        "واستعاد الجانبان زيارة الرئيس السنغالي ليوبولد سيدار سنغور إلى المغرب يوم 14 مارس 1967."
    )
    events = [e for e in extract_events(text, "2023-05-10") if not e.background]
    assert shapes(events) == [("meeting", "reported", ("Macky Sall", "Mohammed VI of Morocco"))]


def test_a_visit_praised_with_a_revolution_named_by_its_day_is_no_earlier_visit():
    text = (
        "يبدأ الرئيس عبد الفتاح السيسي اليوم زيارة رسمية إلى فرنسا يلتقي خلالها الرئيس الفرنسي "
        "إيمانويل ماكرون. وقال محلل إن الزيارة تؤكد مكانة مصر بعد ثورة 30 يونيو لدى الرئيس ماكرون."
    )
    assert all(e.date != dt.date(2020, 6, 30) for e in extract_events(text, "2020-12-06"))


def test_an_earlier_contact_in_a_clause_after_the_call_does_not_make_the_call_background():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون مكالمة هاتفية بالرئيس المصري عبد الفتاح السيسي اليوم، "
        "بعد أن كان قد التقى الملك عبد الله الثاني الشهر الماضي."
    )
    calls = of_type(text, "2023-05-10", "phone_call")
    assert [(sorted(p.name_en or "" for p in e.participants), e.background) for e in calls] == [
        (sorted([SISI, MACRON]), False)
    ]


def test_a_meeting_in_a_past_month_without_a_day_is_an_earlier_one_not_the_planned_one():
    # "في مارس الماضي": a month gone by dates an earlier meeting of the same two leaders
    text = (
        "يتوجه الرئيس التركي رجب طيب أردوغان غدا إلى عمان للقاء العاهل الأردني الملك عبد الله الثاني. "
        "ويذكر أن أردوغان التقى في مارس الماضي، الملك عبد الله الثاني خلال جولة إقليمية."
    )
    meetings = of_type(text, "2023-05-10", "meeting")
    assert sorted((e.status, e.background) for e in meetings) == [("planned", False), ("reported", True)]
    assert all(names(e) == {ERDOGAN, ABDULLAH} for e in meetings)


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("تحادث الرئيس التركي رجب طيب أردوغان هاتفيا اليوم مع العاهل الأردني الملك عبد الله الثاني. ", "reported"),
        (
            "قالت أنقرة إن الرئيس التركي رجب طيب أردوغان سيجري مساء الأربعاء مكالمة هاتفية مع العاهل الأردني "
            "الملك عبد الله الثاني. ",
            "planned",
        ),
    ],
)
def test_an_earlier_call_of_the_same_pair_with_its_own_day_in_a_later_clause_is_a_second_call(lead, status):
    # "إذ أجريا مكالمة في 3 يناير" after "هو الثاني بين الزعيمين منذ ...": an earlier call of the two
    text = lead + (
        "وهذا الاتصال هو الثاني بين الزعيمين منذ انتخاب أردوغان في 28 يناير، والثالث منذ بداية العام "
        "إذ أجريا مكالمة هاتفية في 3 يناير."
    )
    calls = of_type(text, "2023-05-10", "phone_call")
    assert sorted((e.status, str(e.date), e.background) for e in calls) == sorted(
        [(status, "2023-05-10", False), ("reported", "2023-01-03", True)]
    )
    assert all(names(e) == {ERDOGAN, ABDULLAH} for e in calls)
