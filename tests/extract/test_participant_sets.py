"""Issue 11 (ACCP): who the parties of a contact are. People who attend a meeting or travel with a
party, princes and office holders of another time, and the pair a later sentence refers back to.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import people, shapes

from rasd.extract import extract_events

# People attending a contact or travelling with a party are no parties --------------------------------


def test_people_present_at_a_reception_are_no_parties():
    text = (
        "استقبل ملك البحرين حمد بن عيسى آل خليفة صباح اليوم في قصر الصخير الرئيس القبرصي نيكوس "
        "خريستودوليدس، بحضور ولي العهد رئيس مجلس الوزراء الأمير سلمان بن حمد آل خليفة ووزير الخارجية "
        "عبد اللطيف الزياني."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Hamad bin Isa Al Khalifa", "Nikos Christodoulides"))
    ]


def test_a_minister_who_went_with_the_visitor_is_no_party_of_the_meeting():
    for text in (
        "اجتمع الرئيس الصيني شي جين بينغ اليوم في بكين بالرئيس البرازيلي لولا دا سيلفا، ورافق لولا خلال "
        "الاجتماع وزير خارجيته ماورو فييرا.",
        "اجتمع الرئيس الصيني شي جين بينغ اليوم في بكين بالرئيس البرازيلي لولا دا سيلفا يرافقه وزير "
        "الخارجية ماورو فييرا.",
    ):
        assert shapes(extract_events(text, "2024-05-14")) == [
            ("meeting", "reported", ("Luiz Inácio Lula da Silva", "Xi Jinping"))
        ], text


def test_a_head_of_government_attending_his_emirs_meeting_is_no_party():
    text = (
        "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم في الإليزيه لقاء مع أمير قطر الشيخ تميم بن حمد آل ثاني "
        "حضره رئيس مجلس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني."
    )
    (event,) = extract_events(text, "2024-05-14")
    assert people(event) == ["Emmanuel Macron", "Tamim bin Hamad Al Thani"]


def test_a_three_way_meeting_named_before_the_attendance_cue_stays_whole():
    text = (
        "عقد الرئيس المصري عبد الفتاح السيسي والملك عبد الله الثاني والرئيس الفلسطيني محمود عباس اجتماعا "
        "ثلاثيا في العقبة اليوم بحضور رؤساء الوفود."
    )
    (event,) = extract_events(text, "2024-05-14")
    assert people(event) == ["Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas"]


def test_a_minister_travelling_with_his_leader_named_before_the_meeting_word_is_no_party():
    # the company phrase stands before the contact word: the minister is no party, his leader is
    for text in (
        "وسيكون رئيس الحكومة الإسباني بيدرو سانشيز في الرحلة مرفوقا بوزير الخارجية خوسيه مانويل ألباريس، "
        "ثم سيلتقي غدا رئيس الحكومة المغربي عزيز أخنوش.",
        "وبرفقة وزير خارجيته خوسيه مانويل ألباريس، التقى رئيس الحكومة الإسباني بيدرو سانشيز اليوم رئيس "
        "الحكومة المغربي عزيز أخنوش.",
    ):
        (event,) = extract_events(text, "2024-02-20")
        assert people(event) == ["Aziz Akhannouch", "Pedro Sánchez"], text


def test_leaders_of_other_countries_travelling_with_a_visitor_stay_parties():
    # a company phrase names leaders of countries no remaining party speaks for: parties of the visit
    text = (
        "يلتقي رئيس الحكومة الإسباني بيدرو سانشيز، برفقة رئيسة الحكومة الإيطالية جورجيا ميلوني، غدا رئيس "
        "الحكومة المغربي عزيز أخنوش."
    )
    (event,) = extract_events(text, "2024-02-20")
    assert people(event) == ["Aziz Akhannouch", "Giorgia Meloni", "Pedro Sánchez"]


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


# Princes who are not leaders -----------------------------------------------------------------------------


def test_a_prince_with_a_two_word_given_name_is_not_the_crown_prince():
    # "عبد العزيز بن سلمان" spaced: the energy minister, a son of the king, not "بن سلمان" the crown prince
    text = "استقبل رئيس الوزراء العراقي محمد شياع السوداني أمس في بغداد الأمير عبد العزيز بن سلمان وزير الطاقة."
    assert extract_events(text, "2024-05-14") == []


# "The two" of the contact just reported: an earlier contact of the same pair ----------------------------


def test_an_earlier_call_of_the_pair_told_with_a_dual_title_and_the_pluperfect():
    text = (
        "بحث الرئيس الإيراني مسعود بزشكيان اليوم الأربعاء في اتصال هاتفي مع نظيره التركي رجب طيب أردوغان "
        "التطورات في المنطقة. وكان الرئيسان قد تحادثا هاتفيا الاثنين الماضي."
    )
    events = sorted(extract_events(text, "2024-10-02"), key=lambda e: e.date or "")
    assert [(e.type, e.background, e.date) for e in events] == [
        ("phone_call", True, "2024-09-30"),
        ("phone_call", False, "2024-10-02"),
    ]
    assert people(events[0]) == people(events[1]) == ["Masoud Pezeshkian", "Recep Tayyip Erdoğan"]


def test_an_earlier_call_of_the_pair_told_with_the_two_men_or_a_dual_verb():
    for second in (
        "وجرى آخر اتصال بين الرجلين في 12 أغسطس.",
        "وسبق أن أجريا مكالمة هاتفية في 12 أغسطس.",
    ):
        text = (
            "أجرى الرئيس الإيراني مسعود بزشكيان اليوم الأربعاء اتصالا هاتفيا مع رئيس الوزراء الهندي ناريندرا "
            "مودي. " + second
        )
        dates = sorted((e.date, e.background) for e in extract_events(text, "2024-10-02"))
        assert dates == [("2024-08-12", True), ("2024-10-02", False)], second


def test_a_dual_verb_with_other_people_as_its_subject_is_not_the_pair():
    text = (
        "أجرى الرئيس الإيراني مسعود بزشكيان اليوم الأربعاء اتصالا هاتفيا مع رئيس الوزراء الهندي ناريندرا "
        "مودي. وكان وزيرا داخلية البلدين قد التقيا في نيودلهي الشهر الماضي."
    )
    assert shapes(extract_events(text, "2024-10-02")) == [
        ("phone_call", "reported", ("Masoud Pezeshkian", "Narendra Modi"))
    ]


def test_a_named_pluperfect_retelling_the_lead_call_is_not_another_call():
    text = (
        "قال رئيس الوزراء الهندي ناريندرا مودي إنه يثق بمتانة العلاقات مع إيران. وكان مودي قد تلقى اتصالا "
        "هاتفيا، اليوم، من الرئيس الإيراني مسعود بزشكيان."
    )
    assert len(extract_events(text, "2024-10-02")) == 1


# Lists of callers: one call each ---------------------------------------------------------------------


def test_callers_listed_after_a_verb_with_a_pronoun_object_each_called_the_one_named_before():
    text = (
        "انهالت الاتصالات الهاتفية اليوم على الرئيس الجزائري عبد المجيد تبون، إذ اتصل به الرئيس التونسي "
        "قيس سعيد، والعاهل الأردني الملك عبد الله الثاني، والرئيس الموريتاني محمد ولد الغزواني."
    )
    events = extract_events(text, "2024-09-09")
    assert shapes(events) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Abdullah II of Jordan")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Mohamed Ould Ghazouani")),
    ]
    assert all(e.initiator != "dz-abdelmadjid-tebboune" and e.initiator for e in events)


def test_similar_calls_received_from_a_list_are_one_call_each():
    text = (
        "تلقى الرئيس الجزائري عبد المجيد تبون اليوم اتصالا هاتفيا من الرئيس التونسي قيس سعيد. كما تلقى الرئيس "
        "تبون اتصالات مماثلة من العاهل الأردني الملك عبد الله الثاني ومن الرئيس الموريتاني محمد ولد الغزواني."
    )
    assert shapes(extract_events(text, "2024-09-09")) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Abdullah II of Jordan")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Mohamed Ould Ghazouani")),
    ]


def test_a_similar_message_sent_on_to_a_named_receiver_keeps_its_sender():
    # the sentence drops its subject and names the one the similar cable went to ("إلى Z"): the sender
    # of the cable before sends it, never Z to the first receiver
    text = (
        "أرسل الرئيس الجزائري عبد المجيد تبون اليوم برقية تهنئة إلى الرئيس التونسي قيس سعيد بمناسبة العيد. "
        "كما أرسل برقية تهنئة مماثلة إلى الرئيس الموريتاني محمد ولد الغزواني."
    )
    assert sorted(shapes(extract_events(text, "2024-04-10"))) == [
        ("message", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
        ("message", "reported", ("Abdelmadjid Tebboune", "Mohamed Ould Ghazouani")),
    ]


def test_honorifics_between_the_preposition_and_the_receiver_keep_him_the_object():
    # "لكل من صاحب السمو الأمير X": the honorifics stand between "من" and the mention the name opens
    text = (
        "أرسل الرئيس الجزائري عبد المجيد تبون اليوم برقية تهنئة إلى الملك سلمان بن عبد العزيز بمناسبة العيد. "
        "وبعث ببرقية أخرى بالمعنى نفسه لكل من صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد."
    )
    assert sorted(shapes(extract_events(text, "2024-04-10"))) == [
        ("message", "reported", ("Abdelmadjid Tebboune", "Mohammed bin Salman Al Saud")),
        ("message", "reported", ("Abdelmadjid Tebboune", "Salman bin Abdulaziz Al Saud")),
    ]


def test_the_traveller_of_a_visit_the_talks_were_about_is_no_party():
    # the two leaders met and discussed a third leader's coming trip: that leader is the topic
    for topic in ("زيارة", "ترتيبات زيارة"):
        text = (
            "اجتمع العاهل الأردني الملك عبد الله الثاني اليوم في عمان بالرئيس الفرنسي إيمانويل ماكرون، "
            f"وناقش الزعيمان {topic} الرئيس التركي رجب طيب أردوغان إلى المنطقة الشهر المقبل."
        )
        assert shapes(extract_events(text, "2024-03-03")) == [
            ("meeting", "reported", ("Abdullah II of Jordan", "Emmanuel Macron"))
        ]


# The speaker of a report about a contact is no party of it ------------------------------------------------


def test_who_denies_a_report_about_a_meeting_of_two_others_is_no_party():
    text = (
        "نفى وزير الخارجية العماني بدر البوسعيدي اليوم ما نقلته صحف عن اجتماع جمع أمير قطر الشيخ "
        "تميم بن حمد آل ثاني بالرئيس الإيراني مسعود بزشكيان."
    )
    assert shapes(extract_events(text, "2024-10-02")) == [
        ("meeting", "denied", ("Masoud Pezeshkian", "Tamim bin Hamad Al Thani"))
    ]


def test_a_minister_who_revealed_a_call_between_two_leaders_is_no_party():
    text = (
        "كشف وزير الخارجية الإيراني عباس عراقجي اليوم عن اتصال هاتفي جرى بين الرئيس الإيراني مسعود بزشكيان "
        "وولي العهد السعودي الأمير محمد بن سلمان."
    )
    (event,) = extract_events(text, "2024-10-02")
    assert people(event) == ["Masoud Pezeshkian", "Mohammed bin Salman Al Saud"]


# A contact that sets the time of the main one is the subject's with the people named after it ----------


def test_a_video_talk_hours_before_the_call_is_the_subjects_with_its_own_counterpart():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء اتصالا هاتفيا مع رئيس الوزراء الهندي ناريندرا "
        "مودي، بعد ساعات من محادثة عبر الفيديو أجراها مع المستشار الألماني أولاف شولتس."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Narendra Modi")),
        ("video_call", "reported", ("Emmanuel Macron", "Olaf Scholz")),
    ]


def test_a_one_letter_abbreviation_or_a_decimal_point_ends_no_sentence():
    from rasd.extract.scan import sentences

    text = (
        "التقى د.محمد مصطفى رئيس الوزراء أمس. وقال م. سامر إن النمو بلغ 2.5 بالمئة. وانتهى اللقاء في 2015 م. ثم غادر."
    )
    assert [text[lo:hi].strip() for lo, hi, _ in sentences(text)] == [
        "التقى د.محمد مصطفى رئيس الوزراء أمس",
        "وقال م. سامر إن النمو بلغ 2.5 بالمئة",
        "وانتهى اللقاء في 2015 م",
        "ثم غادر",
    ]


@pytest.mark.parametrize("text", [". اتصل الرئيس", "...\n. وبحثا", ".", "\n.\n", "د.", " م."])
def test_a_full_stop_at_a_line_start_reads_without_error(text):
    from rasd.extract.scan import sentences

    sentences(text)
    extract_events(text, "2024-05-14")


def test_who_tells_of_a_meeting_that_brought_him_together_with_two_others_stays_a_party():
    text = (
        "كشف الرئيس التركي رجب طيب أردوغان اليوم عن لقاء جمعه بالرئيس الروسي فلاديمير بوتين والرئيس "
        "الإيراني مسعود بزشكيان في عشق آباد."
    )
    (event,) = extract_events(text, "2024-10-12")
    assert people(event) == ["Masoud Pezeshkian", "Recep Tayyip Erdoğan", "Vladimir Putin"]


# Parliament speakers ----------------------------------------------------------------------------------


def test_a_speaker_named_with_his_legislatures_title_is_no_party_before_he_led_the_state():
    # Bensalah headed the Algerian upper house for years before his interim presidency (2019)
    text = "استقبل الرئيس الروسي فلاديمير بوتين اليوم في الكرملين رئيس مجلس الأمة الجزائري عبد القادر بن صالح."
    assert extract_events(text, "2016-05-10") == []
    text = "استقبل الرئيس الروسي فلاديمير بوتين اليوم في سوتشي رئيس الدولة الجزائري عبد القادر بن صالح."
    (event,) = extract_events(text, "2019-10-23")
    assert people(event) == ["Abdelkader Bensalah", "Vladimir Putin"]


def test_a_sheikh_named_with_a_guard_commanders_title_before_he_was_crown_prince_is_no_party():
    # Mishal Al-Ahmad was deputy head of Kuwait's National Guard until he became crown prince (2020)
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة نائب رئيس الحرس الوطني الكويتي الشيخ مشعل "
        "الأحمد الجابر الصباح."
    )
    assert extract_events(text, "2017-05-10") == []
    text = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة ولي العهد الكويتي الشيخ مشعل الأحمد الجابر الصباح."
    (event,) = extract_events(text, "2021-05-10")
    assert people(event) == ["Abdel Fattah el-Sisi", "Mishal Al-Ahmad Al-Jaber Al-Sabah"]


def test_a_third_countrys_leader_who_attended_a_summit_is_one_of_its_parties():
    text = (
        "عقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني اليوم قمة افتراضية "
        "حضرها الرئيس الفلسطيني محمود عباس."
    )
    (event,) = extract_events(text, "2024-05-14")
    assert people(event) == ["Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas"]


def test_a_contact_told_after_its_own_people_is_not_reassigned_to_the_subject():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا مع الرئيس الأوكراني فولوديمير زيلينسكي، "
        "بعد يوم من اجتماع جمع زيلينسكي والمستشار الألماني أولاف شولتس."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Olaf Scholz", "Volodymyr Zelensky")),
        ("phone_call", "reported", ("Emmanuel Macron", "Volodymyr Zelensky")),
    ]


# A title whose office stood vacant that day names nobody --------------------------------------------------


def test_a_country_title_during_a_vacancy_names_no_participant():
    # Lebanon had no president between Aoun's term (to October 2022) and Joseph Aoun's (from January 2025)
    text = "سلم المبعوث الروسي اليوم رسالة من الرئيس الروسي فلاديمير بوتين إلى الرئيس اللبناني."
    assert extract_events(text, "2023-09-20") == []
    (event,) = extract_events(text, "2021-09-20")
    assert people(event) == ["Michel Aoun", "Vladimir Putin"]


def test_myanmars_ruling_council_chairman_is_the_office_the_people_file_records():
    text = "تلقى الرئيس الكازاخستاني قاسم جومارت توكاييف برقية تهنئة من رئيس مجلس إدارة الدولة في ميانمار."
    (event,) = extract_events(text, "2023-01-04")
    assert people(event) == ["Kassym-Jomart Tokayev", "Min Aung Hlaing"]


# Names written with underscores (hashtags, some outlets' house style) ----------------------------------


def test_names_joined_by_underscores_are_read_as_names():
    text = "اتصل الرئيس التركي رجب_طيب_أردوغان اليوم بالرئيس السوري أحمد_الشرع."
    assert shapes(extract_events(text, "2025-06-01")) == [
        ("phone_call", "reported", ("Ahmed al-Sharaa", "Recep Tayyip Erdoğan"))
    ]
    text = (
        "استقبل الملك #عبد_الله_الثاني اليوم وزير الخارجية المصري بدر_عبد_العاطي الذي سلمه رسالة من "
        "الرئيس عبد_الفتاح_السيسي."
    )
    messages = [s for s in shapes(extract_events(text, "2025-06-01")) if s[0] == "message"]
    assert messages == [("message", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"))]


# The one who hands over a message is no party of it --------------------------------------------------


def test_a_receiver_after_ila_before_the_message_word_and_a_sender_after_min():
    # the envoy's sender is named twice: as whose envoy he travels, and after "من"
    text = (
        "زار وزير الخارجية العماني بدر البوسعيدي طهران اليوم بصفته مبعوثا خاصا لسلطان عمان هيثم بن طارق "
        "وذكر بيان للوزارة أن الوزير البوسعيدي سلم إلى الرئيس الإيراني مسعود بزشكيان رسالة خطية من أخيه "
        "السلطان هيثم بن طارق، كما نقل إليه تحياته."
    )
    messages = [s for s in shapes(extract_events(text, "2024-09-14")) if s[0] == "message"]
    assert messages == [("message", "reported", ("Haitham bin Tariq", "Masoud Pezeshkian"))]


# A sentence that opens with a contact verb whose subject is dropped ---------------------------------------


def test_a_second_verb_after_a_subjectless_visit_shares_the_protagonist():
    text = (
        "وصل رئيس مجلس السيادة السوداني عبد الفتاح البرهان اليوم إلى الدوحة في زيارة رسمية.\n"
        "وزار الإسكندرية يوم 3 سبتمبر والتقى هناك بالرئيس عبد الفتاح السيسي لبحث الأوضاع."
    )
    meetings = [s for s in shapes(extract_events(text, "2023-09-07")) if s[0] == "meeting"]
    assert meetings == [("meeting", "reported", ("Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi"))]


# A later sentence names the other side of a contact told with one person and an organisation -------------


def test_people_who_chaired_the_meeting_join_the_one_person_it_was_held_with():
    text = (
        "عقدت جامعة الدول العربية اليوم اجتماعا مع وزير الخارجية الروسي سيرغي لافروف في القاهرة. وبحث "
        "الاجتماع الأوضاع في غزة. وترأس الاجتماع وزير الخارجية المصري سامح شكري، وشارك فيه وزيرا خارجية "
        "الأردن أيمن الصفدي والعراق فؤاد حسين."
    )
    assert shapes(extract_events(text, "2023-11-20")) == [
        ("meeting", "reported", ("Ayman Safadi", "Fuad Hussein", "Sameh Shoukry", "Sergey Lavrov"))
    ]


def test_one_attendee_of_a_reception_of_a_delegation_makes_no_contact():
    text = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم وفدا من رجال الأعمال. وحضر اللقاء رئيس الوزراء مصطفى مدبولي."
    assert shapes(extract_events(text, "2023-11-20")) == []


# A title stands for the office holder of the day, not for someone named only as a topic --------------


def test_the_home_emir_is_not_the_late_emir_the_caller_mourned():
    text = (
        "الكويت - كونا: تلقى سمو أمير البلاد اليوم اتصالا هاتفيا من ولي العهد السعودي، عبر فيه عن تعازيه "
        "بوفاة المغفور له بإذن الله تعالى الشيخ صباح الأحمد الجابر الصباح."
    )
    assert shapes(extract_events(text, "2020-10-02")) == [
        ("phone_call", "reported", ("Mohammed bin Salman Al Saud", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"))
    ]


def test_the_late_leader_named_as_a_topic_is_no_party():
    text = "بعث الرئيس المصري برقية إلى الملك سلمان يعزيه فيها بوفاة الفقيد الأمير سلطان بن فهد."
    assert all("Sultan" not in " ".join(people(e)) for e in extract_events(text, "2020-01-10"))


# A foreign minister named by his ministry's full name and the country adjective alone -------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "تلقى وزير الخارجية والتعاون الدولي الإماراتي اليوم اتصالا هاتفيا من وزير الشؤون الخارجية الجزائري "
            "تناول العلاقات بين البلدين.",
            ("Abdullah bin Zayed Al Nahyan", "Ahmed Attaf"),
        ),
        (
            "بحث وزير الخارجية وشؤون المغتربين الأردني في اتصال هاتفي مع وزيرة أوروبا والشؤون الخارجية الفرنسية "
            "مستجدات المنطقة.",
            ("Ayman Safadi", "Catherine Colonna"),
        ),
        ("التقى وزير الخارجية والمغتربين السوري اليوم في دمشق نظيره العراقي.", ("Faisal Mekdad", "Fuad Hussein")),
    ],
)
def test_a_foreign_minister_by_the_full_name_of_his_ministry_and_the_adjective(text, pair):
    assert [tuple(people(e)) for e in extract_events(text, "2023-05-10")] == [pair]


# Dual titles and a premier's counterpart in a country its president governs --------------------------


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (
            "تلقى الرئيس المصري اليوم اتصالين من العاهلين الأردني والمغربي.",
            ["Abdullah II of Jordan", "Mohammed VI of Morocco"],
        ),
        ("تلقى الرئيس المصري اليوم اتصالين من رئيسي وزراء إيطاليا وإسبانيا.", ["Giorgia Meloni", "Pedro Sánchez"]),
    ],
)
def test_a_dual_title_of_kings_or_premiers_is_one_contact_each(text, others):
    got = sorted(p for e in extract_events(text, "2023-05-10") for p in people(e) if p != "Abdel Fattah el-Sisi")
    assert got == others


def test_a_premiers_counterpart_where_the_president_governs_is_the_president():
    text = "تلقى رئيس الوزراء اليوناني مساء اليوم اتصالا هاتفيا من نظيره التركي بحثا فيه ملف الهجرة."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("phone_call", "reported", ("Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"))
    ]
    text = "تلقى رئيس الوزراء اليوناني مساء اليوم اتصالا هاتفيا من نظيره التركي."  # 2015: Turkey had a premier
    assert shapes(extract_events(text, "2015-05-10"))[0][2] == ("Ahmet Davutoğlu", "Alexis Tsipras")


def test_a_queen_by_title_and_adjective_is_the_reigning_queen():
    text = "استقبلت ملكة بريطانيا اليوم في قصر باكنغهام أمير الكويت الشيخ صباح الأحمد الجابر الصباح."
    assert ["Elizabeth II", "Sabah Al-Ahmad Al-Jaber Al-Sabah"] in [
        people(e) for e in extract_events(text, "2019-03-10")
    ]


def test_a_caretaker_premier_by_the_name_of_his_government_and_the_adjective():
    text = "بحث رئيس حكومة تصريف الأعمال اللبنانية في اتصال هاتفي اليوم مع أمير قطر الأوضاع في الجنوب."
    assert shapes(extract_events(text, "2024-03-10")) == [
        ("phone_call", "reported", ("Najib Mikati", "Tamim bin Hamad Al Thani"))
    ]


def test_the_hosts_premier_taking_part_in_his_leaders_meeting_is_no_party():
    text = "اجتمع الرئيس المصري عبد الفتاح السيسي صباح اليوم بالعاهل الأردني بمشاركة رئيس الوزراء مصطفى مدبولي."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"))
    ]


def test_a_leader_whose_plan_the_two_discussed_is_no_party():
    for noun in ("رؤية", "مبادرة", "خطة"):  # not "سياسة": a section label too
        text = f"التقى وزير الخارجية الأمريكي أنتوني بلينكن اليوم ولي العهد السعودي في جدة وناقشا {noun} الرئيس بايدن."
        assert shapes(extract_events(text, "2023-05-10")) == [
            ("meeting", "reported", ("Antony Blinken", "Mohammed bin Salman Al Saud"))
        ], noun


def test_a_topic_word_ending_the_line_before_does_not_make_the_next_lines_leader_a_topic():
    text = "أخبار | رؤية\nتلقى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا من المستشار الألماني أولاف شولتس."
    assert shapes(extract_events(text, "2024-06-12")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Olaf Scholz"))
    ]


# The outlet's own leader by a title alone --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "تونس - وات: أجرى رئيس الجمهورية مساء اليوم مكالمة هاتفية مع الرئيس الفرنسي تناولت الهجرة.",
            ("Emmanuel Macron", "Kais Saied"),
        ),
        (
            "الرياض - واس: بحث صاحب السمو الملكي ولي العهد في اتصال هاتفي اليوم مع الرئيس الفرنسي أوضاع المنطقة.",
            ("Emmanuel Macron", "Mohammed bin Salman Al Saud"),
        ),
    ],
)
def test_the_home_leader_by_a_title_alone_after_a_dateline(text, pair):
    assert [tuple(people(e)) for e in extract_events(text, "2023-05-10")] == [pair]


def test_the_republics_president_without_a_dateline_stays_unresolved():
    assert extract_events("أجرى رئيس الجمهورية مساء اليوم مكالمة هاتفية مع الرئيس الفرنسي.", "2023-05-10") == []


def test_three_leaders_holding_a_three_way_summit_are_one_meeting():
    text = "عقدت قادة مصر والأردن وفرنسا بعد ظهر اليوم في عمان قمة ثلاثية تناولت الحرب في غزة."
    assert shapes(extract_events(text, "2023-08-10")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Emmanuel Macron"))
    ]
