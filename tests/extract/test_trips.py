"""Trips: departures and arrivals told with or without the word "زيارة", their host, and the meetings
told with them (issue #11, round TRIP). Sentences are written for each rule, never copied."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# A departure for a country is a trip begun -----------------------------------------------------------


def test_a_departure_for_a_country_with_a_meeting_expected_there_is_a_visit_and_a_planned_meeting():
    text = (
        "غادر الرئيس الفرنسي إيمانويل ماكرون باريس اليوم متوجها إلى الجزائر. "
        "وقال المتحدث باسم الإليزيه إن البلدين يعملان معا منذ أشهر. "
        "ومن المنتظر أن تشهد الزيارة لقاء لماكرون مع الرئيس الجزائري عبد المجيد تبون."
    )
    assert shapes(extract_events(text, "2022-08-25")) == [
        ("meeting", "planned", ("Abdelmadjid Tebboune", "Emmanuel Macron")),
        ("visit", "reported", ("Abdelmadjid Tebboune", "Emmanuel Macron")),
    ]


def test_a_departure_to_a_country_that_the_article_names_no_host_for_is_no_contact():
    text = "غادر الرئيس الفرنسي إيمانويل ماكرون باريس اليوم متوجها إلى الجزائر."
    assert shapes(extract_events(text, "2022-08-25")) == []


# An envoy's trip is no trip of the leader who sends him ----------------------------------------------


def test_an_envoy_leaving_on_his_leaders_order_makes_no_visit_of_the_leader():
    text = (
        "أرسل السلطان العماني هيثم بن طارق اليوم رسالة إلى أمير قطر تميم بن حمد آل ثاني. "
        "وبتكليف من السلطان هيثم بن طارق غادر مسقط مساء اليوم مبعوثه الخاص متوجها إلى الدوحة."
    )
    got = shapes(extract_events(text, "2021-11-07"))
    assert ("message", "reported", ("Haitham bin Tariq", "Tamim bin Hamad Al Thani")) in got
    assert not [s for s in got if s[0] == "visit"]


def test_an_envoy_sent_to_meet_a_host_makes_no_visit_of_the_leader_who_sends_him():
    # Both leaders are named in the trip's sentence, so only trips.envoy_of keeps the leader who
    # sends the envoy from being the traveller (the sentence above makes no visit without it either).
    text = (
        "وبتكليف من الرئيس الفرنسي إيمانويل ماكرون غادر باريس اليوم الموفد الخاص متوجها إلى الجزائر "
        "حيث يلتقي الرئيس الجزائري عبد المجيد تبون."
    )
    got = shapes(extract_events(text, "2022-08-25"))
    assert not [s for s in got if s[0] == "visit"]
