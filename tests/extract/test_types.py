"""The type of a contact (phone_call, video_call, meeting, visit, message) and what is no contact at
all (a phone line, a press conference, the absence of calls, officials who are no leaders); then
meetings: receptions, talks, banquets, handshakes and summits, and gatherings of many that are no
meeting of a pair (rasd.extract.frames, main_frame, contact_tests). Each test states one rule on
sentences written for it (never copied text)."""

from __future__ import annotations

import pytest
from extract_helpers import caller, of_type, people, shapes, statuses, summaries

from rasd.extract import extract_events

# === The type of a contact, and what is no contact =======================================================

# A call answered (or not) and a phone line are no contact of their own ---------------------------------


def test_a_phone_line_is_no_call():
    text = "وانتظر الرئيس الأمريكي دونالد ترامب على خط الهاتف بينما بقي الرئيس الإيراني حسن روحاني في جناحه بالفندق."
    assert extract_events(text, "2019-10-01") == []


def test_a_press_conference_by_phone_is_no_call():
    assert not extract_events(
        "قال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي عبر الهاتف إن فرنسا تدعم الحوار.", "2024-05-10"
    )


def test_spoke_with_is_a_call_but_a_press_conference_is_not():
    call = "قال البيت الأبيض إن الرئيس جو بايدن تحدث اليوم مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    press = "تحدث الرئيس جو بايدن في مؤتمر صحفي مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس."
    [event] = extract_events(call, "2023-10-24")
    assert event.type == "phone_call" and caller(event) == "Joe Biden"
    assert not of_type(press, "2023-10-18", "phone_call")


# Virtual talks are video calls; a trip someone looks forward to is planned -------------------------


def test_definite_virtual_talks_are_a_video_call_and_a_hoped_for_trip_is_planned():
    text = (
        "بدأت صباح اليوم المحادثات الافتراضية بين الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ.\n"
        "وأبدى بوتين تطلعه إلى زيارة بكين في فبراير المقبل."
    )
    found = shapes(extract_events(text, "2021-12-15"))
    assert ("video_call", "reported", ("Vladimir Putin", "Xi Jinping")) in found
    assert all(status != "reported" for kind, status, _ in found if kind == "visit")


# "أكثر من مجرد لقاء": a contact word after "مجرد" weighs a kind of contact, it tells none --------------


def test_a_mere_meeting_weighed_against_a_friendship_is_no_meeting():
    text = "قال الرئيس الكيني وليام روتو إن ما يربطه بالرئيس الأوغندي يويري موسيفيني أكثر من مجرد لقاء عابر."
    assert extract_events(text, "2023-05-12") == []


def test_a_mere_call_denied_as_a_description_is_no_call():
    text = "وصف الرئيس الكيني وليام روتو علاقته بنظيره الأوغندي يويري موسيفيني بأنها ليست مجرد اتصال بين رئيسين."
    assert extract_events(text, "2023-05-12") == []


# "المباحثات الهاتفية التي جمعت بينهما": phone talks with the article are a phone call, not a meeting ----


def test_phone_talks_with_the_article_that_brought_two_ministers_together_are_a_call():
    text = (
        "تأتي زيارة وزير الخارجية التونسي نبيل عمار بعد نحو ثلاثة أشهر من المباحثات الهاتفية التي جمعت بينه "
        "وبين وزير الخارجية الجزائري أحمد عطاف."
    )
    got = summaries(text, "2023-06-10")
    assert [t for t, *_ in got if t != "visit"] == ["phone_call"]


def test_phone_call_by_video_is_a_video_call():
    text = "أجرى الرئيس السوري أحمد الشرع اتصالاً هاتفياً مرئياً مع الرئيس الفرنسي إيمانويل ماكرون."
    (event,) = extract_events(text, "2025-03-01")
    assert event.type == "video_call"


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


def test_a_meeting_of_two_economy_ministers_is_no_leaders_meeting():
    text = (
        "أجرى الرئيس السوري بشار الأسد اتصالا هاتفيا مع ولي عهد أبوظبي محمد بن زايد أمس. "
        "ويأتي الاتصال بعد أن كان وزيرا اقتصاد البلدين قد أجريا لقاء في دبي."
    )
    assert [s for s in statuses(text, "2021-10-21") if s[0] == "meeting"] == []


