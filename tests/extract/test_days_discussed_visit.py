"""A date after a visit word that a call or meeting was about ("بشأن زيارة X أمس إلى Y") is the
visit's day, not the contact's. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events

CALL = (
    "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع المستشار الألماني أولاف شولتس "
    "بشأن زيارة الرئيس الأوكراني فولوديمير زيلينسكي القصيرة، مساء أمس الأربعاء، إلى واشنطن."
)


def _call(events: list):
    return next(e for e in events if e.type == "phone_call")


def test_the_day_after_a_discussed_visit_is_the_visits():
    call = _call(extract_events(CALL, "2023-03-09"))
    assert {p.name_en for p in call.participants} == {"Emmanuel Macron", "Olaf Scholz"}
    assert call.date == "2023-03-09"  # no day of its own: the publication's
    assert call.date_basis == "published"


def test_the_day_after_another_topic_stays_the_calls():
    text = (
        CALL.replace("بشأن زيارة الرئيس الأوكراني فولوديمير زيلينسكي القصيرة", "بشأن الأوضاع في أوكرانيا")
        .replace("اليوم الخميس ", "")
        .replace("، إلى واشنطن", "")
    )
    call = _call(extract_events(text, "2023-03-09"))
    assert call.date == "2023-03-08"
