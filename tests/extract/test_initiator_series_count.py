"""The caller of a call counted in a series (rasd.extract.initiator, data caller_after): "هو الرابع
الذي يجريه X" presents X as the one who placed it, and every call the sentence then lists ("سبق أن
تحدث مع كل من A وB") has the same caller. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import caller, of_type


def test_a_present_relative_verb_after_a_counted_call_names_its_caller():
    text = (
        "وهذا الاتصال هو الثالث الذي يجريه الرئيس المصري عبد الفتاح السيسي مع قادة أوروبيين هذا الأسبوع، "
        "إذ سبق أن تحدث مع كل من الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس."
    )
    calls = of_type(text, "2023-03-08", "phone_call")
    assert len(calls) == 2
    assert {caller(e) for e in calls} == {"Abdel Fattah el-Sisi"}


def test_the_feminine_present_relative_verb_names_its_caller():
    text = (
        "وقالت الرئاسة إن المكالمة هي الثانية التي تجريها رئيسة الوزراء الإيطالية جورجا ميلوني "
        "مع الرئيس التونسي قيس سعيد خلال شهر."
    )
    (call,) = of_type(text, "2023-03-08", "phone_call")
    assert caller(call) == "Giorgia Meloni"


def test_a_series_of_calls_with_each_of_a_list_has_one_caller():
    text = (
        "أجرى العاهل الأردني الملك عبد الله الثاني اليوم اتصالات هاتفية بكل من الرئيس المصري عبد الفتاح "
        "السيسي والرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني ريشي سوناك."
    )
    calls = of_type(text, "2023-10-12", "phone_call")
    assert len(calls) == 3
    assert {caller(e) for e in calls} == {"Abdullah II of Jordan"}
