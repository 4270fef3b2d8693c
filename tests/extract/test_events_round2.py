"""Who takes part in a contact and how many contacts a text reports (extractor 0.5.0, round 2).
Each test states one general rule on sentences written for it (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events


def people(event):
    return sorted(p.name_en or f"?{p.country}:{p.name_ar}" for p in event.participants)


def shapes(events):
    return sorted((e.type, e.status, tuple(people(e))) for e in events)


# One visitor meeting the hosts of one country: a meeting with each --------------------------------


def test_a_visitor_meeting_the_head_of_state_and_the_prime_minister_meets_each():
    text = (
        "التقى الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء في بيروت الرئيس اللبناني ميشال عون "
        "ورئيس الحكومة نجيب ميقاتي وبحث معهما الأوضاع الاقتصادية."
    )
    events = extract_events(text, "2021-10-05")
    assert shapes(events) == [
        ("meeting", "reported", ("Emmanuel Macron", "Michel Aoun")),
        ("meeting", "reported", ("Emmanuel Macron", "Najib Mikati")),
    ]


def test_guests_of_several_countries_received_together_are_one_meeting():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة العاهل الأردني الملك عبد الله الثاني "
        "والرئيس الفلسطيني محمود عباس وبحث معهما مستجدات القضية الفلسطينية."
    )
    (event,) = extract_events(text, "2023-01-17")
    assert people(event) == ["Abdel Fattah el-Sisi", "Abdullah II of Jordan", "Mahmoud Abbas"]
