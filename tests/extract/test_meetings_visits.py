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


# A trip made today whose meeting is still to come: a reported visit and a planned meeting --------------


def test_a_trip_begun_today_with_talks_to_come_during_the_visit_is_a_visit_and_a_planned_meeting():
    text = (
        "توجه رئيس الوزراء العراقي محمد شياع السوداني صباح اليوم إلى العاصمة السورية دمشق، في زيارة رسمية. "
        "ومن المقرر أن يجري السوداني، خلال الزيارة، مباحثات مع الرئيس السوري بشار الأسد."
    )
    assert shapes(extract_events(text, "2023-07-16")) == [
        ("meeting", "planned", ("Bashar al-Assad", "Mohammed Shia al-Sudani")),
        ("visit", "reported", ("Bashar al-Assad", "Mohammed Shia al-Sudani")),
    ]


def test_a_trip_recalled_in_the_pluperfect_gets_no_host_from_a_meeting_to_come():
    text = (
        "أعلن الرئيس الفرنسي إيمانويل ماكرون اليوم أنه سيلتقي الرئيس اللبناني ميشال عون غدا. "
        "وكان الرئيس ماكرون قد زار بيروت بعد الانفجار الذي دمر المرفأ."
    )
    got = shapes(extract_events(text, "2020-08-31"))
    assert ("visit", "reported", ("Emmanuel Macron", "Michel Aoun")) not in got


def test_a_trip_made_takes_no_host_from_a_call():
    text = (
        "بحث الرئيس الإيراني حسن روحاني مع الرئيس الفرنسي إيمانويل ماكرون في اتصال هاتفي اليوم الملف "
        "النووي، وقال ماكرون إنه كلف مستشاره الدبلوماسي بزيارة طهران."
    )
    assert shapes(extract_events(text, "2019-07-06")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Hassan Rouhani")),
    ]


# A meeting sentence whose subject is no leader: the leaders it names met that subject -----------------


def test_an_envoy_meeting_two_presidents_in_turn_makes_no_meeting_of_the_presidents():
    text = (
        "التقى المبعوث الأممي إلى ليبيا غسان سلامة اليوم في تونس الرئيس التونسي قيس سعيد، ثم التقى في "
        "الجزائر الرئيس الجزائري عبد المجيد تبون."
    )
    assert extract_events(text, "2023-05-10") == []


def test_a_defence_minister_touring_two_capitals_makes_no_meeting_of_their_leaders():
    text = (
        "وصل وزير الدفاع الأمريكي لويد أوستن إلى عمان حيث التقى العاهل الأردني الملك عبد الله الثاني، "
        "قبل أن يلتقي في القاهرة الرئيس المصري عبد الفتاح السيسي."
    )
    assert extract_events(text, "2023-05-10") == []


def test_an_ambassador_telling_of_two_presidents_meeting_keeps_their_meeting():
    text = "أعلن السفير الأمريكي أن الرئيس التونسي قيس سعيد سيلتقي الرئيس الجزائري عبد المجيد تبون غدا."
    assert shapes(extract_events(text, "2023-05-10")) == [
        ("meeting", "planned", ("Abdelmadjid Tebboune", "Kais Saied")),
    ]


# "جاء ذلك خلال لقائه ...": the meeting at which a message was handed over is not the message's ends' --------


def test_a_message_handed_over_during_a_meeting_makes_no_meeting_of_the_message_ends():
    text = (
        "تسلم الرئيس التونسي قيس سعيد اليوم رسالة من الملك المغربي محمد السادس. جاء ذلك خلال لقائه "
        "وزير الخارجية المغربي ناصر بوريطة على هامش القمة الأفريقية."
    )
    got = shapes(extract_events(text, "2023-05-19"))
    assert ("meeting", "reported", ("Kais Saied", "Mohammed VI of Morocco")) not in got
    assert ("message", "reported", ("Kais Saied", "Mohammed VI of Morocco")) in got


# A visit paid to a leader, not to a place, is a meeting with him ---------------------------------------


def test_a_visit_paid_to_a_king_is_a_meeting():
    text = "قام الرئيس التركي رجب طيب أردوغان اليوم بزيارة إلى العاهل الأردني الملك عبد الله الثاني في عمان."
    assert shapes(extract_events(text, "2022-05-10")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Recep Tayyip Erdoğan")),
    ]


def test_a_visit_to_a_leader_with_the_clitic_is_a_meeting():
    text = "أجرى الرئيس التركي رجب طيب أردوغان اليوم زيارة للملك عبد الله الثاني عاهل الأردن."
    assert shapes(extract_events(text, "2022-05-10")) == [
        ("meeting", "reported", ("Abdullah II of Jordan", "Recep Tayyip Erdoğan")),
    ]


def test_a_visit_to_a_country_whose_host_is_named_later_stays_a_visit():
    text = "وصل الرئيس التركي رجب طيب أردوغان اليوم إلى عمان في زيارة إلى الأردن بدعوة من الملك عبد الله الثاني."
    got = shapes(extract_events(text, "2022-05-10"))
    assert ("meeting", "reported", ("Abdullah II of Jordan", "Recep Tayyip Erdoğan")) not in got


# A reception a host goes out to is told as it takes place ----------------------------------------------


def test_a_president_going_to_the_airport_to_receive_his_counterpart_is_a_meeting_held():
    text = (
        "توجه الرئيس المصري عبد الفتاح السيسي مساء اليوم إلى المطار لاستقبال نظيره الفرنسي إيمانويل "
        "ماكرون الذي وصل القاهرة في زيارة رسمية."
    )
    assert shapes(extract_events(text, "2019-01-27")) == [
        ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")),
    ]


def test_a_reception_a_leader_will_go_to_stays_to_come():
    text = "سيتوجه الرئيس المصري عبد الفتاح السيسي غدا إلى المطار لاستقبال نظيره الفرنسي إيمانويل ماكرون."
    got = shapes(extract_events(text, "2019-01-27"))
    assert ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")) not in got


def test_a_country_preparing_to_receive_a_summit_tells_no_reception_held():
    text = "تستعد باريس لاستقبال القمة بين الرئيسين عبد الفتاح السيسي وإيمانويل ماكرون الأسبوع المقبل."
    got = shapes(extract_events(text, "2020-12-01"))
    assert ("meeting", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")) not in got
