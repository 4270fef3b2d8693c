"""Dates of a contact, round 3: a day that belongs to another clause's happening, a page's first-line
stamp, and the evidence behind confidence. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import one_reported, people

from rasd.extract import extract_events

# A day of another happening told in an earlier clause is not the contact's day ------------------


def test_only_date_in_an_earlier_relative_clause_leaves_the_contact_on_the_publication_day():
    text = (
        "تجاوز عدد قتلى الفيضان الذي اجتاح المدينة يوم الأحد الماضي ثلاثين شخصا، فيما بعث الرئيس الفرنسي "
        "إيمانويل ماكرون برقية تعزية إلى الرئيس التركي رجب طيب أردوغان."
    )
    events = [e for e in extract_events(text, "2023-03-08") if e.status == "reported"]
    assert len(events) == 1
    assert people(events[0]) == ["Emmanuel Macron", "Recep Tayyip Erdoğan"]
    assert events[0].date == "2023-03-08"
    assert events[0].date_basis != "weekday"


def test_the_contacts_own_day_in_its_clause_still_counts():
    text = (
        "بعث الرئيس الفرنسي إيمانويل ماكرون يوم الأحد الماضي برقية تعزية إلى الرئيس التركي رجب طيب أردوغان "
        "في ضحايا الفيضان."
    )
    events = [e for e in extract_events(text, "2023-03-08") if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2023-03-05"


# A page's dated first line is its publication stamp when the caller gives none -----------------


def test_a_dated_first_line_stands_for_the_publication_day_when_none_is_given():
    text = (
        "date 2024-06-12 سياسة\n\n"
        "تلقى الرئيس الفرنسي إيمانويل ماكرون اليوم الأربعاء اتصالا هاتفيا من المستشار الألماني أولاف شولتس."
    )
    events = [e for e in extract_events(text, None) if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2024-06-12"


def test_a_byline_date_under_the_headline_is_the_stamp_but_a_given_date_wins():
    text = (
        "ماكرون وشولتس يبحثان هاتفيا الأزمة\n\n"
        "الأربعاء 12 يونيو 2024 05:40 مساء\n\n"
        "بحث الرئيس الفرنسي إيمانويل ماكرون أمس في اتصال هاتفي مع المستشار الألماني أولاف شولتس الأزمة."
    )
    unstamped = one_reported(text, None)
    assert unstamped.date == "2024-06-11"
    given = one_reported(text, "2024-06-14")
    assert given.date == "2024-06-13"


def test_a_date_deep_in_the_first_sentence_is_no_stamp():
    from rasd.dates import find_dates, head_stamp
    from rasd.normalize import normalize

    text = normalize("أعلنت الرئاسة أن الرئيس سيزور باريس في 12 يونيو 2024 للقاء نظيره.").text
    assert head_stamp(text, find_dates(text, None)) is None


def test_the_stamp_opening_the_first_line_does_not_date_a_contact_in_that_line():
    text = "date 2024-06-12 ماكرون يبحث هاتفيا مع المستشار الألماني أولاف شولتس الأزمة في الشرق الأوسط"
    events = [e for e in extract_events(text, "2024-06-12") if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2024-06-12" and events[0].date_basis == "published"


# Confidence: doubts about the parties that meet in one event compound ---------------------------


def _people(*ids: str):
    from rasd.records import Participant

    return [Participant(i, i, None, "XX", i) for i in ids]


def test_a_meeting_of_three_told_aside_falls_below_the_calls_threshold_but_one_doubt_alone_does_not():
    from extract_helpers import scored

    from rasd.extract.confidence import WEAK_KIND_PENALTY

    three = _people("a", "b", "c")
    args = dict(distance=20, named=frozenset({"a", "b", "c"}), event_type="meeting")
    listed = scored(three, "weekday", 2, 2, True, [], **args)
    both = scored(three, "weekday", 2, 2, True, [], aside=True, **args)
    assert both < listed - WEAK_KIND_PENALTY  # more than the sum of the two doubts
    assert both < 0.5
    two = _people("a", "b")
    aside_only = scored(two, "weekday", 2, 2, True, [], aside=True, **args)
    assert aside_only >= 0.5


def test_a_visit_told_aside_is_not_a_compounded_doubt():
    from extract_helpers import scored

    from rasd.extract.confidence import WEAK_KIND_PENALTY

    two = _people("a", "b")
    args = dict(distance=20, named=frozenset({"a", "b"}))
    meeting = scored(two, "today", 1, 1, True, [], event_type="meeting", **args)
    visit_aside = scored(two, "today", 1, 1, True, [], event_type="visit", aside=True, **args)
    assert round(meeting - visit_aside, 3) == round(2 * WEAK_KIND_PENALTY, 3)
