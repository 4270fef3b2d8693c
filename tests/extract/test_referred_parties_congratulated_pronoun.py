"""A round of congratulations told one sender a sentence, the one congratulated named by a pronoun
object of the verb ("وهنأه أيضا X خلال اتصال هاتفي"): the pronoun is the one the contact before
congratulated (its object, not its subject), and the call takes that contact's day.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events


def _calls(text: str, published: str) -> list[tuple[tuple[str, ...], str]]:
    return sorted(
        (tuple(sorted(p.name_en or "" for p in e.participants)), str(e.date))
        for e in extract_events(text, published)
        if e.type == "phone_call"
    )


def test_pronoun_object_is_the_one_congratulated_before():
    text = (
        "هنأ الرئيس الفرنسي إيمانويل ماكرون، الأحد، الرئيس البرازيلي لولا دا سيلفا بفوزه في الانتخابات خلال اتصال هاتفي.\n"
        "وهنأه أيضا المستشار الألماني أولاف شولتس، خلال اتصال هاتفي، متمنيا له التوفيق."
    )
    assert _calls(text, "2022-10-31") == [
        (("Emmanuel Macron", "Luiz Inácio Lula da Silva"), "2022-10-30"),
        (("Luiz Inácio Lula da Silva", "Olaf Scholz"), "2022-10-30"),
    ]


def test_feminine_pronoun_object():
    text = (
        "هنأ الرئيس الفرنسي إيمانويل ماكرون، الثلاثاء، رئيسة الوزراء الإيطالية جورجيا ميلوني بتوليها منصبها في اتصال هاتفي.\n"
        "وهنأها أيضا المستشار الألماني أولاف شولتس، في اتصال هاتفي."
    )
    found = _calls(text, "2022-10-26")
    assert (("Giorgia Meloni", "Olaf Scholz"), "2022-10-25") in found
    assert all("Emmanuel Macron" not in people or "Olaf Scholz" not in people for people, _ in found)


def test_a_caller_told_keeps_the_receiver_as_the_pronoun():
    text = (
        "تلقى الرئيس البرازيلي لولا دا سيلفا، الأحد، اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون هنأه فيه بالفوز.\n"
        "كما هاتفه المستشار الألماني أولاف شولتس مهنئا."
    )
    assert ("phone_call", "reported", ("Luiz Inácio Lula da Silva", "Olaf Scholz")) in shapes(
        extract_events(text, "2022-10-31")
    )
