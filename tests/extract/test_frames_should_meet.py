"""A contact someone says others should make ("يتعين على X وY اللقاء") is advice, no event
(triggers.yaml ``status_cues.hypothetical``, frames ``status_of``)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_leaders_who_should_meet_again_make_no_event():
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون اليوم الجمعة إنه يجب على الرئيس الروسي فلاديمير بوتين "
        "والرئيس الأوكراني فولوديمير زيلينسكي الاجتماع في أقرب وقت."
    )
    assert extract_events(text, "2022-03-04") == []


def test_a_meeting_held_is_still_reported_after_a_should_clause_elsewhere():
    text = (
        "التقى الرئيس الفرنسي إيمانويل ماكرون اليوم الجمعة المستشار الألماني أولاف شولتس في باريس، "
        "وأكدا أنه يجب على أوروبا تعزيز دفاعها."
    )
    got = shapes(extract_events(text, "2022-03-04"))
    assert got == [("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz"))]
