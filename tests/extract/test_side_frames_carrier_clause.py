"""A message received, then a clause whose verb of carrying it opens with its object pronoun
(rasd.extract.side_frames ``_carrier_clause``): the clause's subject carried the message and is the one
the receiver met ("، نقلها إليه الوزير Y خلال لقائه"). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_the_carrier_named_before_the_meeting_word_is_the_one_met():
    text = (
        "تلقى الرئيس الكيني وليام روتو الخميس رسالة خطية من الرئيس الرواندي بول كاغامي، "
        "نقلها إليه وزير الخارجية الرواندي أوليفييه ندوهونغيريهي خلال لقائه في نيروبي."
    )
    got = shapes(extract_events(text, "2024-06-14"))
    assert ("message", "reported", ("Paul Kagame", "William Ruto")) in got
    assert ("meeting", "reported", ("Olivier Nduhungirehe", "William Ruto")) in got


def test_a_clause_that_carries_nothing_names_no_one_met():
    text = (
        "تلقى الرئيس الكيني وليام روتو الخميس رسالة خطية من الرئيس الرواندي بول كاغامي، "
        "وأشاد بها وزير الخارجية الرواندي أوليفييه ندوهونغيريهي خلال لقائه في نيروبي."
    )
    got = shapes(extract_events(text, "2024-06-14"))
    assert ("meeting", "reported", ("Olivier Nduhungirehe", "William Ruto")) not in got
