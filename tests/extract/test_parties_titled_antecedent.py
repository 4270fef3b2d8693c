"""A title alone ("رئيس الجمهورية", "الأمين العام") refers back to the office holder the article
designated earlier by office and country only (``parties.titled_people``), when nobody the article
names by name holds that office."""

from __future__ import annotations

from rasd.extract import extract_events


def _pairs(text: str, day: str) -> list[list[str]]:
    return [sorted(p.name_en or "" for p in e.participants) for e in extract_events(text, day)]


def test_a_bare_title_is_the_holder_the_article_designated_by_office_and_country():
    text = (
        "توالت برقيات التهنئة على رئيس جمهورية البرازيل بمناسبة العيد الوطني. "
        "وبعث الأمين العام للأمم المتحدة رسالة هنأ فيها رئيس الجمهورية والشعب البرازيلي."
    )
    assert ["António Guterres", "Luiz Inácio Lula da Silva"] in _pairs(text, "2024-09-07")


def test_a_person_named_by_name_in_that_office_comes_first():
    text = (
        "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض، فيما تلقى رئيس جمهورية البرازيل تهاني عدة. "
        "وبعث الأمين العام للأمم المتحدة رسالة هنأ فيها رئيس الجمهورية."
    )
    pairs = _pairs(text, "2024-09-07")
    assert not any("Luiz Inácio Lula da Silva" in pair for pair in pairs)


def test_a_bare_title_is_not_the_holder_its_own_sentence_designates():
    text = "استقبل رئيس جمهورية البرازيل وزير خارجية اليابان، وسلمه رسالة إلى رئيس الجمهورية."
    pairs = _pairs(text, "2024-09-07")
    assert all(len(set(pair)) == len(pair) for pair in pairs)
    assert not any(pair.count("Luiz Inácio Lula da Silva") > 1 for pair in pairs)
