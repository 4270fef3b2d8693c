"""A plural or dual title before country and name pairs ("وكذلك رؤساء وزراء A X وB Y") heads the next
names of a list: each country's office holder is one more partner of the same subject, the title no
word that breaks the list (party_positions._without_dual_titles). Sentences written for these tests."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events

_LEAD = "اجتمع الرئيس الفرنسي إيمانويل ماكرون بالمستشار الألماني أولاف شولتس في باريس. "


def _meetings(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [s for s in shapes(extract_events(text, "2023-03-20")) if s[0] == "meeting"]


def test_plural_title_after_an_addition_word_goes_on_with_the_list():
    text = (
        _LEAD + "واستقبل الرئيس الأمريكي جو بايدن في الإليزيه وكذلك رؤساء وزراء الهند ناريندرا مودي "
        "والدنمارك لارس لوكه راسموسن."
    )
    meetings = _meetings(text)
    for guest in ("Joe Biden", "Narendra Modi", "Lars Løkke Rasmussen"):
        assert ("meeting", "reported", ("Emmanuel Macron", guest)) in meetings


def test_a_title_as_a_predicate_is_no_head_of_the_list():
    text = "فاز إيمانويل ماكرون رئيسا لفرنسا، ثم التقى الرئيس الأمريكي جو بايدن في روما."
    assert ("meeting", "reported", ("Emmanuel Macron", "Joe Biden")) in _meetings(text)
