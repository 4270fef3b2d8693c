"""Constructions seen on the tenth development set (issue #11, round RFIX): the other team of a
match called a leader's "counterpart", a candidate named long before he first takes office, a hope
for a meeting that sets nothing. Each test states one rule on sentences written for it (never copied
text)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

# "فوز المنتخب على نظيره المغربي": the counterpart of a team is the other team, no leader -----------


def test_a_team_beaten_is_no_counterpart_leader():
    text = (
        "هنأ الرئيس التونسي قيس سعيد مساء اليوم لاعبي المنتخب الوطني بعد فوز المنتخب على نظيره الجزائري. "
        "وقال سعيد خلال المكالمة الهاتفية مع اللاعبين إنه فخور بهم."
    )
    assert extract_events(text, "2022-12-01") == []


def test_a_team_lost_to_is_no_counterpart_leader():
    text = "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا بالمدرب بعد أن خسر الفريق أمام نظيره السنغالي."
    assert extract_events(text, "2022-03-30") == []


def test_talks_about_a_match_keep_the_counterpart_of_the_call():
    text = "أجرى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا مع نظيره السنغالي ماكي سال بعد المباراة."
    got = shapes(extract_events(text, "2022-03-30"))
    assert got == [("phone_call", "reported", ("Abdel Fattah el-Sisi", "Macky Sall"))]


# A person whose only offices are elected ones, all begun long after the day, was a candidate then ------


def test_a_candidate_is_no_party_long_before_his_first_term():
    text = "والتقى رئيس الوزراء البريطاني ديفيد كاميرون اليوم المرشح الجمهوري دونالد ترامب في لندن."
    assert extract_events(text, "2016-06-10") == []


def test_a_president_elect_weeks_before_the_oath_is_still_a_party():
    text = "أجرى رئيس الوزراء البريطاني تيريزا ماي اليوم اتصالا هاتفيا بالرئيس الأمريكي المنتخب دونالد ترامب."
    got = shapes(extract_events(text, "2016-11-10"))
    assert got == [("phone_call", "reported", ("Donald Trump", "Theresa May"))]


# "أعرب عن أمله في عقد لقاء": a hope sets no meeting ----------------------------------------------


def test_a_hope_to_hold_a_meeting_is_no_planned_meeting():
    text = "وأعرب الرئيس الفرنسي إيمانويل ماكرون عن أمله في عقد لقاء مع الرئيس الروسي فلاديمير بوتين."
    assert extract_events(text, "2022-02-10") == []


def test_a_meeting_set_for_tomorrow_stays_planned():
    text = "ومن المقرر أن يعقد الرئيس الفرنسي إيمانويل ماكرون غدا لقاء مع الرئيس الروسي فلاديمير بوتين."
    got = shapes(extract_events(text, "2022-02-10"))
    assert got == [("meeting", "planned", ("Emmanuel Macron", "Vladimir Putin"))]


# "تباحثا هاتفيا بشأن زيارة الرئيس X": the traveller of the visit a call is about is no party to it ----


def test_the_traveller_of_a_visit_a_call_is_about_is_no_party():
    text = (
        "وبحث الرئيس الروسي فلاديمير بوتين اليوم في اتصال هاتفي مع نظيره الفرنسي إيمانويل ماكرون "
        "بشأن زيارة الرئيس الإيراني حسن روحاني إلى باريس."
    )
    got = shapes(extract_events(text, "2019-08-20"))
    assert got == [("phone_call", "reported", ("Emmanuel Macron", "Vladimir Putin"))]


def test_a_caller_named_after_the_call_stays_a_party_without_the_preposition():
    text = "وبحث الرئيس الروسي فلاديمير بوتين اليوم في اتصال هاتفي مع الرئيس الإيراني حسن روحاني زيارة الأخير."
    got = shapes(extract_events(text, "2019-08-20"))
    assert got == [("phone_call", "reported", ("Hassan Rouhani", "Vladimir Putin"))]


# "تبادل X التهاني مع Y": greetings exchanged are a message between the two -------------------------


def test_greetings_exchanged_with_a_leader_are_a_message():
    text = (
        "ذكرت الوكالة اليوم أن الرئيس الروسي فلاديمير بوتين تبادل التهاني مع الرئيس الصيني شي جين بينغ بالعام الجديد."
    )
    got = shapes(extract_events(text, "2020-01-01"))
    assert got == [("message", "reported", ("Vladimir Putin", "Xi Jinping"))]


def test_greetings_exchanged_with_an_adverb_between_are_a_message():
    text = "وقالت الوكالة إن بوتين تبادل أيضا التهاني مع الرئيس الفرنسي إيمانويل ماكرون."
    got = shapes(extract_events(text, "2020-01-01"))
    assert got == [("message", "reported", ("Emmanuel Macron", "Vladimir Putin"))]


def test_greetings_exchanged_inside_a_meeting_stay_the_meeting():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الملك الأردني عبد الله الثاني، وتبادلا التهاني بحلول شهر رمضان."
    )
    got = shapes(extract_events(text, "2021-04-13"))
    assert got == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Abdullah II of Jordan"))]


# "لقاءات عقدها (المبعوث) مع الرئيس A ووزير B": those listed after one "مع" are one side ---------------


def test_leaders_listed_after_an_envoys_meetings_did_not_meet_each_other():
    text = (
        "وصل الوسيط الأفريقي إلى الخرطوم اليوم. "
        "وتأتي زيارة الوسيط بعد لقاءات أجراها في أديس أبابا مع الرئيس الكيني وليام روتو "
        "ووزير الخارجية الإثيوبي تاي أتسقي سيلاسي أمس."
    )
    assert extract_events(text, "2024-03-12") == []


def test_a_meeting_with_two_leaders_whose_subject_is_named_stays_a_meeting():
    text = "عقد الرئيس الفرنسي إيمانويل ماكرون اليوم لقاء مع المستشار الألماني أولاف شولتس ورئيسة الوزراء الإيطالية جورجيا ميلوني."
    got = shapes(extract_events(text, "2023-05-10"))
    assert got and all("Emmanuel Macron" in people for _, _, people in got)


# "أكد X وY أهمية ... . وشدد الجانبان خلال اتصال هاتفي": "the two" are the pair just named ------------


def test_the_two_of_a_call_are_the_pair_named_in_the_sentence_before():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون. "
        "وفي سياق آخر أكد الرئيس المصري عبد الفتاح السيسي والمستشار الألماني أولاف شولتس أهمية التهدئة. "
        "وشدد الجانبان خلال اتصال هاتفي على ضرورة وقف إطلاق النار."
    )
    got = shapes(extract_events(text, "2023-10-20"))
    assert ("phone_call", "reported", ("Abdel Fattah el-Sisi", "Olaf Scholz")) in got
    assert ("phone_call", "reported", ("Abdel Fattah el-Sisi", "Emmanuel Macron")) in got


# "برقيات بذكرى الاستقلال التي صادفت في 17 نيسان": the day the occasion fell on is not the cable's ----


def test_the_day_an_anniversary_fell_on_does_not_date_the_cables():
    text = (
        "وتلقى الرئيس اللبناني ميشال عون برقيات بذكرى الاستقلال التي صادفت في الثاني والعشرين من تشرين الثاني "
        "من: الرئيس المصري عبد الفتاح السيسي، والملك الأردني عبد الله الثاني."
    )
    events = extract_events(text, "2021-11-24")
    assert events and {e.date for e in events} == {"2021-11-24"}
