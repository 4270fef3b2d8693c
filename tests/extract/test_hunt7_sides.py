"""Issue 11 (HUNT7): how a report names the sides of a contact. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import people

from rasd.extract import extract_events


def test_a_bodys_head_after_a_named_host_is_the_object_not_the_hosts_office():
    # "التقى X الأمين العام للجامعة العربية": X never held an office of the League, so the title is
    # the one he met (re-named by title only), not an apposition describing X
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الأمين العام للأمم المتحدة أنطونيو غوتيريش. "
        "وبحث الجانبان الأوضاع في المنطقة. "
        "كما التقى رئيس الوزراء المصري مصطفى مدبولي الأمين العام للأمم المتحدة مشيدا بدور المنظمة."
    )
    events = extract_events(text, "2023-03-20")
    assert sorted(sorted(people(e)) for e in events) == [
        ["Abdel Fattah el-Sisi", "António Guterres"],
        ["António Guterres", "Mostafa Madbouly"],
    ]


def test_a_participle_of_manner_after_a_title_is_no_name():
    # "مؤكدا له ...": what the subject did, not the name of the one the title names
    text = (
        "استقبل الملك عبدالله الثاني اليوم في عمان الرئيس الفرنسي إيمانويل ماكرون. "
        "كما التقى رئيس الوزراء الأردني بشر الخصاونة الرئيس الفرنسي معربا عن تقديره لمواقف بلاده."
    )
    events = extract_events(text, "2022-03-10")
    assert ["Bisher Al-Khasawneh", "Emmanuel Macron"] in [sorted(people(e)) for e in events]
