"""Whom a representative or a special coordinator stands for is no party of the representative's
contact ("الذي كان يمثل الرئيس X", "المنسقة الخاصة للأمين العام"), nor is the one the subject sends his
greetings on to ("نقل تحياته وتقديره البالغ لـ X"). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events
from rasd.extract.article import read_article
from rasd.extract.parties import talked_about
from rasd.extract.refdata import reference_data


def test_the_represented_president_is_no_party():
    text = (
        "التقى رئيس الوزراء الأردني بشر الخصاونة، الذي كان يمثل العاهل الأردني الملك عبدالله الثاني "
        "في القمة، بالرئيس المصري عبد الفتاح السيسي."
    )
    assert shapes(extract_events(text, "2022-05-10")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Bisher Al-Khasawneh"))
    ]


def test_the_secretary_general_of_a_special_coordinator_is_no_party():
    text = "التقى الرئيس اللبناني ميشال عون اليوم المنسق الخاص للأمين العام للأمم المتحدة في لبنان."
    assert extract_events(text, "2019-04-02") == []


def _greeted(text: str, day: str) -> dict[str, bool]:
    a = read_article(text, day, reference_data(), None)
    return {m.person_id or "": talked_about(a, m.start) for m in a.mentions.between(0, len(a.norm)) if m.person_id}


def test_greetings_with_an_adjective_go_to_an_absent_third():
    text = "وخلال اللقاء، نقل الرئيس المصري تحياته وتقديره البالغ لرئيس الإمارات الشيخ محمد بن زايد."
    greeted = _greeted(text, "2023-02-01")
    assert greeted == {"ae-mohamed-bin-zayed": True}


def test_greetings_of_a_named_sender_are_no_addressee():
    text = "وخلال اللقاء، نقل الرئيس المصري إلى الملك عبدالله الثاني التحيات."
    assert not any(_greeted(text, "2023-02-01").values())
