"""A contact dated by the day of the statement that reports it takes the day a later sentence gives it
when that sentence names the pair only by a reference ("الزعيمان", "الرئيسان") and refers back to the
contact (rasd.extract.events._own_day_of_said). Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_the_day_told_with_the_pair_reference_is_the_calls():
    text = (
        "قال الناطق باسم الرئاسة التركية اليوم الخميس إن الرئيس التركي رجب طيب أردوغان ونظيره "
        "الأذربيجاني إلهام علييف تحدثا خلال اتصالهما الهاتفي عن مشروع خط الغاز الذي يعبر البحر "
        "ويصل إلى الأسواق الأوروبية عبر أراضي عدة دول في المنطقة. "
        "وأوضح الناطق في مؤتمر صحفي عقده في العاصمة أنقرة ردا على أسئلة الصحفيين عن مستقبل المشروع "
        "أن الزعيمين بحثا خلال اتصالهما الهاتفي بالأمس سبل تعزيز التعاون في مجال الطاقة."
    )
    events = extract_events(text, "2023-03-09")
    assert [(e.type, e.date) for e in events] == [("phone_call", "2023-03-08")]


def test_a_statement_day_without_another_day_stays():
    text = (
        "قال الناطق باسم الرئاسة التركية اليوم الخميس إن الرئيس التركي رجب طيب أردوغان ونظيره "
        "الأذربيجاني إلهام علييف تحدثا خلال اتصالهما الهاتفي عن مشروع خط الغاز."
    )
    events = extract_events(text, "2023-03-09")
    assert [(e.type, e.date) for e in events] == [("phone_call", "2023-03-09")]