def test_the_two_foreign_ministers_are_leaders():
    text = "والتقى وزيرا خارجية البلدين سامح شكري وأيمن الصفدي في عمان اليوم."
    assert ("meeting", "reported") in statuses(text, "2021-10-21")


def test_the_two_foreign_ministers_unnamed_before_the_contact_word_stay_leaders():
    # the ministry word is read in normalised text ("خارجيه"): the exception holds
    text = (
        "أجرى الرئيس السوري بشار الأسد اتصالا هاتفيا مع ولي عهد أبوظبي محمد بن زايد أمس. "
        "وجاء الاتصال بعدما كان وزيرا خارجية البلدين قد عقدا اجتماعا في دبي."
    )
    assert ("meeting", "reported") in statuses(text, "2021-10-21")


# One government's people are no diplomatic contact ------------------------------------------------


def test_a_leader_receiving_or_calling_his_own_foreign_minister_is_no_diplomatic_contact():
    received = "استقبل العاهل الأردني الملك عبد الله الثاني اليوم وزير الخارجية أيمن الصفدي واطلع منه على نتائج جولته."
    called = "أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا مع وزير خارجيته أنتوني بلينكن لبحث نتائج جولته."
    assert extract_events(received, "2021-12-04") == []
    assert extract_events(called, "2021-12-04") == []


def test_a_foreign_minister_meeting_a_foreign_leader_is_still_a_contact():
    text = "استقبل العاهل الأردني الملك عبد الله الثاني اليوم وزير الخارجية الأمريكي أنتوني بلينكن."
    assert shapes(extract_events(text, "2021-12-04")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Antony Blinken"))
    ]


# A message posted on a social platform is a public statement, not a contact ------------------------


def test_a_message_posted_on_a_platform_is_no_contact_but_a_cable_is():
    posted = (
        "وجه رئيس الوزراء الهندي ناريندرا مودي رسالة عبر حسابه على منصة إكس إلى الرئيس الإيراني مسعود بزشكيان "
        "هنأه فيها بالفوز."
    )
    cabled = (
        "بعث رئيس الوزراء الهندي ناريندرا مودي برقية تهنئة إلى الرئيس الإيراني مسعود بزشكيان، "
        "ثم كتب على منصة إكس أنه يتطلع إلى العمل معه."
    )
    assert extract_events(posted, "2024-07-07") == []
    assert shapes(extract_events(cabled, "2024-07-07")) == [
        ("message", "reported", ("Masoud Pezeshkian", "Narendra Modi"))
    ]


# === Meetings, receptions, talks and summits =============================================================

# "أجرى X مباحثات مهمة مع Y": an adjective between the talks and their partner -------------------


def test_talks_with_an_adjective_before_the_partner_are_a_meeting():
    text = "وأجرى الرئيس المصري عبد الفتاح السيسي أمس مباحثات مهمة مع الرئيس اليوناني بروكوبيس بافلوبولوس في أثينا."
    got = shapes(extract_events(text, "2016-04-20"))
    assert got == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Prokopis Pavlopoulos"))]


def test_talks_to_come_with_an_adjective_are_a_planned_meeting():
    text = "ويجري الرئيس المصري عبد الفتاح السيسي غدا محادثات موسعة مع الرئيس الفرنسي فرانسوا هولاند في باريس."
    got = shapes(extract_events(text, "2016-04-20"))
    assert got == [("meeting", "planned", ("Abdel Fattah el-Sisi", "François Hollande"))]


def test_sized_talks_after_a_call_the_same_day_stay_the_call():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا بالرئيس الفرنسي فرانسوا هولاند. "
        "وتناولت المباحثات المهمة مع هولاند ملف ليبيا."
    )
    got = shapes(extract_events(text, "2016-04-20"))
    assert got == [("phone_call", "reported", ("Abdel Fattah el-Sisi", "François Hollande"))]


# "عقد X غداء عمل مع Y": a working meal with the other leader is a meeting ---------------------------


def test_a_working_lunch_with_a_leader_is_a_meeting():
    text = "أقام الرئيس الفرنسي إيمانويل ماكرون أمس غداء عمل مع المستشار الألماني أولاف شولتس في الإليزيه."
    got = shapes(extract_events(text, "2023-05-14"))
    assert got == [("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz"))]


