"""A joint word in the reported clause after the contact ("، مؤكدا أن قمة بين A وB ستفيد") is the topic
of what a party said, not a sign that the contact had several sides (rasd.extract.party_positions
``_reported_clause``): the people of the party places stay the parties."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_summit_of_two_others_quoted_after_a_call_is_no_party():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون مساء أمس الإثنين اتصالا هاتفيا مع المستشار الألماني "
        "أولاف شولتس، مؤكدا أن قمة بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ ستخفف التوتر."
    )
    got = shapes(extract_events(text, "2023-03-07"))
    assert got == [("phone_call", "reported", ("Emmanuel Macron", "Olaf Scholz"))]


def test_a_joint_word_before_the_reported_clause_still_joins_three():
    text = (
        "عقد الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني والرئيس الفلسطيني محمود عباس "
        "قمة ثلاثية اليوم في القاهرة، مؤكدين أن السلام هو الخيار."
    )
    got = shapes(extract_events(text, "2023-01-17"))
    assert [g for g in got if len(g[2]) == 3], got


def test_the_reported_clause_opens_at_the_first_that_word_after_the_contact():
    from rasd.extract.article import read_article
    from rasd.extract.document import _frames
    from rasd.extract.party_positions import _reported_clause
    from rasd.extract.refdata import reference_data

    text = "التقى الرئيس التونسي قيس سعيد اليوم نظيره الجزائري عبد المجيد تبون، قائلا إن قمة أخرى ستعقد."
    a = read_article(text, "2023-01-17", reference_data(), None)
    f = _frames(a)[0]
    assert a.norm[_reported_clause(a, f) :].startswith("قائلا")
