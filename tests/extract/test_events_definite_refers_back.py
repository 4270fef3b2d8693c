"""A definite contact word naming nobody ("وركز الاجتماع على ...") refers to a contact told before it,
never to one the article tells later (rasd.extract.events ``host_for``). Sentences written for these
tests."""

from __future__ import annotations

from rasd.extract import extract_events


def test_the_summits_meeting_told_with_its_day_does_not_date_a_later_bilateral_without_one():
    text = (
        "انطلقت يوم أمس الجمعة قمة مجموعة السبع في جنوب إنجلترا، وركز الاجتماع على توزيع اللقاحات. "
        "وقال المتحدث إن القادة ناقشوا ملف المناخ. "
        "وقبل بدء القمة عقد بوريس جونسون، رئيس وزراء بريطانيا، اجتماعا ثنائيا مع الرئيس جو بايدن."
    )
    (event,) = [e for e in extract_events(text, "2021-06-12") if len(e.participants) == 2]
    assert event.date == "2021-06-12"
    assert event.date_basis == "published"
