""" "كلا من" is "كل من" (each of) in the accusative ("التقى رئيس الوزراء كلا من A وB"): it opens the list of
the others, so the role before it stays the person the sentence named before ("ولدى وصول X إلى المقر،")
and the contact is one with all of them. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _sets(text: str, day: str = "2023-06-05") -> list[set[str]]:
    return [{p.name_en for p in e.participants} for e in extract_events(text, day)]


def test_role_before_kulla_min_is_the_arriving_leader():
    text = (
        "ولدى وصول مدبولي إلى مقر انعقاد المؤتمر في باريس، التقى رئيس مجلس الوزراء كلا من "
        "الأمين العام للأمم المتحدة أنطونيو غوتيريش، والرئيس الفرنسي إيمانويل ماكرون."
    )
    # the arriving leader met each of the list (party_positions.lone_subject)
    assert _sets(text) == [{"Mostafa Madbouly", "António Guterres"}, {"Mostafa Madbouly", "Emmanuel Macron"}]


def test_a_role_is_not_the_other_party_named_after_the_verb():
    text = "تلقى الرئيس الكيني وليام روتو اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."
    assert _sets(text) == [{"William Ruto", "Emmanuel Macron"}]
