"""Leaders a country's authorities received ("استقبلت السلطات X عددا من القادة بينهم الرئيس A والرئيس
B") met those authorities, not each other. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events


def test_leaders_received_by_authorities_did_not_meet_each_other():
    text = (
        "وكانت السلطات المغربية قد استقبلت عددا من القادة الأفارقة، بينهم الرئيس السنغالي ماكي سال "
        "والرئيس الغاني نانا أكوفو أدو، لحضور المنتدى."
    )
    assert extract_events(text, "2019-06-11") == []


def test_a_leader_receiving_leaders_stays_a_meeting():
    text = "استقبل العاهل المغربي الملك محمد السادس اليوم الرئيس السنغالي ماكي سال."
    assert shapes(extract_events(text, "2019-06-11")) == [
        ("meeting", "reported", ("Macky Sall", "Mohammed VI of Morocco"))
    ]
