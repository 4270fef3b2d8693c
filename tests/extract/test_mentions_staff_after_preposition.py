"""A staff word with a preposition's clitic ("بالمبعوث الخاص للأمين العام", "مبعوثا خاصا لرئيس ...")
makes the office after it someone else's (rasd.extract.mentions ``_title_prefix``); "برئاسة" (headed
by) does not."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_leader_meeting_the_personal_envoy_of_the_un_chief_meets_no_leader():
    text = "اجتمع الرئيس التونسي قيس سعيد مساء اليوم الأربعاء بالمبعوث الشخصي للأمين العام للأمم المتحدة إلى ليبيا."
    assert extract_events(text, "2022-06-15") == []


def test_headed_by_a_prime_minister_keeps_him_a_party():
    text = (
        "وصل الرئيس الكيني ويليام روتو اليوم الخميس إلى أديس أبابا، وكان في استقباله وفد "
        "برئاسة رئيس الوزراء الإثيوبي آبي أحمد."
    )
    got = shapes(extract_events(text, "2023-11-02"))
    assert ("meeting", "reported", ("Abiy Ahmed", "William Ruto")) in got


def test_a_personal_envoy_of_a_president_is_not_that_president():
    from rasd.extract.mentions import _title_prefix

    assert _title_prefix().search("التقى بالمبعوث الشخصي ل")
    assert _title_prefix().search("بصفته مبعوثا خاصا ل")
    assert not _title_prefix().search("وفد برئاسة ")
