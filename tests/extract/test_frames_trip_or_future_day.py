"""A day written after a future verb or a trip's noun and right before a contact set in its time by
"بعد"/"قبل" dates that trip or happening to come, not the contact (rasd.extract.frames). A statement's
day before "عقب المحادثة" still dates the call. Sentences written for the tests."""

from __future__ import annotations

from extract_helpers import ABDULLAH, ERDOGAN, names

from rasd.extract import extract_events

PUB = "2024-03-05"  # a Tuesday


def _meeting(text: str):
    events = [e for e in extract_events(text, PUB) if e.type == "meeting"]
    assert len(events) == 1
    assert names(events[0]) == {ERDOGAN, ABDULLAH}
    return events[0]


def test_the_day_of_a_return_to_come_is_not_the_day_of_the_meeting_before_it():
    text = (
        "قال الرئيس التركي رجب طيب أردوغان مساء اليوم الثلاثاء إنه سيعود إلى أنقرة يوم الخميس "
        "وذلك بعد لقاء جمعه بالملك عبد الله الثاني في عمان."
    )
    e = _meeting(text)
    assert e.date != "2024-03-07" and e.date != "2024-02-29"
    assert e.date == PUB


def test_a_trip_noun_takes_the_day_after_it_in_a_headline_like_sentence():
    text = "أعلن الرئيس التركي رجب طيب أردوغان عودته إلى أنقرة الخميس بعد لقائه الملك عبد الله الثاني."
    e = _meeting(text)
    assert e.date not in ("2024-03-07", "2024-02-29")


def test_without_a_trip_or_future_verb_the_day_before_after_the_meeting_stays():
    text = "صرح الرئيس التركي رجب طيب أردوغان يوم الاثنين بعد لقائه الملك عبد الله الثاني بأن المحادثات مثمرة."
    e = _meeting(text)
    assert e.date == "2024-03-04"


def test_a_statements_day_before_after_the_call_still_dates_the_call():
    text = (
        "أعلن الديوان الملكي الأردني في بيان اليوم الثلاثاء، عقب المحادثة الهاتفية بين الملك عبد الله "
        "الثاني والرئيس التركي رجب طيب أردوغان، أنهما بحثا العلاقات."
    )
    events = [e for e in extract_events(text, PUB) if e.type == "phone_call"]
    assert len(events) == 1 and events[0].date == PUB
