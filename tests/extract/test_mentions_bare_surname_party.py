"""The family name alone of someone the article names in full, right after the preposition of a
contact's other party ("أجراه مع Z", "بعثها إلى Z"), is that person (mentions.with_surnames).
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import names

from rasd.extract import extract_events

LEAD = "عزى الرئيس الجزائري عبد المجيد تبون الرئيس التشادي محمد إدريس ديبي في ضحايا الفيضانات. "
PAIR = frozenset({"Abdelmadjid Tebboune", "Mahamat Idriss Déby"})


def test_family_name_after_with_is_the_person_named_before():
    text = LEAD + "وأكد الرئيس الجزائري في اتصال هاتفي أجراه مع ديبي وقوف بلاده إلى جانب تشاد."
    calls = [e for e in extract_events(text, "2024-05-02") if e.type == "phone_call"]
    assert [names(e) for e in calls] == [PAIR]


def test_family_name_after_to_is_the_person_named_before():
    text = LEAD + "وقال تبون في رسالة بعثها إلى ديبي إن بلاده مستعدة لتقديم المساعدة."
    messages = [e for e in extract_events(text, "2024-05-02") if e.type == "message"]
    assert [names(e) for e in messages] == [PAIR]


def test_family_name_of_someone_never_named_in_full_names_nobody():
    text = "وأكد الرئيس الجزائري عبد المجيد تبون في اتصال هاتفي أجراه مع ديبي وقوف بلاده إلى جانب تشاد."
    assert extract_events(text, "2024-05-02") == []
