"""The day of a trip made is not the day of the contact still to come during it (rasd.extract.days):
"وصل X اليوم إلى عمان في زيارة يجري خلالها مباحثات مع Y" tells a reported arrival and planned talks
without a day of their own (the publication day, basis ``published``); a day the talks name
themselves stays theirs. Sentences written for the tests."""

from __future__ import annotations

from extract_helpers import ABDULLAH, ERDOGAN, names

from rasd.extract import extract_events

PUB = "2024-03-08"  # a Friday


def _planned(text: str):
    events = [e for e in extract_events(text, PUB) if e.status == "planned" and e.type == "meeting"]
    assert len(events) == 1
    assert names(events[0]) == {ERDOGAN, ABDULLAH}
    return events[0]


def test_planned_talks_of_a_trip_that_arrived_today_have_no_day_of_their_own():
    text = (
        "وصل الرئيس التركي رجب طيب أردوغان اليوم الجمعة إلى عمان في زيارة رسمية يجري خلالها "
        "مباحثات مع الملك عبد الله الثاني."
    )
    e = _planned(text)
    assert (e.date, e.date_basis) == (PUB, "published")


def test_the_arrival_verb_with_a_conjunction_and_a_pluperfect():
    text = (
        "وكان الرئيس التركي رجب طيب أردوغان قد وصل صباح اليوم إلى عمان، في زيارة يعقد خلالها "
        "لقاء مع الملك عبد الله الثاني."
    )
    e = _planned(text)
    assert (e.date, e.date_basis) == (PUB, "published")


def test_talks_with_a_day_of_their_own_keep_it():
    text = "وصل الرئيس التركي رجب طيب أردوغان اليوم الجمعة إلى عمان، ويعقد غدا السبت مباحثات مع الملك عبد الله الثاني."
    e = _planned(text)
    assert e.date == "2024-03-09"


def test_a_plan_announced_today_without_a_trip_keeps_todays_day():
    text = "من المقرر أن يلتقي الرئيس التركي رجب طيب أردوغان اليوم الجمعة الملك عبد الله الثاني في عمان."
    e = _planned(text)
    assert (e.date, e.date_basis) == (PUB, "today")
