"""A contact told twice with two days, one of them the day of a statement that reports it held
(rasd.extract.events ``_reported_by_then``): the contact took place by that day; a later day of the
other telling dates a later mention. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_a_later_mention_of_a_call_does_not_move_it_past_the_statement_that_reported_it():
    text = (
        "تحدثت رئيسة الوزراء الإيطالية جورجيا ميلوني للصحفيين في روما اليوم الأحد، حيث أشارت إلى المكالمة "
        "الهاتفية التي جرت بينها وبين المستشار الألماني أولاف شولتس. "
        "وقال شولتس، السبت، إنه تحدث مع ميلوني عن ملف الهجرة."
    )
    events = extract_events(text, "2023-06-18")
    assert [(e.type, e.date) for e in events] == [("phone_call", "2023-06-17")]  # the Saturday of the statement


def test_a_call_reported_the_same_day_as_its_mention_keeps_that_day():
    text = (
        "تحدثت رئيسة الوزراء الإيطالية جورجيا ميلوني للصحفيين في روما اليوم الأحد، حيث أشارت إلى المكالمة "
        "الهاتفية التي جرت بينها وبين المستشار الألماني أولاف شولتس."
    )
    events = extract_events(text, "2023-06-18")
    assert [(e.type, e.date) for e in events] == [("phone_call", "2023-06-18")]
