"""The type of a contact (phone_call, video_call, meeting, visit, message), issue #11 round ACC6.
Each test states one rule on sentences written for it (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def people(event):
    return sorted(p.name_en or f"?{p.country}:{p.name_ar}" for p in event.participants)


def shapes(events):
    return sorted((e.type, e.status, tuple(people(e))) for e in events)


# A visit to come announced during a call ---------------------------------------------------------------


def test_a_visit_announced_during_a_call_is_a_planned_visit_of_the_callers():
    text = (
        "تلقى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون تناولا فيه "
        "العلاقات الثنائية، وأخبره أنه سيزور تونس يوم الخميس لبحث ملفات التعاون."
    )
    assert shapes(extract_events(text, "2023-03-06")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Kais Saied")),
        ("visit", "planned", ("Emmanuel Macron", "Kais Saied")),
    ]


def test_an_invitation_to_visit_during_a_call_is_no_visit():
    text = (
        "تلقى الرئيس التونسي قيس سعيد اليوم اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون، ودعاه "
        "إلى زيارة باريس يوم الخميس."
    )
    assert shapes(extract_events(text, "2023-03-06")) == [
        ("phone_call", "reported", ("Emmanuel Macron", "Kais Saied")),
    ]
