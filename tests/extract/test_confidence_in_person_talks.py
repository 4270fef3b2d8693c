"""A talk told in a word that also names a talk in person ("أجرى محادثة مع Y"), and the same two's
meeting told after it in a word of meeting ("عقد اجتماعا مع X"): one contact, a meeting, on the day the
article told first (rasd.extract.confidence ``fold_in_person_talks``). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_talk_at_a_residence_retold_as_a_meeting_in_a_post_is_one_meeting_on_the_talks_day():
    text = (
        "قال رئيس الوزراء البريطاني كير ستارمر اليوم إنه أجرى مساء أمس محادثة طويلة مع الرئيس الفرنسي "
        "إيمانويل ماكرون في مقر إقامته الصيفي. "
        "ونشر ماكرون بعد ظهر اليوم تدوينة قال فيها إنه عقد اجتماعا مثمرا مع ستارمر."
    )
    events = extract_events(text, "2024-08-10")
    assert shapes(events) == [("meeting", "reported", ("Emmanuel Macron", "Keir Starmer"))]
    assert events[0].date == "2024-08-09"


def test_a_talk_said_to_be_by_phone_stays_a_call_beside_a_meeting():
    text = (
        "قال رئيس الوزراء البريطاني كير ستارمر اليوم إنه تحادث هاتفيا مساء أمس مع الرئيس الفرنسي "
        "إيمانويل ماكرون. وكان ستارمر قد عقد اجتماعا مع ماكرون في باريس في 2 مايو الماضي."
    )
    kinds = [(e.type, e.date) for e in extract_events(text, "2024-08-10")]
    assert ("phone_call", "2024-08-09") in kinds
