"""Participant resolution across name boundaries (issue 11, ACCK). Sentences written for these tests.

- A family name ("آل سعود", "آل خليفة") between a name and its office keeps the office an apposition
  of that name; a second office joined by "و" ("ولي العهد ورئيس مجلس الوزراء") is the same person's,
  unless it is of a country that person never served.
"""

from __future__ import annotations

from rasd.extract import extract_events
from rasd.extract.article import read_article
from rasd.extract.refdata import reference_data


def _mentions(text: str, published: str = "2024-03-01"):
    return read_article(text, published, reference_data(), None).mentions.items


def test_a_family_name_before_the_office_keeps_it_an_apposition():
    text = (
        "شارك في الاجتماع الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد ورئيس مجلس الوزراء، "
        "والأمير سلمان بن حمد آل خليفة، ولي العهد رئيس الوزراء في مملكة البحرين."
    )
    found = _mentions(text, "2025-01-10")
    assert not [m for m in found if m.role_only]  # no office left over for coreference
    assert [m.person_id for m in found if m.person_id] == ["sa-mohammed-bin-salman", "bh-salman-bin-hamad"]


def test_a_second_office_joined_by_and_is_the_same_persons():
    text = "استقبل الشيخ محمد بن زايد آل نهيان، رئيس الدولة وحاكم أبوظبي، رئيس وزراء الهند ناريندرا مودي."
    found = _mentions(text, "2024-02-13")
    assert not [m for m in found if m.role_only]


def test_a_second_office_of_another_country_is_another_person():
    text = "اجتمع إيمانويل ماكرون الرئيس الفرنسي والمستشار الألماني في برلين."
    found = _mentions(text, "2023-07-01")
    assert [m.country for m in found if m.role == "chancellor"] == ["DE"]


def test_the_second_office_keeps_the_event_to_its_own_parties():
    text = (
        "الرياض - عقد الأمير محمد بن سلمان بن عبدالعزيز آل سعود، ولي العهد ورئيس مجلس الوزراء، "
        "لقاء مع ملك الأردن عبدالله الثاني. وحضر اللقاء الأمير سلمان بن حمد آل خليفة ولي عهد البحرين."
    )
    # the office after the Saudi name is his, not the Bahraini crown prince's named later (who
    # attends as a third country's leader, one more party: "وحضر اللقاء" after the meeting)
    (event,) = extract_events(text, "2025-02-21")
    assert {"Mohammed bin Salman Al Saud", "Abdullah II of Jordan"} <= {p.name_en for p in event.participants}


def test_a_patronymic_before_the_office_keeps_it_an_apposition():
    text = "تلقى الأمير فيصل بن فرحان بن عبدالله، وزير الخارجية، اتصالا هاتفيا من نظيره المصري."
    found = _mentions(text, "2023-04-02")
    assert not [m for m in found if m.role_only]
    assert found[0].person_id == "sa-faisal-bin-farhan"


def test_a_second_office_without_a_conjunction_is_the_same_persons():
    text = "أكد الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء دعم المملكة للمبادرة."
    found = _mentions(text, "2023-04-02")
    assert not [m for m in found if m.role_only]
