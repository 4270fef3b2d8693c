"""A pronoun subject that tells what an official of no leader's office said ("وأوضح وزير الداخلية أنه
التقى الرئيس X", referred_parties.pronoun_subject, data said_pronouns): the pronoun is that official,
not the article's protagonist. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

MESSAGE = "تسلم الرئيس التونسي قيس سعيد اليوم رسالة من الرئيس الجزائري عبد المجيد تبون. "


def test_the_officials_pronoun_makes_no_meeting_of_the_leaders():
    text = MESSAGE + (
        "وقال وزير الداخلية الجزائري للصحفيين عقب الاستقبال إنه تشرف بلقاء الرئيس قيس سعيد، ونقل إليه تحيات أخيه."
    )
    got = shapes(extract_events(text, "2023-04-11"))
    assert [s for s in got if s[0] == "meeting"] == []
    assert ("message", "reported", ("Abdelmadjid Tebboune", "Kais Saied")) in got


def test_a_leaders_pronoun_still_stands_for_the_protagonist():
    text = MESSAGE + "وأوضح بيان الرئاسة أنه التقى في المساء الرئيس الجزائري عبد المجيد تبون."
    got = shapes(extract_events(text, "2023-04-11"))
    assert ("meeting", "reported", ("Abdelmadjid Tebboune", "Kais Saied")) in got
