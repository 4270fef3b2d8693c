"""Contacts still to come told with a noun: a planning adjective after the noun's named subject
("زيارة الرئيس X الرسمية المقبلة"), a day not set yet ("لم يتم تحديد موعده") that is no denial.
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import statuses

from rasd.extract import extract_events


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


def test_a_meeting_that_did_not_take_place_stays_denied():
    text = "وأكد المتحدث أن لقاء الرئيس فلاديمير بوتين والرئيس دونالد ترامب لم يتم حتى الآن."
    assert _kinds(text) == [("meeting", "denied")]


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
