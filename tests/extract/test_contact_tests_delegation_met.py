"""A delegation a leader meets is no leader, nor is the leader who sent it ("التقى X مع الوفد المصري
الذي نقل دعوة من الرئيس Y"); a delegation whose head is told stays a meeting with that head.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events


def test_meeting_with_a_delegation_sent_by_a_leader_is_no_meeting_with_him():
    text = (
        "التقى الرئيس الكيني وليام روتو أمس مع الوفد التنزاني الذي نقل إليه دعوة من الرئيسة التنزانية سامية صولحو حسن."
    )
    assert all(
        shape[2] != ("Samia Suluhu Hassan", "William Ruto") for shape in shapes(extract_events(text, "2023-03-02"))
    )


def test_reception_of_a_delegation_as_the_object():
    text = "استقبل الرئيس الكيني وليام روتو اليوم وفدا تنزانيا حمل إليه تحيات الرئيسة سامية صولحو حسن."
    assert all(
        shape[2] != ("Samia Suluhu Hassan", "William Ruto") for shape in shapes(extract_events(text, "2023-03-02"))
    )


def test_a_delegation_headed_by_a_leader_stays_a_meeting():
    text = "استقبل الرئيس الكيني وليام روتو اليوم وفدا تنزانيا برئاسة الرئيسة سامية صولحو حسن."
    assert shapes(extract_events(text, "2023-03-02")) == [
        ("meeting", "reported", ("Samia Suluhu Hassan", "William Ruto"))
    ]


def test_a_meeting_with_a_leader_is_untouched():
    text = "التقى الرئيس الكيني وليام روتو أمس مع الرئيسة التنزانية سامية صولحو حسن."
    assert shapes(extract_events(text, "2023-03-02")) == [
        ("meeting", "reported", ("Samia Suluhu Hassan", "William Ruto"))
    ]
