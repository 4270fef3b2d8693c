"""A trip to come and the meeting it is for, told in one sentence (rasd.extract.document ``_frames`` with
rasd.extract.side_frames ``trip_meeting``): the meeting clause drops its subject, the visitor; with a day of
its own or without one, the article tells one planned meeting of the visitor and the host. Sentences
written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_trip_where_the_visitor_meets_the_host_on_a_named_day_is_one_planned_meeting_that_day():
    text = "يزور رئيس الوزراء الهندي ناريندرا مودي اليابان الأسبوع المقبل، حيث يجتمع برئيس الوزراء فوميو كيشيدا يوم الخميس."
    events = extract_events(text, "2023-03-10")
    assert shapes(events) == [("meeting", "planned", ("Fumio Kishida", "Narendra Modi"))]
    assert events[0].date == "2023-03-16"  # the Thursday to come, the meeting's own day


def test_the_same_trip_without_the_meeting_day_is_the_same_one_planned_meeting():
    text = "يزور رئيس الوزراء الهندي ناريندرا مودي اليابان الأسبوع المقبل، حيث يجتمع برئيس الوزراء فوميو كيشيدا."
    assert shapes(extract_events(text, "2023-03-10")) == [("meeting", "planned", ("Fumio Kishida", "Narendra Modi"))]
