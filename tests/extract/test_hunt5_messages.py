"""Messages and their carriers on fresh outlets no set holds (issue #11, round HUNT5): the leader whose
special envoy is received is no party of that meeting; a minister or ambassador who hands over a
"similar" message is no sender of it, nor is a similar message to a country a message to the receiver
before; several senders of "similar" cables named together send one each. Each test states one rule on
sentences written for it (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def _events(text: str, pub: str) -> list[tuple[str, tuple[str, ...]]]:
    """(type, sorted English names of the parties) of each event, sorted."""
    return sorted((e.type, tuple(sorted(p.name_en or "?" for p in e.participants))) for e in extract_events(text, pub))


# "بالمبعوث الخاص لرئيس X": the envoy's principal is talked about, not met --------------------------


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
