"""Which day governs which contact word: the next step of a round told with "ثم" takes the day of the
contact before it (rasd.extract.days ``follow_on_date``, ``status_more.follow_on_openers``); a day
before a scheduling noun ("لتحديد موعد للمكالمة") dates the arranging, not the contact (rasd.extract.
frames ``_scheduling_day``). Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_the_second_call_of_a_round_told_with_then_takes_the_first_calls_day():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون أمس الاثنين اتصالا هاتفيا مع الرئيس البرازيلي لولا دا سيلفا. "
        "وقال الإليزيه إن ماكرون اتصل بلولا ثم أجرى اتصالا برئيس الوزراء الهندي ناريندرا مودي."
    )
    days = {tuple(sorted(p.name_en or "" for p in e.participants)): e.date for e in extract_events(text, "2024-05-14")}
    assert days[("Emmanuel Macron", "Narendra Modi")] == "2024-05-13"


def test_a_day_of_arranging_a_call_to_come_is_not_the_calls_day():
    text = (
        "قال رئيس الوزراء الكندي مارك كارني اليوم إنه سيتحدث مع الرئيس الأميركي دونالد ترامب قريبا. "
        "وقال كارني إن البيت الأبيض تواصل مساء أمس لتحديد موعد للمكالمة."
    )
    (event,) = [e for e in extract_events(text, "2025-04-10") if e.type == "phone_call"]
    assert event.status == "planned"
    assert event.date == "2025-04-10"


def test_a_day_written_after_the_appointment_is_the_contacts_own():
    text = "اتفق الرئيس الأميركي دونالد ترامب ورئيس الوزراء الكندي مارك كارني على موعد للقاء يوم 20 أبريل المقبل."
    dates = [e.date for e in extract_events(text, "2025-04-10")]
    assert dates == ["2025-04-20"]
