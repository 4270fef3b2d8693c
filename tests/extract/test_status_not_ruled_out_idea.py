"""A contact someone "does not rule out" ("لا يستبعد عقد اجتماع مع X") or only the idea of one ("يرفض فكرة
الحديث مع X أو اللقاء معه", "رحب بفكرة عقد قمة") is nothing set: no event, while a contact told beside it
stays. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

CALL = "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا بالرئيس الجزائري عبد المجيد تبون. "


def test_a_meeting_not_ruled_out_is_no_event():
    text = CALL + "وقال ماكرون إنه لا يستبعد عقد اجتماع مع تبون خلال الأشهر المقبلة."
    assert shapes(extract_events(text, "2023-03-10")) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Emmanuel Macron")),
    ]


def test_the_idea_of_a_contact_refused_is_no_event():
    text = CALL + "وكان ماكرون يرفض فكرة الحديث مع تبون أو اللقاء معه قبل أشهر."
    assert shapes(extract_events(text, "2023-03-10")) == [
        ("phone_call", "reported", ("Abdelmadjid Tebboune", "Emmanuel Macron")),
    ]


def test_a_meeting_where_an_idea_was_put_forward_stays():
    text = "طرح الرئيس الفرنسي إيمانويل ماكرون فكرة إنشاء صندوق مشترك خلال لقائه الرئيس الجزائري عبد المجيد تبون أمس."
    assert shapes(extract_events(text, "2023-03-10")) == [
        ("meeting", "reported", ("Abdelmadjid Tebboune", "Emmanuel Macron")),
    ]
