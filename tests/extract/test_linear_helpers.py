"""The helpers that keep long sentences linear give what the plain scans they replace gave."""

from __future__ import annotations

import random
import re

from rasd.extract.frames import CLAUSE_MARK, ScanUpTo, _contact_noun_after, _word_reach, after_or_before
from rasd.extract.lexicon import cue_pattern, lexicon
from rasd.words import bare_or_conjoined, last_word_spans, last_words, words_at_most

_PIECES = ["بعد", "قبل", "لقائه", "الذي", "التي", "منذ", "عقب", "زار", "،", ",", " ", "  ", "\n", "الرئيس", "و", "5"]


def _texts(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_words_at_most_and_last_words_agree_with_split():
    for text in _texts(150):
        for lo in range(0, len(text), 7):
            for hi in range(lo, len(text) + 1, 5):
                words = text[lo:hi].split()
                for n in (0, 1, 2, 5):
                    assert words_at_most(text, lo, hi, n) == (len(words) <= n)
                for k in (1, 3):
                    assert last_words(text, lo, hi, k) == words[-k:]


def _plain_ends(pattern: re.Pattern[str], text: str, start: int, p: int, keep) -> list[int]:
    return [m.end() for m in pattern.finditer(text, start, p) if keep is None or keep(m)]


def test_one_scan_answers_as_a_scan_to_every_end():
    words = lexicon().relative_pronouns + lexicon().other_event_openers
    scans = [
        (cue_pattern(words), _word_reach(words), None),
        (after_or_before()[0], after_or_before()[2], _contact_noun_after),
    ]
    for text in _texts(80):
        for pattern, reach, keep in scans:
            scan = ScanUpTo(pattern, text, 0, len(text), reach, keep)
            for p in range(len(text) + 1):
                plain = _plain_ends(pattern, text, 0, p, keep)
                got = scan.ends_before(p)
                # the latest end of the plain scan is among the answers, and none is outside it
                assert set(got) <= set(plain)
                assert (max(plain) if plain else None) == (max(got) if got else None)
                # a clause mark closes the same openers either way
                marks = [m.start() for m in CLAUSE_MARK.finditer(text, 0, p)]
                open_plain = any(not any(e <= c < p for c in marks) for e in plain)
                open_got = any(not any(e <= c < p for c in marks) for e in got)
                assert open_plain == open_got


def test_bare_or_conjoined_takes_a_word_with_or_without_waw_or_fa():
    verbs = frozenset({"قال", "اكد"})
    assert bare_or_conjoined("قال", verbs)
    assert bare_or_conjoined("وقال", verbs) and bare_or_conjoined("فاكد", verbs)
    assert not bare_or_conjoined("بقال", verbs)  # ب is no conjunction
    assert not bare_or_conjoined("", verbs) and not bare_or_conjoined("و", verbs)


def test_last_word_spans_agree_with_a_full_split_and_give_offsets():
    rng = random.Random(7)
    for _ in range(200):
        text = " ".join("س" * rng.randint(1, 70) for _ in range(rng.randint(0, 12)))
        lo, at, k = rng.randint(0, 5), len(text), rng.randint(1, 6)
        spans = last_word_spans(text, lo, at, k)
        assert [m.group() for m in spans] == text[lo:at].split()[-k:]
        assert all(text[m.start() : m.end()] == m.group() for m in spans)
