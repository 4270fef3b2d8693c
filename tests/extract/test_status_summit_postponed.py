"""Contacts still to come: a summit that "convenes" or that a city "hosts" on the day of publication,
told with a present verb (the day's schedule), a meeting announced as put off ("تأجيل لقاء"), and a
question whether a contact will take place (its future verb). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import statuses


def test_a_summit_that_convenes_today_is_planned():
    text = (
        "تلتئم في العاصمة الأردنية عمان، السبت، قمة ثنائية يلتقي فيها الملك عبد الله الثاني "
        "بالرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "planned") in statuses(text, "2025-06-14")
    assert ("meeting", "reported") not in statuses(text, "2025-06-14")


def test_a_city_that_hosts_a_summit_today_makes_it_planned():
    text = (
        "وتستضيف مدينة العقبة، اليوم السبت، قمة ثنائية يترأسها الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "planned") in statuses(text, "2025-06-14")
    assert ("meeting", "reported") not in statuses(text, "2025-06-14")


def test_a_summit_that_convened_stays_reported():
    text = (
        "التأمت في العاصمة الأردنية عمان، السبت، قمة ثنائية التقى فيها الملك عبد الله الثاني "
        "بالرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "reported") in statuses(text, "2025-06-14")


def test_a_meeting_put_off_is_still_planned():
    text = (
        "أعلنت الرئاسة الجزائرية أمس الجمعة تأجيل لقاء الرئيس عبد المجيد تبون بالرئيس الفرنسي "
        "إيمانويل ماكرون في باريس بسبب ظروف طارئة."
    )
    assert statuses(text, "2025-06-14") == [("meeting", "planned")]


def test_a_question_whether_a_contact_will_take_place_is_about_a_plan():
    text = (
        "وحين سئل الناطق عما إذا كان سيتم عقد مؤتمر بالفيديو بين الرئيس الفرنسي "
        "إيمانويل ماكرون والرئيس الصيني شي جين بينغ الأسبوع المقبل، أجاب بالإيجاب."
    )
    assert statuses(text, "2025-06-14") == [("video_call", "planned")]


def test_a_question_whether_a_contact_took_place_stays_unconfirmed():
    text = (
        "وسئل المتحدث عما إذا كان الرئيس الفرنسي إيمانويل ماكرون والرئيس الصيني شي جين بينغ "
        "قد تحدثا هاتفيا، فرفض التعليق."
    )
    assert statuses(text, "2025-06-14") == [("phone_call", "unconfirmed")]
