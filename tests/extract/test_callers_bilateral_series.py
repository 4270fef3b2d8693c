"""Talks said to be separate or bilateral before their partners ("محادثات منفصلة مع A وB"), or listed
in the sentence after one that announced a series of bilateral talks of the same leader, are one
meeting with each partner; so is a list that one subject meets (party_positions.lone_subject). Sentences
written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _pairs(text: str, day: str = "2023-06-05") -> list[set[str]]:
    return [{p.name_en for p in e.participants} for e in extract_events(text, day)]


def test_separate_talks_with_two_counterparts_are_two_meetings():
    got = _pairs(
        "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس محادثات منفصلة مع نظيريه البرازيلي لولا والكيني وليام روتو."
    )
    assert sorted(map(sorted, got)) == [
        ["Emmanuel Macron", "Luiz Inácio Lula da Silva"],
        ["Emmanuel Macron", "William Ruto"],
    ]


def test_a_list_after_an_announced_series_is_met_one_by_one():
    text = (
        "أعلن مكتب المستشار أن المستشار الألماني أولاف شولتس سيعقد عدة لقاءات ثنائية على هامش القمة الأوروبية. "
        "ويجري شولتس يوم الثلاثاء محادثات مع الرئيس الفرنسي إيمانويل ماكرون ورئيسة الوزراء الإيطالية جورجيا ميلوني "
        "ورئيس الوزراء الإسباني بيدرو سانشيز."
    )
    got = _pairs(text)
    assert len(got) == 3
    assert all(len(g) == 2 and "Olaf Scholz" in g for g in got)


def test_a_list_without_an_announced_series_is_met_one_by_one_too():
    """One subject and a list of partners: one meeting each even without the announcement
    (party_positions.lone_subject)."""
    text = (
        "وصل المستشار الألماني أولاف شولتس إلى بروكسل للمشاركة في القمة الأوروبية. "
        "ويجري شولتس يوم الثلاثاء محادثات مع الرئيس الفرنسي إيمانويل ماكرون ورئيسة الوزراء الإيطالية جورجيا ميلوني "
        "ورئيس الوزراء الإسباني بيدرو سانشيز."
    )
    got = _pairs(text)
    assert len(got) == 3
    assert all(len(g) == 2 and "Olaf Scholz" in g for g in got)


def test_a_series_of_another_leader_does_not_split_the_list():
    text = (
        "قال الكرملين إن الرئيس الروسي فلاديمير بوتين سيعقد لقاءات ثنائية في قازان. "
        "ويجري شولتس يوم الثلاثاء محادثات مع الرئيس الفرنسي إيمانويل ماكرون ورئيسة الوزراء الإيطالية جورجيا ميلوني "
        "ورئيس الوزراء الإسباني بيدرو سانشيز."
    )
    got = _pairs(text)
    assert not any(len(g) == 2 and "Olaf Scholz" in g for g in got)
