"""A visit to come told first with a verb of its own, and the call where it was agreed told after it as
its setting (rasd.extract.side_frames ``_plan_made_in_call``): a planned visit of the callers beside the
call. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_visit_announced_as_agreed_during_a_call_is_a_planned_visit_beside_the_call():
    text = (
        "أعلن رئيس الوزراء الماليزي أنور إبراهيم أنه سيزور جاكرتا مطلع الشهر المقبل تلبية لدعوة من "
        "الرئيس الإندونيسي برابوو سوبيانتو تلقاها خلال اتصال هاتفي بينهما الأحد."
    )
    got = shapes(extract_events(text, "2025-02-11"))
    assert got == [
        ("phone_call", "reported", ("Anwar Ibrahim", "Prabowo Subianto")),
        ("visit", "planned", ("Anwar Ibrahim", "Prabowo Subianto")),
    ]


def test_an_invitation_alone_told_during_the_call_is_no_visit():
    text = (
        "دعا الرئيس الإندونيسي برابوو سوبيانتو رئيس الوزراء الماليزي أنور إبراهيم إلى زيارة جاكرتا "
        "خلال اتصال هاتفي بينهما الأحد."
    )
    got = shapes(extract_events(text, "2025-02-11"))
    assert got == [("phone_call", "reported", ("Anwar Ibrahim", "Prabowo Subianto"))]
