"""A leader the subject is ranked after ("ثاني رئيس يستقبله X بعد الرئيس Z") is compared with, not a
party of the contact the sentence tells (``parties._compared_leader``)."""

from __future__ import annotations

from rasd.extract import extract_events


def _pairs(text: str, day: str) -> list[list[str]]:
    return [sorted(p.name_en or "" for p in e.participants) for e in extract_events(text, day)]


def test_the_leader_ranked_before_the_guest_is_no_party():
    text = (
        "أعلن البيت الأبيض أن الرئيس الأمريكي جو بايدن سيستقبل الرئيس الكيني وليام روتو الأسبوع المقبل، "
        "ليكون روتو ثاني رئيس أفريقي يستقبله بايدن في زيارة دولة بعد الرئيس الغاني نانا أكوفو أدو."
    )
    assert _pairs(text, "2024-05-20") == [["Joe Biden", "William Ruto"]]


def test_the_first_leader_to_visit_after_another_keeps_his_own_host():
    text = (
        "وصل الرئيس الكيني وليام روتو إلى واشنطن اليوم، ليصبح أول زعيم أفريقي يزورها هذا العام بعد الرئيس "
        "النيجيري بولا تينوبو، والتقى الرئيس الأمريكي جو بايدن."
    )
    assert _pairs(text, "2024-05-20") == [["Joe Biden", "William Ruto"]]


def test_after_without_a_ranking_leaves_the_party():
    text = "وصل الرئيس الكيني وليام روتو إلى واشنطن اليوم، والتقى بعد ذلك الرئيس الأمريكي جو بايدن."
    assert _pairs(text, "2024-05-20") == [["Joe Biden", "William Ruto"]]
