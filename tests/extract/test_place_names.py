"""A resort or city spelt like a leader's short name is a place (issue 11, ACCT2): "سوتشي" (Sochi) is
listed in Aung San Suu Kyi's ``ambiguous_ar`` and must never be her without her title or full name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.extract import extract_events

SUU_KYI = "Aung San Suu Kyi"


@pytest.mark.parametrize(
    "text",
    [
        "استقبل الرئيس الروسي فلاديمير بوتين في سوتشي الرئيس التركي رجب طيب أردوغان.",
        "التقى أردوغان وبوتين اليوم في منتجع سوتشي على البحر الأسود.",
        "سوتشي - (وكالات): بحث الرئيس الروسي فلاديمير بوتين مع نظيره التركي الوضع في سوريا.",
        "أجرى بوتين من مقر إقامته بسوتشي اتصالا هاتفيا بالرئيس الإيراني حسن روحاني.",
        "وصل الرئيس السوري بشار الأسد إلى سوتشي حيث التقى الرئيس فلاديمير بوتين.",
        "قال الرئيس الروسي في سوتشي إن محادثاته مع الرئيس التركي رجب طيب أردوغان كانت مثمرة.",
    ],
)
def test_sochi_is_a_place_not_the_myanmar_leader(text):
    for event in extract_events(text, "2019-02-14"):
        assert SUU_KYI not in {p.name_en for p in event.participants}


def test_the_myanmar_leader_named_with_her_title_is_still_found():
    text = "التقى رئيس الوزراء الياباني شينزو آبي مستشارة الدولة في ميانمار أونغ سان سو تشي في طوكيو."
    (event,) = extract_events(text, "2019-10-08")
    assert SUU_KYI in {p.name_en for p in event.participants}
