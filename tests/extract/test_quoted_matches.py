"""sources.quoted_matches: the matches of the quoted-outlet pattern, as finditer finds them."""

from __future__ import annotations

import random

from rasd.extract.sources import _grammar_words, _quoted_pattern, quoted_matches


def test_the_matches_are_those_of_finditer_on_random_texts() -> None:
    pattern = _quoted_pattern()
    assert pattern is not None
    kinds = list(_grammar_words()[1])[:6]
    pieces = [*kinds, "و", "ب", "ل", "ف", "ال", " ", " ", "«", "»", '"', "النهار", "الغد", "x", "\n", "،"]
    pieces += [f"{k} «النهار»" for k in kinds] + [f'و{k}"الغد"' for k in kinds]  # whole matches, often
    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        expected = [m.span() for m in pattern.finditer(text, lo, hi)]
        assert [m.span() for m in quoted_matches(pattern, text, lo, hi)] == expected, (text, lo, hi)
        found += len(expected)
    assert found > 500  # the texts hold matches (next to each other, cut by the range, after a clitic)
