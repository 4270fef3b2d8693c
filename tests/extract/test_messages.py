"""Messages (cables, letters, greetings): who sent one to whom, carriers and envoys who hand one
over, "similar" cables of several senders, replies, and figurative messages that are none. Each
test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import of_type, people, shapes, summaries_with_background

from rasd.extract import extract_events

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


def test_messages_sent_while_the_call_went_unanswered_are_the_messages():
    text = (
        "وبعث الرئيس الفرنسي إيمانويل ماكرون رسائل إلى الرئيس الإيراني حسن روحاني عبر مساعديه، غير أن "
        "روحاني امتنع عن الرد على المكالمة."
    )
    (event,) = extract_events(text, "2019-10-01")
    assert event.type == "message"
    assert people(event) == ["Emmanuel Macron", "Hassan Rouhani"]


# "تبادل X التهاني مع Y": greetings exchanged are a message between the two -------------------------


def test_greetings_exchanged_with_a_leader_are_a_message():
    text = (
        "ذكرت الوكالة اليوم أن الرئيس الروسي فلاديمير بوتين تبادل التهاني مع الرئيس الصيني شي جين بينغ بالعام الجديد."
    )
    got = shapes(extract_events(text, "2020-01-01"))
    assert got == [("message", "reported", ("Vladimir Putin", "Xi Jinping"))]


def test_greetings_exchanged_with_an_adverb_between_are_a_message():
    text = "وقالت الوكالة إن بوتين تبادل أيضا التهاني مع الرئيس الفرنسي إيمانويل ماكرون."
    got = shapes(extract_events(text, "2020-01-01"))
    assert got == [("message", "reported", ("Emmanuel Macron", "Vladimir Putin"))]


def test_greetings_exchanged_inside_a_meeting_stay_the_meeting():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الملك الأردني عبد الله الثاني، وتبادلا التهاني بحلول شهر رمضان."
    )
    got = shapes(extract_events(text, "2021-04-13"))
    assert got == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"))]


# "تلقى Z رسائل من القادة" then "وأعرب A وB في رسالتين عن ...": one message each to Z, none between A and B --


def test_two_senders_of_a_dual_message_write_each_to_the_receiver_told_before():
    text = (
        "تلقى العاهل الأردني الملك عبد الله الثاني اليوم رسائل تهنئة من قادة الدول الصديقة. "
        "وأعرب الرئيس الفرنسي إيمانويل ماكرون، والمستشار الألماني أولاف شولتس في رسالتين عن أطيب تمنياتهما."
    )
    got = sorted((t, s, tuple(sorted(p))) for t, s, p in shapes(extract_events(text, "2022-06-09")))
    assert got == [
        ("message", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
        ("message", "reported", ("Abdullah II of Jordan", "Olaf Scholz")),
    ]


def test_the_dual_with_the_senders_pronoun_is_a_message_word():
    text = (
        "أعرب الرئيس الفرنسي إيمانويل ماكرون، والمستشار الألماني أولاف شولتس في رسالتيهما "
        "للعاهل الأردني الملك عبد الله الثاني عن أطيب تمنياتهما."
    )
    got = sorted((t, s, tuple(sorted(p))) for t, s, p in shapes(extract_events(text, "2022-06-09")))
    assert got == [
        ("message", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
        ("message", "reported", ("Abdullah II of Jordan", "Olaf Scholz")),
    ]


# A reply cable goes back to the sender of the one just reported -----------------------------------


def test_a_reply_cable_is_a_second_message_the_other_way():
    text = (
        "تلقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح اليوم برقية تهنئة من ملك تونغا توبو السادس بمناسبة "
        "توليه الحكم. وبعث أمير الكويت الشيخ مشعل الأحمد الجابر الصباح ببرقية جوابية عبر فيها عن شكره."
    )
    events = extract_events(text, "2023-12-25")
    assert len(events) == 2
    assert {e.initiator for e in events} == {"kw-mishal-al-ahmad", "to-tupou-vi"}


# "بعثا برسالة إيجابية إلى العالم": a signal, not a letter -------------------------------------------


def test_a_positive_message_to_the_world_is_no_message_between_the_two_leaders():
    text = (
        "أجرى الرئيس البرازيلي لولا دا سيلفا اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ اليوم. "
        "وقال لولا إن الجانبين بعثا برسالة إيجابية إلى العالم حين وقعا اتفاق التجارة."
    )
    assert summaries_with_background(text, "2024-03-12") == [
        ("phone_call", "reported", False, ("Luiz Inácio Lula da Silva", "Xi Jinping"), "2024-03-12")
    ]


def test_a_strong_message_sent_to_the_international_community_is_no_contact():
    text = "وجه الرئيس الكيني وليام روتو رسالة قوية إلى المجتمع الدولي بشأن تمويل المناخ خلال خطابه أمام البرلمان."
    assert summaries_with_background(text, "2023-09-05") == []


def test_a_letter_from_one_leader_to_another_is_still_a_message():
    text = "تسلم الرئيس الكيني وليام روتو رسالة خطية من الرئيس الأوغندي يويري موسيفيني تتعلق بأمن الحدود."
    assert summaries_with_background(text, "2023-09-05") == [
        ("message", "reported", False, ("William Ruto", "Yoweri Museveni"), "2023-09-05")
    ]


# Messages and their carriers: the leader whose special envoy is received is no party of that meeting;
# a minister or ambassador who hands over a "similar" message is no sender of it, nor is a similar
# message to a country a message to the receiver before; several senders of "similar" cables named
# together send one each.

# "بالمبعوث الخاص لرئيس X": the envoy's principal is talked about, not met --------------------------


def _events(text: str, pub: str) -> list[tuple[str, tuple[str, ...]]]:
    """(type, sorted English names of the parties) of each event, sorted."""
    return sorted((e.type, tuple(sorted(p.name_en or "?" for p in e.participants))) for e in extract_events(text, pub))


def test_the_leader_whose_special_envoy_a_minister_receives_is_no_party_of_that_meeting():
    text = (
        "تلقى الرئيس الكيني وليام روتو رسالة شفهية من الرئيس الأوغندي يويري موسيفيني. "
        "جاء ذلك خلال لقاء وزير الخارجية الكيني في نيروبي اليوم بالمبعوث الخاص للرئيس الأوغندي، الذي نقل الرسالة."
    )
    assert _events(text, "2024-03-12") == [("message", ("William Ruto", "Yoweri Museveni"))]


def test_a_person_named_after_the_definite_title_of_ambassador_is_no_leader_out_of_office():
    # Dafallah al-Haj Ali holds a leader's office in the data only in 2025: an ambassador in 2023
    text = "التقى وزير الخارجية المصري سامح شكري في القاهرة اليوم السفير دفع الله الحاج علي وبحثا الأوضاع في السودان."
    assert _events(text, "2023-06-05") == []


# "وكان الوزير سلم رسالة مماثلة إلى سلطنة عمان": the carrier's similar message is nobody's to the receiver before


def test_a_similar_message_a_minister_hands_to_a_country_copies_no_receiver():
    text = (
        "بعث الرئيس الكيني وليام روتو رسالة خطية إلى الرئيس الأوغندي يويري موسيفيني، سلمها اليوم وزير الخارجية الكيني. "
        "وكان الوزير سلم رسالة مماثلة إلى دولة تنزانيا تتعلق بدعم مرشح كينيا."
    )
    assert _events(text, "2024-03-12") == [("message", ("William Ruto", "Yoweri Museveni"))]


def test_a_similar_cable_to_the_receiver_named_again_by_his_title_stays_his():
    text = (
        "بعث الرئيس الكيني وليام روتو برقية تهنئة إلى الرئيس الأوغندي يويري موسيفيني بذكرى الاستقلال. "
        "كما بعث نائب الرئيس الكيني برقية مماثلة إلى الرئيس الأوغندي. "
        "وبعثت الرئيسة التنزانية سامية صولوحو حسن برقية تهنئة مماثلة."
    )
    assert _events(text, "2024-10-09") == [
        ("message", ("Samia Suluhu Hassan", "Yoweri Museveni")),
        ("message", ("William Ruto", "Yoweri Museveni")),
    ]


# "وبعث A وB ببرقيتين مماثلتين": a list of senders of similar cables, one cable each ---------------------


def test_two_senders_of_similar_cables_named_together_each_send_one_to_the_receiver():
    text = (
        "بعث الرئيس الكيني وليام روتو برقية تهنئة إلى الرئيس الأوغندي يويري موسيفيني بذكرى الاستقلال. "
        "وبعثت الرئيسة التنزانية سامية صولوحو حسن والرئيس الرواندي بول كاغامي ببرقيتي تهنئة مماثلتين."
    )
    assert _events(text, "2024-10-09") == [
        ("message", ("Paul Kagame", "Yoweri Museveni")),
        ("message", ("Samia Suluhu Hassan", "Yoweri Museveni")),
        ("message", ("William Ruto", "Yoweri Museveni")),
    ]


def test_two_senders_with_a_receiver_named_after_the_cable_keep_their_own_receiver():
    text = (
        "بعث الرئيس الكيني وليام روتو برقية تهنئة إلى الرئيس الأوغندي يويري موسيفيني بذكرى الاستقلال. "
        "وبعثت الرئيسة التنزانية سامية صولوحو حسن والرئيس الرواندي بول كاغامي برقيتين مماثلتين إلى الرئيس الكيني وليام روتو."
    )
    events = _events(text, "2024-10-09")
    assert ("message", ("Paul Kagame", "Yoweri Museveni")) not in events
    assert ("message", ("Samia Suluhu Hassan", "Yoweri Museveni")) not in events


# "تسلم X رسالة لـY من Z": the addressee follows "لـ" right after the message word -----------------------


def test_a_message_taken_in_for_its_addressee_is_the_senders_to_the_addressee():
    text = (
        "تسلم نائب الرئيس الكيني ريغاثي غاتشاغوا رسالة للرئيس الكيني وليام روتو، من أخيه الرئيس الأوغندي "
        "يويري موسيفيني، خلال استقباله وزير الخارجية الأوغندي في نيروبي أمس."
    )
    assert ("message", ("William Ruto", "Yoweri Museveni")) in _events(text, "2023-06-05")


def test_a_message_addressed_with_muwajjaha_ila_is_the_senders_to_the_addressee():
    text = (
        "تسلم وزير الخارجية الكيني رسالة موجهة إلى الرئيس الكيني وليام روتو من الرئيس الأوغندي يويري موسيفيني "
        "تتعلق بالعلاقات الثنائية."
    )
    assert _events(text, "2023-06-05") == [("message", ("William Ruto", "Yoweri Museveni"))]


# "تلقى X رسالة من Z، وذلك خلال استقباله لوزير الخارجية Y": X met the carrier Y -------------------------


def test_the_receiver_of_a_message_met_the_minister_he_received_while_taking_it():
    text = (
        "تلقى الرئيس الكيني وليام روتو رسالة من الرئيس الأوغندي يويري موسيفيني تتعلق بأمن الحدود، وذلك خلال "
        "استقباله صباح اليوم لوزير الخارجية الأوغندي جيجي أودونغو في نيروبي."
    )
    assert _events(text, "2023-06-05") == [
        ("meeting", ("Jeje Odongo", "William Ruto")),
        ("message", ("William Ruto", "Yoweri Museveni")),
    ]


def test_the_reception_of_the_carrier_without_a_day_of_its_own_is_a_meeting_too():
    text = (
        "تلقى الرئيس الكيني وليام روتو رسالة من الرئيس الأوغندي يويري موسيفيني، خلال استقباله وزير الخارجية "
        "الأوغندي جيجي أودونغو في نيروبي."
    )
    assert ("meeting", ("Jeje Odongo", "William Ruto")) in _events(text, "2023-06-05")


# A message's bearer and the one who received it from him are no parties -----------------------------


def test_message_carried_by_an_envoy_is_between_its_sender_and_addressee():
    text = (
        "ذكرت الوكالة أن رسالة الرئيس الإيراني حسن روحاني إلى أمير قطر الشيخ تميم بن حمد آل ثاني "
        "نقلها مساعد لوزير الخارجية الإيراني خلال لقاء جمعه بوزير الخارجية القطري مساء السبت."
    )
    (event,) = extract_events(text, "2017-06-18")
    assert event.type == "message" and people(event) == ["Hassan Rouhani", "Tamim bin Hamad Al Thani"]


# "جاء ذلك خلال لقائه ...": the meeting at which a message was handed over is not the message's ends' --------


def test_a_message_handed_over_during_a_meeting_makes_no_meeting_of_the_message_ends():
    text = (
        "تسلم الرئيس التونسي قيس سعيد اليوم رسالة من الملك المغربي محمد السادس. جاء ذلك خلال لقائه "
        "وزير الخارجية المغربي ناصر بوريطة على هامش القمة الأفريقية."
    )
    got = shapes(extract_events(text, "2023-05-19"))
    assert ("meeting", "reported", ("Kais Saied", "Mohammed VI of Morocco")) not in got
    assert ("message", "reported", ("Kais Saied", "Mohammed VI of Morocco")) in got


# Messages carried by a visitor -------------------------------------------------------------------------


def test_a_message_handed_over_at_a_meeting_gives_the_meeting_and_the_message():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الشيخ عبدالله بن زايد آل نهيان وزير الخارجية "
        "الإماراتي، الذي سلمه رسالة خطية من الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات."
    )
    assert shapes(extract_events(text, "2023-05-02")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah bin Zayed Al Nahyan")),
        ("message", "reported", ("Abdel Fattah el-Sisi", "Mohamed bin Zayed Al Nahyan")),
    ]


def test_handing_over_the_message_already_reported_is_a_meeting_only():
    text = (
        "تسلم العاهل السعودي الملك سلمان بن عبدالعزيز اليوم رسالة من أمير الكويت الشيخ صباح الأحمد "
        "الجابر الصباح. وقام بتسليم الرسالة وزير الخارجية الكويتي الشيخ صباح خالد الحمد الصباح خلال "
        "استقبال الملك له."
    )
    assert shapes(extract_events(text, "2019-09-10")) == [
        ("meeting", "reported", ("Sabah Al-Khalid Al-Hamad Al-Sabah", "Salman bin Abdulaziz Al Saud")),
        ("message", "reported", ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz Al Saud")),
    ]


def test_a_message_from_one_leader_to_another_leaves_out_its_bearer():
    text = (
        "وقال وزير الخارجية الإيراني حسين أمير عبداللهيان إنه سلم نظيره الصيني اليوم رسالة من الرئيس "
        "إبراهيم رئيسي إلى الرئيس شي جين بينغ."
    )
    (event,) = extract_events(text, "2022-01-15")
    assert people(event) == ["Ebrahim Raisi", "Xi Jinping"]


def test_two_similar_cables_of_the_dual_form_are_messages():
    text = (
        "بعث الرئيس المصري عبد الفتاح السيسي اليوم برقية تهنئة إلى الرئيس الفرنسي إيمانويل ماكرون. "
        "وأرسل رئيس الوزراء المصري مصطفى مدبولي برقيتين مماثلتين إلى الرئيس الفرنسي."
    )
    assert ("message", "reported", ("Emmanuel Macron", "Mostafa Madbouly")) in shapes(
        extract_events(text, "2022-07-14")
    )


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


# A message carried during a call: the call, and the message from its sender to the receiver ----


def test_a_message_carried_during_a_received_call_goes_to_the_receiver():
    text = (
        "تلقى الرئيس السوري بشار الأسد اليوم اتصالا هاتفيا من وزير الخارجية الإماراتي عبد الله بن زايد "
        "نقل خلاله رسالة من الشيخ محمد بن زايد."
    )
    assert shapes(extract_events(text, "2022-04-17")) == [
        ("message", "reported", ("Bashar al-Assad", "Mohamed bin Zayed Al Nahyan")),
        ("phone_call", "reported", ("Abdullah bin Zayed Al Nahyan", "Bashar al-Assad")),
    ]


def test_a_message_carried_during_a_placed_call_goes_to_the_one_called():
    text = (
        "أجرى وزير الخارجية الإماراتي عبد الله بن زايد اليوم اتصالا هاتفيا بالرئيس السوري بشار الأسد "
        "سلمه خلاله رسالة من الشيخ محمد بن زايد."
    )
    assert shapes(extract_events(text, "2022-04-17")) == [
        ("message", "reported", ("Bashar al-Assad", "Mohamed bin Zayed Al Nahyan")),
        ("phone_call", "reported", ("Abdullah bin Zayed Al Nahyan", "Bashar al-Assad")),
    ]


def test_a_message_told_before_and_discussed_in_a_call_is_no_new_message():
    text = (
        "تلقى الرئيس السوري بشار الأسد اليوم اتصالا هاتفيا من وزير الخارجية الإماراتي عبد الله بن زايد "
        "بحثا خلاله الرسالة التي بعثها الشيخ محمد بن زايد."
    )
    assert shapes(extract_events(text, "2022-04-17")) == [
        ("phone_call", "reported", ("Abdullah bin Zayed Al Nahyan", "Bashar al-Assad")),
    ]


# A message carried by a minister: genitive sender, "ل" recipient ----------------------------------------


def test_a_carried_message_is_the_senders_to_the_recipient_and_the_carrier_meets_his_host():
    text = (
        "حط وزير الخارجية المصري سامح شكري اليوم في مسقط حاملا رسالة الرئيس عبد الفتاح السيسي للسلطان "
        "هيثم بن طارق، وكان في استقباله الوزير المسؤول عن الشؤون الخارجية يوسف بن علوي بن عبدالله."
    )
    got = shapes(extract_events(text, "2020-03-10"))
    assert ("message", "reported", ("Abdel Fattah el-Sisi", "Haitham bin Tariq")) in got
    assert not [s for s in got if s[0] == "message" and "Sameh Shoukry" in s[2]]
    assert not [s for s in got if s[0] == "meeting" and "Haitham bin Tariq" in s[2]]


def test_a_minister_touring_to_hand_over_a_message_is_no_party_of_it():
    text = (
        "يستهل وزير الخارجية المصري سامح شكري غدا جولة إقليمية لتسليم رسالة من الرئيس عبد الفتاح السيسي "
        "إلى قادة خمس دول عربية."
    )
    assert [e for e in extract_events(text, "2020-03-07") if "Sameh Shoukry" in people(e)] == []


def test_the_message_he_carried_is_the_senders_to_the_recipient():
    text = (
        "وامتنعت الوكالة الرسمية عن ذكر فحوى الرسالة التي حملها الوزير سامح شكري من الرئيس عبد الفتاح "
        "السيسي إلى السلطان هيثم بن طارق."
    )
    got = shapes(extract_events(text, "2020-03-10"))
    assert got == [("message", "reported", ("Abdel Fattah el-Sisi", "Haitham bin Tariq"))]


def test_a_minister_handing_over_his_presidents_messages_is_no_party_of_them():
    text = (
        "وصل وزير الخارجية المصري سامح شكري إلى عمان اليوم. "
        "ويقوم شكري بتسليم رسائل من الرئيس عبد الفتاح السيسي إلى قادة الدول التي يزورها."
    )
    assert of_type(text, "2021-05-01", "message") == []


def test_the_sender_of_a_message_it_names_after_the_noun() -> None:
    text = "أشاد الرئيس السوري بشار الأسد بالرسالة التي وجهها الرئيس الإيراني إبراهيم رئيسي إلى نظيره السوري."
    events = of_type(text, "2022-05-01", "message")
    assert events and all(
        next(p.name_en for p in e.participants if p.person_id == e.initiator) == "Ebrahim Raisi" for e in events
    )
