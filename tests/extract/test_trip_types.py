"""Which type a trip's contact gets, and when one trip makes one event or two (issue #11, round TYPES).
Each test states one convention on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# A trip begun whose talks are still to come: a reported visit and a planned meeting -----------------------


def test_talks_a_trip_holds_in_a_present_clause_are_to_come():
    # "في زيارة ... يجري خلالها محادثات": the programme of the trip, not talks held
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى روما اليوم في زيارة رسمية يجري خلالها الرئيس مباحثات مع "
        "نظيره الإيطالي سيرجو ماتاريلا."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "planned", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_a_trip_with_talks_to_come_takes_its_host_from_the_later_meeting():
    text = (
        "وصل الرئيس التونسي قيس سعيد إلى العاصمة الإيطالية روما صباح اليوم في زيارة عمل تدوم يومين يجري "
        "خلالها محادثات مع كبار المسؤولين الإيطاليين. ويعقد سعيد مساء اليوم لقاء مع الرئيس الإيطالي "
        "سيرجو ماتاريلا لبحث الهجرة."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "planned", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_talks_held_during_a_trip_in_a_past_clause_are_the_meeting():
    text = "زار الرئيس التونسي قيس سعيد روما أمس، وأجرى خلالها مباحثات مع الرئيس الإيطالي سيرجو ماتاريلا."
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_an_arrival_then_a_meeting_to_come_of_the_named_visitor_is_a_visit_and_a_planned_meeting():
    # the visitor named again in the programme sentence, the meeting on the next day of the trip
    text = (
        "وصل الرئيس التونسي قيس سعيد اليوم إلى روما في زيارة رسمية تستمر يومين. ومن المقرر أن يلتقي سعيد "
        "غدا الرئيس الإيطالي سيرجو ماتاريلا."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("meeting", "planned", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_an_arrival_then_a_meeting_a_week_later_gives_the_trip_no_host():
    text = (
        "وصل الرئيس التونسي قيس سعيد اليوم إلى روما في زيارة رسمية. ومن المقرر أن يلتقي سعيد الأسبوع "
        "المقبل الرئيس الإيطالي سيرجو ماتاريلا في بروكسل."
    )
    assert ("visit", "reported", ("Kais Saied", "Sergio Mattarella")) not in shapes(extract_events(text, "2021-06-03"))


# An invitation renewed during a call and accepted: a planned visit of the callers -------------------------


def test_an_invitation_renewed_during_a_call_and_accepted_in_the_next_sentence_is_a_planned_visit():
    text = (
        "أجرى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا مع الرئيس الإيطالي سيرجو ماتاريلا. وجدد سعيد "
        "خلال الاتصال دعوة ماتاريلا لزيارة تونس. وشكر ماتاريلا الرئيس سعيد على الدعوة ووعد بتلبيتها في "
        "أقرب فرصة."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("phone_call", "reported", ("Kais Saied", "Sergio Mattarella")),
        ("visit", "planned", ("Kais Saied", "Sergio Mattarella")),
    ]


def test_an_invitation_renewed_during_a_call_and_only_welcomed_is_no_visit():
    text = (
        "أجرى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا مع الرئيس الإيطالي سيرجو ماتاريلا. وجدد سعيد "
        "خلال الاتصال دعوة ماتاريلا لزيارة تونس."
    )
    assert shapes(extract_events(text, "2021-06-03")) == [
        ("phone_call", "reported", ("Kais Saied", "Sergio Mattarella")),
    ]
