"""A contact noun dated by a month and a year without a day, gone before the publication month, is an
earlier contact told in passing (background). Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events

TEXT = "استعرض أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس التركي رجب طيب أردوغان نتائج زيارة أردوغان للدوحة في مارس 2018."


def test_a_contact_of_a_month_and_year_gone_by_is_background():
    events = extract_events(TEXT, "2019-06-11")
    assert events
    assert all(e.background for e in events)


def test_the_same_month_as_publication_is_not_gone_by():
    events = extract_events(TEXT, "2018-03-02")
    assert events
    assert not any(e.background for e in events)
