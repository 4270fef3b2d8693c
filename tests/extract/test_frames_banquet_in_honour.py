"""A meal in a leader's honour told in a relative clause after its host ("حضر X مأدبة عشاء أقامها Y على
شرفه"): the guest, the sentence's subject, met the host (triggers.yaml: "على شرفه"). Sentences written
for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_guest_who_attended_a_dinner_given_in_his_honour_met_its_host():
    text = (
        "حضر رئيس الوزراء الهندي ناريندرا مودي مساء الثلاثاء مأدبة عشاء أقامها الرئيس الفرنسي إيمانويل ماكرون على شرفه."
    )
    events = extract_events(text, "2023-07-13")
    assert shapes(events) == [("meeting", "reported", ("Emmanuel Macron", "Narendra Modi"))]
    assert events[0].date == "2023-07-11"


def test_an_honour_guard_with_no_second_leader_is_no_meeting():
    text = "استعرض رئيس الوزراء الهندي ناريندرا مودي حرس الشرف الذي اصطف على شرفه في المطار."
    assert extract_events(text, "2023-07-13") == []
