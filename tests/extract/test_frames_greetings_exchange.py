"""An exchange of greetings told with the subject between the verb and the greetings ("تبادل الرئيس X
التهاني مع Y", triggers.yaml ``greetings_verbs``, extract_words.yaml ``greetings_nouns``): one message."""

from __future__ import annotations

from extract_helpers import names, shapes

from rasd.extract import extract_events


def test_the_subject_between_the_exchange_verb_and_the_greetings():
    text = "تبادل الرئيس الروسي فلاديمير بوتين اليوم التهاني بعيد الفطر مع الرئيس التركي رجب طيب أردوغان."
    [event] = extract_events(text, "2022-05-02")
    assert event.type == "message" and event.status == "reported"
    assert names(event) == {"Vladimir Putin", "Recep Tayyip Erdoğan"}


def test_an_adverb_and_a_title_without_name_between():
    text = (
        "وجه الرئيس الصيني شي جين بينغ رسالة إلى شعبه. "
        "كما تبادل الرئيس الصيني أيضا التهاني بالعام الجديد مع الرئيس الروسي فلاديمير بوتين."
    )
    assert ("message", "reported", ("Vladimir Putin", "Xi Jinping")) in shapes(extract_events(text, "2021-01-01"))


def test_no_exchange_without_greetings_or_without_a_partner():
    # views exchanged at a meeting are no message; greetings exchanged with nobody named after "مع" neither
    assert extract_events("تبادل الرئيس الروسي فلاديمير بوتين وجهات النظر مع الصحفيين.", "2022-05-02") == []
    assert extract_events("وتبادل الرئيس الروسي فلاديمير بوتين التهاني بالعيد.", "2022-05-02") == []


def test_greetings_inside_a_call_stay_the_call():
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان، "
        "تبادل خلاله الرئيس الروسي التهاني مع نظيره بحلول العام الجديد."
    )
    assert [e.type for e in extract_events(text, "2022-01-01")] == ["phone_call"]
