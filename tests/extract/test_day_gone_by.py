"""A day marked as gone by ("أمس الخميس") never dates a planned contact, and "at that time" adverbs
("آنذاك", "حينها") mark a contact as an earlier one. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from rasd.dates import find_dates
from rasd.extract import extract_events
from rasd.normalize import normalize


def test_yesterday_with_its_weekday_is_marked_as_gone_by():
    text = normalize("وصل الوفد أمس الخميس إلى العاصمة").text
    (d,) = find_dates(text, dt.date(2022, 6, 11))  # a Saturday
    assert (d.date, d.past_marked) == (dt.date(2022, 6, 9), True)


def test_a_plan_after_an_arrival_yesterday_takes_no_day_of_it():
    text = (
        "وصل العاهل المغربي الملك محمد السادس أمس الخميس إلى باريس في زيارة خاصة، ومن المنتظر أن "
        "يلتقي الملك محمد السادس بالرئيس الفرنسي إيمانويل ماكرون خلال الأيام القادمة."
    )
    events = extract_events(text, "2022-06-11")
    meetings = [(e.status, e.date, e.date_basis) for e in events if e.type == "meeting"]
    assert meetings == [("planned", "2022-06-11", "published")]


def test_a_plan_on_a_bare_weekday_still_takes_the_coming_one():
    text = "قال المتحدث إن الرئيس إيمانويل ماكرون سيلتقي المستشار الألماني أولاف شولتس الخميس."
    events = extract_events(text, "2022-06-11")
    assert [(e.status, e.date, e.date_basis) for e in events] == [("planned", "2022-06-16", "weekday")]


def test_a_contact_told_with_at_that_time_is_an_earlier_one():
    text = "شارك الرئيس التونسي قيس سعيد في القمة العربية بالجزائر، والتقى حينها الرئيس الجزائري عبد المجيد تبون."
    events = extract_events(text, "2023-05-20")
    assert [(e.type, e.background) for e in events if e.type == "meeting"] == [("meeting", True)]
