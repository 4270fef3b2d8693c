"""Arabic normalisation for matching, with an offset map back to the display text.

Matching runs on a normalised copy of the cleaned text (camel-tools' ``arclean`` mapping, diacritics
and tatweel removed, alef / alef maqsura / teh marbuta variants folded, Latin lower-cased), while
every span that matching finds is reported in the original text. The per-character behaviour is
derived from camel-tools once per code point and cached, so the hot path is a table lookup.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby

import numpy as np
from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

_ARCLEAN = CharMapper.builtin_mapper("arclean")
_TATWEEL = "\u0640"
_WORD_JOINERS = frozenset("_")


@cache
def normalize_char(char: str) -> str:
    """Normalised form of one character: '' when it is a mark to drop, else one or more chars."""
    if char in _WORD_JOINERS:
        # Hashtag names and some outlets' house style join a name's words with underscores
        # ("عبد_المجيد_تبون"): for matching they are spaces, one character for one.
        return " "
    mapped = _ARCLEAN.map_string(char)
    if not mapped:
        # arclean deletes marks (drop them) but also letters it has no entry for, such as Cyrillic
        # or CJK: keep those, or deleting them would glue neighbouring words together.
        if char == _TATWEEL or unicodedata.category(char) in {"Mn", "Me", "Cf"}:
            return ""
        return char.lower()
    mapped = dediac_ar(mapped)
    mapped = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(mapped)))
    return mapped.replace(_TATWEEL, "").lower()


@dataclass(frozen=True)
class NormalizedText:
    """``text`` is the normalised form of ``original``; ``starts``/``ends`` map each of its
    characters to the half-open range of original characters that produced it."""

    original: str
    text: str
    starts: list[int]
    ends: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the original that produced it."""
        if start >= end:
            anchor = self.starts[start] if start < len(self.starts) else len(self.original)
            return anchor, anchor
        return self.starts[start], self.ends[end - 1]

    def original_span_text(self, start: int, end: int) -> str:
        if start >= end:
            return ""  # ``to_original`` gives an empty span
        return self.original[self.starts[start] : self.ends[end - 1]]


# One entry per code point, filled on first sight from ``normalize_char``: the code point it maps
# to, or one of these markers. A table lookup over the text's code points (numpy) replaces a
# ``str.translate`` and the per-text table (the extractor's hottest single step before this).
_UNKNOWN, _DROP, _MULTI = -1, -2, -3
_TABLE = np.full(0x110000, _UNKNOWN, dtype=np.int32)


def _mapped(codes: np.ndarray) -> np.ndarray:
    mapped = _TABLE[codes]
    unknown = mapped == _UNKNOWN
    if unknown.any():
        for code in np.unique(codes[unknown]).tolist():
            norm = normalize_char(chr(code))
            _TABLE[code] = _DROP if not norm else ord(norm) if len(norm) == 1 else _MULTI
        mapped = _TABLE[codes]
    return mapped


