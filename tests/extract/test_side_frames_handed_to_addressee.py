"""A message handed over with its addressee named between the handover word and the message word ("سلم
إلى Z رسالة من Y") is a meeting of the carrier and the addressee beside the sender's message
(rasd.extract.side_frames.carrier_contact, _handed_to). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def _kinds(text: str) -> set[tuple[str, frozenset[str]]]:
    return {(kind, frozenset(who)) for kind, _, who in shapes(extract_events(text, "2023-11-02"))}


def test_the_carrier_who_handed_the_message_to_the_addressee_met_him():
    text = (
        "قال الرئيس البرازيلي لولا دا سيلفا، اليوم الخميس، إنه سلم إلى نظيره الصيني شي جين بينغ رسالة "
        "من الرئيس الفرنسي إيمانويل ماكرون تتعلق بالمناخ."
    )
    got = _kinds(text)
    assert ("meeting", frozenset({"Luiz Inácio Lula da Silva", "Xi Jinping"})) in got
    assert ("message", frozenset({"Emmanuel Macron", "Xi Jinping"})) in got


def test_a_message_received_without_a_handover_word_is_no_meeting():
    text = (
        "تسلم الرئيس الصيني شي جين بينغ، اليوم الخميس، رسالة من الرئيس الفرنسي إيمانويل ماكرون تتعلق "
        "بالمناخ، بحسب ما أعلن الرئيس البرازيلي لولا دا سيلفا."
    )
    assert not any(kind == "meeting" for kind, _ in _kinds(text))
