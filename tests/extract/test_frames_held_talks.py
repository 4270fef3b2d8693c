"""A verb of holding talks with its subject between it and the talks noun (rasd.extract.frames,
``interjected_talks.verbs`` of extract_words.yaml), in a sentence with no other contact word: the
talks are a meeting when two subjects are joined by "و" ("سيعقد الرئيس X، والرئيس Y، محادثات") or
"مع" names the other side right after the noun ("أجرى X مباحثات في عمان مع Y"); one subject with no
other side makes none. Sentences written for the tests."""

from __future__ import annotations

from extract_helpers import ABDULLAH, ERDOGAN, names

from rasd.extract import extract_events

PUB = "2024-03-08"


def _shapes(text: str) -> list[tuple[str, str, frozenset[str]]]:
    return [(e.type, e.status, names(e)) for e in extract_events(text, PUB)]


def test_two_joined_subjects_between_the_future_verb_and_the_talks():
    text = "وسيعقد الرئيس التركي رجب طيب أردوغان، والعاهل الأردني الملك عبد الله الثاني، محادثات موسعة حول التعاون."
    assert _shapes(text) == [("meeting", "planned", frozenset({ERDOGAN, ABDULLAH}))]


def test_one_subject_and_with_after_the_talks():
    text = "وأجرى الرئيس التركي رجب طيب أردوغان مباحثات في عمان مع العاهل الأردني الملك عبد الله الثاني."
    assert _shapes(text) == [("meeting", "reported", frozenset({ERDOGAN, ABDULLAH}))]


def test_one_subject_and_no_other_side_is_no_meeting():
    text = "وأجرى الرئيس التركي رجب طيب أردوغان مباحثات حول الاقتصاد في أنقرة."
    assert _shapes(text) == []
