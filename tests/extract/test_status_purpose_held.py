"""Status of a purposive contact word (issue #11, round STATUS2): "لإجراء محادثات" / "للقاء" after a
trip tells the aim of a trip to come, unless the trip is told done with a past verb of arrival or the
clause after the contact tells what it led to. Sentences written for the tests (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

PARTIES = ("Emmanuel Macron", "Olaf Scholz")


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
