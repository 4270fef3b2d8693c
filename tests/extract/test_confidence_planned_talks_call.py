"""Planned talks in words that do not say how ("سيجري محادثات مع Y") and the planned call between the
same two ("سيجري محادثات هاتفية مع Y") are the plan of one contact, the call. Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events


def test_planned_talks_and_the_planned_call_are_one_contact():
    text = (
        "سيجري الرئيس الفرنسي إيمانويل ماكرون محادثات مع الرئيس الأمريكي جو بايدن لبحث الأزمة.\n"
        "وأعلن الإليزيه أن ماكرون سيجري محادثات هاتفية، الخميس، مع بايدن."
    )
    assert shapes(extract_events(text, "2021-09-20")) == [("phone_call", "planned", ("Emmanuel Macron", "Joe Biden"))]
