"""A visit to come told with its visitor and its host, then a meeting to come naming the host alone
(its subject a bare first name or dropped): the visitor's planned meeting with the host (rasd.extract.
trips ``host_met``). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_meeting_expected_after_a_visit_with_its_host_named_is_the_visitors():
    text = (
        "يزور الرئيس الكيني وليام روتو إثيوبيا غدا، وستكون هذه أول زيارة لرئيس الوزراء الإثيوبي آبي أحمد "
        "منذ توليه. ومن المتوقع أن يلتقي وليام برئيس الوزراء آبي أحمد لبحث ملف المياه."
    )
    assert shapes(extract_events(text, "2024-05-13")) == [("meeting", "planned", ("Abiy Ahmed", "William Ruto"))]


def test_a_meeting_with_a_leader_of_another_country_than_the_visits_host_is_not_the_visitors():
    text = (
        "يزور الرئيس الكيني وليام روتو إثيوبيا غدا بدعوة من رئيس الوزراء الإثيوبي آبي أحمد. "
        "ومن المتوقع أن يلتقي الرئيس الصومالي حسن شيخ محمود بالرئيس الأوغندي يويري موسيفيني."
    )
    kinds = shapes(extract_events(text, "2024-05-13"))
    assert ("meeting", "planned", ("Abiy Ahmed", "William Ruto")) not in kinds
