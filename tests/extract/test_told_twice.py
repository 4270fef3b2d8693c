"""One contact told twice: first without a day, then with a bare weekday of the past week
("... عقد في الرباط، الخميس الماضي"). The weekday is its day and the article reports one contact;
a pluperfect "وكان X قد التقى" still tells an earlier one. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events

PUB = "2019-03-11"  # a Monday: the Thursday before is four days earlier


def _events(text: str) -> list[tuple[str, str, str, bool]]:
    return [(e.type, e.date, e.date_basis, e.background) for e in extract_events(text, PUB)]


def test_an_undated_meeting_then_its_weekday_in_a_later_sentence_is_one_meeting():
    text = (
        "وتحدثت الصحف عن مشاركة الوزير في لقاء العاهل المغربي الملك محمد السادس والرئيس الفرنسي "
        "إيمانويل ماكرون. ويذكر أن لقاء الملك محمد السادس وماكرون عقد في الرباط، الخميس الماضي."
    )
    assert _events(text) == [("meeting", "2019-03-07", "weekday", False)]


def test_an_earlier_meeting_in_the_pluperfect_stays_another_contact():
    text = (
        "استقبل العاهل الأردني الملك عبد الله الثاني رئيس الوزراء الإسرائيلي بنيامين نتنياهو في عمان. "
        "وكان الملك عبد الله قد التقى نتنياهو الاثنين الماضي."
    )
    events = [(e.date, e.background) for e in extract_events(text, "2018-06-23")]
    assert events == [("2018-06-23", False), ("2018-06-18", True)]


def test_a_call_told_recently_then_with_its_date_is_one_earlier_call():
    text = (
        "نفى مكتب الرئيس الفرنسي تقارير عن خلاف حاد بين إيمانويل ماكرون والمستشار الألماني أولاف شولتس "
        "خلال مكالمة هاتفية جرت بينهما مؤخرا. وذكرت صحيفة ألمانية أن ماكرون وشولتس أجريا مكالمة "
        "هاتفية في 3 مارس تناولت ملف الطاقة."
    )
    got = [(e.type, e.status, e.date, e.background) for e in extract_events(text, "2023-03-20")]
    assert got == [("phone_call", "reported", "2023-03-03", True)]


def test_a_call_told_recently_with_no_date_elsewhere_keeps_the_publication_day():
    text = (
        "قال مكتب الرئيس الفرنسي إن إيمانويل ماكرون والمستشار الألماني أولاف شولتس بحثا ملف الطاقة "
        "خلال مكالمة هاتفية جرت بينهما مؤخرا."
    )
    got = [(e.type, e.date, e.date_basis) for e in extract_events(text, "2023-03-20")]
    assert got == [("phone_call", "2023-03-20", "published")]
