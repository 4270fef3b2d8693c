"""A day written after the victims a condolence is offered for ("في ضحايا انفجار وقع ... أمس") is
the disaster's, not the contact's (extract_words.yaml occasion_openers). Sentences written for these
tests."""

from __future__ import annotations

from rasd.extract import extract_events

LEAD = (
    "نقل الرئيس عبد المجيد تبون تعازي الجزائر إلى رئيس تشاد محمد إدريس ديبي في ضحايا انهيار جسر بمدينة أبشي أمس الأحد."
)
CALL = " وأعرب الرئيس الجزائري في اتصال هاتفي أجراه مع الرئيس التشادي عن تضامن الشعب الجزائري مع تشاد."


def test_the_day_after_the_victims_is_the_disasters():
    (call,) = [e for e in extract_events(LEAD + CALL, "2024-03-11") if e.type == "phone_call"]
    assert call.date == "2024-03-11"
    assert call.date_basis == "published"


def test_the_day_before_the_victims_stays_the_contacts():
    lead = LEAD.replace("تعازي الجزائر إلى", "أمس الأحد تعازي الجزائر إلى").replace(" أمس الأحد.", ".")
    (call,) = [e for e in extract_events(lead + CALL, "2024-03-11") if e.type == "phone_call"]
    assert call.date == "2024-03-10"