# Meeting words in the accusative or with an attached object pronoun -------------------------------


def test_a_reception_with_an_object_pronoun_is_a_meeting():
    text = (
        "وصل رئيس الوزراء اللبناني نجيب ميقاتي اليوم إلى الدوحة حيث استقبله أمير قطر الشيخ تميم بن حمد آل ثاني "
        "وبحثا التطورات في المنطقة."
    )
    events = extract_events(text, "2023-10-30")
    assert ("meeting", "reported", ("Najib Mikati", "Tamim bin Hamad Al Thani")) in shapes(events)


def test_a_warm_reception_given_by_the_host_is_a_meeting():
    text = "لقي رئيس الوزراء الإيطالي ماتيو رينزي اليوم في طهران استقبالا حافلا من الرئيس الإيراني حسن روحاني."
    (event,) = extract_events(text, "2016-04-12")
    assert (event.type, people(event)) == ("meeting", ["Hassan Rouhani", "Matteo Renzi"])


# "في مقدمة مستقبلي بن زايد": a reception noun before a patronymic short name is no given name ---------


def test_the_host_at_the_head_of_those_receiving_a_short_named_prince_met_him():
    text = (
        "وصل ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان إلى القاهرة مساء الأحد.\n"
        "وكان الرئيس المصري عبد الفتاح السيسي في مقدمة مستقبلي بن زايد لدى وصوله إلى المطار."
    )
    assert summaries(text, "2019-03-10") == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Mohamed bin Zayed Al Nahyan"), "2019-03-10"),
    ]


def test_a_host_present_at_the_reception_of_a_short_named_prince_met_him():
    text = (
        "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى عمان اليوم.\n"
        "وكان العاهل الأردني الملك عبدالله الثاني في استقبال بن سلمان في المطار."
    )
    assert summaries(text, "2021-06-02") == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Mohammed bin Salman Al Saud"), "2021-06-02"),
    ]


# "حيث ستعقد مشاورات سياسية بين الجانبين": consultations are talks, the trip's meeting ------------------


def test_a_trip_for_consultations_between_the_two_ministers_is_one_planned_meeting():
    text = (
        "يتوجه وزير الخارجية الأردني أيمن الصفدي مساء اليوم إلى أنقرة في زيارة رسمية بدعوة من نظيره التركي "
        "هاكان فيدان، حيث ستعقد مشاورات سياسية بين الجانبين حول الأوضاع في المنطقة."
    )
    assert summaries(text, "2024-02-04") == [
        ("meeting", "planned", ("Ayman Safadi", "Hakan Fidan"), "2024-02-04"),
    ]


def test_consultations_held_between_two_named_ministers_are_a_meeting():
    text = "جرت اليوم في عمان مشاورات سياسية بين وزير الخارجية الأردني أيمن الصفدي ونظيره التركي هاكان فيدان."
    assert summaries(text, "2024-02-04") == [("meeting", "reported", ("Ayman Safadi", "Hakan Fidan"), "2024-02-04")]


# "وكان في استقبالهما / في استقبالهم الرئيس X": a guest with a spouse or a delegation was received ----


def test_a_host_at_the_reception_of_a_guest_and_his_wife_met_the_guest():
    text = (
        "وصل الرئيس الأوغندي يويري موسيفيني وقرينته إلى نيروبي صباح اليوم في زيارة دولة، "
        "وكان في استقبالهما بالمطار الرئيس الكيني وليام روتو."
    )
    assert ("meeting", "reported", ("William Ruto", "Yoweri Museveni")) in shapes(extract_events(text, "2023-05-10"))


def test_a_host_at_the_reception_of_a_guest_and_his_delegation_met_the_guest():
    text = (
        "حطت طائرة الرئيس الأوغندي يويري موسيفيني والوفد المرافق له في مطار نيروبي ظهر اليوم، "
        "وكان في استقبالهم الرئيس الكيني وليام روتو وعدد من الوزراء."
    )
    assert ("meeting", "reported", ("William Ruto", "Yoweri Museveni")) in shapes(extract_events(text, "2023-05-10"))


# "تصافح X ونظيره Y": the reciprocal verb with the pair as its subject is a brief encounter ----------


