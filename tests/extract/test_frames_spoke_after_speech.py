""" "X spoke with Y" is a phone call unless the sentence is about a meeting, press conference or speech; a
speech that only sets the time of the talk ("تحدث X مع Y بعد خطاب Z") leaves it a call. An invitation told
with a pronoun ("ودعتها لزيارة ألمانيا") is no planned visit. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_spoke_with_after_a_speech_is_a_call():
    text = (
        "أعلن البيت الأبيض اليوم أن الرئيس الأمريكي جو بايدن تحدث مع نظيره الفرنسي إيمانويل ماكرون "
        "بعد خطاب الرئيس الروسي فلاديمير بوتين."
    )
    assert shapes(extract_events(text, "2022-09-21")) == [("phone_call", "reported", ("Emmanuel Macron", "Joe Biden"))]


def test_spoke_with_in_a_speech_is_no_call():
    text = "تحدث الرئيس الأمريكي جو بايدن مع نظيره الفرنسي إيمانويل ماكرون في كلمة أمام الجمعية العامة."
    assert extract_events(text, "2022-09-21") == []


def test_an_invitation_told_with_a_pronoun_is_no_planned_visit():
    text = (
        "تلقى رئيس الوزراء البريطاني ريشي سوناك اتصالا من رئيسة الوزراء الإيطالية جورجيا ميلوني "
        "التي هنأته على تعيينه ودعته لزيارة إيطاليا."
    )
    assert shapes(extract_events(text, "2022-10-26")) == [("phone_call", "reported", ("Giorgia Meloni", "Rishi Sunak"))]
