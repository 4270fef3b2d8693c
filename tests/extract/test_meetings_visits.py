"""Meetings and visits: receptions, talks on the side of gatherings, possessive meeting nouns
(issue #11, round MEET). Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# A possessive meeting noun ("لقائه مع", "لقاءها بـ") tells the meeting itself --------------------------


def test_his_meeting_with_a_leader_on_the_side_of_a_summit_is_a_meeting():
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون، خلال لقائه مع المستشار الألماني أولاف شولتس على هامش "
        "قمة حلف الأطلسي في فيلنيوس اليوم، إن أوروبا تحتاج إلى دفاع مشترك."
    )
    assert shapes(extract_events(text, "2023-07-11")) == [
        ("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz")),
    ]


def test_a_bodys_meeting_with_a_feminine_pronoun_is_no_meeting_of_leaders():
    text = (
        "اتصل الرئيس الفرنسي إيمانويل ماكرون اليوم بالمستشار الألماني أولاف شولتس، واتفقا على تنسيق "
        "موقف مجموعة السبع في اجتماعها المقرر الخميس."
    )
    assert shapes(extract_events(text, "2023-07-11")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Olaf Scholz")),
    ]


# A talks verb on the side of a gathering: its subject, day and place may stand before "مع" -------------


def test_talks_on_the_side_of_a_gathering_with_a_long_subject_before_with_are_a_meeting():
    text = (
        "بحث رئيس الوزراء الأردني بشر الخصاونة صباح اليوم الثلاثاء 19 سبتمبر 2023 في مدينة نيويورك "
        "الأمريكية مع الرئيس العراقي عبد اللطيف رشيد العلاقات بين البلدين، على هامش أعمال الجمعية "
        "العامة للأمم المتحدة."
    )
    assert shapes(extract_events(text, "2023-09-19")) == [
        ("meeting", "reported", ("Abdul Latif Rashid", "Bisher Al-Khasawneh")),
    ]
