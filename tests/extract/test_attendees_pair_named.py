"""A contact word that names its two sides after "بين" ("لقاء بين A وB بحضور الرئيس Z"): a leader of
a third country in the "بحضور" phrase attends the pair's contact and is no party. Sentences written
for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events


def test_third_country_leader_present_at_a_named_pair_is_no_party():
    text = "ومن المقرر عقد لقاء بين الرئيس الكيني وليام روتو والرئيس الأوغندي يويري موسيفيني في أديس أبابا بحضور رئيس الوزراء الإثيوبي آبي أحمد."
    assert shapes(extract_events(text, "2023-03-02")) == [("meeting", "planned", ("William Ruto", "Yoweri Museveni"))]


def test_without_between_a_third_country_leader_present_stays_a_party():
    text = "التقى الرئيس الكيني وليام روتو الرئيس الأوغندي يويري موسيفيني في أديس أبابا بحضور رئيس الوزراء الإثيوبي آبي أحمد."
    parties = [shape[2] for shape in shapes(extract_events(text, "2023-03-02"))]
    assert ("Abiy Ahmed", "William Ruto", "Yoweri Museveni") in parties


def test_a_summit_its_leaders_attended_keeps_them():
    text = "عقدت قمة بين الرئيس الكيني وليام روتو والرئيس الأوغندي يويري موسيفيني حضرها رئيس الوزراء الإثيوبي آبي أحمد."
    parties = [shape[2] for shape in shapes(extract_events(text, "2023-03-02"))]
    assert all(p != ("William Ruto", "Yoweri Museveni") for p in parties)