def test_two_leaders_who_shook_hands_as_one_subject_met():
    text = "تصافح الرئيس الكيني وليام روتو ونظيره الأوغندي يويري موسيفيني لدى وصولهما إلى قاعة القمة الأفريقية اليوم."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


# Meeting wordings: the verbs in the first person and the feminine, the meeting as "ours", talks named
# by their kind, round or the two who held them, a banquet in the guest's honour told by a pronoun, a
# photograph of the two together.

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


def test_friendly_talk_inside_a_reception_is_no_contact_of_its_own():
    text = (
        "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم الرئيس الرواندي بول كاغامي في الدوحة. "
        "وجرى خلال الاستقبال تبادل الأحاديث الودية."
    )
    got = shapes(extract_events(text, "2023-04-12"))
    assert got == [("meeting", "reported", ("Paul Kagame", "Tamim bin Hamad Al Thani"))]


# "وكان X في استقباله": X received the visitor, a meeting, not more of a contact told before ----------


def test_a_host_who_was_at_the_visitors_reception_met_the_visitor():
    text = (
        "توجه الرئيس الكيني وليام روتو اليوم إلى كمبالا في زيارة رسمية تلبية لدعوة من الرئيس الأوغندي "
        "يويري موسيفيني. وكان في استقباله بالمطار الرئيس الأوغندي يويري موسيفيني وعدد من الوزراء."
    )
    got = shapes(extract_events(text, "2023-05-10"))
    assert ("meeting", "reported", ("William Ruto", "Yoweri Museveni")) in got
    assert not any(kind == "visit" for kind, _, _ in got)


# A meal given in honour of a visiting leader ("مأدبة عشاء على شرف") is a meeting of host and guest ---


def test_a_dinner_in_honour_of_a_visiting_king_is_a_meeting():
    text = "أقام الرئيس الفرنسي إيمانويل ماكرون مساء اليوم مأدبة عشاء على شرف العاهل الأردني الملك عبد الله الثاني."
    assert shapes(extract_events(text, "2024-03-10")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
    ]


# "كان الأمير X في مقدمة المستقبلين": the host at the head of those who received the visitor ---------


def test_a_host_at_the_head_of_the_receiving_party_met_the_visitor():
    text = (
        "وصل السلطان هيثم بن طارق اليوم إلى الدوحة في زيارة دولة. وكان أمير دولة قطر الشيخ تميم بن حمد "
        "آل ثاني في مقدمة المستقبلين عند سلم الطائرة."
    )
    got = shapes(extract_events(text, "2021-11-22"))
    assert ("meeting", "reported", ("Haitham bin Tariq", "Tamim bin Hamad Al Thani")) in got


# Meetings and visits: receptions, talks on the side of gatherings, possessive meeting nouns.

# A possessive meeting noun ("لقائه مع", "لقاءها بـ") tells the meeting itself --------------------------


def test_his_meeting_with_a_leader_on_the_side_of_a_summit_is_a_meeting():
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون، خلال لقائه مع المستشار الألماني أولاف شولتس على هامش "
        "قمة حلف الأطلسي في فيلنيوس اليوم، إن أوروبا تحتاج إلى دفاع مشترك."
    )
    assert shapes(extract_events(text, "2023-07-11")) == [
        ("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz")),
    ]


def test_a_bodys_meeting_with_a_feminine_pronoun_is_no_meeting_of_leaders():
    text = (
        "اتصل الرئيس الفرنسي إيمانويل ماكرون اليوم بالمستشار الألماني أولاف شولتس، واتفقا على تنسيق "
        "موقف مجموعة السبع في اجتماعها المقرر الخميس."
    )
    assert shapes(extract_events(text, "2023-07-11")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Olaf Scholz")),
    ]


# A talks verb on the side of a gathering: its subject, day and place may stand before "مع" -------------


def test_talks_on_the_side_of_a_gathering_with_a_long_subject_before_with_are_a_meeting():
    text = (
        "بحث رئيس الوزراء الأردني بشر الخصاونة صباح اليوم الثلاثاء 19 سبتمبر 2023 في مدينة نيويورك "
        "الأمريكية مع الرئيس العراقي عبد اللطيف رشيد العلاقات بين البلدين، على هامش أعمال الجمعية "
        "العامة للأمم المتحدة."
    )
    assert shapes(extract_events(text, "2023-09-19")) == [
        ("meeting", "reported", ("Abdul Latif Rashid", "Bisher Al-Khasawneh")),
    ]


