"""The parties of a contact sentence by the place each name holds (rasd.extract.party_positions): the
subject and the partner of the contact word, with the lists joined to them, are parties; a leader
named in another role (a topic's genitive, the object of praise, a relative clause, a quote, someone
an event is about) is not. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

DAY = "2023-03-08"
TEBBOUNE, ERDOGAN, MACRON = "Abdelmadjid Tebboune", "Recep Tayyip Erdoğan", "Emmanuel Macron"
PAIR = [("meeting", "reported", (TEBBOUNE, ERDOGAN))]
THREE = [("meeting", "reported", (TEBBOUNE, MACRON, ERDOGAN))]
# the host and each of two guests (party_positions.lone_subject): both guests stay parties
EACH = [("meeting", "reported", (TEBBOUNE, MACRON)), ("meeting", "reported", (TEBBOUNE, ERDOGAN))]


def _got(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return shapes(extract_events(text, DAY))


# A leader in the genitive of a topic noun after the partner -----------------------------------------


def test_a_leader_whose_remarks_were_discussed_is_no_party():
    text = "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة اليوم الرئيس الجزائري عبد المجيد تبون لبحث تصريحات الرئيس الفرنسي إيمانويل ماكرون."
    assert _got(text) == PAIR


def test_a_leader_whose_role_was_discussed_is_no_party():
    text = "التقى الرئيس الجزائري عبد المجيد تبون اليوم نظيره التركي رجب طيب أردوغان وتناول الجانبان دور الرئيس الفرنسي إيمانويل ماكرون في الوساطة."
    assert _got(text) == PAIR


def test_two_subjects_and_a_topic_after_the_meeting_word():
    text = "عقد الرئيس الجزائري عبد المجيد تبون والرئيس التركي رجب طيب أردوغان اجتماعا في الجزائر لبحث دعوة الرئيس الفرنسي إيمانويل ماكرون إلى مؤتمر."
    assert _got(text) == PAIR


# The object of a verb of praise, someone in a relative clause or a quote -----------------------------


def test_a_leader_praised_after_the_meeting_is_no_party():
    text = "التقى الرئيس التركي رجب طيب أردوغان اليوم الرئيس الجزائري عبد المجيد تبون، وأشاد الجانبان بالرئيس الفرنسي إيمانويل ماكرون."
    assert _got(text) == PAIR


def test_a_leader_in_a_relative_clause_is_no_party():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون الرئيس التركي رجب طيب أردوغان الذي كان قد التقى الرئيس الفرنسي إيمانويل ماكرون الأسبوع الماضي."
    assert _got(text) == PAIR


def test_a_leader_in_a_quote_is_no_party():
    text = "التقى الرئيس الجزائري عبد المجيد تبون الرئيس التركي رجب طيب أردوغان في الجزائر، وقال تبون إن الرئيس الفرنسي إيمانويل ماكرون مرحب به."
    assert _got(text) == PAIR


def test_a_leader_an_event_is_about_in_a_call_is_no_party():
    text = "أجرى الرئيس الجزائري عبد المجيد تبون اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان بشأن انتخاب الرئيس الفرنسي إيمانويل ماكرون."
    assert shapes(extract_events(text, DAY)) == [("phone_call", "reported", (TEBBOUNE, ERDOGAN))]


def test_a_leader_named_in_a_phrase_before_the_clause_is_no_party():
    text = "على هامش زيارة الرئيس الفرنسي إيمانويل ماكرون للجزائر، استقبل الرئيس عبد المجيد تبون الرئيس التركي رجب طيب أردوغان."
    assert _got(text) == PAIR


# Negatives: sentences that name three parties keep them ---------------------------------------------


def test_a_three_way_summit_keeps_its_three_parties():
    text = "احتضنت الجزائر قمة ثلاثية جمعت الرئيس عبد المجيد تبون والرئيس التركي رجب طيب أردوغان والرئيس الفرنسي إيمانويل ماكرون."
    assert _got(text) == THREE


def test_a_joint_call_keeps_its_three_parties():
    text = "أجرى الرئيس الجزائري عبد المجيد تبون والرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مشتركا مع الرئيس الفرنسي إيمانويل ماكرون."
    assert shapes(extract_events(text, DAY)) == [("phone_call", "reported", (TEBBOUNE, MACRON, ERDOGAN))]


def test_two_guests_received_stay_parties():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون اليوم الرئيس التركي رجب طيب أردوغان والرئيس الفرنسي إيمانويل ماكرون."
    assert sorted(_got(text)) == sorted(EACH)


def test_two_hosts_and_their_guest_after_a_place_stay_parties():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون والرئيس التركي رجب طيب أردوغان أمس في قصر المرادية الرئيس الفرنسي إيمانويل ماكرون."
    assert _got(text) == THREE


def test_a_list_with_commas_stays_one_list():
    text = (
        "التقى الرئيس الجزائري عبد المجيد تبون في روما الرئيس التركي رجب طيب أردوغان، الرئيس الفرنسي إيمانويل ماكرون."
    )
    assert sorted(_got(text)) == sorted(EACH)


def test_the_partner_of_another_contact_told_with_kama_is_kept():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون اليوم الرئيس التركي رجب طيب أردوغان، كما استقبل الرئيس الفرنسي إيمانويل ماكرون."
    assert _got(text) == sorted(
        [("meeting", "reported", (TEBBOUNE, ERDOGAN)), ("meeting", "reported", (TEBBOUNE, MACRON))]
    )


def test_the_head_of_a_delegation_received_is_a_party():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون والرئيس التركي رجب طيب أردوغان اليوم وفدا فرنسيا برئاسة الرئيس إيمانويل ماكرون."
    assert _got(text) == THREE
