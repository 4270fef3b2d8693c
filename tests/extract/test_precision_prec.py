"""Events that should not exist, or not as told contacts: the absence of a contact ("غياب برقيات
التهنئة من X"), and a meeting still to come whose "أن" + verb stands before the subject's long titles
and name. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import statuses

from rasd.extract import extract_events


def test_the_absence_of_messages_is_no_message():
    text = (
        "عقب إعادة انتخاب الرئيس التركي رجب طيب أردوغان، برز الغياب اللافت لبرقيات التهنئة من "
        "الرئيس السوري بشار الأسد والرئيس التونسي قيس سعيد."
    )
    assert extract_events(text, "2023-05-30") == []


def test_the_absence_of_calls_between_two_leaders_is_no_call():
    text = "وأشار المحلل إلى غياب الاتصالات بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي جو بايدن منذ أشهر."
    assert [e for e in extract_events(text, "2023-05-30") if e.status == "reported"] == []


def test_a_message_without_absence_is_still_a_message():
    text = "تلقى الرئيس التركي رجب طيب أردوغان برقية تهنئة من الرئيس التونسي قيس سعيد بمناسبة فوزه."
    assert ("message", "reported") in statuses(text, "2023-05-30")


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


def _two() -> list:
    from rasd.records import Participant

    return [Participant(i, i, None, "XX", i) for i in ("a", "b")]


def test_an_earlier_call_with_its_own_day_number_reaches_the_calls_threshold():
    from extract_helpers import scored

    args = dict(distance=200, named=frozenset({"a", "b"}), news_trigger=True, background=True)
    dated = scored(_two(), "explicit", 1, 0, False, [], **args)
    weekday = scored(_two(), "weekday", 1, 0, False, [], **args)
    assert dated >= 0.5 > weekday


def test_a_flagged_earlier_call_gets_no_credit_for_its_day_number():
    from extract_helpers import scored

    from rasd.extract.confidence import DATED_BACKGROUND

    args = dict(distance=200, named=frozenset({"a", "b"}), news_trigger=True, background=True)
    flagged = scored(_two(), "explicit", 1, 0, False, ["date_conflict"], **args)
    weekday_flagged = scored(_two(), "weekday", 1, 0, False, ["date_conflict"], **args)
    assert flagged == weekday_flagged
    assert DATED_BACKGROUND > 0


def test_a_call_of_the_day_gets_no_credit_for_its_day_number():
    from extract_helpers import scored

    args = dict(distance=200, named=frozenset({"a", "b"}), news_trigger=True)
    assert scored(_two(), "explicit", 1, 0, False, [], **args) == scored(_two(), "weekday", 1, 0, False, [], **args)


def test_an_earlier_meeting_gets_no_credit_for_its_day_number():
    from extract_helpers import scored

    args = dict(distance=200, named=frozenset({"a", "b"}), news_trigger=True, background=True, event_type="meeting")
    assert scored(_two(), "explicit", 1, 0, True, [], **args) == scored(_two(), "weekday", 1, 0, True, [], **args)
