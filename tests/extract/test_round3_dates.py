"""Dates of a contact, round 3: a day that belongs to another clause's happening, a page's first-line
stamp, and the evidence behind confidence. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events


def people(event):
    return sorted(p.name_en or f"?{p.country}:{p.name_ar}" for p in event.participants)


# A day of another happening told in an earlier clause is not the contact's day ------------------


def test_only_date_in_an_earlier_relative_clause_leaves_the_contact_on_the_publication_day():
    text = (
        "تجاوز عدد قتلى الفيضان الذي اجتاح المدينة يوم الأحد الماضي ثلاثين شخصا، فيما بعث الرئيس الفرنسي "
        "إيمانويل ماكرون برقية تعزية إلى الرئيس التركي رجب طيب أردوغان."
    )
    events = [e for e in extract_events(text, "2023-03-08") if e.status == "reported"]
    assert len(events) == 1
    assert people(events[0]) == ["Emmanuel Macron", "Recep Tayyip Erdoğan"]
    assert events[0].date == "2023-03-08"
    assert events[0].date_basis != "weekday"


def test_the_contacts_own_day_in_its_clause_still_counts():
    text = (
        "بعث الرئيس الفرنسي إيمانويل ماكرون يوم الأحد الماضي برقية تعزية إلى الرئيس التركي رجب طيب أردوغان "
        "في ضحايا الفيضان."
    )
    events = [e for e in extract_events(text, "2023-03-08") if e.status == "reported"]
    assert len(events) == 1
    assert events[0].date == "2023-03-05"
