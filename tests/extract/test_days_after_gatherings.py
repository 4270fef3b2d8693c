"""Days and background of contacts (SPUR4): a return from a gathering does not take the gathering's day;
a past time inside a relative clause about someone else is no background of the contact. Sentences written
for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def _days(text: str, published: str) -> dict[str, str | None]:
    return {p.name_en: e.date for e in extract_events(text, published) for p in e.participants[1:] + e.participants[:1]}


def test_the_day_of_a_return_after_the_summit_is_not_the_summits():
    text = (
        "عاد الرئيس السوداني عمر البشير إلى الخرطوم اليوم الخميس بعد مشاركته في القمة الإسلامية.\n"
        "وألقى البشير كلمة أمام القادة تناول فيها الأوضاع في المنطقة.\n"
        "وقال مسؤول إن البشير التقى على هامش القمة الرئيس التركي رجب طيب أردوغان."
    )
    events = extract_events(text, "2017-12-14")
    assert events and all(e.date_basis != "today" for e in events)


def test_a_past_time_in_a_relative_clause_about_someone_else_is_no_background():
    text = (
        "استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني اليوم الخميس الرئيس السنغالي ماكي سال، "
        "وبحثا تقرير المبعوث الأممي الخاص الذي نشره خلال الأسابيع الماضية."
    )
    assert [e.background for e in extract_events(text, "2022-09-29")] == [False]


def test_a_past_time_in_a_relative_clause_about_the_contact_stays_background():
    text = (
        "وأشار البيان إلى المحادثات الأقل ودية التي أجراها الرئيس الروسي فلاديمير بوتين مع نظيره "
        "الأمريكي جو بايدن في الأسابيع الماضية."
    )
    assert all(e.background for e in extract_events(text, "2021-12-15"))
