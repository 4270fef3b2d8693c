"""A place as the subject of a receiving verb ("استقبلت العاصمة X قادة A وB"): the city hosts the guests,
who meet nobody by it (extract_words.yaml ``status_more.place_receivers``,
contact_tests.non_leader_subject)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_capital_receiving_leaders_makes_no_meeting_of_them():
    text = (
        "استقبلت العاصمة الكينية نيروبي مساء أمس الرئيس الأوغندي يويري موسيفيني والرئيس الرواندي بول كاغامي "
        "لحضور مراسم تشييع رسمية."
    )
    assert extract_events(text, "2024-05-14") == []


def test_a_city_receiving_leaders_makes_no_meeting_of_them():
    text = "تستقبل مدينة العلمين غدا الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس لحضور منتدى اقتصادي."
    assert extract_events(text, "2024-05-14") == []


def test_a_leader_receiving_in_the_capital_still_meets():
    text = "استقبل الرئيس الكيني ويليام روتو في العاصمة نيروبي اليوم الرئيس الأوغندي يويري موسيفيني."
    assert shapes(extract_events(text, "2024-05-14")) == [("meeting", "reported", ("William Ruto", "Yoweri Museveni"))]
