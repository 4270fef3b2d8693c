"""When two mentions of the same people are one contact or two: a call told as held, then its
announcement earlier that day in the pluperfect ("وكان X قد أعلن صباحا أنه سيتصل بـ Y"), is one call;
a plan told after a contact without that pluperfect is another one. A reception whose guest is still
to come (a future relative clause on the guest) is planned, on the day its trip is written. A one-person
sentence that announces a series of receptions gives each of them its day. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _rows(text: str, pub: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return [
        (e.type, e.status, e.date, tuple(sorted(p.name_en for p in e.participants))) for e in extract_events(text, pub)
    ]


def test_a_call_announced_in_the_pluperfect_the_same_day_is_the_call_held():
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون، الخميس، إنه أجرى مكالمة مثمرة مع الرئيس المصري عبد الفتاح السيسي.\n"
        "وكان ماكرون قد صرح للصحفيين في الصباح أنه سيجري مكالمة مع السيسي بشأن الأوضاع الإقليمية."
    )
    rows = _rows(text, "2021-06-10")
    assert [(t, s, d) for t, s, d, _ in rows] == [("phone_call", "reported", "2021-06-10")]


def test_a_plan_told_after_a_contact_without_the_pluperfect_is_another_one():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم الخميس اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي.\n"
        "وقال ماكرون إنه سيتصل بالسيسي مرة أخرى الأسبوع المقبل."
    )
    statuses = sorted(s for _, s, _, _ in _rows(text, "2021-06-10"))
    assert statuses == ["planned", "reported"]


def test_a_reception_of_a_guest_still_to_come_is_planned_on_the_trips_day():
    text = (
        "عبر الرئيس السنغالي ماكي سال اليوم الخميس عن سعادته باستقبال الرئيس المصري عبد الفتاح السيسي، "
        "الذي سيصل إلى داكار يوم الأحد 8 مايو 2016.\n"
        "وأعلنت الرئاسة المصرية أن السيسي سيقوم يوم الأحد 8 مايو 2016 بزيارة رسمية للسنغال يجري خلالها محادثات "
        "مع الرئيس ماكي سال."
    )
    rows = _rows(text, "2016-05-05")
    meetings = [(s, d) for t, s, d, _ in rows if t == "meeting"]
    assert meetings == [("planned", "2016-05-08")]


def test_a_reception_told_with_a_past_verb_stays_held_before_a_future_clause():
    text = "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الخميس الرئيس السنغالي ماكي سال، الذي سيتوجه غدا إلى الرياض."
    rows = _rows(text, "2016-05-05")
    assert [(t, s, d) for t, s, d, _ in rows] == [("meeting", "reported", "2016-05-05")]


def test_each_reception_of_an_announced_series_takes_the_announcements_day():
    text = (
        "استقبل الرئيس الموريتاني محمد ولد الغزواني يوم الأحد الماضي عددا من القادة الأفارقة في مطار نواكشوط.\n"
        "واستقبل الغزواني كلا من الرئيس السنغالي ماكي سال، والرئيس المالي إبراهيم أبو بكر كيتا، والرئيس النيجري محمد بازوم."
    )
    rows = _rows(text, "2020-03-04")
    assert len(rows) == 3
    assert {d for _, _, d, _ in rows} == {"2020-03-01"}


def test_a_plan_moved_to_the_day_the_contact_took_place_is_that_contact():
    text = (
        "أجرى الرئيس التونسي قيس سعيد اليوم الأربعاء اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون.\n"
        "وقد خطط سعيد للتواصل هاتفيا مع تبون يوم 20 من الشهر الحالي، لكن جرى الاتصال اليوم بطلب من الجزائر."
    )
    rows = _rows(text, "2021-10-13")
    assert [(t, s, d) for t, s, d, _ in rows] == [("phone_call", "reported", "2021-10-13")]


def test_a_later_call_that_is_not_the_held_one_stays_planned():
    text = (
        "أجرى الرئيس التونسي قيس سعيد اليوم الأربعاء اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون.\n"
        "وسيتصل سعيد بتبون مجددا يوم 20 من الشهر الحالي، لكن موعد الاتصال لم يحدد بعد بدقة."
    )
    statuses = sorted(s for _, s, _, _ in _rows(text, "2021-10-13"))
    assert statuses == ["planned", "reported"]
