"""Events that should not exist (SPUR2): the plan of a meeting the article already reported that day.
Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import statuses

from rasd.extract import extract_events


def test_a_meeting_to_come_after_the_reported_one_that_day_is_no_second_meeting():
    text = (
        "استقبل الرئيس العراقي برهم صالح اليوم الرئيس الإيراني حسن روحاني في بغداد. "
        "وسيلتقي روحاني الرئيس العراقي برهم صالح قبل أن يتوجه إلى النجف."
    )
    assert statuses(text, "2019-03-11") == [("meeting", "reported")]


def test_a_meeting_again_on_another_day_survives():
    text = (
        "التقى الرئيس العراقي برهم صالح اليوم الرئيس الإيراني حسن روحاني في بغداد. "
        "وسيلتقي روحاني الرئيس العراقي برهم صالح مجددا بعد غد."
    )
    assert sorted(statuses(text, "2019-03-11")) == [("meeting", "planned"), ("meeting", "reported")]


def test_a_meeting_again_the_same_day_survives():
    text = (
        "التقى الرئيس العراقي برهم صالح صباح اليوم الرئيس الإيراني حسن روحاني في بغداد. "
        "وسيلتقي روحاني الرئيس العراقي برهم صالح مرة أخرى مساء."
    )
    assert sorted(statuses(text, "2019-03-11")) == [("meeting", "planned"), ("meeting", "reported")]


def test_a_plan_without_a_reported_meeting_stays_planned():
    text = "وسيلتقي الرئيس الإيراني حسن روحاني الرئيس العراقي برهم صالح في بغداد."
    assert [e.status for e in extract_events(text, "2019-03-11")] == ["planned"]


def test_a_visit_that_is_what_the_two_discussed_is_no_reported_visit():
    text = "وقال مسؤول إن الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الإسرائيلي بنيامين نتنياهو بحثا زيارة الأخير إلى إسرائيل."
    assert [s for s in statuses(text, "2017-05-17") if s[0] == "visit"] == []


def test_arrangements_of_a_visit_discussed_are_no_visit():
    text = "وأفاد بيان بأن الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني ناقشا ترتيبات زيارة الملك إلى القاهرة."
    assert [s for s in statuses(text, "2020-01-10") if s[0] == "visit"] == []


def test_a_visit_told_as_a_trip_stays_a_visit():
    text = "وصل الرئيس الأمريكي دونالد ترامب اليوم إلى إسرائيل في زيارة يلتقي خلالها رئيس الوزراء بنيامين نتنياهو."
    assert statuses(text, "2017-05-22") != []


def test_welcoming_a_visit_to_come_is_an_invitation():
    text = "وأعرب الرئيس المصري عبد الفتاح السيسي عن ترحيبه بزيارة الرئيس الأمريكي دونالد ترامب القاهرة في أقرب فرصة."
    assert [s for s in statuses(text, "2017-05-16") if s[0] == "visit"] == []


def test_a_companion_of_the_trip_is_no_party_of_its_meeting():
    text = (
        "وأفادت الوكالة بأن رئيس الحكومة الإسبانية بيدرو سانشيز سيصل مصحوبا بوزير الخارجية خوسيه مانويل "
        "ألباريس، وسيجتمع برئيس الحكومة المغربية عزيز أخنوش غدا."
    )
    people = [sorted(p.name_en for p in e.participants) for e in extract_events(text, "2024-02-20")]
    assert people == [["Aziz Akhannouch", "Pedro Sánchez"]]


def test_a_meeting_of_two_economy_ministers_is_no_leaders_meeting():
    text = (
        "أجرى الرئيس السوري بشار الأسد اتصالا هاتفيا مع ولي عهد أبوظبي محمد بن زايد أمس. "
        "ويأتي الاتصال بعد أن كان وزيرا اقتصاد البلدين قد أجريا لقاء في دبي."
    )
    assert [s for s in statuses(text, "2021-10-21") if s[0] == "meeting"] == []


def test_the_two_foreign_ministers_are_leaders():
    text = "والتقى وزيرا خارجية البلدين سامح شكري وأيمن الصفدي في عمان اليوم."
    assert ("meeting", "reported") in statuses(text, "2021-10-21")


def test_the_two_foreign_ministers_unnamed_before_the_contact_word_stay_leaders():
    # the ministry word is read in normalised text ("خارجيه"): the exception holds
    text = (
        "أجرى الرئيس السوري بشار الأسد اتصالا هاتفيا مع ولي عهد أبوظبي محمد بن زايد أمس. "
        "وجاء الاتصال بعدما كان وزيرا خارجية البلدين قد عقدا اجتماعا في دبي."
    )
    assert ("meeting", "reported") in statuses(text, "2021-10-21")


def test_a_meeting_with_their_counterparts_is_a_gathering_not_the_pairs_meeting():
    text = (
        "واتفق وزير الخارجية الأردني أيمن الصفدي ونظيره المصري سامح شكري على عقد اجتماع تشاوري "
        "مع نظرائهما العرب الشهر المقبل."
    )
    assert extract_events(text, "2023-01-19") == []
