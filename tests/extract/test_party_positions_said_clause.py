"""A leader named in what the two parties said after the contact word ("وأكدا أن لا حل بوجود الرئيس
Z") is the topic of their words, not the partner of the call. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes


def test_a_leader_in_the_parties_words_is_no_party():
    from rasd.extract import extract_events

    text = (
        "بحث الملك عبدالله الثاني والرئيس الفرنسي إيمانويل ماكرون عبر اتصال هاتفي الأوضاع في المنطقة، "
        "وجددا تأكيدهما أنه لا حل في سوريا بوجود الرئيس السوري بشار الأسد."
    )
    assert shapes(extract_events(text, "2019-03-05")) == [
        ("phone_call", "reported", ("Abdullah II of Jordan", "Emmanuel Macron"))
    ]


def test_the_partner_after_the_contact_word_stays():
    from rasd.extract import extract_events

    text = "أجرى الملك عبدالله الثاني اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون، وأكدا أهمية التنسيق."
    assert shapes(extract_events(text, "2019-03-05")) == [
        ("phone_call", "reported", ("Abdullah II of Jordan", "Emmanuel Macron"))
    ]
