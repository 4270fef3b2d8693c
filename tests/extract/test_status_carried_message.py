"""A message whose carrier is still on the way with it (rasd.extract.status.more_status): "حاملا
رسالة", "يحمل رسالة" right before the message word tell a message not handed over yet (planned),
unless the carrier has arrived with it ("وصل الوزير حاملا رسالة": brought); told handed over later
in the sentence ("وسلمها إلى Y") it is reported, and so is a message handed over ("سلم رسالة").
Sentences written for the tests."""

from __future__ import annotations

from extract_helpers import ABDULLAH, SISI, names, of_type

PUB = "2024-03-08"


def _message(text: str):
    (m,) = of_type(text, PUB, "message")
    assert names(m) == {SISI, ABDULLAH}
    return m


def test_a_message_carried_on_a_trip_is_planned():
    text = "توجه وزير الخارجية المصري إلى عمان حاملا رسالة من الرئيس عبد الفتاح السيسي إلى الملك عبد الله الثاني."
    assert _message(text).status == "planned"


def test_a_message_brought_by_a_carrier_who_arrived_is_reported():
    text = "وصل وزير الخارجية المصري إلى عمان حاملا رسالة من الرئيس عبد الفتاح السيسي إلى الملك عبد الله الثاني."
    assert _message(text).status == "reported"


def test_a_message_carried_in_the_present_is_planned():
    text = "يتوجه المبعوث إلى عمان، وهو يحمل رسالة من الرئيس عبد الفتاح السيسي إلى الملك عبد الله الثاني."
    assert _message(text).status == "planned"


def test_a_carried_message_handed_over_in_its_sentence_is_reported():
    text = (
        "وصل الوزير إلى عمان حاملا رسالة من الرئيس عبد الفتاح السيسي إلى الملك عبد الله الثاني، "
        "وسلمها إليه خلال استقباله في القصر."
    )
    assert _message(text).status == "reported"


def test_a_message_handed_over_is_reported():
    text = "سلم الوزير رسالة من الرئيس عبد الفتاح السيسي إلى الملك عبد الله الثاني."
    assert _message(text).status == "reported"
