"""Constructions met on fresh outlets no set holds (issue #11, round HUNT2): who sent a cable told by a
relative verb with its preposition ("برقية بعث بها X إلى Y"), who placed calls two people made
together to a third. Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def _caller_names(text: str, pub: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """(type, parties, the caller's English name) of each event, sorted."""
    return sorted(
        (
            e.type,
            tuple(sorted(p.name_en for p in e.participants)),
            next((p.name_en for p in e.participants if p.person_id == e.initiator), None),
        )
        for e in extract_events(text, pub)
    )


# "في برقية بعث بها X إلى Y": the one after "إلى" received the cable -------------------------------


def test_a_cable_sent_with_bi_ha_to_a_named_head_of_state_was_sent_by_the_subject():
    text = (
        "هنأ الرئيس الكيني وليام روتو، في برقية بعث بها إلى الرئيس الأوغندي يويري موسيفيني، "
        "الشعب الأوغندي بذكرى الاستقلال."
    )
    assert _caller_names(text, "2023-10-09") == [("message", ("William Ruto", "Yoweri Museveni"), "William Ruto")]


def test_a_cable_sent_with_bi_ha_after_the_receiver_keeps_the_subject_as_sender():
    text = "بعث الرئيس الكيني وليام روتو ببرقية تهنئة، وهي برقية بعث بها إلى الرئيس الأوغندي يويري موسيفيني أمس."
    assert _caller_names(text, "2023-10-09") == [("message", ("William Ruto", "Yoweri Museveni"), "William Ruto")]


# "أجرى A وB اتصالا مع C": two callers of one third party, each pair its own caller -----------------


def test_two_joint_subjects_calling_a_third_are_each_the_caller_of_their_pair():
    text = "أجرى الرئيس الكيني وليام روتو والرئيس التنزاني سامية صولوحو حسن اتصالا هاتفيا مع الرئيس الأوغندي يويري موسيفيني."
    assert _caller_names(text, "2023-10-09") == [
        ("phone_call", ("Samia Suluhu Hassan", "Yoweri Museveni"), "Samia Suluhu Hassan"),
        ("phone_call", ("William Ruto", "Yoweri Museveni"), "William Ruto"),
    ]


def test_two_joint_subjects_of_a_call_between_themselves_name_no_caller():
    text = "أجرى الرئيس الكيني وليام روتو ونظيره الأوغندي يويري موسيفيني اتصالا هاتفيا بحثا فيه أمن الحدود."
    assert _caller_names(text, "2023-10-09") == [("phone_call", ("William Ruto", "Yoweri Museveni"), None)]


# "صرح X ... اليوم الجمعة أنه سيلتقي Y غدا السبت": the day before "أن" is the statement's ----------------


def _days(text: str, pub: str) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.status, e.date) for e in extract_events(text, pub)]


def test_a_plan_with_its_own_day_after_the_contact_word_takes_it_over_the_statement_day():
    text = (
        "صرح الرئيس الكيني وليام روتو في حديث للصحفيين في ختام قمة افريقية في أديس أبابا اليوم الجمعة "
        "أنه سيلتقي الرئيس الأوغندي يويري موسيفيني غدا السبت في نيروبي."
    )
    assert _days(text, "2023-05-12") == [("meeting", "planned", "2023-05-13")]


def test_a_day_in_a_later_clause_leaves_the_statement_day_with_the_plan():
    text = (
        "أعلن الرئيس الكيني وليام روتو في ختام قمة افريقية اليوم الجمعة أنه سيلتقي الرئيس الأوغندي "
        "يويري موسيفيني، بعد أن عاد من رحلة إلى أوروبا يوم الثلاثاء."
    )
    assert [d[:2] for d in _days(text, "2023-05-12")] == [("meeting", "planned")]
    assert _days(text, "2023-05-12")[0][2] != "2023-05-09"


# ", كما تم لقاء جمع ..." inside the sentence of the last contact: that contact's day ----------------------


def test_a_meeting_split_off_by_kama_inside_a_sentence_keeps_the_day_of_the_round():
    text = (
        "عقد القادة الأفارقة أمس لقاءات ثنائية في أديس أبابا، حيث التقى الرئيس الكيني وليام روتو أمس "
        "نظيره الأوغندي يويري موسيفيني.\n\n"
        "كما التقى الرئيس روتو بنظيرته التنزانية سامية صولوحو حسن، حيث بحثا أمن الحدود، كما تم لقاء "
        "جمع بين الرئيسين الكيني، والرواندي بول كاغامي، بحثا خلاله ملف المياه."
    )
    got = {tuple(sorted(p.name_en for p in e.participants)): e.date for e in extract_events(text, "2023-05-12")}
    assert got.get(("Paul Kagame", "William Ruto")) == "2023-05-11"
    assert got.get(("Samia Suluhu Hassan", "William Ruto")) == "2023-05-11"


# "أكثر من مجرد لقاء": a contact word after "مجرد" weighs a kind of contact, it tells none --------------


def test_a_mere_meeting_weighed_against_a_friendship_is_no_meeting():
    text = "قال الرئيس الكيني وليام روتو إن ما يربطه بالرئيس الأوغندي يويري موسيفيني أكثر من مجرد لقاء عابر."
    assert extract_events(text, "2023-05-12") == []


def test_a_mere_call_denied_as_a_description_is_no_call():
    text = "وصف الرئيس الكيني وليام روتو علاقته بنظيره الأوغندي يويري موسيفيني بأنها ليست مجرد اتصال بين رئيسين."
    assert extract_events(text, "2023-05-12") == []
