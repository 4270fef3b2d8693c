"""Meeting wordings (issue #11, round MEET3): the verbs in the first person and the feminine, the
meeting as "ours", talks named by their kind, round or the two who held them, a banquet in the
guest's honour told by a pronoun, a photograph of the two together. Sentences written for the tests."""

from __future__ import annotations

import pytest
from extract_helpers import shapes

from rasd.extract import extract_events

SISI_MACRON = ("Abdel Fattah el-Sisi", "Emmanuel Macron")


@pytest.mark.parametrize(
    "text",
    [
        # a leader's own post: first person singular and plural
        "كتب الرئيس الفرنسي إيمانويل ماكرون: التقيت اليوم في باريس الرئيس المصري عبد الفتاح السيسي.",
        "قال الرئيس الفرنسي إيمانويل ماكرون: التقينا اليوم أنا والرئيس المصري عبد الفتاح السيسي في باريس.",
        # "our meeting"
        "قال الرئيس الفرنسي إيمانويل ماكرون إن لقاءنا اليوم مع الرئيس المصري عبد الفتاح السيسي كان مثمرا.",
        # talks named by their kind, their round, or in the definite after "session"
        "أجرى الرئيس المصري عبد الفتاح السيسي اليوم مباحثات ثنائية مع الرئيس الفرنسي إيمانويل ماكرون في باريس.",
        "عقد الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون جولة مباحثات في القاهرة اليوم.",
        "انطلقت اليوم في القاهرة جلسة المباحثات بين الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون.",
        # the banquet's guest as a pronoun
        "أقام الرئيس المصري عبد الفتاح السيسي اليوم مأدبة عشاء على شرفه حضرها الرئيس الفرنسي إيمانويل ماكرون.",
    ],
)
def test_a_meeting_worded_without_the_usual_verbs_is_a_reported_meeting(text):
    assert shapes(extract_events(text, "2024-05-10")) == [("meeting", "reported", SISI_MACRON)]


def test_the_feminine_present_and_future_verbs_plan_a_meeting():
    for verb in ("تلتقي", "ستلتقي"):
        text = f"{verb} رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس التونسي قيس سعيد في روما الأسبوع المقبل."
        got = shapes(extract_events(text, "2024-05-10"))
        assert got == [("meeting", "planned", ("Giorgia Meloni", "Kais Saied"))], verb


def test_the_person_to_be_received_as_a_pronoun_plans_a_meeting():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة اليوم، وسيستقبله الرئيس المصري "
        "عبد الفتاح السيسي غدا في قصر الاتحادية."
    )
    assert ("meeting", "planned", SISI_MACRON) in shapes(extract_events(text, "2024-05-10"))


def test_a_photo_of_the_two_together_is_a_meeting_not_a_visit():
    text = (
        "نشر رئيس الوزراء الفرنسي مانويل فالس صورة تجمعه بالرئيس الجزائري عبد العزيز بوتفليقة خلال زيارته إلى الجزائر."
    )
    got = shapes(extract_events(text, "2016-04-17"))
    assert [kind for kind, _, _ in got] == ["meeting"]


def test_bilateral_talks_by_phone_stay_a_phone_call():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون، "
        "وتناولت المحادثات الثنائية الأوضاع في المنطقة."
    )
    got = shapes(extract_events(text, "2024-05-10"))
    assert got == [("phone_call", "reported", SISI_MACRON)]


def test_relations_that_bring_two_countries_together_are_no_meeting():
    text = "أشاد الرئيس المصري عبد الفتاح السيسي بالعلاقات التي تجمع مصر وفرنسا والرئيس إيمانويل ماكرون."
    assert shapes(extract_events(text, "2024-05-10")) == []


# "قمة مصرية أردنية": a summit named by two countries' adjectives is their leaders' meeting ----------


@pytest.mark.parametrize(
    "summit",
    ["قمة مصرية أردنية", "القمة المصرية الأردنية", "القمة «المصرية - الأردنية»", "قمة مصرية-أردنية"],
)
def test_a_summit_named_by_two_countries_is_a_meeting_of_their_leaders(summit):
    text = (
        f"عقدت اليوم في القاهرة {summit} بين الرئيس عبد الفتاح السيسي والعاهل الأردني الملك "
        "عبد الله الثاني لبحث الأوضاع في المنطقة."
    )
    got = shapes(extract_events(text, "2024-05-10"))
    assert got == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"))]


@pytest.mark.parametrize("summit", ["القمة العربية", "القمة المصرية للاستثمار", "قمة العشرين"])
def test_a_summit_of_a_region_or_one_country_is_no_meeting(summit):
    text = f"شارك الرئيس عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني اليوم في {summit} في الرياض."
    assert shapes(extract_events(text, "2024-05-10")) == []


# "their meeting" of three, talks "between" the two, an iftar in a guest's honour, a handshake ---------


def test_the_meeting_of_three_told_as_theirs_is_one_meeting():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم العاهل الأردني الملك عبد الله الثاني والرئيس "
        "الفلسطيني محمود عباس، وبحث القادة خلال لقائهم الثلاثي الأوضاع في غزة."
    )
    got = shapes(extract_events(text, "2024-05-10"))
    assert ("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas")) in got


@pytest.mark.parametrize(
    "text",
    [
        "جرت اليوم في القاهرة المباحثات بين الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون.",
        "أقام الرئيس المصري عبد الفتاح السيسي اليوم مأدبة إفطار على شرف الرئيس الفرنسي إيمانويل ماكرون.",
        "صافح الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون على هامش القمة.",
    ],
)
def test_talks_between_an_iftar_and_a_handshake_are_meetings(text):
    assert shapes(extract_events(text, "2024-05-10")) == [("meeting", "reported", SISI_MACRON)]


def test_talks_between_countries_name_no_leaders():
    text = "قالت الخارجية إن المباحثات بين مصر وفرنسا تناولت التعاون الاقتصادي."
    assert shapes(extract_events(text, "2024-05-10")) == []


# "توجه X إلى المطار لاستقبال Y": the host at the airport received the visitor ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "توجه الرئيس المصري عبد الفتاح السيسي إلى المطار اليوم لاستقبال الرئيس الصيني شي جين بينغ.",
        "وصل إلى مطار القاهرة الدولي مساء اليوم، وسط إجراءات أمنية، الرئيس المصري عبد الفتاح السيسي "
        "لاستقبال نظيره الصيني شي جين بينغ القادم في زيارة رسمية.",
    ],
)
def test_the_host_at_the_airport_to_receive_the_visitor_met_him(text):
    got = shapes(extract_events(text, "2016-01-20"))
    assert got == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Xi Jinping"))]


def test_going_to_the_airport_tomorrow_to_receive_the_visitor_is_planned():
    text = "سيتوجه الرئيس المصري عبد الفتاح السيسي إلى المطار غدا لاستقبال الرئيس الصيني شي جين بينغ."
    got = shapes(extract_events(text, "2016-01-20"))
    assert got == [("meeting", "planned", ("Abdel Fattah el-Sisi", "Xi Jinping"))]


def test_a_trip_to_meet_someone_stays_planned():
    text = "يتوجه الرئيس الصيني شي جين بينغ إلى القاهرة غدا للقاء الرئيس المصري عبد الفتاح السيسي."
    got = shapes(extract_events(text, "2016-01-20"))
    assert got == [("meeting", "planned", ("Abdel Fattah el-Sisi", "Xi Jinping"))]
