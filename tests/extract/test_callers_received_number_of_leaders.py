"""A host said to receive "a number of" leaders ("استقبل X عددا من قادة الدول") announces a series: the
leaders the next sentence lists after "كلا من" were received one by one (one meeting each, not one
gathering). Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _pairs(text: str, day: str = "2023-06-05") -> list[set[str]]:
    return [{p.name_en for p in e.participants} for e in extract_events(text, day)]


def test_leaders_listed_after_a_reception_of_a_number_of_leaders_are_met_one_by_one():
    text = (
        "استقبل الرئيس الكيني وليام روتو صباح اليوم في مطار نيروبي عددا من قادة الدول الذين وصلوا للمشاركة في القمة. "
        "واستقبل روتو كلا من الرئيس الفرنسي إيمانويل ماكرون، ورئيسة الوزراء الإيطالية جورجيا ميلوني، "
        "ورئيس الوزراء الإسباني بيدرو سانشيز."
    )
    got = _pairs(text)
    assert sorted(map(sorted, got)) == [
        ["Emmanuel Macron", "William Ruto"],
        ["Giorgia Meloni", "William Ruto"],
        ["Pedro Sánchez", "William Ruto"],
    ]


def test_the_same_list_without_the_announcement_is_received_one_by_one_too():
    """One host and a list of guests: one reception each (party_positions.lone_subject)."""
    text = (
        "وصل الرئيس الكيني وليام روتو صباح اليوم إلى مطار نيروبي. "
        "واستقبل روتو كلا من الرئيس الفرنسي إيمانويل ماكرون، ورئيسة الوزراء الإيطالية جورجيا ميلوني، "
        "ورئيس الوزراء الإسباني بيدرو سانشيز."
    )
    got = _pairs(text)
    assert len(got) == 3
    assert all(len(g) == 2 and "William Ruto" in g for g in got)
