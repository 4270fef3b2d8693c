"""Words of a span of text, read without splitting all of it.

Many rules ask how many words stand between two points, or which words end a span, inside sentences
that may run to thousands of words: these read only the words they need, so that asking once per cue
or per trigger stays linear in the sentence (``text[lo:hi].split()`` each time was quadratic).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache
from itertools import islice


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern (never empty) whose matches can start only at
    ``starts`` (ascending, none before ``lo``): tried there alone, not at every character (a pattern
    that opens with a lookbehind is scanned character by character; the lookbehind still reads the
    text before a start, as in finditer)."""
    after = 0  # as finditer: the next match starts after the last one
    for s in starts:
        if s >= after:
            found = pattern.match(text, s, hi)
            if found is not None:
                yield found
                after = found.end()


def last_words(text: str, lo: int, at: int, k: int) -> list[str]:
    """The last ``k`` words of ``text[lo:at]`` (as ``text[lo:at].split()[-k:]``), read from a bounded
    window begun at a word's start, so that many cues in one long sentence stay linear."""
    start = max(lo, at - 30 * k)
    while start > lo and not text[start - 1].isspace():
        start -= 1
    words = text[start:at].split()
    if len(words) < k and start > lo:
        words = text[lo:at].split()  # a few very long words: the whole span
    return words[-k:]


_WORD = re.compile(r"\S+")


def last_word_spans(text: str, lo: int, at: int, k: int) -> list[re.Match[str]]:
    """The last ``k`` words of ``text[lo:at]`` as matches with their offsets in ``text``, read from a
    bounded window begun at a word's start (as ``last_words``)."""
    start = max(lo, at - 30 * k)
    while start > lo and not text[start - 1].isspace():
        start -= 1
    words = list(_WORD.finditer(text, start, at))
    if len(words) < k and start > lo:
        words = list(_WORD.finditer(text, lo, at))  # a few very long words: the whole span
    return words[-k:]


def words_at_most(text: str, lo: int, hi: int, n: int) -> bool:
    """``len(text[lo:hi].split()) <= n``, reading no further than the word after the ``n``-th (the words
    between a cue and a trigger far apart in a run-on sentence are not all split and counted)."""
    return next(islice(_WORD.finditer(text, lo, hi), n, None), None) is None


# The conjunctions written onto the next word ("وقال", "فأكد").
CONJUNCTIONS = "وف"


def bare_or_conjoined(word: str, words: Container[str]) -> bool:
    """Is ``word`` one of ``words``, bare or with a conjunction written onto it ("قال", "وقال", "فقال")?"""
    return word in words or (word[:1] in CONJUNCTIONS and word[1:] in words)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, escaped, longest first (a longer word wins over
    its own prefix): the one builder of the word patterns."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=16)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


def phrase_starts(
    words: list[str], phrases: tuple[tuple[str, ...], ...], conjunctions: str
) -> Iterator[tuple[int, int]]:
    """(index, length) of each of ``phrases`` (none empty) written word by word in ``words``, its first
    word also with one of ``conjunctions`` written onto it ("وبحسب"): each word looks up the phrases it
    may open, instead of each phrase being tried at each word."""
    index = _by_first_word(phrases)
    for i, first in enumerate(words):
        found = index.get(first, ())
        if first[:1] in conjunctions:
            found = [*found, *index.get(first[1:], ())]
        for phrase in found:
            if tuple(words[i + 1 : i + len(phrase)]) == phrase[1:]:
                yield i, len(phrase)


# The object pronouns a verb may carry, longest first ("هنأهما", "هنأها", "هنأه"; normalised text).
OBJECT_SUFFIXES = ("هما", "ها", "ه")


def without_object(verb: str) -> set[str]:
    """``verb`` and, when it ends with an object pronoun, the verb without it ("هناه" -> "هنا")."""
    return {verb} | {verb[: -len(p)] for p in OBJECT_SUFFIXES if verb.endswith(p) and len(verb) - len(p) >= 3}
