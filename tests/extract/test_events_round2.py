"""Who takes part in a contact and how many contacts a text reports (extractor 0.5.0, round 2).
Each test states one general rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import of_type, people, shapes

from rasd.extract import extract_events

# One visitor meeting the hosts of one country: a meeting with each --------------------------------


def test_a_visitor_meeting_the_head_of_state_and_the_prime_minister_meets_each():
    text = (
        "التقى الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء في بيروت الرئيس اللبناني ميشال عون "
        "ورئيس الحكومة نجيب ميقاتي وبحث معهما الأوضاع الاقتصادية."
    )
    events = extract_events(text, "2021-10-05")
    assert shapes(events) == [
        ("meeting", "reported", ("Emmanuel Macron", "Michel Aoun")),
        ("meeting", "reported", ("Emmanuel Macron", "Najib Mikati")),
    ]


def test_guests_of_several_countries_received_together_are_one_meeting():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة العاهل الأردني الملك عبد الله الثاني "
        "والرئيس الفلسطيني محمود عباس وبحث معهما مستجدات القضية الفلسطينية."
    )
    (event,) = extract_events(text, "2023-01-17")
    assert people(event) == ["Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas"]


# Names: a surname made sure by an honorific or by title and country -------------------------------


def test_a_surname_that_is_also_a_word_is_a_name_after_a_clerical_honorific():
    text = "أجرى آية الله رئيسي اليوم اتصالا هاتفيا مع سلطان عمان هيثم بن طارق تبادلا فيه التهاني بالعيد."
    (event,) = extract_events(text, "2023-04-19")
    assert people(event) == ["Ebrahim Raisi", "Haitham bin Tariq"]


def test_a_short_surname_named_once_with_title_and_country_is_that_person_later():
    text = (
        "التقى رئيس الوزراء الياباني فوميو كيشيدا والرئيس الكوري الجنوبي المنتخب يون في وقت سابق من العام.\n"
        "وقال كيشيدا إنه أجرى اليوم اتصالا عبر الهاتف مع يون استمر ربع ساعة."
    )
    events = extract_events(text, "2022-03-11")
    assert ("phone_call", "reported", ("Fumio Kishida", "Yoon Suk Yeol")) in shapes(events)


def test_a_short_surname_alone_is_no_one():
    text = "قال رئيس الوزراء الياباني فوميو كيشيدا إنه أجرى اليوم اتصالا هاتفيا مع يون."
    assert all("Yoon Suk Yeol" not in people(e) for e in extract_events(text, "2022-03-11"))


# A lead sentence gives the parties; the contact is named later -----------------------------------


def test_a_contact_named_after_its_lead_sentence_takes_the_lead_parties():
    text = (
        "هنأ الرئيس الروسي فلاديمير بوتين نظيره الجنوب إفريقي سيريل رامافوزا بفوزه بولاية جديدة.\n"
        "وتمنى بوتين في برقية التهنئة لنظيره التوفيق في مهامه."
    )
    (event,) = extract_events(text, "2024-06-15")
    assert (event.type, people(event)) == ("message", ["Cyril Ramaphosa", "Vladimir Putin"])


def test_an_indefinite_contact_word_does_not_look_back_to_a_lead():
    text = (
        "هنأ الرئيس الروسي فلاديمير بوتين نظيره الجنوب إفريقي سيريل رامافوزا بفوزه بولاية جديدة.\n"
        "وكان بوتين قد بعث برقية إلى قادة المجموعة الشهر الماضي."
    )
    assert extract_events(text, "2024-06-15") == []


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


def test_a_planned_meeting_of_two_is_not_merged_into_an_earlier_summit_of_three():
    text = (
        "من المقرر أن يلتقي الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين يوم 5 أغسطس 2022 في سوتشي.\n"
        "يذكر أن اجتماعا ثلاثيا عقد الأسبوع الماضي بين أردوغان وبوتين والرئيس الإيراني إبراهيم رئيسي في طهران."
    )
    events = extract_events(text, "2022-08-01")
    assert ("meeting", "planned", ("Recep Tayyip Erdoğan", "Vladimir Putin")) in shapes(events)


# A reply cable goes back to the sender of the one just reported -----------------------------------


def test_a_reply_cable_is_a_second_message_the_other_way():
    text = (
        "تلقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح اليوم برقية تهنئة من ملك تونغا توبو السادس بمناسبة "
        "توليه الحكم. وبعث أمير الكويت الشيخ مشعل الأحمد الجابر الصباح ببرقية جوابية عبر فيها عن شكره."
    )
    events = extract_events(text, "2023-12-25")
    assert len(events) == 2
    assert {e.initiator for e in events} == {"kw-mishal-al-ahmad", "to-tupou-vi"}


# Words taken for people ---------------------------------------------------------------------------


def test_a_dual_verb_after_a_counterpart_is_no_name():
    from rasd.extract.mentions import is_name_word

    assert not is_name_word("يستعرضان")
    assert not is_name_word("ويبحثون")
    assert is_name_word("يوهان")  # a short given name of the same shape stays a name


def test_a_fathers_name_in_a_patronymic_chain_is_not_the_father():
    text = (
        "تلقى وزير الدفاع السعودي الأمير خالد بن سلمان بن عبدالعزيز اليوم اتصالا هاتفيا من وزير الدفاع "
        "الأمريكي لويد أوستن بحثا خلاله التعاون العسكري."
    )
    for event in extract_events(text, "2024-04-14"):
        assert "Salman bin Abdulaziz Al Saud" not in people(event)


# Virtual talks are video calls; a trip someone looks forward to is planned -------------------------


def test_definite_virtual_talks_are_a_video_call_and_a_hoped_for_trip_is_planned():
    text = (
        "بدأت صباح اليوم المحادثات الافتراضية بين الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ.\n"
        "وأبدى بوتين تطلعه إلى زيارة بكين في فبراير المقبل."
    )
    found = shapes(extract_events(text, "2021-12-15"))
    assert ("video_call", "reported", ("Vladimir Putin", "Xi Jinping")) in found
    assert all(status != "reported" for kind, status, _ in found if kind == "visit")


# Status cues: a future arrival is planned; being able to visit some day is no visit ------------------


def test_a_future_arrival_on_a_working_visit_is_planned():
    text = "وقال الكرملين إن الرئيس التركي رجب طيب أردوغان سيصل في زيارة عمل إلى سوتشي بدعوة من الرئيس الروسي فلاديمير بوتين."
    found = shapes(extract_events(text, "2017-11-13"))
    assert found and all(status == "planned" for _, status, _ in found)


def test_hoping_to_be_able_to_visit_is_no_visit():
    text = (
        "أعرب النائب الأول للرئيس الإيراني عن أمله في أن يتجاوز الرئيس الإيراني الحادث، "
        "وأن يتمكن من زيارة الرئيس العراقي عبد اللطيف رشيد قريبا."
    )
    assert of_type(text, "2024-05-19", "visit") == []


# A named person out of office on the day is no participant ----------------------------------------


def test_a_former_prime_minister_between_terms_sends_no_leaders_cable():
    # Hariri's second term as Lebanon's prime minister ended in January 2020.
    text = (
        "وجه الرئيس سعد الحريري برقية تهنئة بمناسبة العيد الوطني إلى خادم الحرمين الشريفين الملك "
        "سلمان بن عبد العزيز آل سعود."
    )
    assert extract_events(text, "2020-09-23") == []


def test_the_same_cable_while_in_office_is_an_event():
    text = (
        "وجه رئيس الحكومة سعد الحريري برقية تهنئة بمناسبة العيد الوطني إلى خادم الحرمين الشريفين الملك "
        "سلمان بن عبد العزيز آل سعود."
    )
    (event,) = extract_events(text, "2018-09-23")
    assert people(event) == ["Saad Hariri", "Salman bin Abdulaziz Al Saud"]


# "في هذا الاتصال": the contact just reported, with a demonstrative --------------------------------


def test_greetings_passed_on_in_this_call_make_no_new_contact():
    text = (
        "تلقى وزير الخارجية الإيراني حسين أمير عبد اللهيان اليوم اتصالا هاتفيا من وزير الخارجية العماني "
        "بدر البوسعيدي.\nونقل الوزير العماني في هذا الاتصال الهاتفي تحيات سلطان عمان إلى الرئيس الإيراني "
        "إبراهيم رئيسي."
    )
    (event,) = extract_events(text, "2023-10-20")
    assert people(event) == ["Badr Albusaidi", "Hossein Amir-Abdollahian"]


def test_this_call_as_subject_refers_back_but_a_second_call_in_the_sentence_counts():
    text = (
        "تلقى رئيس الوزراء الإيطالي ماريو دراغي اليوم اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.\n"
        "ويأتي هذا الاتصال بعد أن أعلن دراغي الأسبوع الماضي أنه سيبحث الوضع مع الرئيس الروسي."
    )
    (event,) = extract_events(text, "2022-03-30")
    assert people(event) == ["Mario Draghi", "Vladimir Putin"]
    text = (
        "تلقى وزير الخارجية الجزائري أحمد عطاف اليوم مكالمة هاتفية من نظيره السوري فيصل المقداد.\n"
        "هذا الاتصال جاء عقب الاتصال الهاتفي الذي جرى بين الرئيس عبد المجيد تبون والرئيس بشار الأسد في 8 مايو."
    )
    assert len(extract_events(text, "2023-05-13")) == 2


# A surname that is also a country adjective does not swallow the name after it --------------------


def test_the_army_chief_after_a_country_adjective_is_named_and_talks_with_are_a_meeting():
    text = (
        "توجه قائد الجيش السوداني عبد الفتاح البرهان اليوم إلى أسمرا، ومن المقرر أن يجري خلال الزيارة "
        "مباحثات مع الرئيس الإريتري أسياس أفورقي."
    )
    found = shapes(extract_events(text, "2023-09-11"))
    assert any(set(p) == {"Abdel Fattah al-Burhan", "Isaias Afwerki"} for _, _, p in found)


# A second contact ordered by "سبقتها" / "تلاها" in one sentence --------------------------------------


def test_talks_that_preceded_a_summit_are_a_second_contact_of_the_same_hosts():
    text = (
        "أجرى رئيس المجلس الأوروبي شارل ميشال ورئيسة المفوضية الأوروبية أورسولا فون دير لاين اليوم محادثات "
        "عبر الفيديو مع الرئيس الصيني شي جين بينغ، تلتها محادثات مماثلة عبر الفيديو مع رئيس مجلس الدولة "
        "الصيني لي كه تشيانغ."
    )
    found = [set(p) for _, _, p in shapes(extract_events(text, "2022-04-01"))]
    assert {"Charles Michel", "Ursula von der Leyen", "Xi Jinping"} in found
    assert {"Charles Michel", "Ursula von der Leyen", "Li Keqiang"} in found


def test_a_message_in_a_clause_opened_by_wa_ala_after_a_call_is_a_second_contact():
    text = (
        "أبوظبي - وام: أطلع رئيس الدولة الشيخ محمد بن زايد آل نهيان مجلس الوزراء اليوم على فحوى الاتصال "
        "الهاتفي الذي جرى بينه وبين الرئيس الفرنسي إيمانويل ماكرون أمس، وعلى مضمون الرسالة التي تلقاها "
        "من العاهل الأردني الملك عبد الله الثاني."
    )
    found = {(kind, p) for kind, _, p in shapes(extract_events(text, "2023-04-04"))}
    assert ("phone_call", ("Emmanuel Macron", "Mohamed bin Zayed Al Nahyan")) in found
    assert ("message", ("Abdullah II of Jordan", "Mohamed bin Zayed Al Nahyan")) in found
