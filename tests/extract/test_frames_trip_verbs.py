"""A verb of travel without a visit word (rasd.extract.frames.contact_triggers, the ``trip_trigger`` forms
of extract_words.yaml ``travel_verbs``): "يتوجه X إلى القاهرة" in a sentence with no other contact word
is a trip to that country, a visit its leader named in the article hosts when it is still to come; "توجه
بالشكر إلى" (thanks addressed) and a trip to no capital or country are none, and a sentence that tells
the meeting keeps it. Sentences written for the tests."""

from __future__ import annotations

from extract_helpers import ERDOGAN, SISI, names

from rasd.extract import extract_events

PUB = "2024-03-08"
LEAD = "أشاد الرئيس المصري عبد الفتاح السيسي بالعلاقات مع تركيا. "


def _shapes(text: str) -> list[tuple[str, str, frozenset[str]]]:
    return [(e.type, e.status, names(e)) for e in extract_events(text, PUB)]


def test_a_trip_to_come_to_a_capital_is_a_planned_visit_of_its_leader():
    text = LEAD + "ويتوجه الرئيس التركي رجب طيب أردوغان خلال الأيام المقبلة إلى القاهرة لبحث العلاقات بين البلدين."
    assert _shapes(text) == [("visit", "planned", frozenset({ERDOGAN, SISI}))]


def test_a_trip_to_a_country_named_with_the_future_particle():
    text = LEAD + "وسيتوجه الرئيس التركي رجب طيب أردوغان الأسبوع المقبل إلى مصر."
    assert _shapes(text) == [("visit", "planned", frozenset({ERDOGAN, SISI}))]


def test_thanks_addressed_to_a_country_is_no_trip():
    text = LEAD + "وتوجه الرئيس التركي رجب طيب أردوغان بالشكر إلى مصر على دعمها."
    assert _shapes(text) == []


def test_words_addressed_to_a_people_are_no_trip():
    text = LEAD + "ويتوجه الرئيس التركي رجب طيب أردوغان إلى الشعب التركي بكلمة مساء اليوم."
    assert _shapes(text) == []


def test_a_sentence_that_tells_the_meeting_keeps_it():
    text = "يتوجه الرئيس التركي رجب طيب أردوغان غدا إلى القاهرة حيث يلتقي الرئيس المصري عبد الفتاح السيسي."
    assert _shapes(text) == [("meeting", "planned", frozenset({ERDOGAN, SISI}))]
