"""A denial of what was said in a contact is no denial of the contact (issue 11, PREC2).
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_denying_the_content_of_a_call_leaves_the_call_reported():
    text = (
        "نفت الرئاسة التونسية ما نشرته صحف محلية عن فحوى المكالمة التي جمعت الرئيس قيس سعيد "
        "بالرئيس الجزائري عبد المجيد تبون، ووصفته بالمختلق."
    )
    assert shapes(extract_events(text, "2021-03-02")) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Kais Saied"))
    ]


def test_denying_the_details_of_a_meeting_leaves_the_meeting_reported():
    text = "نفى مكتب الرئيس التونسي قيس سعيد صحة ما تردد حول تفاصيل لقائه الرئيس الجزائري عبد المجيد تبون."
    assert [e.status for e in extract_events(text, "2021-03-02")] == ["reported"]


def test_denying_that_a_call_took_place_is_still_a_denial():
    text = (
        "نفت الرئاسة التونسية ما نشرته صحف محلية عن إجراء مكالمة بين الرئيس قيس سعيد والرئيس الجزائري عبد المجيد تبون."
    )
    assert [e.status for e in extract_events(text, "2021-03-02")] == ["denied"]
