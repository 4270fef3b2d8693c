"""A sentence that opens with a verb of handing over, its subject the carrier, and tells after the
message the meeting where it was handed (rasd.extract.side_frames ``_handed_over_at_meeting``): the
carrier's meeting with the addressee, and the sender's message to the addressee. Sentences written for
these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_the_addressee_named_before_the_message_word():
    text = (
        "سلم وزير الخارجية الرواندي أوليفييه ندوهونغيريهي الخميس الرئيس الكيني وليام روتو رسالة خطية من "
        "الرئيس الرواندي بول كاغامي، خلال استقبال روتو له في نيروبي."
    )
    events = extract_events(text, "2024-06-14")
    assert shapes(events) == [
        ("meeting", "reported", ("Olivier Nduhungirehe", "William Ruto")),
        ("message", "reported", ("Paul Kagame", "William Ruto")),
    ]
    assert {e.date for e in events} == {"2024-06-13"}


def test_the_addressee_named_after_the_sender():
    text = (
        "سلم وزير الخارجية الرواندي أوليفييه ندوهونغيريهي الخميس رسالة خطية من الرئيس الرواندي بول كاغامي "
        "إلى الرئيس الكيني وليام روتو، خلال استقباله في نيروبي."
    )
    assert shapes(extract_events(text, "2024-06-14")) == [
        ("meeting", "reported", ("Olivier Nduhungirehe", "William Ruto")),
        ("message", "reported", ("Paul Kagame", "William Ruto")),
    ]


def test_without_a_meeting_word_only_the_message():
    text = (
        "سلم وزير الخارجية الرواندي أوليفييه ندوهونغيريهي الخميس الرئيس الكيني وليام روتو رسالة خطية من "
        "الرئيس الرواندي بول كاغامي."
    )
    assert shapes(extract_events(text, "2024-06-14")) == [("message", "reported", ("Paul Kagame", "William Ruto"))]