# A reception that names its host and calls the other side "the guest" ---------------------------------


def test_an_airport_reception_of_the_guest_by_a_prime_minister_is_a_meeting_with_the_visitor():
    text = (
        "وصل الرئيس الصربي ألكسندر فوتشيتش اليوم إلى طشقند في زيارة رسمية بدعوة من الرئيس الأوزبكي "
        "شوكت ميرضيائيف. وكان في استقبال الضيف في المطار رئيس الوزراء الأوزبكي عبد الله أريبوف."
    )
    got = shapes(extract_events(text, "2025-10-28"))
    assert ("meeting", "reported", ("Abdulla Aripov", "Aleksandar Vučić")) in got


def test_a_reception_of_the_guest_without_a_trip_told_before_names_nobody_else():
    text = "قال مسؤولون إن الاقتصاد ينمو. وكان في استقبال الضيف في المطار رئيس الوزراء الأوزبكي عبد الله أريبوف."
    assert extract_events(text, "2025-10-28") == []


# Meetings in the plural with the people after "مع" ------------------------------------------------------


def test_meetings_to_come_with_a_prime_minister_and_ministers_are_one_planned_meeting_with_the_leader():
    text = (
        "ومن المتوقع أن يعقد الرئيس التونسي قيس سعيد في روما اجتماعات مع رئيسة الوزراء الإيطالية "
        "جورجيا ميلوني ومع عدد من وزراء الطاقة الأوروبيين."
    )
    assert shapes(extract_events(text, "2023-06-05")) == [
        ("meeting", "planned", ("Giorgia Meloni", "Kais Saied")),
    ]


def test_a_body_s_sessions_in_the_plural_are_no_meeting():
    text = "بدأت في نيويورك اليوم اجتماعات الجمعية العامة للأمم المتحدة بحضور الرئيس التونسي قيس سعيد."
    assert extract_events(text, "2023-09-19") == []


# A visit paid to a leader, not to a place, is a meeting with him ---------------------------------------


def test_a_visit_paid_to_a_king_is_a_meeting():
    text = "قام الرئيس التركي رجب طيب أردوغان اليوم بزيارة إلى العاهل الأردني الملك عبد الله الثاني في عمان."
    assert shapes(extract_events(text, "2022-05-10")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Recep Tayyip Erdoğan")),
    ]


def test_a_visit_to_a_leader_with_the_clitic_is_a_meeting():
    text = "أجرى الرئيس التركي رجب طيب أردوغان اليوم زيارة للملك عبد الله الثاني عاهل الأردن."
    assert shapes(extract_events(text, "2022-05-10")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Recep Tayyip Erdoğan")),
    ]


def test_a_visit_to_a_country_whose_host_is_named_later_stays_a_visit():
    text = "وصل الرئيس التركي رجب طيب أردوغان اليوم إلى عمان في زيارة إلى الأردن بدعوة من الملك عبد الله الثاني."
    got = shapes(extract_events(text, "2022-05-10"))
    assert ("meeting", "reported", ("Abdullah II of Jordan", "Recep Tayyip Erdoğan")) not in got


# A reception a host goes out to is told as it takes place ----------------------------------------------


def test_a_president_going_to_the_airport_to_receive_his_counterpart_is_a_meeting_held():
    text = (
        "توجه الرئيس المصري عبد الفتاح السيسي مساء اليوم إلى المطار لاستقبال نظيره الفرنسي إيمانويل "
        "ماكرون الذي وصل القاهرة في زيارة رسمية."
    )
    assert shapes(extract_events(text, "2019-01-27")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")),
    ]


def test_a_reception_a_leader_will_go_to_stays_to_come():
    text = "سيتوجه الرئيس المصري عبد الفتاح السيسي غدا إلى المطار لاستقبال نظيره الفرنسي إيمانويل ماكرون."
    got = shapes(extract_events(text, "2019-01-27"))
    assert ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")) not in got


def test_a_country_preparing_to_receive_a_summit_tells_no_reception_held():
    text = "تستعد باريس لاستقبال القمة بين الرئيسين عبد الفتاح السيسي وإيمانويل ماكرون الأسبوع المقبل."
    got = shapes(extract_events(text, "2020-12-01"))
    assert ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")) not in got


