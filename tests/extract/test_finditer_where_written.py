"""mentions.finditer_where_written: the same matches as ``finditer`` over the whole text."""

from __future__ import annotations

import random
import re

from rasd.extract.mentions import finditer_where_written

# The three patterns it runs for (a key after a word start, with an optional clitic, "لل" + stem).
CASES = [
    (r"(?<![^\W\d_])بن سعد(?![^\W\d_])", "بن سعد", 0),
    (r"(?<![^\W\d_])(?P<clitic>وال|بال|فال|لل|ال|و|ف|ب|ل)?سعد(?![^\W\d_])", "سعد", 3),
    (r"(?<![^\W\d_])(?P<clitic>وال|بال|فال|لل|ال|و|ف|ب|ل)?نا(?![^\W\d_])", "نا", 3),
    (r"(?<![^\W\d_])(?:و|ف)?ل(?=للسعدي(?![^\W\d_]))", "للسعدي", 1),
]
PIECES = ["بن", "سعد", "نا", "ل", "لل", "و", "ف", "ال", "وال", "السعدي", "ي", " ", " ", "،", "x", "1"]


def test_the_matches_are_those_of_finditer_on_random_texts() -> None:
    rng = random.Random(7)
    for pattern, key, lead in CASES:
        compiled = re.compile(pattern)
        for _ in range(3000):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
            expected = [m.span() for m in compiled.finditer(text)]
            assert [m.span() for m in finditer_where_written(compiled, text, key, lead)] == expected, text


def test_written_keys_next_to_each_other_are_found_once_each() -> None:
    compiled = re.compile(CASES[1][0])
    text = "وسعد سعد،لسعد والسعد سعدي"
    assert [m.group() for m in finditer_where_written(compiled, text, "سعد", 3)] == [
        m.group() for m in compiled.finditer(text)
    ]