def normalize(original: str) -> NormalizedText:
    codes = np.frombuffer(original.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped = _mapped(codes)
    if (mapped == _MULTI).any():
        return _normalize_general(original)
    return _normalize_one_to_one(original, mapped)


def normalize_text(original: str) -> str:
    """``normalize(original).text`` without the offset map, for callers that only compare text
    (near-duplicate shingles): one ``str.translate`` over the text."""
    return original.translate({ord(char): normalize_char(char) or None for char in set(original)})


def _normalize_one_to_one(original: str, mapped: np.ndarray) -> NormalizedText:
    """Fast path (almost every text): each character maps to one character or is dropped. A
    dropped mark belongs to the kept character before it, so each kept character's range runs to
    the next kept character."""
    keep = mapped >= 0
    if keep.all():
        text = mapped.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
        starts = list(range(len(original)))
    else:
        kept = np.flatnonzero(keep)
        text = mapped[kept].astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
        starts = kept.tolist()
    return NormalizedText(original, text, starts, starts[1:] + [len(original)] if starts else [])


def _normalize_general(original: str) -> NormalizedText:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(original):
        norm = normalize_char(char)
        if not norm:
            # A dropped mark belongs to the character before it: extend that character's range
            # so that a mapped span keeps trailing diacritics of its last letter.
            if ends and ends[-1] == index:
                for back in range(len(ends) - 1, -1, -1):
                    if ends[back] != index:
                        break
                    ends[back] = index + 1
            continue
        for piece in norm:
            out.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return NormalizedText(original, "".join(out), starts, ends)


@lru_cache(maxsize=8192)  # short keys of a bounded vocabulary: some are asked per mention
def normalize_key(text: str) -> str:
    """Normalised form for reference-data keys (names, titles, adjectives): also squeezes spaces."""
    return " ".join(normalize(text).text.split())


# -- consonant skeletons of names ------------------------------------------------------------------
# Outlets transliterate one foreign or Maghrebi name into Arabic many ways: long vowels and hamza
# carriers written or dropped ("بوقادوم" / "بوقدوم"), a word-final ة or ه for a vowel, a letter
# doubled or not ("ماتاريلا" / "ماتاريللا"), g as ك, ج, غ or ق (گ, ڨ are folded to ك, ق by
# ``normalize``), v as ف (ڤ folded so), ch as تش or ش, compounds spaced, joined or hyphenated. The
# consonant skeleton forgets exactly these differences: two spellings of a name have one skeleton.
# The letter classes, in one place (over normalised text):
SKELETON_VOWELS = "اأإآٱويىءئؤ"  # dropped anywhere in a word (long vowels, their alef and yeh forms, hamza)
SKELETON_FOLDED = {"ج": "ك", "غ": "ك", "ق": "ك"}  # the letters of g, read as one
SKELETON_WORD_FINAL = "هة"  # dropped at the end of a word's skeleton: a final vowel ("ـة", "ـيه")
SKELETON_DIGRAPHS = {"تش": "ش"}  # ch: two letters written for one (a pair -> its letter), vowels gone


class _SkeletonTable(dict[int, str | None]):
    """``str.translate`` table of skeletons, filled per code point on first sight: a vowel letter and
    whatever is no letter (punctuation, digits, marks, tatweel) dropped, a letter of a class folded."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        dropped = char in SKELETON_VOWELS or not char.isalpha() or char == _TATWEEL
        value = None if dropped else SKELETON_FOLDED.get(char, char)
        self[code] = value
        return value


_SKELETON_TABLE = _SkeletonTable()


@lru_cache(maxsize=65536)  # the words of names and of the text around titles: a bounded vocabulary
def word_skeleton(word: str) -> str:
    """The consonant skeleton of one normalised word: vowel letters and non-letters dropped, the
    letters of a class folded, a letter repeated (once vowels are gone) kept once, a digraph read as
    its letter, a final ه/ة dropped ("بوقادوم" and "بوقدوم": "بكدم")."""
    skeleton = _consonants(word.translate(_SKELETON_TABLE))
    return skeleton[:-1] if skeleton and skeleton[-1] in SKELETON_WORD_FINAL else skeleton


def _consonants(letters: str) -> str:
    """Each run of one letter kept once, each digraph read as its letter."""
    letters = "".join(letter for letter, _ in groupby(letters))
    for pair, letter in SKELETON_DIGRAPHS.items():
        if pair in letters:
            letters = _consonants(letters.replace(pair, letter))
    return letters


def words_skeleton(words: Iterable[str]) -> str:
    """The consonant skeleton of normalised words read as one name: their skeletons joined and read
    as one word's letters (as when the compound is written joined)."""
    return _consonants("".join(map(word_skeleton, words)))


def name_skeleton(name: str) -> str:
    """The consonant skeleton of a name (normalised here): "صبري بوقادوم" and "صبري بوقدوم" give one
    skeleton, and so do "عبد المجيد" and "عبدالمجيد"."""
    return words_skeleton(normalize_key(name).split())