def test_formal_talks_with_one_host_after_a_reception_by_both_are_a_contact_of_their_own():
    # the reception had the whole host side; the talks that follow, of two of them, are one more meeting
    text = (
        "استقبل الرئيس الهندي دروبادي مورمو ورئيس الوزراء ناريندرا مودي اليوم في نيودلهي ولي العهد "
        "السعودي الأمير محمد بن سلمان. وعقدت بعد ذلك جلسة مباحثات رسمية بين الأمير محمد بن سلمان ورئيس "
        "الوزراء الهندي ناريندرا مودي."
    )
    assert sorted(people(e) for e in extract_events(text, "2024-02-20")) == [
        ["Droupadi Murmu", "Mohammed bin Salman Al Saud", "Narendra Modi"],
        ["Mohammed bin Salman Al Saud", "Narendra Modi"],
    ]


# Contacts told in passing: talks on the side of a gathering, a message carried during a call, earlier
# contacts.

# Talks "on the side of" a gathering, with a talks verb and no contact noun: a meeting ------------


def test_talks_with_a_leader_on_the_side_of_a_summit_are_a_meeting():
    text = "بحث الرئيس التركي رجب طيب أردوغان مع الرئيس الروسي فلاديمير بوتين اليوم على هامش القمة في سمرقند العلاقات الثنائية."
    assert shapes(extract_events(text, "2022-09-16")) == [
        ("meeting", "reported", ("Recep Tayyip Erdoğan", "Vladimir Putin"))
    ]


def test_speaking_with_a_leader_on_the_side_of_a_forum_is_a_meeting_not_a_call():
    text = "تحدث الرئيس الفرنسي إيمانويل ماكرون مع الرئيس الأمريكي جو بايدن على هامش قمة مجموعة السبع اليوم."
    assert shapes(extract_events(text, "2022-06-27")) == [("meeting", "reported", ("Emmanuel Macron", "Joe Biden"))]


def test_a_talks_verb_without_a_gathering_tells_no_contact():
    text = "بحث الرئيس التركي رجب طيب أردوغان مع الرئيس الروسي فلاديمير بوتين اليوم العلاقات الثنائية."
    assert extract_events(text, "2022-09-16") == []


def test_a_talks_verb_on_the_side_of_a_summit_without_with_tells_no_contact():
    text = "بحث الرئيس التركي رجب طيب أردوغان على هامش القمة اليوم ملف الطاقة في كلمة أمام القادة."
    assert extract_events(text, "2022-09-16") == []


def test_talks_to_be_held_on_the_side_of_a_summit_are_a_planned_meeting():
    text = "سيبحث الرئيس الفرنسي إيمانويل ماكرون مع الرئيس الأمريكي جو بايدن على هامش قمة العشرين الأسبوع المقبل ملف المناخ."
    assert shapes(extract_events(text, "2021-10-20")) == [("meeting", "planned", ("Emmanuel Macron", "Joe Biden"))]


def test_talks_in_the_bare_present_on_the_side_of_a_summit_are_not_reported():
    text = "يبحث الرئيس الفرنسي إيمانويل ماكرون اليوم مع الرئيس الأمريكي جو بايدن على هامش قمة العشرين ملف المناخ."
    assert [e for e in extract_events(text, "2021-10-30") if e.status == "reported"] == []


def test_a_meeting_with_their_counterparts_is_a_gathering_not_the_pairs_meeting():
    text = (
        "واتفق وزير الخارجية الأردني أيمن الصفدي ونظيره المصري سامح شكري على عقد اجتماع تشاوري "
        "مع نظرائهما العرب الشهر المقبل."
    )
    assert extract_events(text, "2023-01-19") == []


# A meeting noun that names the gathering of a body of many is no meeting of the pair.


def test_the_decision_of_a_ministers_conference_is_no_meeting_of_the_pair():
    text = (
        "وتناول وزيرا خارجية قطر والأردن الأوضاع في السودان، ورحبا بالبيان الصادر عن "
        "الاجتماع الطارئ لوزراء خارجية الدول العربية في القاهرة."
    )
    assert extract_events(text, "2023-05-02") == []


