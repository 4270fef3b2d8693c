"""A contact told as the occasion of the sentence before ("جاء ذلك خلال لقائه الوزير Y") when that
sentence tells a contact of another type (rasd.extract.days ``_continuation_date``, document's
``told_again``): a meeting of its own, not a meeting told before, on the day of the sentence before.
Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_the_meeting_a_message_was_handed_at_is_its_own_contact_on_the_message_day():
    text = (
        "تسلم الرئيس الغاني جون ماهاما الاثنين رسالة من الرئيس النيجيري بولا تينوبو. "
        "جاء ذلك خلال لقائه وزير الخارجية النيجيري يوسف توغار في أكرا."
    )
    got = {
        (e.type, tuple(sorted(p.name_en or "" for p in e.participants)), e.date)
        for e in extract_events(text, "2025-06-11")
    }
    assert ("message", ("Bola Tinubu", "John Dramani Mahama"), "2025-06-09") in got
    assert ("meeting", ("John Dramani Mahama", "Yusuf Tuggar"), "2025-06-09") in got


def test_a_meeting_told_again_after_a_meeting_is_no_new_one():
    text = (
        "التقى الرئيس الغاني جون ماهاما الاثنين الرئيس النيجيري بولا تينوبو. "
        "جاء ذلك خلال لقائه في أكرا، حيث بحث الرئيسان الأمن الإقليمي."
    )
    got = [(e.type, e.date) for e in extract_events(text, "2025-06-11")]
    assert got == [("meeting", "2025-06-09")]
