"""Contacts to come told with the future particle or a present verb and a time still to come: "سوف" and
"س" on any present contact verb ("سيلتقيان", "ستستقبل"), a present verb with today's date or with a
day and month a few days ahead, coordinated clauses sharing one time to come. And the days they name
("بعد غد", "مساء الغد"), and "طوال اليوم", which names none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import statuses

from rasd.dates import find_dates
from rasd.extract import extract_events
from rasd.normalize import normalize

PUB = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "سوف يستقبل الرئيس الجزائري عبد المجيد تبون رئيسة الوزراء الإيطالية جورجيا ميلوني في العاصمة.",
        "سيلتقيان الرئيس الجزائري عبد المجيد تبون ورئيسة الوزراء الإيطالية جورجيا ميلوني في روما.",
        "ستستقبل رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس الجزائري عبد المجيد تبون في روما.",
        "وسيهاتف الرئيس الجزائري عبد المجيد تبون رئيسة الوزراء الإيطالية جورجيا ميلوني.",
    ],
)
def test_the_future_particle_on_or_before_a_present_verb_makes_the_contact_planned(text):
    assert [s for _, s in statuses(text, PUB)] == ["planned"]


def test_the_present_verb_alone_stays_reported():
    text = "تستقبل رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس الجزائري عبد المجيد تبون في روما."
    assert [s for _, s in statuses(text, PUB)] == ["reported"]


def test_a_present_verb_with_today_is_the_days_schedule():
    text = "يستقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني."
    [event] = extract_events(text, PUB)
    assert (event.status, str(event.date), event.date_basis) == ("planned", PUB, "today")


def test_a_past_verb_with_today_stays_reported():
    text = "استقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني."
    assert [s for _, s in statuses(text, PUB)] == ["reported"]


def test_a_present_verb_with_a_day_of_the_month_a_few_days_ahead_is_that_coming_day():
    text = "يلتقي الرئيس الجزائري عبد المجيد تبون رئيسة الوزراء الإيطالية جورجيا ميلوني في 18 مارس."
    [event] = extract_events(text, PUB)
    assert (event.status, str(event.date), event.background) == ("planned", "2025-03-18", False)


def test_a_present_verb_after_the_contact_noun_reads_a_weekday_as_the_coming_one():
    text = "لقاء يجمع الرئيس الجزائري عبد المجيد تبون ورئيسة الوزراء الإيطالية جورجيا ميلوني يوم الأحد."
    [event] = extract_events(text, PUB)
    assert (event.status, str(event.date)) == ("planned", "2025-03-16")


def test_a_time_to_come_in_the_first_clause_times_the_coordinated_contact():
    text = (
        "يشارك الرئيس الجزائري عبد المجيد تبون في مؤتمر الطاقة الأسبوع القادم، ويلتقي على هامشه "
        "رئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    assert [s for _, s in statuses(text, PUB)] == ["planned"]


def test_a_that_clause_governs_a_contact_noun_after_the_names_of_both_sides():
    text = (
        "ومن المنتظر أن يبحث الرئيس الجزائري عبد المجيد تبون مع رئيسة الوزراء الإيطالية جورجيا ميلوني "
        "خلال لقائهما ملف الطاقة."
    )
    assert [s for _, s in statuses(text, PUB)] == ["planned"]


def test_a_trip_to_come_times_the_visit_in_apposition_and_its_meeting_is_the_one_event():
    text = (
        "يصل الرئيس الجزائري عبد المجيد تبون نهاية الأسبوع إلى روما، في زيارة عمل يلتقي أثناءها "
        "رئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    assert statuses(text, PUB) == [("meeting", "planned")]


def _days(text: str) -> list[tuple[str, str]]:
    return [(str(d.date), d.basis) for d in find_dates(normalize(text).text, dt.date.fromisoformat(PUB))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("بعد غد", [("2025-03-14", "today")]),
        ("مساء الغد", [("2025-03-13", "today")]),
        ("يتحدثان طوال اليوم", []),
        ("لم يلتقيا حتى اليوم", []),
    ],
)
def test_relative_days_to_come_and_spans_that_name_no_day(text, expected):
    assert _days(text) == expected


def test_a_name_that_spells_a_conjoined_present_verb_is_no_verb():
    # "فيصل" is also "ف" + "يصل": the call on Sunday stays a reported one, on the last Sunday
    text = "وأجرى الأمير فيصل بن فرحان الأحد اتصالا هاتفيا مع رئيسة الوزراء الإيطالية جورجيا ميلوني."
    [event] = extract_events(text, PUB)
    assert (event.status, str(event.date)) == ("reported", "2025-03-09")


def test_a_present_verb_of_a_relative_clause_does_not_time_the_main_contact():
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني التي "
        "تجري زيارة إلى الجزائر."
    )
    assert all(s == "reported" for _, s in statuses(text, PUB))


def test_a_plan_with_its_own_vague_time_takes_no_day_from_another_clause():
    text = (
        "وغادر الرئيس الجزائري عبد المجيد تبون الأحد إلى ألمانيا للعلاج، وأعلن عن تأجيل لقائه المقرر "
        "نهاية هذا الأسبوع مع رئيسة الوزراء الإيطالية جورجيا ميلوني."
    )
    [event] = [e for e in extract_events(text, PUB) if e.status == "planned"]
    assert (str(event.date), event.date_basis) == (PUB, "published")


def test_a_name_opening_the_contacts_clause_is_no_present_verb():
    # "فيصل" opening the clause is a name, not "ف" + the present verb "يصل": the Sunday call was held
    text = "وفي الرياض، فيصل بن فرحان أجرى الأحد اتصالا هاتفيا مع نظيره الأمريكي ماركو روبيو."
    assert statuses(text, "2025-06-14") == [("phone_call", "reported")]