def test_the_results_of_a_gathering_of_many_states_are_no_meeting_of_the_pair():
    text = "وبحث الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس نتائج اجتماع دول مجموعة السبع."
    assert extract_events(text, "2023-05-02") == []


def test_a_talk_during_a_gathering_of_many_stays_the_pairs_contact():
    text = (
        "وتحدث الرئيس الفرنسي إيمانويل ماكرون مع المستشار الألماني أولاف شولتس خلال اجتماع "
        "دول مجموعة السبع في هيروشيما."
    )
    assert statuses(text, "2023-05-20") != []


def test_the_meeting_of_a_two_country_council_stays_a_meeting():
    text = (
        "وأكد الوزيران أهمية عقد الاجتماع الأول لمجلس التنسيق المصري السعودي برئاسة الرئيس "
        "عبد الفتاح السيسي وولي العهد السعودي الأمير محمد بن سلمان."
    )
    assert [t for t, _ in statuses(text, "2025-11-22")] == ["meeting"]


# A host at the head of those receiving a visitor has met him --------------------------------------


def test_a_host_at_the_head_of_the_reception_party_meets_the_visitor():
    same_sentence = (
        "حل رئيس الوزراء الهندي ناريندرا مودي اليوم بأبوظبي في زيارة رسمية تستمر يومين، "
        "وكان رئيس الدولة الشيخ محمد بن زايد آل نهيان على رأس مستقبليه في المطار."
    )
    next_sentence = (
        "حل رئيس الوزراء الهندي ناريندرا مودي اليوم بأبوظبي في زيارة رسمية تستمر يومين.\n"
        "وكان الشيخ محمد بن زايد آل نهيان في مقدمة مستقبلي رئيس الوزراء الهندي في المطار."
    )
    for text in (same_sentence, next_sentence):
        assert shapes(extract_events(text, "2024-02-13")) == [
            ("meeting", "reported", ("Mohamed bin Zayed Al Nahyan", "Narendra Modi"))
        ]


def test_future_as_an_adjective_is_no_reception():
    text = "أكد رئيس الوزراء الهندي ناريندرا مودي اليوم أهمية أي تعاون مستقبلي مع الشيخ محمد بن زايد آل نهيان."
    assert extract_events(text, "2024-02-13") == []


# Talks held with a visitor are a meeting, not only a visit ----------------------------------------


def test_talks_with_a_leader_who_is_visiting_are_a_meeting():
    text = (
        "ناقش الرئيس المصري عبد الفتاح السيسي مع الرئيس الفلسطيني محمود عباس، الذي يزور القاهرة منذ أمس، "
        "سبل إحياء عملية السلام."
    )
    assert shapes(extract_events(text, "2023-02-08")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Mahmoud Abbas"))
    ]


def test_a_visit_where_talks_are_still_to_come_stays_a_visit():
    text = "يزور الرئيس الفلسطيني محمود عباس القاهرة اليوم، ويبحث مع الرئيس المصري عبد الفتاح السيسي سبل السلام."
    assert [e.type for e in extract_events(text, "2023-02-08")] == ["visit"]


def test_a_conversation_held_during_a_visit_is_the_meeting_not_a_call():
    text = (
        "أجرى المستشار الألماني أولاف شولتس اليوم محادثة مطولة مع الرئيس المصري عبد الفتاح السيسي "
        "في إطار زيارة رسمية يقوم بها إلى القاهرة."
    )
    assert shapes(extract_events(text, "2023-06-06")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Olaf Scholz"))
    ]


def test_a_conversation_without_a_visit_stays_a_call():
    text = "أجرى المستشار الألماني أولاف شولتس اليوم محادثة مطولة مع الرئيس المصري عبد الفتاح السيسي."
    assert [e.type for e in extract_events(text, "2023-06-06")] == ["phone_call"]


def test_a_host_in_the_next_sentence_receiving_him_meets_the_visitor():
    text = (
        "حل رئيس الوزراء الهندي ناريندرا مودي اليوم بأبوظبي في زيارة رسمية تستمر يومين.\n"
        "وكان الشيخ محمد بن زايد آل نهيان في استقباله في المطار."
    )
    got = shapes(extract_events(text, "2024-02-13"))
    assert ("meeting", "reported", ("Mohamed bin Zayed Al Nahyan", "Narendra Modi")) in got
