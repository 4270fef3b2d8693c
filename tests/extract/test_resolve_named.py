"""A named person keeps their own country and only the offices they hold (sentences written for Rasd)."""

from __future__ import annotations

from rasd.extract import extract_events


def _people(events):
    return {(p.name_en, p.role, p.country) for e in events for p in e.participants}


def test_a_named_king_keeps_his_country_on_another_countrys_outlet():
    text = (
        "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اتصالا هاتفيا من الرئيس الأمريكي جو بايدن اليوم."
    )
    events = extract_events(text, "2021-02-25", home_country="AE")
    assert events, "the call is found"
    salman = [p for p in events[0].participants if p.person_id == "sa-king-salman"]
    assert salman and salman[0].country == "SA"


def test_an_elected_president_is_named_without_the_office():
    text = "نفى الكرملين اليوم أن يكون الرئيس الروسي فلاديمير بوتين قد تحدث هاتفيا مع الرئيس الأمريكي المنتخب دونالد ترامب."
    events = extract_events(text, "2024-11-11")
    trump = [p for e in events for p in e.participants if p.name_en == "Donald Trump"]
    assert trump and all(p.role != "president" for p in trump)
