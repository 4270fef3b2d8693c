"""A summit that "convenes" or that a city "hosts" on the day of publication, told with a present verb,
is on the day's schedule: still to come when the text was written. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import statuses


def test_a_summit_that_convenes_today_is_planned():
    text = (
        "تلتئم في العاصمة الأردنية عمان، السبت، قمة ثنائية يلتقي فيها الملك عبد الله الثاني "
        "بالرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "planned") in statuses(text, "2025-06-14")
    assert ("meeting", "reported") not in statuses(text, "2025-06-14")


def test_a_city_that_hosts_a_summit_today_makes_it_planned():
    text = (
        "وتستضيف مدينة العقبة، اليوم السبت، قمة ثنائية يترأسها الملك عبد الله الثاني "
        "والرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "planned") in statuses(text, "2025-06-14")
    assert ("meeting", "reported") not in statuses(text, "2025-06-14")


def test_a_summit_that_convened_stays_reported():
    text = (
        "التأمت في العاصمة الأردنية عمان، السبت، قمة ثنائية التقى فيها الملك عبد الله الثاني "
        "بالرئيس المصري عبد الفتاح السيسي."
    )
    assert ("meeting", "reported") in statuses(text, "2025-06-14")
