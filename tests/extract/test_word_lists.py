"""The extractor's word lists (extract_words.yaml, triggers.yaml, calendar.yaml) hold each word once.

Every loader folds the words with ``normalize_key`` and drops repeats (rasd.extract.lexicon ``_keys``,
the reference-data builder's ``add``, the dictionaries of ``rasd.dates.vocabulary``), so a second
spelling that folds to the same key ("أكتوبر"/"اكتوبر", "اتصالا"/"اتصالاً") is a dead entry: the
lists keep one spelling per key."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from rasd.config import DATA_DIR, read_yaml
from rasd.normalize import normalize_key

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
