"""A clause of contrast after a contact, set off by a comma ("والتقى X الرئيس Y، بينما توجه إلى موسكو
اليوم الخميس للقاء Z"): its day and its people are the other doing's, not the contact's (rasd.extract.
core_parties ``contrast_cut``; extract_words.yaml ``contrast_openers``, ``other_event_openers``).
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import people

from rasd.extract import extract_events


def test_the_meeting_before_the_contrast_clause_keeps_its_people_and_its_own_day():
    text = (
        "زار الرئيس البرازيلي لولا دا سيلفا فرنسا الثلاثاء والتقى الرئيس إيمانويل ماكرون، "
        "بينما توجه إلى برلين اليوم الأربعاء للقاء المستشار أولاف شولتس."
    )
    meetings = [e for e in extract_events(text, "2024-03-27") if e.type == "meeting"]
    first = next(e for e in meetings if "Emmanuel Macron" in people(e))
    assert people(first) == ["Emmanuel Macron", "Luiz Inácio Lula da Silva"]
    assert first.date == "2024-03-26"


def test_without_the_comma_the_clause_is_read_as_before():
    text = "التقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس في حين كان الرئيس البرازيلي لولا دا سيلفا حاضرا."
    (event,) = extract_events(text, "2024-03-27")
    assert "Emmanuel Macron" in people(event) and "Olaf Scholz" in people(event)
