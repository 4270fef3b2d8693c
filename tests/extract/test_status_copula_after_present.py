"""A present verb of another clause before the past copula of a reception ("لحضور مؤتمر يعقد هناك
وكان في استقباله Y"): the copula opens the contact's clause, told in the past (rasd.extract.status
``_present_verb``). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_an_arrival_for_a_forum_held_there_and_received_by_the_host_is_a_meeting_held():
    text = (
        "وصل الرئيس الكيني وليام روتو الاثنين إلى أديس أبابا لحضور منتدى إقليمي للتجارة يعقد هناك "
        "وكان في استقباله رئيس الوزراء الإثيوبي آبي أحمد."
    )
    assert shapes(extract_events(text, "2024-05-13")) == [("meeting", "reported", ("Abiy Ahmed", "William Ruto"))]


def test_a_present_verb_after_the_copula_still_tells_a_contact_to_come():
    text = "قال المتحدث إن الرئيس الكيني وليام روتو يلتقي رئيس الوزراء الإثيوبي آبي أحمد الخميس المقبل."
    assert shapes(extract_events(text, "2024-05-13")) == [("meeting", "planned", ("Abiy Ahmed", "William Ruto"))]
