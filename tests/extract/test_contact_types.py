"""The type of a contact (phone_call, video_call, meeting, visit, message), issue #11 round ACC6.
Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import people, shapes

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


# A trip told with its visitor only, and the meeting to come in the next sentence ---------------------------


def test_a_trip_to_come_and_the_meeting_told_next_is_one_planned_meeting_on_the_trip_day():
    text = (
        "يصل الرئيس الفرنسي إيمانويل ماكرون غدا إلى مصر في زيارة رسمية تستمر يومين. "
        "وأعلن الإليزيه أن ماكرون سيلتقي الرئيس المصري عبد الفتاح السيسي في القاهرة."
    )
    events = extract_events(text, "2024-05-10")
    # the trip's meeting is told: one planned meeting (the corpus convention)
    assert shapes(events) == [("meeting", "planned", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))]
    assert str(events[0].date) == "2024-05-11"  # the trip's day


def test_a_past_trip_and_a_meeting_to_come_make_no_planned_visit():
    text = (
        "زار الرئيس الفرنسي إيمانويل ماكرون مصر أمس. "
        "وأعلن الإليزيه أن ماكرون سيلتقي الرئيس المصري عبد الفتاح السيسي في باريس الشهر المقبل."
    )
    assert shapes(extract_events(text, "2024-05-10")) == [
        ("meeting", "planned", ("Abdel Fattah el-Sisi", "Emmanuel Macron")),
    ]


# A contact replied to or thanked for ------------------------------------------------------------------------


def test_a_message_in_reply_to_an_earlier_call_is_the_message():
    text = (
        "بعث الرئيس التونسي قيس سعيد اليوم رسالة إلى الرئيس الجزائري عبد المجيد تبون ردا على الاتصال "
        "الذي تلقاه منه الأسبوع الماضي."
    )
    (event,) = extract_events(text, "2024-05-10")
    assert (event.type, event.status, event.background) == ("message", "reported", False)
    assert people(event) == ["Abdelmadjid Tebboune", "Kais Saied"]


def test_thanks_in_a_message_for_a_call_is_no_new_call():
    text = (
        "أعرب الرئيس التونسي قيس سعيد في رسالة إلى الرئيس الجزائري عبد المجيد تبون عن شكره على الاتصال "
        "الهاتفي الذي أجراه معه."
    )
    assert shapes(extract_events(text, "2024-05-10")) == [
        ("message", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
    ]


# A call answered (or not) and a phone line are no contact of their own ---------------------------------


def test_messages_sent_while_the_call_went_unanswered_are_the_messages():
    text = (
        "وبعث الرئيس الفرنسي إيمانويل ماكرون رسائل إلى الرئيس الإيراني حسن روحاني عبر مساعديه، غير أن "
        "روحاني امتنع عن الرد على المكالمة."
    )
    (event,) = extract_events(text, "2019-10-01")
    assert event.type == "message"
    assert people(event) == ["Emmanuel Macron", "Hassan Rouhani"]


def test_a_phone_line_is_no_call():
    text = "وانتظر الرئيس الأمريكي دونالد ترامب على خط الهاتف بينما بقي الرئيس الإيراني حسن روحاني في جناحه بالفندق."
    assert extract_events(text, "2019-10-01") == []
