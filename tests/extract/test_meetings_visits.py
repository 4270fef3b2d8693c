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


# A reception that names its host and calls the other side "the guest" ---------------------------------


def test_an_airport_reception_of_the_guest_by_a_prime_minister_is_a_meeting_with_the_visitor():
    text = (
        "وصل الرئيس الصربي ألكسندر فوتشيتش اليوم إلى طشقند في زيارة رسمية بدعوة من الرئيس الأوزبكي "
        "شوكت ميرضيائيف. وكان في استقبال الضيف في المطار رئيس الوزراء الأوزبكي عبد الله أريبوف."
    )
    got = shapes(extract_events(text, "2025-10-28"))
    assert ("meeting", "reported", ("Abdulla Aripov", "Aleksandar Vučić")) in got


def test_a_reception_of_the_guest_without_a_trip_told_before_names_nobody_else():
    text = "قال مسؤولون إن الاقتصاد ينمو. وكان في استقبال الضيف في المطار رئيس الوزراء الأوزبكي عبد الله أريبوف."
    assert extract_events(text, "2025-10-28") == []


# Talks that do not say how, and a call of the same leaders told next to them: one call -------------------


def test_talks_announced_today_and_told_as_a_phone_call_yesterday_are_one_call():
    text = (
        "أعلن قصر الإليزيه اليوم الخميس أن الرئيس الفرنسي إيمانويل ماكرون أجرى مباحثات مع المستشار "
        "الألماني أولاف شولتس بشأن أسعار الطاقة. وتحدث ماكرون مع شولتس هاتفيا أمس الأربعاء."
    )
    assert shapes(extract_events(text, "2023-03-09")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Olaf Scholz")),
    ]


def test_talks_a_week_after_a_call_of_the_same_leaders_stay_a_meeting():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الخميس 16 مارس 2023 في باريس مباحثات مع المستشار "
        "الألماني أولاف شولتس. وكان ماكرون قد تحدث مع شولتس هاتفيا يوم 9 مارس."
    )
    got = shapes(extract_events(text, "2023-03-16"))
    assert ("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz")) in got


# Meetings in the plural with the people after "مع" ------------------------------------------------------


def test_meetings_to_come_with_a_prime_minister_and_ministers_are_one_planned_meeting_with_the_leader():
    text = (
        "ومن المتوقع أن يعقد الرئيس التونسي قيس سعيد في روما اجتماعات مع رئيسة الوزراء الإيطالية "
        "جورجيا ميلوني ومع عدد من وزراء الطاقة الأوروبيين."
    )
    assert shapes(extract_events(text, "2023-06-05")) == [
        ("meeting", "planned", ("Giorgia Meloni", "Kais Saied")),
    ]


def test_a_body_s_sessions_in_the_plural_are_no_meeting():
    text = "بدأت في نيويورك اليوم اجتماعات الجمعية العامة للأمم المتحدة بحضور الرئيس التونسي قيس سعيد."
    assert extract_events(text, "2023-09-19") == []
