"""An ambiguous surname two people share ("سلام": Tammam and Nawaf Salam, also "peace") is, after a title
("الرئيس سلام"), the one of them the article names in full. Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

TEXT = (
    "التقى رئيس مجلس الوزراء اللبناني نواف سلام في نيقوسيا الرئيس القبرصي نيكوس خريستودوليدس، وبحثا العلاقات الثنائية. "
    "وأكد الرئيس القبرصي دعم بلاده للبنان. "
    "كما التقى الرئيس سلام رئيس الوزراء الأردني جعفر حسان على هامش المؤتمر."
)


def test_the_shared_surname_after_a_title_is_the_one_named_in_full():
    assert shapes(extract_events(TEXT, "2025-06-10")) == [
        ("meeting", "reported", ("Jafar Hassan", "Nawaf Salam")),
        ("meeting", "reported", ("Nawaf Salam", "Nikos Christodoulides")),
    ]


def test_the_shared_surname_alone_names_nobody_when_neither_is_named_in_full():
    text = "كما التقى الرئيس سلام رئيس الوزراء الأردني جعفر حسان على هامش المؤتمر."
    assert extract_events(text, "2025-06-10") == []
