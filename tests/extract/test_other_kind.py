"""One contact told as two kinds: "talks" beside "a phone call" between the same two, a meeting beside
the messages exchanged in it. The kind of lower rank (``kind_rank`` in ``data/confidence.yaml``) stays
below the calls threshold; two contacts of different status (a call that arranged a meeting) are no
such pair. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import scored

from rasd.extract import extract_events
from rasd.extract.confidence import OTHER_KIND_CAP
from rasd.records import Participant

THRESHOLD = 0.5


def _by_type(text: str, published: str) -> dict[tuple[str, str], float]:
    return {(e.type, e.status): e.confidence for e in extract_events(text, published)}


def test_the_cap_keeps_a_strong_event_below_the_threshold():
    two = [Participant(i, i, None, "XX", i) for i in ("a", "b")]
    args = dict(distance=10, named=frozenset({"a", "b"}), event_type="meeting")
    strong = scored(two, "today", 2, 2, True, [], **args)
    assert strong >= 0.8
    assert scored(two, "today", 2, 2, True, [], other_kind=True, **args) == OTHER_KIND_CAP < THRESHOLD


def test_talks_announced_today_beside_a_phone_call_between_the_same_two():
    text = (
        "أعلنت الرئاسة المصرية اليوم الثلاثاء إجراء الرئيس عبد الفتاح السيسي مباحثات مع الرئيس الفرنسي "
        "إيمانويل ماكرون حول الأوضاع الإقليمية. وتحدث السيسي مع ماكرون هاتفيا أمس الاثنين."
    )
    got = _by_type(text, "2024-03-12")
    assert got[("phone_call", "reported")] >= THRESHOLD
    # the talks are the call (folded into it) or, if kept apart, stay out of ``calls``
    assert got.get(("meeting", "reported"), 0.0) < THRESHOLD


def test_messages_exchanged_at_a_meeting_of_the_same_two_the_same_day():
    text = (
        "التقى وزير الخارجية الإيراني عباس عراقجي نظيره العماني بدر البوسعيدي في مسقط الأحد، "
        "وتبادل الوزيران الرسائل حول المفاوضات."
    )
    got = _by_type(text, "2025-04-14")
    assert got[("meeting", "reported")] >= THRESHOLD
    assert got[("message", "reported")] < THRESHOLD


def test_a_call_that_arranged_a_meeting_tells_two_contacts():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا مع الرئيس التونسي قيس سعيد، "
        "واتفق الرئيسان على عقد لقاء قريبا."
    )
    got = _by_type(text, "2023-06-02")
    assert got[("phone_call", "reported")] >= THRESHOLD
    assert got[("meeting", "planned")] >= THRESHOLD


def test_a_trip_with_no_day_in_the_text_stays_below_the_threshold_and_one_with_its_day_does_not():
    trip = "وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة{day} في زيارة رسمية يلبي فيها دعوة أمير قطر الشيخ تميم بن حمد آل ثاني."
    dated = _by_type(trip.format(day=" أمس"), "2024-05-16")
    undated = _by_type(trip.format(day=""), "2024-05-16")
    assert dated[("visit", "reported")] >= THRESHOLD
    assert undated[("visit", "reported")] < THRESHOLD
