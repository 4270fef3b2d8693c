"""Constructions met on fresh phone-call reports no set holds (issue #11, round HUNT3): a figurative
"message to the world" is no message between leaders, a date of an anniversary told with the clitic of
its verb ("الاحتفال بالذكرى ... في 19 فبراير") is not the call's day, and a trip to a country none of the
sentence's leaders leads is no visit between them. Each test states one rule on sentences written for
it (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def _events(text: str, pub: str) -> list[tuple[str, str, bool, tuple[str, ...], str | None]]:
    """(type, status, background, parties, day) of each event, sorted."""
    return sorted(
        (e.type, e.status, e.background, tuple(sorted(p.name_en for p in e.participants)), e.date)
        for e in extract_events(text, pub)
    )


# "بعثا برسالة إيجابية إلى العالم": a signal, not a letter -------------------------------------------


def test_a_positive_message_to_the_world_is_no_message_between_the_two_leaders():
    text = (
        "أجرى الرئيس البرازيلي لولا دا سيلفا اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ اليوم. "
        "وقال لولا إن الجانبين بعثا برسالة إيجابية إلى العالم حين وقعا اتفاق التجارة."
    )
    assert _events(text, "2024-03-12") == [
        ("phone_call", "reported", False, ("Luiz Inácio Lula da Silva", "Xi Jinping"), "2024-03-12")
    ]


def test_a_strong_message_sent_to_the_international_community_is_no_contact():
    text = "وجه الرئيس الكيني وليام روتو رسالة قوية إلى المجتمع الدولي بشأن تمويل المناخ خلال خطابه أمام البرلمان."
    assert _events(text, "2023-09-05") == []


def test_a_letter_from_one_leader_to_another_is_still_a_message():
    text = "تسلم الرئيس الكيني وليام روتو رسالة خطية من الرئيس الأوغندي يويري موسيفيني تتعلق بأمن الحدود."
    assert _events(text, "2023-09-05") == [
        ("message", "reported", False, ("William Ruto", "Yoweri Museveni"), "2023-09-05")
    ]


# "الاحتفال بالذكرى المئوية لإقامة العلاقات بينهما في 19 فبراير": the anniversary's day -----------------


def test_an_anniversary_day_after_bil_dhikra_does_not_date_a_second_call():
    text = (
        "بحث الرئيس الكازاخي قاسم جومارت توكاييف مع الرئيس التركي رجب طيب أردوغان في اتصال هاتفي اليوم الثلاثاء "
        "التعاون في مجال الطاقة. وتكتسب هذه المكالمة أهمية خاصة، إذ يستعد البلدان للاحتفال بالذكرى الثلاثين "
        "لإقامة العلاقات الدبلوماسية بينهما في 2 مارس."
    )
    assert _events(text, "2022-02-15") == [
        ("phone_call", "reported", False, ("Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan"), "2022-02-15")
    ]


# "مؤتمر بالفيديو بين X وY بعد زيارة X للهند": the trip's host is not Y ---------------------------------


def test_a_trip_to_a_third_country_is_no_visit_between_the_two_leaders_of_the_sentence():
    text = (
        "أعلن المتحدث أن محادثات ستجري بين الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس "
        "بعد زيارة ماكرون إلى البرازيل."
    )
    assert ("visit", ("Emmanuel Macron", "Olaf Scholz")) not in {
        (t, p) for t, _, _, p, _ in _events(text, "2024-03-20")
    }


def test_a_trip_named_with_the_clitic_la_to_a_third_country_is_no_visit_either():
    text = "قال المساعد إنه من المقرر إجراء مفاوضات بين ماكرون وشولتس بعد زيارة الرئيس ماكرون للبرازيل."
    assert ("visit", ("Emmanuel Macron", "Olaf Scholz")) not in {
        (t, p) for t, _, _, p, _ in _events(text, "2024-03-20")
    }


def test_a_trip_to_the_country_of_the_other_leader_stays_a_visit():
    text = "أعلن الإليزيه أن الرئيس الفرنسي إيمانويل ماكرون سيزور ألمانيا الأسبوع المقبل تلبية لدعوة المستشار الألماني أولاف شولتس."
    kinds = {(t, parties) for t, _, _, parties, _ in _events(text, "2024-03-20")}
    assert ("visit", ("Emmanuel Macron", "Olaf Scholz")) in kinds


# "أجرى X اتصالا هاتفيا للاطمئنان على صحة Y": the leader asked after is the one called ---------------


def test_a_call_to_ask_after_a_leaders_health_is_a_call_with_that_leader():
    text = "أجرى سلطان عمان هيثم بن طارق اتصالا هاتفيا للاطمئنان على صحة أمير قطر، متمنيا له الشفاء."
    assert _events(text, "2022-05-10") == [
        ("phone_call", "reported", False, ("Haitham bin Tariq", "Tamim bin Hamad Al Thani"), "2022-05-10")
    ]


def test_asking_after_health_in_a_call_told_with_itmaanna_is_a_call_with_that_leader():
    text = "اطمأن سلطان عمان هيثم بن طارق في اتصال هاتفي اليوم على صحة أمير قطر."
    assert _events(text, "2022-05-10") == [
        ("phone_call", "reported", False, ("Haitham bin Tariq", "Tamim bin Hamad Al Thani"), "2022-05-10")
    ]


def test_the_leader_asked_after_is_no_party_when_another_person_was_called():
    text = (
        "أجرى سلطان عمان هيثم بن طارق اتصالا هاتفيا بأمير قطر الشيخ تميم بن حمد آل ثاني "
        "اطمأن خلاله على صحة الشيخ حمد بن خليفة آل ثاني."
    )
    assert _events(text, "2022-05-10") == [
        ("phone_call", "reported", False, ("Haitham bin Tariq", "Tamim bin Hamad Al Thani"), "2022-05-10")
    ]


def test_the_leader_asked_after_is_no_party_when_his_son_was_called():
    text = "أجرى سلطان عمان هيثم بن طارق اتصالا هاتفيا بنجل أمير قطر للاطمئنان على صحة أمير قطر."
    assert _events(text, "2022-05-10") == []


def test_a_trip_to_amman_spelled_like_oman_stays_the_visit_of_the_jordanian_host():
    text = (
        "وصل رئيس الوزراء المصري مصطفى مدبولي إلى العاصمة الأردنية عمان مساء اليوم، "
        "في زيارة يستقبله خلالها العاهل الأردني الملك عبد الله الثاني."
    )
    kinds = {(t, p) for t, _, _, p, _ in _events(text, "2022-04-10")}
    assert ("visit", ("Abdullah II of Jordan", "Mostafa Madbouly")) in kinds


def test_a_second_call_to_ask_after_health_is_read_after_a_first_call():
    text = (
        "أجرى سلطان عمان هيثم بن طارق اتصالا هاتفيا بأمير قطر الشيخ تميم بن حمد آل ثاني. "
        "كما أجرى ملك البحرين حمد بن عيسى آل خليفة اتصالا هاتفيا للاطمئنان على صحة أمير قطر."
    )
    assert _events(text, "2022-05-10") == [
        ("phone_call", "reported", False, ("Haitham bin Tariq", "Tamim bin Hamad Al Thani"), "2022-05-10"),
        ("phone_call", "reported", False, ("Hamad bin Isa Al Khalifa", "Tamim bin Hamad Al Thani"), "2022-05-10"),
    ]
