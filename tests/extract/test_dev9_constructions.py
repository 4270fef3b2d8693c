"""Constructions seen on the ninth development set (issue #11, round QDEV): talks sized by an
adjective before their partner, an invitation the invited leader welcomes, invitations exchanged,
a leader's staff named in the plural before his title. Each test states one rule on sentences
written for it (never copied text)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import shapes

from rasd.dates import find_dates
from rasd.extract import extract_events
from rasd.normalize import normalize

# "أجرى X مباحثات مهمة مع Y": an adjective between the talks and their partner -------------------


def test_talks_with_an_adjective_before_the_partner_are_a_meeting():
    text = "وأجرى الرئيس المصري عبد الفتاح السيسي أمس مباحثات مهمة مع الرئيس اليوناني بروكوبيس بافلوبولوس في أثينا."
    got = shapes(extract_events(text, "2016-04-20"))
    assert got == [("meeting", "reported", ("Abdel Fattah el-Sisi", "Prokopis Pavlopoulos"))]


def test_talks_to_come_with_an_adjective_are_a_planned_meeting():
    text = "ويجري الرئيس المصري عبد الفتاح السيسي غدا محادثات موسعة مع الرئيس الفرنسي فرانسوا هولاند في باريس."
    got = shapes(extract_events(text, "2016-04-20"))
    assert got == [("meeting", "planned", ("Abdel Fattah el-Sisi", "François Hollande"))]


def test_sized_talks_after_a_call_the_same_day_stay_the_call():
    text = (
        "أجرى الرئيس المصري عبد الفتاح السيسي اليوم اتصالا هاتفيا بالرئيس الفرنسي فرانسوا هولاند. "
        "وتناولت المباحثات المهمة مع هولاند ملف ليبيا."
    )
    got = shapes(extract_events(text, "2016-04-20"))
    assert got == [("phone_call", "reported", ("Abdel Fattah el-Sisi", "François Hollande"))]


# "وجه X دعوة لزيارة بلده إلى Y الذي رحب بها": the invitation welcomed is an invitation accepted -----


def test_an_invitation_the_guest_welcomes_is_a_visit_to_come():
    text = (
        "تلقى الرئيس السنغالي ماكي سال اليوم اتصالا هاتفيا من الرئيس التونسي قيس سعيد. "
        "ووجه سعيد دعوة لزيارة تونس إلى الرئيس السنغالي الذي رحب بها على أن يحدد موعدها لاحقا."
    )
    got = shapes(extract_events(text, "2022-02-11"))
    assert ("phone_call", "reported", ("Kais Saied", "Macky Sall")) in got
    assert ("visit", "planned", ("Kais Saied", "Macky Sall")) in got


def test_an_invitation_alone_is_still_no_visit():
    text = (
        "تلقى الرئيس السنغالي ماكي سال اليوم اتصالا هاتفيا من الرئيس التونسي قيس سعيد. "
        "ووجه سعيد دعوة لزيارة تونس إلى الرئيس السنغالي."
    )
    got = shapes(extract_events(text, "2022-02-11"))
    assert got == [("phone_call", "reported", ("Kais Saied", "Macky Sall"))]


# "تبادل الرئيسان دعوات الزيارة": the visit word completes the invitation noun ----------------------


def test_invitations_to_visit_exchanged_are_no_visit():
    text = (
        "جرت اليوم مكالمة هاتفية بين الرئيس التونسي قيس سعيد والرئيس السنغالي ماكي سال. "
        "وتبادل الرئيسان دعوات الزيارة إلى البلدين، كما تبادلا التهاني بالعيد."
    )
    got = shapes(extract_events(text, "2021-05-10"))
    assert got == [("phone_call", "reported", ("Kais Saied", "Macky Sall"))]


def test_a_visit_taking_place_after_an_invitation_noun_elsewhere_stays_a_visit():
    text = "بدأ الرئيس السنغالي ماكي سال اليوم زيارة إلى تونس يلتقي خلالها الرئيس قيس سعيد تلبية لدعوة تلقاها."
    got = shapes(extract_events(text, "2021-05-10"))
    assert got and all(kind != "invitation" for kind, _, _ in got)
    assert any(people == ("Kais Saied", "Macky Sall") for _, _, people in got)


# "كبير مستشاري الرئيس الأمريكي": the plural of a staff word before the title ----------------------


def test_the_presidents_advisers_in_the_plural_are_not_the_president():
    text = (
        "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم في ميونخ كبير مستشاري الرئيس الأمريكي "
        "للشؤون الأفريقية، وبحثا الأوضاع في السودان."
    )
    assert extract_events(text, "2026-02-14") == []


def test_one_of_the_presidents_aides_is_not_the_president():
    aide = "واستقبل الرئيس الفرنسي إيمانويل ماكرون أمس في الإليزيه أحد مساعدي الرئيس الأمريكي، وبحثا التعاون."
    leader = "واستقبل الرئيس الفرنسي إيمانويل ماكرون أمس في الإليزيه الرئيس الأمريكي، وبحثا التعاون."
    assert extract_events(aide, "2019-03-12") == []
    assert shapes(extract_events(leader, "2019-03-12")) == [
        ("meeting", "reported", ("Donald Trump", "Emmanuel Macron"))
    ]


# "يومي 16 و17 ذي الحجة": two days of one Hijri month start on the first ------------------------


def _days(text: str, published: str) -> list[str]:
    return [str(d.date) for d in find_dates(normalize(text).text, dt.date.fromisoformat(published))]


def test_two_hijri_days_of_one_month_read_as_the_first():
    assert _days("تستمر الزيارة يومي 3 و4 رمضان 1445هـ", "2024-03-01") == ["2024-03-13"]
    assert _days("تستمر الزيارة من 3 إلى 4 رمضان 1445هـ", "2024-03-01") == ["2024-03-13"]


def test_one_hijri_day_is_unchanged_by_the_range_reading():
    assert _days("وصل الوفد يوم 4 رمضان 1445هـ", "2024-03-01") == ["2024-03-14"]


# "عقد X غداء عمل مع Y": a working meal with the other leader is a meeting ---------------------------


def test_a_working_lunch_with_a_leader_is_a_meeting():
    text = "أقام الرئيس الفرنسي إيمانويل ماكرون أمس غداء عمل مع المستشار الألماني أولاف شولتس في الإليزيه."
    got = shapes(extract_events(text, "2023-05-14"))
    assert got == [("meeting", "reported", ("Emmanuel Macron", "Olaf Scholz"))]


# "وصل X إلى العاصمة Y ظهر اليوم في زيارة ... ويجري X عصر اليوم مباحثات مع Z" -----------------------


def test_an_arrival_takes_as_host_the_leader_met_later_the_same_day():
    text = (
        "وصل الرئيس المصري عبد الفتاح السيسي إلى العاصمة القبرصية نيقوسيا صباح اليوم في زيارة رسمية. "
        "ويعقد السيسي مساء اليوم مباحثات مع الرئيس القبرصي نيكوس أناستاسيادس."
    )
    got = shapes(extract_events(text, "2017-11-20"))
    assert ("visit", "reported", ("Abdel Fattah el-Sisi", "Nicos Anastasiades")) in got
    assert ("meeting", "planned", ("Abdel Fattah el-Sisi", "Nicos Anastasiades")) in got


def test_an_arrival_gets_no_host_from_a_meeting_on_another_day():
    text = (
        "وصل الرئيس المصري عبد الفتاح السيسي إلى العاصمة القبرصية نيقوسيا صباح اليوم في زيارة رسمية. "
        "وكان السيسي قد التقى الرئيس القبرصي نيكوس أناستاسيادس في القاهرة يوم 3 مارس الماضي."
    )
    got = shapes(extract_events(text, "2017-11-20"))
    assert all(kind != "visit" for kind, _, _ in got)


# "- 21 نوفمبر 2024" alone on a line of the page's head: the site's day, not the contact's ----------


def test_a_date_alone_on_its_line_does_not_date_the_message():
    text = (
        "- ℃ 20 الأردن\n- 14 فبراير 2025\nالملك يهنئ الرئيس اللبناني بانتخابه\n"
        "قال الديوان الملكي إن العاهل الأردني الملك عبدالله الثاني بعث برقية للرئيس اللبناني جوزاف عون "
        "بمناسبة انتخابه رئيسا."
    )
    [event] = extract_events(text, "2025-01-10")
    assert (event.type, event.status, event.date, event.date_basis) == (
        "message",
        "reported",
        "2025-01-10",
        "published",
    )


def test_a_date_inside_a_sentence_still_dates_the_message():
    text = "بعث العاهل الأردني الملك عبدالله الثاني يوم 9 يناير 2025 برقية تهنئة إلى الرئيس اللبناني جوزاف عون."
    [event] = extract_events(text, "2025-01-10")
    assert (event.date, event.date_basis) == ("2025-01-09", "explicit")
