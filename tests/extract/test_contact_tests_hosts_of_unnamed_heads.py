"""Two hosts who receive unnamed heads of states ("استقبل الرئيس X والأمين العام Y رؤساء الدول
والحكومات المشاركين") received them: no meeting of the two hosts. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_two_hosts_receiving_unnamed_heads_of_state_make_no_meeting():
    text = (
        "واستقبل الرئيس الأذري إلهام علييف والأمين العام للأمم المتحدة أنطونيو غوتيريش، "
        "رؤساء الدول والحكومات المشاركين في المؤتمر."
    )
    assert extract_events(text, "2024-11-12") == []


def test_two_hosts_receiving_a_named_leader_stay_a_meeting():
    text = "واستقبل الرئيس الأذري إلهام علييف والأمين العام للأمم المتحدة أنطونيو غوتيريش، الرئيس المصري عبد الفتاح السيسي."
    assert len(extract_events(text, "2024-11-12")) == 1
