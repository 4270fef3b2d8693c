"""A named carrier who travels with a new message ("وصل الوزير X إلى عمان حاملا رسالة من Y إلى Z")
visits its addressee; one who hands it over himself ("قام X بتسليم رسالة من Y إلى Z") meets the
addressee (rasd.extract.side_frames ``carrier_contact``). The message stays the sender's to the
addressee; a carrier with no trip told makes no visit."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_minister_arriving_with_a_message_visits_its_addressee():
    text = (
        "وصل وزير الخارجية المغربي ناصر بوريطة مساء اليوم الأحد إلى عمان، حاملا رسالة من الملك محمد السادس "
        "إلى العاهل الأردني الملك عبد الله الثاني."
    )
    got = shapes(extract_events(text, "2024-11-03"))
    assert ("visit", "reported", ("Abdullah II of Jordan", "Nasser Bourita")) in got
    assert [g for g in got if g[0] == "message"] and all("Nasser Bourita" not in g[2] for g in got if g[0] == "message")


def test_a_minister_handing_over_a_message_meets_its_addressee():
    text = (
        "وكان وزير الخارجية المصري سامح شكري قد وصل أمس إلى الدوحة، حيث قام بتسليم رسالة من الرئيس "
        "عبد الفتاح السيسي إلى أمير قطر الشيخ تميم بن حمد آل ثاني."
    )
    got = shapes(extract_events(text, "2021-05-26"))
    assert ("meeting", "reported", ("Sameh Shoukry", "Tamim bin Hamad Al Thani")) in got


def test_carrying_a_message_without_a_trip_makes_no_visit():
    text = (
        "أكد وزير الخارجية المغربي ناصر بوريطة اليوم الأحد أنه حاملا رسالة من الملك محمد السادس "
        "إلى العاهل الأردني الملك عبد الله الثاني."
    )
    got = shapes(extract_events(text, "2024-11-03"))
    assert not [g for g in got if g[0] == "visit"], got


def test_a_message_told_before_makes_no_new_contact():
    text = (
        "وصل وزير الخارجية المغربي ناصر بوريطة مساء اليوم الأحد إلى عمان، حاملا الرسالة التي وجهها الملك محمد السادس."
    )
    got = shapes(extract_events(text, "2024-11-03"))
    assert not [g for g in got if g[0] in ("visit", "meeting")], got
