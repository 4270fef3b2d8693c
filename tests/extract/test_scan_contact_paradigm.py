"""The contact words of triggers.yaml across the paradigm of their lemmas: the persons, genders,
numbers, object pronouns and cases of a verb or noun whose neighbours are listed are contact words
too (scan), and the forms that are also other words once normalised stay out."""

from __future__ import annotations

import pytest
from extract_helpers import shapes

from rasd.extract import extract_events
from rasd.extract.refdata import reference_data
from rasd.extract.scan import scan
from rasd.normalize import normalize


def trigger_types(word: str) -> set[str]:
    """The trigger types of the matches that cover the whole of ``word`` (a clitic allowed)."""
    norm = normalize(word).text
    return {
        m.entry.value
        for m in scan(norm, reference_data())
        if m.entry.kind == "trigger" and m.word_start == 0 and m.end == len(norm)
    }


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        # the call verbs: feminine and first person past, object pronouns, present, dual
        ("هاتفت", "phone_call"),
        ("وهاتفته", "phone_call"),
        ("هاتفتها", "phone_call"),
        ("يهاتفه", "phone_call"),
        ("سيهاتفها", "phone_call"),
        ("اتصلا", "phone_call"),
        ("واتصلنا", "phone_call"),
        ("تحادثت", "phone_call"),
        ("يتحادث", "phone_call"),
        ("سيتحادثان", "phone_call"),
        # the call nouns: the feminine possessive, the pair's conversation, the dual
        ("بمكالمتها", "phone_call"),
        ("محادثتهما", "phone_call"),
        ("محادثتين", "phone_call"),
        ("المحادثتان", "phone_call"),
        # the meeting noun in the nominative with a pronoun, the duals
        ("لقاؤه", "meeting"),
        ("ولقاؤها", "meeting"),
        ("لقاؤهما", "meeting"),
        ("اللقاءين", "meeting"),
        ("اجتماعان", "meeting"),
        # the meeting verbs: object pronouns, feminine dual, the receiving pair, the present
        ("التقتها", "meeting"),
        ("التقيته", "meeting"),
        ("تلتقيه", "meeting"),
        ("ستلتقيها", "meeting"),
        ("التقتا", "meeting"),
        ("اجتمعتا", "meeting"),
        ("استقبلتها", "meeting"),
        ("واستقبلتهما", "meeting"),
        ("يستقبله", "meeting"),
        ("تستقبلها", "meeting"),
        ("استقبلا", "meeting"),
        ("يستقبلان", "meeting"),
        ("صافحت", "meeting"),
        ("صافحها", "meeting"),
        # talks held in other persons and tenses of the holding verb
        ("أجرت محادثات", "meeting"),
        ("وعقدت مباحثات", "meeting"),
        ("يعقد محادثات", "meeting"),
        ("سيعقد مباحثات", "meeting"),
        # the nominative dual of the message nouns
        ("رسالتان", "message"),
        ("البرقيتان", "message"),
        # the first person plural of the talks verbs
        ("ناقشنا", "talks"),
        ("تباحثنا", "talks"),
    ],
)
def test_a_form_of_a_contact_lemma_is_a_contact_word(word, kind):
    assert kind in trigger_types(word)


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("وزاره", "visit"),  # "وزارة" (a ministry) folded: not "و" + "زاره"
        ("وزارته", "visit"),  # "his ministry", not "and she visited him"
        ("زارا", "visit"),  # two leaders touring a place together
        ("هاتفا", "phone_call"),  # also "a phone" in the accusative
        ("هاتفنا", "phone_call"),  # also "our phone"
        ("يتصل", "phone_call"),  # "فيما يتصل بـ": concerning
        ("استضافه", "meeting"),  # "استضافة" (hosting) folded
        ("التقاهم", "meeting"),  # one leader and a group
        ("استقبلهم", "meeting"),
        ("مراسلة", "message"),  # also a (woman) correspondent
        ("محادثته", "phone_call"),  # also "talking to him"
    ],
)
def test_a_form_that_is_also_another_word_is_no_contact_word(word, kind):
    assert kind not in trigger_types(word)


def test_a_call_made_by_a_woman_leader_in_the_feminine_past():
    text = (
        "هاتفت رئيسة الوزراء الإيطالية جورجيا ميلوني اليوم الثلاثاء الرئيس الفرنسي إيمانويل ماكرون "
        "وبحثا العلاقات الثنائية."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Giorgia Meloni"))
    ]


def test_a_call_told_with_the_object_pronoun_of_the_called():
    text = (
        "قالت رئيسة الوزراء الإيطالية جورجيا ميلوني إنها هاتفته اليوم الثلاثاء، في إشارة إلى الرئيس "
        "الفرنسي إيمانويل ماكرون."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Giorgia Meloni"))
    ]


def test_a_conversation_in_the_feminine_past_of_tahadatha():
    text = "تحادثت رئيسة الوزراء الإيطالية جورجيا ميلوني اليوم الثلاثاء مع الرئيس الفرنسي إيمانويل ماكرون بشأن الهجرة."
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Giorgia Meloni"))
    ]


def test_her_call_with_the_feminine_possessive():
    text = (
        "أكدت رئيسة الوزراء الإيطالية جورجيا ميلوني خلال مكالمتها مع الرئيس الفرنسي إيمانويل ماكرون "
        "اليوم الثلاثاء دعم بلادها للاتفاق."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Giorgia Meloni"))
    ]


def test_their_conversation_is_a_call_between_the_two():
    text = (
        "وخلال محادثتهما اليوم الثلاثاء، تناول رئيس الوزراء الهندي ناريندرا مودي والمستشار الألماني "
        "أولاف شولتس ملف التجارة بين البلدين."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [("phone_call", "reported", ("Narendra Modi", "Olaf Scholz"))]


def test_his_meeting_in_the_nominative():
    text = (
        "وجاء لقاؤه مع الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء في قصر الإليزيه، بحسب ما أعلنت "
        "الرئاسة المصرية عن الرئيس المصري عبد الفتاح السيسي."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))
    ]


def test_a_handshake_in_the_feminine_past():
    text = "صافحت رئيسة الوزراء الإيطالية جورجيا ميلوني اليوم الثلاثاء الرئيس الفرنسي إيمانويل ماكرون في روما."
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Emmanuel Macron", "Giorgia Meloni"))
    ]


def test_talks_held_by_a_woman_leader_named_before_the_verb():
    text = (
        "رئيسة الوزراء الإيطالية جورجيا ميلوني أجرت محادثات اليوم الثلاثاء في روما مع الرئيس الفرنسي إيمانويل ماكرون."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "reported", ("Emmanuel Macron", "Giorgia Meloni"))
    ]


def test_a_reception_to_come_with_the_guest_as_an_object_pronoun():
    text = (
        "يستقبله الرئيس المصري عبد الفتاح السيسي غدا الأربعاء في القاهرة، حيث يصل الرئيس الفرنسي "
        "إيمانويل ماكرون في زيارة رسمية."
    )
    assert shapes(extract_events(text, "2024-05-14")) == [
        ("meeting", "planned", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))
    ]


def test_a_visit_to_a_ministry_is_no_visit_word():
    text = "زار وزير الخارجية المصري اليوم وزارة الخارجية الفرنسية في باريس."
    assert extract_events(text, "2024-05-14") == []
