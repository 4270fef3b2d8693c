"""A verb of saying with "ذلك" / "بذلك" after the contact ("، صرح بذلك متحدث باسم الحكومة اليوم") reports what
was just told: its day is the statement's, so it never dates a contact to come. Sentences written for
these tests."""

from __future__ import annotations

from rasd.extract import extract_events

PLAN = (
    "يزور رئيس الوزراء الياباني فوميو كيشيدا إندونيسيا الأسبوع المقبل حيث يلتقي الرئيس جوكو ويدودو، "
    "صرح بذلك متحدث باسم الحكومة اليوم الأربعاء."
)


def test_the_day_of_a_statement_told_after_a_plan_is_not_the_plan_s_day():
    (event,) = extract_events(PLAN, "2023-06-14")
    assert (event.type, event.status) == ("meeting", "planned")
    assert (event.date, event.date_basis) == ("2023-06-14", "published")


def test_the_same_day_before_the_plan_dates_it_as_before():
    text = "يزور اليوم رئيس الوزراء الياباني فوميو كيشيدا إندونيسيا حيث يلتقي الرئيس جوكو ويدودو."
    (event,) = extract_events(text, "2023-06-14")
    assert (event.date, event.date_basis) == ("2023-06-14", "today")


def test_a_reported_contact_with_no_other_day_keeps_the_statement_s_day():
    text = (
        "أجرى الرئيس الإندونيسي جوكو ويدودو اتصالا هاتفيا برئيس الوزراء الياباني فوميو كيشيدا، "
        "أعلن ذلك مكتب الرئاسة أمس."
    )
    (event,) = extract_events(text, "2023-06-14")
    assert event.date == "2023-06-13"
