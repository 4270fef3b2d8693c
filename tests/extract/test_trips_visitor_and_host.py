"""A visit word with its destination after it, told with more than two people: one of that country
(the host) and the others all of one other country. The trip is the visitor's (the one named nearest
the visit word) to the host; his compatriots named with it stay at home or travel with him
(rasd.extract.trips ``visitor_and_host``)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_the_visitors_own_president_is_no_party_of_the_visit():
    text = (
        "قال وزير الخارجية المصري سامح شكري الذي زار الأردن اليوم الأحد، إنه سمع أفكارا مهمة من العاهل "
        "الأردني الملك عبد الله الثاني سينقلها إلى الرئيس المصري عبد الفتاح السيسي."
    )
    got = shapes(extract_events(text, "2019-10-06"))
    visits = [g for g in got if g[0] == "visit"]
    assert visits == [("visit", "reported", ("Abdullah II of Jordan", "Sameh Shoukry"))], got


def test_leaders_of_three_countries_keep_the_visit_as_told():
    text = (
        "زار الرئيس المصري عبد الفتاح السيسي الأردن اليوم الأحد، والتقى العاهل الأردني الملك عبد الله الثاني "
        "والرئيس الفلسطيني محمود عباس في قمة ثلاثية."
    )
    got = shapes(extract_events(text, "2019-10-06"))
    assert not [g for g in got if g[0] == "visit" and len(g[2]) == 2], got
