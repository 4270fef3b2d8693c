"""The phrase of another contact that lists its partners with commas ("محادثاته مع الرئيس A، والمستشار
B", other_contacts.without_other_contacts): a comma followed by "و" and the next person continues the
list, so none of them is a party of the sentence's own contact. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_every_listed_partner_of_the_possessed_talks_leaves_the_call():
    text = (
        "واستعرض مجلس الوزراء نتائج الاتصال الهاتفي الذي جرى بين الرئيس المصري عبد الفتاح السيسي "
        "والرئيس الفرنسي إيمانويل ماكرون، وكذلك حصيلة محادثاته مع رئيسة الوزراء الإيطالية جورجا ميلوني، "
        "والمستشار الألماني أولاف شولتس في القاهرة."
    )
    calls = [s for s in shapes(extract_events(text, "2023-11-02")) if s[0] == "phone_call"]
    assert calls == [("phone_call", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron"))]


def test_a_comma_before_another_subject_closes_the_phrase():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اليوم بعد محادثاته مع نظيره الفرنسي إيمانويل ماكرون، "
        "اتصالا هاتفيا بالمستشار الألماني أولاف شولتس."
    )
    calls = [s for s in shapes(extract_events(text, "2023-11-02")) if s[0] == "phone_call"]
    assert calls == [("phone_call", "reported", ("Abdel Fattah el-Sisi", "Olaf Scholz"))]
