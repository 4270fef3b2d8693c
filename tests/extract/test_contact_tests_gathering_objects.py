"""A summit with leaders of states the text does not name ("قمة مع قادة دول عربية") is no meeting of
the people named beside it; the leaders listed as the object of one person's possessed meeting noun
("لقاءه قادة A وB") did not meet each other. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _groups(text: str, day: str = "2023-03-02") -> list[set[str]]:
    return [{p.name_en for p in e.participants} for e in extract_events(text, day)]


def test_a_summit_with_unnamed_leaders_is_no_meeting_of_those_named():
    text = "يتوجه الرئيس الصيني شي جين بينغ إلى الرياض بعد لقاء الرئيس الفرنسي، لعقد قمة مع قادة دول عربية."
    assert not any(g == {"Xi Jinping", "Emmanuel Macron"} and len(g) == 2 for g in _groups(text)[1:])
    text = "عقد الرئيس الصيني شي جين بينغ اليوم قمة مع قادة دول عربية في الرياض."
    assert _groups(text) == []


def test_a_summit_with_named_countries_stays_a_meeting():
    text = "عقد الرئيس الصيني شي جين بينغ اليوم قمة مع قادة مصر والأردن في الرياض."
    assert _groups(text) == [{"Xi Jinping", "Abdel Fattah el-Sisi", "Abdullah II of Jordan"}]


def test_leaders_met_by_an_unnamed_possessor_make_no_meeting():
    text = "ويأتي ذلك قبيل جولة إقليمية، تشمل لقاءه قادة تونس والجزائر وليبيا الأسبوع المقبل."
    assert _groups(text) == []


def test_their_own_meeting_with_a_dual_pronoun_stays():
    text = "وتناول لقاؤهما الرئيس المصري عبد الفتاح السيسي والملك عبدالله الثاني أمس في القاهرة تطورات المنطقة."
    text = "التقى الرئيس المصري عبد الفتاح السيسي والملك عبدالله الثاني أمس في القاهرة، وتناول لقاؤهما تطورات المنطقة."
    assert _groups(text) == [{"Abdel Fattah el-Sisi", "Abdullah II of Jordan"}]
