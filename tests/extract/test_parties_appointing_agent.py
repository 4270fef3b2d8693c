"""Whoever appointed someone ("تعيينه من قبل الملك", "تكليفه ... من قبل الرئيس") is named as the agent
of the appointment, not as a party of the contact the sentence tells (``parties._appointing_agent``)."""

from __future__ import annotations

from rasd.extract import extract_events


def _pairs(text: str, day: str) -> list[list[str]]:
    return [sorted(p.name_en or "" for p in e.participants) for e in extract_events(text, day)]


def test_the_one_who_appointed_the_premier_is_no_party_of_the_call_he_takes():
    text = (
        "بينما كان رئيس الحكومة المغربية الجديد عزيز أخنوش، يرد على أسئلة الصحفيين عقب تعيينه من قبل "
        "ملك المغرب، رن هاتفه، وكان المتصل هو رئيس الوزراء الإسباني بيدرو سانشيز."
    )
    assert _pairs(text, "2021-09-11") == [["Aziz Akhannouch", "Pedro Sánchez"]]


def test_the_appointer_a_few_words_after_the_appointment_noun_with_kin_words_is_no_party():
    text = (
        "بعث الملك محمد السادس إلى ولي العهد السعودي الأمير محمد بن سلمان برقية تهنئة. "
        'وورد في برقية الملك "أهنئكم بتعيين سموكم رئيسا لمجلس الوزراء من قبل أخي العزيز خادم الحرمين '
        'الشريفين، الملك سلمان بن عبد العزيز".'
    )
    assert _pairs(text, "2022-10-02") == [["Mohammed VI of Morocco", "Mohammed bin Salman Al Saud"]]


def test_a_reception_by_a_leader_is_no_appointment():
    text = "تم استقبال الرئيس الفرنسي إيمانويل ماكرون من قبل الرئيس المصري عبد الفتاح السيسي في القاهرة."
    assert _pairs(text, "2023-10-25") == [["Abdel Fattah el-Sisi", "Emmanuel Macron"]]
