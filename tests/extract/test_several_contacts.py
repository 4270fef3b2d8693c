"""Several contacts in one article (issue 11, ACC3): one leader's several calls told one after
another, each with its own counterpart. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import names, of_type, statuses

from rasd.extract import extract_events


def _pairs(text: str, published: str = "2023-05-10") -> list[frozenset[str]]:
    return [names(e) for e in extract_events(text, published)]


SISI, MACRON, ERDOGAN = "Abdel Fattah el-Sisi", "Emmanuel Macron", "Recep Tayyip Erdoğan"
ABDULLAH, TAMIM = "Abdullah II of Jordan", "Tamim bin Hamad Al Thani"


def test_a_dropped_subject_goes_on_with_the_receiver_of_the_call_before():
    # the first call was placed by Macron, but the sentence's subject (who received it) is Sisi
    text = (
        "استقبل الرئيس عبد الفتاح السيسي أمس مكالمة هاتفية من الرئيس الفرنسي إيمانويل ماكرون تناولت ملف الطاقة. "
        "كما تلقى اتصالا من الرئيس التركي رجب طيب أردوغان."
    )
    assert {SISI, ERDOGAN} in _pairs(text)
    assert {ERDOGAN, MACRON} not in _pairs(text)


def test_a_bare_title_subject_is_the_protagonist_who_holds_that_office():
    # two presidents are named before: "الرئيس" alone is the one the article is about
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون حول الطاقة. "
        "ومن ناحية أخرى، تلقى الرئيس اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني."
    )
    assert sorted(_pairs(text), key=sorted) == sorted([{SISI, MACRON}, {ABDULLAH, SISI}], key=sorted)
    (second,) = [e for e in extract_events(text, "2023-05-10") if ABDULLAH in {p.name_en for p in e.participants}]
    assert second.confidence >= 0.5


def test_a_bare_title_takes_no_protagonist_of_another_office():
    # the only earlier party holding "الملك" is absent: the emir and the president are no kings
    text = (
        "اتصل أمير قطر الشيخ تميم بن حمد آل ثاني بالرئيس الفرنسي إيمانويل ماكرون. "
        "كما أجرى الملك اتصالا مع الرئيس التركي رجب طيب أردوغان."
    )
    assert all(TAMIM not in pair or MACRON in pair for pair in _pairs(text))
    assert {ERDOGAN, MACRON} not in _pairs(text)


def test_a_pronoun_subject_with_two_callers_after_it_gives_one_call_each():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون. "
        "وتلقى سيادته كذلك مكالمة من الملك عبد الله الثاني، وأخرى من الرئيس التركي رجب طيب أردوغان."
    )
    pairs = _pairs(text)
    assert {ABDULLAH, SISI} in pairs and {ERDOGAN, SISI} in pairs
    assert {ABDULLAH, ERDOGAN} not in pairs


def test_a_pronoun_before_a_message_from_one_leader_to_another_adds_nobody():
    # "قال إنه سلّم رسالة من X إلى Y": the speaker carries the message, X and Y are its parties
    text = (
        "التقى وزير الخارجية الصيني وانغ يي نظيره الإيراني حسين أمير عبداللهيان في بكين. "
        "وذكر الوزير الإيراني أنه حمل معه رسالة من الرئيس إبراهيم رئيسي إلى الرئيس شي جين بينغ."
    )
    assert {"Ebrahim Raisi", "Xi Jinping"} in _pairs(text, "2022-01-15")
    assert not any("Wang Yi" in pair and "Ebrahim Raisi" in pair for pair in _pairs(text, "2022-01-15"))


# Planned contacts: the planning word governs the contact however far it stands --------------------


def _statuses(text: str, published: str = "2023-05-10") -> list[tuple[str, str]]:
    return sorted(statuses(text, published))


def test_a_planning_word_governs_a_far_subjunctive_contact():
    text = (
        "ومن المنتظر، بحسب ما أعلنه مكتب الرئاسة في بيان مقتضب، أن يجري الرئيس الفرنسي إيمانويل ماكرون "
        "اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي."
    )
    assert _statuses(text) == [("phone_call", "planned")]


def test_a_planned_trip_and_the_meeting_joined_to_it_are_both_planned():
    text = "يعتزم الرئيس الفرنسي إيمانويل ماكرون التوجه بزيارة إلى الجزائر ولقاء الرئيس عبد المجيد تبون."
    assert all(status == "planned" for _, status in _statuses(text))
    assert ("meeting", "planned") in _statuses(text)


def test_an_invitation_to_visit_is_no_contact_however_long_the_names():
    for text in (
        "دعا الرئيس الفرنسي إيمانويل ماكرون نظيره المصري عبد الفتاح السيسي إلى زيارة باريس في الخريف.",
        "وجه الرئيس الفرنسي إيمانويل ماكرون الدعوة إلى الرئيس المصري عبد الفتاح السيسي للقاء في باريس.",
    ):
        assert extract_events(text, "2023-05-10") == [], text


def test_an_accepted_invitation_still_gives_the_planned_visit():
    text = "أعلن الرئيس المصري عبد الفتاح السيسي أنه قبل دعوة الرئيس الفرنسي إيمانويل ماكرون إلى زيارة باريس."
    assert ("visit", "planned") in _statuses(text)


def test_a_present_verb_with_a_time_to_come_is_planned():
    text = "يلتقي الرئيس الأمريكي جو بايدن الرئيس الصيني شي جين بينغ الشهر المقبل على هامش قمة العشرين."
    assert _statuses(text, "2022-10-10") == [("meeting", "planned")]


def test_what_was_not_said_during_a_call_denies_no_call():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي. "
        "وقال الإليزيه إن الرئيس لم يتحدث خلال الاتصال عن ملف الطاقة."
    )
    assert _statuses(text) == [("phone_call", "reported")]


# One leader's several contacts in one sentence --------------------------------------------------


def test_the_same_meeting_verb_again_opens_a_second_meeting():
    for joint in ("، ثم التقى", "، كما التقى"):
        text = f"التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس المصري عبد الفتاح السيسي{joint} أمير قطر الشيخ تميم بن حمد آل ثاني."
        assert sorted(_pairs(text), key=sorted) == sorted([{MACRON, SISI}, {MACRON, TAMIM}], key=sorted), text


def test_a_joint_call_of_two_leaders_with_a_third_is_one_event():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس اتصالا هاتفيا مشتركا "
        "مع الرئيس الروسي فلاديمير بوتين."
    )
    assert _pairs(text, "2022-05-28") == [{MACRON, "Olaf Scholz", "Vladimir Putin"}]


def test_the_call_with_each_told_after_two_calls_pairs_no_callers_together():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمتين من الرئيس الفرنسي إيمانويل ماكرون والملك عبد الله الثاني. "
        "وتناول الرئيس مع ماكرون ملف الطاقة، في حين ركز الاتصال مع العاهل الأردني على الحدود."
    )
    assert sorted(_pairs(text), key=sorted) == sorted([{SISI, MACRON}, {SISI, ABDULLAH}], key=sorted)


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


def test_a_second_call_verb_after_what_was_said_in_the_first_call_opens_its_own_call():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون، تناولت ملف الطاقة، "
        "كما تلقى اتصالا من الملك عبد الله الثاني."
    )
    assert sorted(_pairs(text), key=sorted) == sorted([{SISI, MACRON}, {SISI, ABDULLAH}], key=sorted)


def test_calls_listed_by_ordinals_keep_the_later_ones_after_what_was_said():
    text = (
        "أجرى أمير قطر الشيخ تميم بن حمد آل ثاني مكالمتين؛ الأولى مع الرئيس الفرنسي إيمانويل ماكرون، "
        "بحثا خلالها الطاقة، والثانية مع الرئيس التركي رجب طيب أردوغان."
    )
    assert sorted(_pairs(text), key=sorted) == sorted([{TAMIM, MACRON}, {TAMIM, ERDOGAN}], key=sorted)


def test_a_bare_title_after_another_call_phrase_is_the_protagonist():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون. "
        "وفي مكالمة أخرى، ناقش الرئيس مع الملك عبد الله الثاني أمن الحدود."
    )
    assert {SISI, ABDULLAH} in _pairs(text)


def test_a_title_whose_clause_ends_before_a_name_is_not_that_persons_title():
    # "الرئيس" opens what was said during the call; the president named after it is talked about
    text = (
        "ذكر المتحدث أن الرئيس عبد الفتاح السيسي تلقى مكالمة من الرئيس الفرنسي إيمانويل ماكرون، "
        "وأن الرئيس أكد خلالها ما أبلغه إلى الرئيس بايدن."
    )
    assert _pairs(text) == [{SISI, MACRON}]


# Lists of callers and senders; one contact of several parties --------------------------------------


def test_cables_from_the_leaders_of_several_countries_are_one_cable_each():
    text = "وصلت إلى الرئيس السوري بشار الأسد برقيات من قادة الإمارات والبحرين وسلطنة عمان."
    pairs = _pairs(text)
    assert len(pairs) == 3 and all(len(pair) == 2 and "Bashar al-Assad" in pair for pair in pairs)


def test_a_counted_number_of_calls_with_a_list_of_leaders_is_one_call_each():
    text = "رحب قادة الإمارات والبحرين، في مكالمتين هاتفيتين مع الرئيس الأمريكي جو بايدن، بالاتفاق."
    pairs = _pairs(text)
    assert len(pairs) == 2 and all(len(pair) == 2 and "Joe Biden" in pair for pair in pairs)


def test_a_call_said_to_bring_three_leaders_together_is_one_confident_event():
    text = "جمع اتصال هاتفي اليوم الرئيس عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون والملك عبد الله الثاني."
    (event,) = extract_events(text, "2023-05-10")
    assert {p.name_en for p in event.participants} == {SISI, MACRON, ABDULLAH}
    assert event.confidence >= 0.5


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
    assert _statuses(text) == [("phone_call", "reported")]


def test_a_trip_to_hold_talks_on_a_coming_weekday_is_planned():
    text = "يسافر الرئيس التركي رجب طيب أردوغان إلى موسكو يوم الجمعة لإجراء محادثات مع الرئيس فلاديمير بوتين."
    events = extract_events(text, "2023-05-10")
    assert [(e.type, e.status, e.date) for e in events] == [("meeting", "planned", "2023-05-12")]


def test_the_senders_of_cables_listed_in_the_next_sentence_each_sent_one_to_the_receiver():
    text = (
        "تلقى الملك عبد الله الثاني برقيات بمناسبة عيد الاستقلال. "
        "ووصلت البرقيات من الرئيس الفرنسي إيمانويل ماكرون والرئيس التركي رجب طيب أردوغان."
    )
    assert sorted(_pairs(text), key=sorted) == sorted([{ABDULLAH, MACRON}, {ABDULLAH, ERDOGAN}], key=sorted)


def test_the_callers_listed_in_the_next_sentence_each_called_the_receiver():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي اتصالات هاتفية بمناسبة العيد. "
        "وجاءت المكالمات الهاتفية من الرئيس الفرنسي إيمانويل ماكرون والملك عبد الله الثاني."
    )
    assert sorted(_pairs(text), key=sorted) == sorted([{SISI, MACRON}, {SISI, ABDULLAH}], key=sorted)


def test_a_bare_title_before_the_contact_word_is_not_the_caller_named_after_it():
    text = (
        "تلقى الرئيس مكالمة هاتفية من نظيره الفرنسي إيمانويل ماكرون. "
        "وشدد الرئيس عبد الفتاح السيسي في المكالمة على موقف مصر."
    )
    assert _pairs(text) == [{SISI, MACRON}]


def test_a_call_to_come_told_after_a_denied_one_is_a_planned_call_of_its_own():
    text = (
        "نفى الكرملين أن يكون الرئيس فلاديمير بوتين قد تحدث مع الرئيس الأمريكي جو بايدن. "
        "وذكر المتحدث أن بايدن قال إنه سيتصل ببوتين قريبا."
    )
    assert _statuses(text) == [("phone_call", "denied"), ("phone_call", "planned")]


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


def test_then_before_a_second_meeting_word_opens_a_second_meeting():
    text = "استقبل الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون، ثم عقد لقاء مع الملك عبد الله الثاني."
    assert sorted(_pairs(text), key=sorted) == sorted([{SISI, MACRON}, {SISI, ABDULLAH}], key=sorted)


def test_an_earlier_contact_in_a_clause_after_the_call_does_not_make_the_call_background():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون مكالمة هاتفية بالرئيس المصري عبد الفتاح السيسي اليوم، "
        "بعد أن كان قد التقى الملك عبد الله الثاني الشهر الماضي."
    )
    calls = of_type(text, "2023-05-10", "phone_call")
    assert [(sorted(p.name_en or "" for p in e.participants), e.background) for e in calls] == [
        (sorted([SISI, MACRON]), False)
    ]


MBS, LAVROV = "Mohammed bin Salman Al Saud", "Sergey Lavrov"
TRUMP, NETANYAHU = "Donald Trump", "Benjamin Netanyahu"


def test_a_leader_named_in_a_while_clause_after_a_call_is_no_party_of_it():
    # "أثناء وجود Z في ...": a clause about another happening, its person stays out of the call
    text = (
        "جرى اتصال هاتفي أمس بين ولي العهد السعودي الأمير محمد بن سلمان والرئيس التركي رجب طيب أردوغان، "
        "أثناء وجود وزير الخارجية الروسي سيرغي لافروف في الرياض، تناول الأوضاع في المنطقة."
    )
    pairs = _pairs(text)
    assert {MBS, ERDOGAN} in pairs
    assert all(LAVROV not in pair for pair in pairs)


def test_a_leader_in_the_while_clause_who_joined_the_call_stays_a_party():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي اليوم اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب، أثناء وجود "
        "الأخير برفقة نتنياهو رئيس الوزراء الإسرائيلي في القدس، وقد شارك أيضا في المكالمة."
    )
    assert _pairs(text, "2025-10-13") == [frozenset({SISI, TRUMP, NETANYAHU})]


def test_plural_bilateral_meetings_with_leaders_of_several_countries_are_one_meeting_each():
    text = (
        "يصل الرئيس الفرنسي إيمانويل ماكرون إلى الدوحة الأحد المقبل. "
        "وتنعقد القمة في العاصمة القطرية، كما سيجري ماكرون لقاءات ثنائية مع قادة الأردن وتركيا ومصر."
    )
    meetings = [names(e) for e in of_type(text, "2023-05-10", "meeting")]
    assert {MACRON, ABDULLAH} in meetings and {MACRON, ERDOGAN} in meetings and {MACRON, SISI} in meetings
    assert all(len(m) == 2 for m in meetings)


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


def test_a_meeting_in_a_past_month_without_a_day_is_an_earlier_one_not_the_planned_one():
    # "في مارس الماضي": a month gone by dates an earlier meeting of the same two leaders
    text = (
        "يتوجه الرئيس التركي رجب طيب أردوغان غدا إلى عمان للقاء العاهل الأردني الملك عبد الله الثاني. "
        "ويذكر أن أردوغان التقى في مارس الماضي، الملك عبد الله الثاني خلال جولة إقليمية."
    )
    meetings = of_type(text, "2023-05-10", "meeting")
    assert sorted((e.status, e.background) for e in meetings) == [("planned", False), ("reported", True)]
    assert all(names(e) == {ERDOGAN, ABDULLAH} for e in meetings)


def test_a_dropped_subject_after_only_a_planned_contact_is_that_plans_protagonist():
    # no contact took place yet: the protagonist is read from the planned one
    text = (
        "يتوجه العاهل الأردني الملك عبد الله الثاني غدا إلى أنقرة لإجراء مباحثات مع الرئيس التركي رجب طيب أردوغان. "
        "وهذه جولته الثالثة منذ بداية العام. "
        "زار الدوحة في 2 مايو والتقى بالرئيس الفرنسي إيمانويل ماكرون هناك."
    )
    pairs = _pairs(text)
    assert {ABDULLAH, MACRON} in pairs
    assert {ERDOGAN, MACRON} not in pairs


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


def test_a_day_after_since_in_the_clause_of_a_first_call_dates_another_happening():
    # "أول اتصال بينهما منذ ... في 3 فبراير": the day dates the start of the crisis, no second call
    text = (
        "تحادث الرئيس التركي رجب طيب أردوغان هاتفيا اليوم مع العاهل الأردني الملك عبد الله الثاني، "
        "في أول اتصال بين الزعيمين منذ اندلاع الأزمة في 3 فبراير."
    )
    assert len(of_type(text, "2023-05-10", "phone_call")) == 1


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


def test_meeting_a_number_of_presidents_among_them_two_named_is_two_meetings():
    # "met a number of presidents, among them A ... and also B": one bilateral meeting each
    text = (
        "وذكر المتحدث أن الرئيس المصري عبد الفتاح السيسي اجتمع خلال القمة بعدد من الرؤساء، بينهم "
        "الرئيس الفرنسي إيمانويل ماكرون وبحث معه التعاون، وكذلك الرئيس التركي رجب طيب أردوغان."
    )
    pairs = _pairs(text, "2019-02-10")
    assert {SISI, MACRON} in pairs and {SISI, ERDOGAN} in pairs
    assert {SISI, MACRON, ERDOGAN} not in pairs


def test_calls_from_counterparts_in_a_list_of_countries_are_one_call_each():
    # "his counterparts in each of A, B and C": one counterpart per country, each a call of its own
    text = "تلقى وزير الخارجية العماني يوسف بن علوي اليوم اتصالات من نظرائه في كل من السعودية وقطر والعراق."
    pairs = _pairs(text, "2019-12-29")
    bin_alawi = "Yusuf bin Alawi bin Abdullah"
    assert {bin_alawi, "Faisal bin Farhan Al Saud"} in pairs
    assert {bin_alawi, "Mohammed bin Abdulrahman Al Thani"} in pairs
    assert {bin_alawi, "Mohamed Ali Alhakim"} in pairs
