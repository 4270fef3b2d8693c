"""A trip told with the reception of its visitor by someone who is not its host ("وصل X إلى القاهرة
في زيارة، حيث كان في استقباله الوزير Y") is a meeting of X and Y and a visit of its own
(rasd.extract.side_frames ``reception_trip``); its host is the leader of the destination the trip's
programme names: a meeting to come with no day right after the arrival ("ومن المقرر أن يلتقي Z") is
the trip's, and of several leaders of the destination, the one head of state or government hosts it
(rasd.extract.trips ``trip_to_host``). When the greeter is the host, the visit joins the meeting."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

ARRIVAL = "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى القاهرة في زيارة رسمية تستغرق يومين، "


def test_a_minister_receives_the_visitor_and_the_president_hosts_the_visit():
    text = ARRIVAL + (
        "حيث كان في استقباله بالمطار وزير الخارجية المصري سامح شكري. ومن المقرر أن يلتقي الكاظمي "
        "الرئيس عبد الفتاح السيسي."
    )
    got = shapes(extract_events(text, "2021-06-27"))
    assert ("meeting", "reported", ("Mustafa al-Kadhimi", "Sameh Shoukry")) in got
    assert ("visit", "reported", ("Abdel Fattah el-Sisi", "Mustafa al-Kadhimi")) in got
    assert ("meeting", "planned", ("Abdel Fattah el-Sisi", "Mustafa al-Kadhimi")) in got
    assert len(got) == 3, got


def test_the_host_who_receives_the_visitor_makes_one_meeting():
    text = ARRIVAL + "وكان في استقباله بالمطار الرئيس المصري عبد الفتاح السيسي."
    got = shapes(extract_events(text, "2021-06-27"))
    assert got == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Mustafa al-Kadhimi"))]


def test_a_reception_without_the_hosts_name_makes_no_visit():
    text = ARRIVAL + "حيث كان في استقباله بالمطار وزير الخارجية المصري سامح شكري."
    got = shapes(extract_events(text, "2021-06-27"))
    assert got == [("meeting", "reported", ("Mustafa al-Kadhimi", "Sameh Shoukry"))]
