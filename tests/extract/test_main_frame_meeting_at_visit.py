"""Talks, meetings or a working meal told in the occasion of a visit ("في إطار الزيارة", "خلال زيارته")
are the contact, a meeting (rasd.extract.main_frame.meeting_at_visit, data visit_occasion_words,
visit_occasion_meetings); a trip whose talks are still to come stays a visit. Sentences written for
these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_talks_parted_from_their_verb_in_the_frame_of_a_visit_are_a_meeting():
    text = (
        "أجرى الرئيس التونسي قيس سعيد محادثات صباح اليوم الثلاثاء بقصر الرئاسة في الجزائر العاصمة مع "
        "الرئيس الجزائري عبد المجيد تبون، وذلك في إطار زيارة الدولة التي يؤديها إلى الجزائر."
    )
    assert [(kind, status, set(people)) for kind, status, people in shapes(extract_events(text, "2022-07-05"))] == [
        ("meeting", "reported", {"Kais Saied", "Abdelmadjid Tebboune"})
    ]


def test_plural_meetings_planned_during_a_visit_are_a_planned_meeting():
    text = (
        "ومن المقرر أن يعقد الرئيس الكيني وليام روتو خلال زيارته الرسمية عددا من الاجتماعات، "
        "ولا سيما مع الرئيس المصري عبد الفتاح السيسي."
    )
    got = [(kind, status, set(people)) for kind, status, people in shapes(extract_events(text, "2024-02-17"))]
    assert got == [("meeting", "planned", {"William Ruto", "Abdel Fattah el-Sisi"})]


def test_a_visit_not_set_as_an_occasion_keeps_its_type():
    text = (
        "وصل الرئيس الكيني وليام روتو اليوم إلى القاهرة في زيارة رسمية يجري خلالها مباحثات مع "
        "الرئيس المصري عبد الفتاح السيسي."
    )
    kinds = {kind for kind, _, _ in shapes(extract_events(text, "2024-02-17"))}
    assert "visit" in kinds


def test_a_guest_at_a_banquet_meets_its_host():
    text = (
        "وسيحل الرئيس الكيني وليام روتو ضيفا على مأدبة عشاء يقيمها الرئيس المصري عبد الفتاح السيسي "
        "مساء الأحد 18 فبراير في قصر الاتحادية."
    )
    got = [(kind, status, set(people)) for kind, status, people in shapes(extract_events(text, "2024-02-17"))]
    assert got == [("meeting", "planned", {"William Ruto", "Abdel Fattah el-Sisi"})]


def test_a_guest_of_a_leader_stays_a_visit():
    text = "وسيحل الرئيس الكيني وليام روتو ضيفا على الرئيس المصري عبد الفتاح السيسي يوم الأحد 18 فبراير."
    kinds = {kind for kind, _, _ in shapes(extract_events(text, "2024-02-17"))}
    assert "meeting" not in kinds
