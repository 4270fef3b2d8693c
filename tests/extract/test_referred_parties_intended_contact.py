"""A verb of intention right before the contact word with no subject named ("كما يعتزم لقاء X",
"وينوي إجراء محادثات مع X"): the subject dropped is the one of the contact told before, and the people
after the contact word are its objects, one meeting each ("بالإضافة إلى" adds one more partner) unless
the text says they met together (referred_parties.pronoun_subject, side_frames.coordinated,
callers.told_separate). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

_LEAD = "ومن المقرر أن يجتمع العاهل الأردني الملك عبد الله الثاني بالمستشار الألماني أولاف شولتس في برلين. "


def _meetings(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [s for s in shapes(extract_events(text, "2023-03-20")) if s[0] == "meeting"]


def test_intended_meeting_of_a_dropped_subject_with_one_partner():
    text = _LEAD + "كما يعتزم لقاء الرئيس الفرنسي إيمانويل ماكرون في باريس."
    assert ("meeting", "planned", ("Abdullah II of Jordan", "Emmanuel Macron")) in _meetings(text)


def test_intended_talks_after_a_light_verbal_noun():
    text = _LEAD + "وينوي إجراء مباحثات مع رئيس الوزراء الإيطالي جورجا ميلوني في روما."
    assert ("meeting", "planned", ("Abdullah II of Jordan", "Giorgia Meloni")) in _meetings(text)


def test_intended_meetings_with_a_list_added_to_are_one_each():
    text = _LEAD + "كما ينوي لقاء الرئيس الفرنسي إيمانويل ماكرون بالإضافة إلى رئيسة الوزراء الإيطالية جورجا ميلوني."
    meetings = _meetings(text)
    assert ("meeting", "planned", ("Abdullah II of Jordan", "Emmanuel Macron")) in meetings
    assert ("meeting", "planned", ("Abdullah II of Jordan", "Giorgia Meloni")) in meetings
    assert all(len(people) == 2 for _, _, people in meetings)


def test_intended_meeting_in_the_same_sentence_is_another_contact():
    text = (
        "سيلتقي العاهل الأردني الملك عبد الله الثاني بالمستشار الألماني أولاف شولتس كما يعتزم لقاء "
        "الرئيس الفرنسي إيمانويل ماكرون ورئيسة الوزراء الإيطالية جورجا ميلوني."
    )
    assert sorted(_meetings(text)) == [
        ("meeting", "planned", ("Abdullah II of Jordan", "Emmanuel Macron")),
        ("meeting", "planned", ("Abdullah II of Jordan", "Giorgia Meloni")),
        ("meeting", "planned", ("Abdullah II of Jordan", "Olaf Scholz")),
    ]


def test_a_meeting_held_as_one_gathering_stays_one():
    text = _LEAD + "كما يعتزم عقد لقاء مع الرئيس الفرنسي إيمانويل ماكرون ورئيسة الوزراء الإيطالية جورجا ميلوني."
    assert (
        "meeting",
        "planned",
        ("Abdullah II of Jordan", "Emmanuel Macron", "Giorgia Meloni"),
    ) in _meetings(text)


def test_a_coordinated_meeting_verb_keeps_the_sentence_subject_with_two_partners():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني المستشار الألماني أولاف شولتس كما التقى بالرئيس "
        "الفرنسي إيمانويل ماكرون ورئيسة الوزراء الإيطالية جورجا ميلوني."
    )
    assert sorted(_meetings(text)) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Emmanuel Macron")),
        ("meeting", "reported", ("Abdullah II of Jordan", "Giorgia Meloni")),
        ("meeting", "reported", ("Abdullah II of Jordan", "Olaf Scholz")),
    ]


def test_quoted_names_stay_in_one_list():
    text = _LEAD + "كما ينوي لقاء الرئيس الفرنسي “إيمانويل ماكرون” بالإضافة إلى الرئيس الأمريكي “جو بايدن”."
    meetings = _meetings(text)
    assert ("meeting", "planned", ("Abdullah II of Jordan", "Emmanuel Macron")) in meetings
    assert ("meeting", "planned", ("Abdullah II of Jordan", "Joe Biden")) in meetings
