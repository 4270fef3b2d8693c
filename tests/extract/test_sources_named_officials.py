"""Officials credited by name (news_sources.yaml kind ``person``): only when they speak, for every
contact of their leader the article tells; a body in construct after an aide's title is his title,
not the body's word. Sentences written for the tests (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def _sources(event):
    return sorted(s.name_en for s in event.sources)


def test_an_official_named_in_a_delegation_is_no_source():
    text = (
        "وصل الرئيس الروسي فلاديمير بوتين اليوم إلى بكين والتقى الرئيس الصيني شي جين بينغ، "
        "يرافقه وزير الخارجية ومعاونه يوري أوشاكوف."
    )
    events = extract_events(text, "2024-05-16")
    assert events and all("Yuri Ushakov" not in _sources(e) for e in events)


def test_an_official_who_speaks_is_the_source_and_the_body_of_his_title_is_not():
    text = (
        "قال مساعد الكرملين يوري أوشاكوف اليوم إن الرئيس الروسي فلاديمير بوتين التقى الرئيس الصيني شي جين بينغ في بكين."
    )
    (event,) = extract_events(text, "2024-05-16")
    assert _sources(event) == ["Yuri Ushakov"]


def test_an_official_who_announces_the_talks_speaks_for_each_of_his_leaders_contacts():
    text = (
        "قال مساعد الكرملين يوري أوشاكوف اليوم إن الرئيس الروسي فلاديمير بوتين سيعقد لقاءات ثنائية عدة "
        "على هامش القمة.\n"
        "وسيلتقي بوتين غدا الرئيس الصيني شي جين بينغ.\n"
        "كما سيلتقي الرئيس الروسي بعد غد رئيس الوزراء الهندي ناريندرا مودي."
    )
    events = extract_events(text, "2024-10-20")
    assert len(events) >= 2
    assert all("Yuri Ushakov" in _sources(e) for e in events)
    assert all("Kremlin" not in _sources(e) for e in events)
