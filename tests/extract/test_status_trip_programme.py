"""A meeting told with a present verb as part of a trip ("يعقد X خلال هذه الزيارة اجتماعات مع Y",
"يلتقي X خلال الزيارة Y") is the trip's programme, still to come: planned
(rasd.extract.status.more_status). A past verb ("التقى X خلال زيارته Y") tells it held. Sentences
written for the tests."""

from __future__ import annotations

from extract_helpers import ABDULLAH, ERDOGAN, names

from rasd.extract import extract_events

PUB = "2024-03-08"


def _meeting(text: str):
    events = [e for e in extract_events(text, PUB) if e.type == "meeting"]
    assert len(events) == 1
    assert names(events[0]) == {ERDOGAN, ABDULLAH}
    return events[0]


def test_meetings_held_during_this_visit_in_the_present_are_planned():
    text = "ويعقد الرئيس التركي رجب طيب أردوغان خلال هذه الزيارة اجتماعات مع الملك عبد الله الثاني وعدد من المسؤولين."
    assert _meeting(text).status == "planned"


def test_meeting_during_his_tour_in_the_present_is_planned():
    text = "يلتقي الرئيس التركي رجب طيب أردوغان خلال جولته الملك عبد الله الثاني في عمان."
    assert _meeting(text).status == "planned"


def test_a_past_verb_during_the_visit_tells_the_meeting_held():
    text = "والتقى الرئيس التركي رجب طيب أردوغان خلال زيارته الملك عبد الله الثاني في عمان."
    assert _meeting(text).status == "reported"
