"""Parties a sentence refers to rather than names (rasd.extract.referred_parties): "جاء ذلك خلال
اتصال", "خلال الاتصال", "الزعيمان", a lead sentence, a dropped or bare-title subject that is the
article's protagonist. Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import (
    ABDULLAH,
    ERDOGAN,
    MACRON,
    SISI,
    TAMIM,
    pairs,
    party_lists,
    party_sets,
    people,
    shapes,
)

from rasd.extract import extract_events

# "أكد X وY أهمية ... . وشدد الجانبان خلال اتصال هاتفي": "the two" are the pair just named ------------


def test_the_two_of_a_call_are_the_pair_named_in_the_sentence_before():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون. "
        "وفي سياق آخر أكد الرئيس المصري عبد الفتاح السيسي والمستشار الألماني أولاف شولتس أهمية التهدئة. "
        "وشدد الجانبان خلال اتصال هاتفي على ضرورة وقف إطلاق النار."
    )
    got = shapes(extract_events(text, "2023-10-20"))
    assert ("phone_call", "reported", ("Abdel Fattah el-Sisi", "Olaf Scholz")) in got
    assert ("phone_call", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")) in got


# "خلال اللقاء" tells on the contact told before, also a non-leader's: no new contact with the visit's guest --


def test_during_the_meeting_with_a_minister_names_no_new_party():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني، مساء الثلاثاء في عمان، وزير الخارجية الألماني هايكو ماس.\n"
        "وشدد الملك خلال اللقاء على أهمية التهدئة قبل زيارة الرئيس الفرنسي إيمانويل ماكرون إلى المنطقة."
    )
    assert party_lists(text, "2021-03-03") == [["Abdullah II of Jordan", "Heiko Maas"]]
    unnamed_guest = text.replace("وزير الخارجية الألماني هايكو ماس", "وفدا من رجال الأعمال الألمان")
    assert party_lists(unnamed_guest, "2021-03-03") == []


def test_that_came_in_a_call_takes_the_people_of_the_sentence_before():
    text = (
        "ناقش الرئيس التركي رجب طيب أردوغان مع المستشارة الألمانية أنجيلا ميركل ملف شرق المتوسط.\n"
        "جاء ذلك في اتصال هاتفي جرى بينهما الخميس، وفق دائرة الاتصال في الرئاسة التركية."
    )
    [event] = extract_events(text, "2020-08-13")
    assert people(event) == ["Angela Merkel", "Recep Tayyip Erdoğan"] and event.date == "2020-08-13"


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
        "وتأتي المكالمة بعد الاتصال الهاتفي الذي أجراه الرئيس عبد المجيد تبون مع الرئيس بشار الأسد في 8 مايو."
    )
    assert len(extract_events(text, "2023-05-13")) == 2


# "خلال اتصاله": his call is the one just reported; a patronymic chain is one person --------------------


def test_during_his_call_names_no_new_party():
    text = (
        "أجرى رئيس الوزراء العراقي مصطفى الكاظمي اليوم اتصالا هاتفيا بولي عهد الكويت الشيخ نواف الأحمد. "
        "وقدم الكاظمي خلال اتصاله الهاتفي تعازيه إلى أمير الكويت."
    )
    events = extract_events(text, "2020-07-19")
    assert [people(e) for e in events] == [["Mustafa al-Kadhimi", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"]]


def test_during_his_meeting_still_points_back_at_the_contact_told_before():
    text = (
        "التقى الرئيس الكيني وليام روتو اليوم الرئيس الأوغندي يويري موسيفيني في كمبالا. "
        "وخلال لقائه، نقل روتو تحيات رئيس الوزراء الإثيوبي آبي أحمد."
    )
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "reported", ("William Ruto", "Yoweri Museveni")),
    ]


# "برقية مماثلة": the same receiver, another sender ------------------------------------------------


def test_a_similar_cable_goes_to_the_receiver_of_the_one_just_reported():
    text = (
        "الكويت - كونا: بعث سمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح اليوم برقية تهنئة إلى الرئيس "
        "الفرنسي إيمانويل ماكرون بمناسبة العيد الوطني. وبعث سمو الشيخ أحمد نواف الأحمد الصباح رئيس "
        "مجلس الوزراء برقية تهنئة مماثلة."
    )
    events = extract_events(text, "2022-07-14")
    assert shapes(events) == [
        ("message", "reported", ("Ahmad Nawaf Al-Ahmad Al-Sabah", "Emmanuel Macron")),
        ("message", "reported", ("Emmanuel Macron", "Nawaf Al-Ahmad Al-Jaber Al-Sabah")),
    ]


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


def test_a_contact_told_after_its_own_people_is_not_reassigned_to_the_subject():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا مع الرئيس الأوكراني فولوديمير زيلينسكي، "
        "بعد يوم من اجتماع جمع زيلينسكي والمستشار الألماني أولاف شولتس."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Olaf Scholz", "Volodymyr Zelensky")),
        ("phone_call", "reported", ("Emmanuel Macron", "Volodymyr Zelensky")),
    ]


# A sentence that opens with a contact verb whose subject is dropped ---------------------------------------


def test_a_second_verb_after_a_subjectless_visit_shares_the_protagonist():
    text = (
        "وصل رئيس مجلس السيادة السوداني عبد الفتاح البرهان اليوم إلى الدوحة في زيارة رسمية.\n"
        "وزار الإسكندرية يوم 3 سبتمبر والتقى هناك بالرئيس عبد الفتاح السيسي لبحث الأوضاع."
    )
    meetings = [s for s in shapes(extract_events(text, "2023-09-07")) if s[0] == "meeting"]
    assert meetings == [("meeting", "reported", ("Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi"))]


# Who "the two" of a later sentence are, and whom a separate message or call told after a contact
# goes to.


def test_the_two_presidents_of_a_sentence_naming_one_are_he_and_his_latest_partner():
    # a later call of the named one with a third leader is no pair "the two" can stand for
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس البرازيلي لولا دا سيلفا اليوم. "
        "وفي وقت لاحق أجرى الرئيس الأرجنتيني خافيير ميلي اتصالا هاتفيا مع الرئيس التشيلي غابرييل بوريك. "
        "وقالت الرئاسة البرازيلية إن لولا شكر ماكرون على دعمه، مضيفة أنه من المقرر أن يعقد الرئيسان "
        "اجتماعا في باريس الشهر المقبل."
    )
    assert ("meeting", "planned", ("Emmanuel Macron", "Luiz Inácio Lula da Silva")) in shapes(
        extract_events(text, "2024-05-14")
    )


def test_a_separate_message_naming_its_sender_only_goes_to_the_receiver_just_reported():
    text = (
        "بعث الرئيس الكازاخي قاسم جومارت توكاييف برقية تهنئة إلى الرئيس الأوزبكي شوكت ميرضيائيف بمناسبة "
        "عيد الاستقلال. كما عبر الرئيس القرغيزي صدر جباروف في برقية منفصلة عن تمنياته لشعب أوزبكستان."
    )
    found = shapes(extract_events(text, "2024-09-01"))
    assert ("message", "reported", ("Sadyr Japarov", "Shavkat Mirziyoyev")) in found


def test_a_separate_call_with_a_named_partner_keeps_its_own_parties():
    text = (
        "أجرى الرئيس الكازاخي قاسم جومارت توكاييف اتصالا هاتفيا مع الرئيس الأوزبكي شوكت ميرضيائيف اليوم. "
        "وفي اتصال منفصل، بحث توكاييف مع الرئيس القرغيزي صدر جباروف التعاون في مجال المياه."
    )
    found = shapes(extract_events(text, "2024-09-01"))
    assert ("phone_call", "reported", ("Kassym-Jomart Tokayev", "Sadyr Japarov")) in found
    assert not any("Shavkat Mirziyoyev" in who and "Sadyr Japarov" in who for _, _, who in found)


def test_the_object_of_a_chained_verb_is_no_subject_of_the_next_contact():
    # the envoy travels and meets the minister there; the king is the envoy's meeting, not the minister's
    text = (
        "وبدأ المبعوث الأممي جولته في المنطقة بالكويت، على أن يصل اليوم إلى الرياض ويلتقي بها وزير "
        "الخارجية السعودي فيصل بن فرحان، بينما من المنتظر أن يلتقي غدا بالعاهل الأردني عبدالله الثاني."
    )
    assert extract_events(text, "2021-03-01") == []


def test_the_subject_after_a_verb_that_opens_its_clause_carries_to_the_next_contact():
    text = (
        "التقى وزير الخارجية الأمريكي أنتوني بلينكن في الرياض بالمبعوث الأممي، بينما من المنتظر أن "
        "يلتقي غدا بالعاهل الأردني عبدالله الثاني."
    )
    people = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2021-03-01")]
    assert people == [["Abdullah II of Jordan", "Antony Blinken"]]


def test_that_came_adds_the_frames_own_party_to_the_sentence_before():
    # "جاء ذلك خلال اتصال أجراه مع Y": the sentence before names the caller only, this one the other party
    text = (
        "شدد الرئيس المصري عبد الفتاح السيسي على أهمية التنسيق المشترك. "
        "جاء ذلك خلال اتصال هاتفي أجراه مساء اليوم مع العاهل الأردني الملك عبد الله الثاني."
    )
    assert pairs(extract_events(text, "2021-04-05")) == [("Abdel Fattah el-Sisi", "Abdullah II of Jordan")]


def test_a_dropped_subject_goes_on_with_the_receiver_of_the_call_before():
    # the first call was placed by Macron, but the sentence's subject (who received it) is Sisi
    text = (
        "استقبل الرئيس عبد الفتاح السيسي أمس مكالمة هاتفية من الرئيس الفرنسي إيمانويل ماكرون تناولت ملف الطاقة. "
        "كما تلقى اتصالا من الرئيس التركي رجب طيب أردوغان."
    )
    assert {SISI, ERDOGAN} in party_sets(text)
    assert {ERDOGAN, MACRON} not in party_sets(text)


def test_a_bare_title_subject_is_the_protagonist_who_holds_that_office():
    # two presidents are named before: "الرئيس" alone is the one the article is about
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون حول الطاقة. "
        "ومن ناحية أخرى، تلقى الرئيس اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني."
    )
    assert sorted(party_sets(text), key=sorted) == sorted([{SISI, MACRON}, {ABDULLAH, SISI}], key=sorted)
    (second,) = [e for e in extract_events(text, "2023-05-10") if ABDULLAH in {p.name_en for p in e.participants}]
    assert second.confidence >= 0.5


def test_a_bare_title_takes_no_protagonist_of_another_office():
    # the only earlier party holding "الملك" is absent: the emir and the president are no kings
    text = (
        "اتصل أمير قطر الشيخ تميم بن حمد آل ثاني بالرئيس الفرنسي إيمانويل ماكرون. "
        "كما أجرى الملك اتصالا مع الرئيس التركي رجب طيب أردوغان."
    )
    assert all(TAMIM not in pair or MACRON in pair for pair in party_sets(text))
    assert {ERDOGAN, MACRON} not in party_sets(text)


def test_a_pronoun_subject_with_two_callers_after_it_gives_one_call_each():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون. "
        "وتلقى سيادته كذلك مكالمة من الملك عبد الله الثاني، وأخرى من الرئيس التركي رجب طيب أردوغان."
    )
    pairs = party_sets(text)
    assert {ABDULLAH, SISI} in pairs and {ERDOGAN, SISI} in pairs
    assert {ABDULLAH, ERDOGAN} not in pairs


def test_a_pronoun_before_a_message_from_one_leader_to_another_adds_nobody():
    # "قال إنه سلّم رسالة من X إلى Y": the speaker carries the message, X and Y are its parties
    text = (
        "التقى وزير الخارجية الصيني وانغ يي نظيره الإيراني حسين أمير عبداللهيان في بكين. "
        "وذكر الوزير الإيراني أنه حمل معه رسالة من الرئيس إبراهيم رئيسي إلى الرئيس شي جين بينغ."
    )
    assert {"Ebrahim Raisi", "Xi Jinping"} in party_sets(text, "2022-01-15")
    assert not any("Wang Yi" in pair and "Ebrahim Raisi" in pair for pair in party_sets(text, "2022-01-15"))


def test_a_bare_title_after_another_call_phrase_is_the_protagonist():
    text = (
        "تلقى الرئيس عبد الفتاح السيسي مكالمة من الرئيس الفرنسي إيمانويل ماكرون. "
        "وفي مكالمة أخرى، ناقش الرئيس مع الملك عبد الله الثاني أمن الحدود."
    )
    assert {SISI, ABDULLAH} in party_sets(text)


def test_a_dropped_subject_after_only_a_planned_contact_is_that_plans_protagonist():
    # no contact took place yet: the protagonist is read from the planned one
    text = (
        "يتوجه العاهل الأردني الملك عبد الله الثاني غدا إلى أنقرة لإجراء مباحثات مع الرئيس التركي رجب طيب أردوغان. "
        "وهذه جولته الثالثة منذ بداية العام. "
        "زار الدوحة في 2 مايو والتقى بالرئيس الفرنسي إيمانويل ماكرون هناك."
    )
    pairs = party_sets(text)
    assert {ABDULLAH, MACRON} in pairs
    assert {ERDOGAN, MACRON} not in pairs
