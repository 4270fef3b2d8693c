"""A person named with the title of an office that makes no leader written right after the name, in
apposition ("X، المبعوث الخاص للأمين العام ..."), and holding no leader's office on the day, is no
party, in that mention and in every later one; a title that opens the next party's name is not his,
and an envoy called "former" ("المبعوث الأممي السابق X") is no envoy opening the sentence.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events

# Ismail Ould Cheikh Ahmed: in the reference data only as Mauritania's foreign minister (2018-2022)


def test_envoy_named_before_his_title_is_no_party():
    text = (
        "استقبل وزير الخارجية الكويتي صباح الخالد الحمد الصباح اليوم إسماعيل ولد الشيخ أحمد، المبعوث الخاص"
        " للأمين العام للأمم المتحدة إلى اليمن، وبحثا مساعي التسوية. ويزور ولد الشيخ أحمد الكويت حتى الغد."
    )
    assert shapes(extract_events(text, "2016-05-03")) == []


def test_envoy_title_without_comma_after_the_name():
    text = (
        "التقى في الكويت إسماعيل ولد الشيخ أحمد المبعوث الخاص إلى اليمن وزير الخارجية الكويتي صباح الخالد الحمد الصباح."
    )
    assert shapes(extract_events(text, "2016-05-03")) == []


def test_title_of_the_next_name_is_not_in_apposition():
    text = "استقبل الرئيس الأمريكي جو بايدن اليوم الرئيس الفرنسي إيمانويل ماكرون، وسفير فرنسا في واشنطن."
    assert shapes(extract_events(text, "2022-12-01")) == [("meeting", "reported", ("Emmanuel Macron", "Joe Biden"))]


def test_a_leader_in_office_keeps_his_meeting_whatever_follows_his_name():
    text = (
        "استقبل الرئيس التونسي الباجي قايد السبسي اليوم وزير الخارجية الموريتاني إسماعيل ولد الشيخ أحمد،"
        " المبعوث الخاص السابق للأمم المتحدة إلى اليمن."
    )
    assert ("meeting", "reported", ("Beji Caid Essebsi", "Ismail Ould Cheikh Ahmed")) in shapes(
        extract_events(text, "2019-03-10")
    )


def test_former_envoy_opening_the_sentence_is_a_party():
    text = "التقى اليوم في تونس المبعوث السابق للأمم المتحدة إسماعيل ولد الشيخ أحمد بالرئيس الباجي قايد السبسي."
    assert shapes(extract_events(text, "2019-03-10")) == [
        ("meeting", "reported", ("Beji Caid Essebsi", "Ismail Ould Cheikh Ahmed"))
    ]


def test_serving_envoy_opening_the_sentence_still_makes_no_meeting_of_the_leaders():
    text = (
        "التقى المبعوث الأممي مارتن غريفيث اليوم الرئيس اليمني عبدربه منصور هادي، ثم التقى رئيس الوزراء معين عبدالملك."
    )
    assert all(len(s[2]) < 2 or "Martin Griffiths" in s[2] for s in shapes(extract_events(text, "2019-03-10")))
