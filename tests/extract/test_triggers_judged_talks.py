"""Talks judged by an adjective before their partner ("مباحثات مثمرة مع Y", "محادثات بناءة مع Z"):
the same talks as "مباحثات مع" (triggers.yaml, meeting)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_fruitful_talks_with_a_leader_are_a_meeting():
    text = "أجرى رئيس الوزراء الهندي ناريندرا مودي اليوم مباحثات بناءة مع الرئيس الكيني ويليام روتو في نيودلهي."
    assert shapes(extract_events(text, "2024-05-14")) == [("meeting", "reported", ("Narendra Modi", "William Ruto"))]


def test_talks_judged_in_a_leaders_own_post_are_a_meeting():
    text = (
        'كتب الرئيس الكيني ويليام روتو على منصة إكس: "أجريت محادثات مثمرة مع رئيس الوزراء الهندي '
        'ناريندرا مودي حول التجارة".'
    )
    assert shapes(extract_events(text, "2024-05-14")) == [("meeting", "reported", ("Narendra Modi", "William Ruto"))]
