"""Senders listed after a verb of sending whose receiver takes a preposition ("وأبرق معزيا، بحسب البيان، A
وB") each sent a cable to the receiver of the cables told before, never one of them to the other; and a
meeting told again ("خلال اللقاء") after a carrier's reception never takes the message's two ends, who
never met. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

CABLES = (
    "تلقى الرئيس التونسي قيس سعيد اليوم برقيات تهنئة بعيد الاستقلال. "
    "وأبرق مهنئا، بحسب بيان الرئاسة، الرئيس الجزائري عبد المجيد تبون، والرئيس المصري عبد الفتاح السيسي."
)


def test_senders_listed_after_the_verb_each_cable_the_receiver_before():
    assert shapes(extract_events(CABLES, "2023-03-20")) == [
        ("message", "reported", ("Abdel Fattah el-Sisi", "Kais Saied")),
        ("message", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
    ]


def test_a_receiver_after_a_preposition_is_still_the_receiver():
    text = "أبرق الرئيس الجزائري عبد المجيد تبون إلى الرئيس المصري عبد الفتاح السيسي مهنئا بعيد الفطر."
    assert shapes(extract_events(text, "2023-04-21")) == [
        ("message", "reported", ("Abdel Fattah el-Sisi", "Abdelmadjid Tebboune")),
    ]


CARRIER = (
    "بعث الرئيس الجزائري عبد المجيد تبون رسالة إلى الرئيس التونسي قيس سعيد سلمها السفير الجزائري. "
    "واستقبل الرئيس قيس سعيد اليوم في قصر قرطاج السفير الجزائري الذي نقل إليه رسالة من الرئيس تبون. "
    "وأكد الرئيس التونسي خلال اللقاء عمق العلاقات بين البلدين الشقيقين وضرورة تعزيزها."
)


def test_a_meeting_told_again_after_a_carrier_s_reception_is_no_meeting_of_the_message_s_ends():
    assert shapes(extract_events(CARRIER, "2023-05-02")) == [
        ("message", "reported", ("Abdelmadjid Tebboune", "Kais Saied")),
    ]
