"""The host's reception of a visitor on arrival, then a summit or talks of the two still to come (rasd.
extract.contact_tests ``plan_of_told_meeting``, ``arrival_reception``): the greeting is held, the talks
are a planned meeting of their own; a plain "سيلتقي" after the reception is the reception's plan told.
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

ARRIVAL = "وصل الرئيس الكيني وليام روتو الاثنين إلى أديس أبابا وكان في استقباله رئيس الوزراء الإثيوبي آبي أحمد."


def test_a_summit_announced_after_the_arrival_reception_is_a_second_contact_to_come():
    text = ARRIVAL + " وقال مسؤول إن الزعيمين سيعقدان قمة ثنائية لبحث ملف المياه."
    assert shapes(extract_events(text, "2024-05-13")) == [
        ("meeting", "planned", ("Abiy Ahmed", "William Ruto")),
        ("meeting", "reported", ("Abiy Ahmed", "William Ruto")),
    ]


def test_talks_after_a_reception_without_an_arrival_stay_the_plan_of_the_told_meeting():
    text = (
        "استقبل رئيس الوزراء الإثيوبي آبي أحمد الاثنين الرئيس الكيني وليام روتو في القصر. "
        "وقال مسؤول إن الزعيمين سيعقدان قمة ثنائية لبحث ملف المياه."
    )
    assert shapes(extract_events(text, "2024-05-13")) == [("meeting", "reported", ("Abiy Ahmed", "William Ruto"))]
