"""The extractor's word lists (rasd.extract.lexicon and the reviewed data files): each word once,
and the lists read from the data rather than written in code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from rasd.config import DATA_DIR, read_yaml
from rasd.dates import bare_that_words, saying_words
from rasd.extract.lexicon import lexicon
from rasd.extract.referred_parties import prepositional
from rasd.extract.sources import _office_title_of
from rasd.normalize import normalize, normalize_key

# Each word once in extract_words.yaml, triggers.yaml and calendar.yaml. Every loader folds the words
# with ``normalize_key`` and drops repeats (rasd.extract.lexicon ``_keys``, the reference-data
# builder's ``add``, the dictionaries of ``rasd.dates.vocabulary``), so a second spelling that folds to
# the same key ("أكتوبر"/"اكتوبر", "اتصالا"/"اتصالاً") is a dead entry: the lists keep one spelling per key.

FILES = ("extract_words.yaml", "triggers.yaml", "calendar.yaml")


def _word_lists(data: Any, path: str) -> Iterator[tuple[str, list[str]]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _word_lists(value, f"{path}.{key}")
    elif isinstance(data, list):
        if all(isinstance(item, str) for item in data):
            yield path, data
        else:
            for i, item in enumerate(data):
                yield from _word_lists(item, f"{path}[{i}]")


@pytest.mark.parametrize("name", FILES)
def test_every_word_list_holds_each_key_once(name: str) -> None:
    lists = list(_word_lists(read_yaml(DATA_DIR / name), name))
    assert lists
    repeated = {
        path: sorted(key for key, n in Counter(normalize_key(w) for w in words).items() if n > 1)
        for path, words in lists
    }
    assert not {path: keys for path, keys in repeated.items() if keys}


# Word lists read from the reviewed data files (extract_words.yaml), not written in code: the bare
# that-words, the prepositions that govern a name, and the that-words the office-title pattern excludes.


def test_bare_that_words_are_read_normalised_and_carry_no_pronoun() -> None:
    words = bare_that_words()
    assert {"ان", "بان", "وان"} <= words
    assert "انه" not in words
    assert words <= saying_words()[1] | {"وان"}


def test_object_prepositions_are_read_normalised() -> None:
    assert {"مع", "من", "الي", "لدي"} <= set(lexicon().object_prepositions)


def _norm(text: str) -> str:
    return normalize(text).text


def test_a_name_after_a_preposition_from_the_list_is_governed() -> None:
    for text in ("وصل الوزير إلى سامر", "جلس الوزير لدى سامر", "تحدث الوزير مع سامر"):
        norm = _norm(text)
        assert prepositional(norm, norm.index("سامر")), text


def test_a_name_after_a_verb_is_not_governed() -> None:
    norm = _norm("وقال سامر")
    assert not prepositional(norm, norm.index("سامر"))


def test_the_office_title_pattern_reads_the_that_words_from_the_data() -> None:
    assert _office_title_of().search(_norm("وقال مكتب رئيس الوزراء الكندي ")) is not None
    assert _office_title_of().search(_norm("وأعلن مكتب رئيس المجلس اليوم أن ")) is None
    assert _office_title_of().search(_norm("وكتب مكتب رئيس الوزراء قائلا ")) is None


def test_time_heads_after_before_or_after_are_read_normalised() -> None:
    heads = lexicon().other_happening_time_heads
    assert {"ظهر", "منتصف", "ساعه", "ايام", "اسابيع"} <= heads


def test_the_preposition_of_an_invitation_is_read_with_its_purpose_words() -> None:
    assert "الي" in lexicon().status_more["invitation_purpose_words"]


def test_the_warehouse_strips_the_marks_of_the_one_arabic_class() -> None:
    from rasd.arabic import ARABIC_MARKS
    from rasd.warehouse.queries.base import AR_MARKS_RE

    assert AR_MARKS_RE == f"[{ARABIC_MARKS}]" == "[\u064b-\u0652\u0640]"
