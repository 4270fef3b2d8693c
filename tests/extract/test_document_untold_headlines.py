"""A headline's contact the body does not tell (rasd.extract.document ``_and_untold_headlines``,
contact_tests ``untold_headline``): a headline makes no contact of its own while the body tells it
again, but when one of the leaders it names is in none of the body's contacts with another of them
(the body tells that contact in words that are no contact word, or the page keeps the headline
alone), the headline is read as a body sentence. Sentences written for the tests."""

from __future__ import annotations

from extract_helpers import ABDULLAH, MACRON, SISI, names

from rasd.extract import extract_events

PUB = "2024-03-06"
SCHOLZ = "Olaf Scholz"


def _shapes(text: str) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return sorted((e.type, e.status, e.date, tuple(sorted(names(e)))) for e in extract_events(text, PUB))


def test_a_headline_pair_the_body_tells_in_other_words():
    text = (
        "برقيات من الرئيس المصري إلى ملك الأردن ورئيس فرنسا بمناسبة العيد\n\n"
        "بعث الرئيس المصري عبد الفتاح السيسي اليوم برقية تهنئة إلى الرئيس الفرنسي إيمانويل ماكرون "
        "بمناسبة العيد الوطني. وبادر السيسي كذلك بالتواصل مع الملك عبد الله الثاني ملك الأردن مهنئا بالمناسبة."
    )
    assert _shapes(text) == [
        ("message", "reported", PUB, (SISI, ABDULLAH)),
        ("message", "reported", PUB, (SISI, MACRON)),
    ]


def test_a_headline_over_a_body_that_tells_no_contact():
    text = (
        "ماكرون يستضيف المستشار الألماني الشهر المقبل في أول زيارة رسمية\n\n"
        "يستعد الرئيس الفرنسي إيمانويل ماكرون وزوجته لاستقبال ضيف كبير في قصر الإليزيه."
    )
    assert [(t, s, p) for t, s, _, p in _shapes(text)] == [("visit", "planned", (MACRON, SCHOLZ))]


def test_a_headline_the_body_tells_again_makes_one_event_of_the_body_day():
    text = (
        "الرئيس المصري يستقبل ملك الأردن في القاهرة\n\n"
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الأحد في قصر الاتحادية العاهل الأردني الملك "
        "عبد الله الثاني، وبحث الجانبان العلاقات الثنائية."
    )
    assert _shapes(text) == [("meeting", "reported", "2024-03-03", (SISI, ABDULLAH))]


def test_an_invitation_in_a_headline_is_still_no_contact():
    text = (
        "ماكرون يدعو شولتس لزيارة باريس\n\n"
        "أعلن قصر الإليزيه أن الرئيس الفرنسي إيمانويل ماكرون يأمل بتعزيز العلاقات مع ألمانيا."
    )
    assert _shapes(text) == []


def test_a_headline_naming_one_leader_adds_nothing():
    text = (
        "ماكرون يستقبل ضيوفه في الإليزيه\n\n"
        "قال المتحدث باسم الحكومة الألمانية إن المستشار أولاف شولتس سيعود إلى برلين مساء."
    )
    assert _shapes(text) == []
