"""The clean stage's word lists, read once from the reviewed data files.

``data/clean.yaml`` holds boilerplate phrases, copyright markers and the language check's words;
``data/news_sources.yaml`` holds the source-line and photo-credit labels (shared with the extractor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.config import DATA_DIR, news_sources, read_yaml
from rasd.normalize import normalize_key
from rasd.words import alternation

_NOT_BEFORE_LETTER = r"(?![^\W\d_])"


@dataclass(frozen=True)
class CleanVocabulary:
    boilerplate_re: re.Pattern[str]  # a line that starts with a boilerplate phrase
    short_boilerplate_words: frozenset[str]
    short_line_max_words: int
    language_tokens: frozenset[str]  # lower-cased; a line of two or more of them switches language
    source_line_re: re.Pattern[str]  # "المصدر: ..." -> group "value"
    photo_line_re: re.Pattern[str]  # "الصورة: ..." -> group "value"
    copyright_re: re.Pattern[str]  # a copyright notice and its year(s)
    # On normalised text (see rasd.normalize), after a dateline's date:
    equivalence_re: re.Pattern[str]  # "الموافق": the Gregorian equivalent follows
    era_re: re.Pattern[str]  # "م" after a year
    agency_re: re.Pattern[str]  # a news agency's name ("واس"), which ends a dateline
    function_words: frozenset[str]
    persian_urdu_re: re.Pattern[str]


def _labelled_line(labels: list[str]) -> re.Pattern[str]:
    """ "LABEL: value" on a stripped line. No lazy or nested quantifiers: the time stays linear."""
    return re.compile(rf"(?:{alternation(labels)})\s*[:：]\s*(?P<value>.+)", re.I)


def _normalised(words: list[str]) -> str:
    return alternation([normalize_key(w) for w in words if normalize_key(w)])


def _agency_names(sources: dict) -> list[str]:
    """Arabic names of the agencies and outlets in news_sources.yaml (ambiguous ones too: right
    after a dateline's date, "واج" can only be the agency)."""
    return [n for s in sources.get("sources", []) for n in list(s.get("ar") or []) + list(s.get("ambiguous") or [])]


def _read(name: str) -> dict:
    return read_yaml(DATA_DIR / name) or {}


@lru_cache(maxsize=1)
def vocabulary() -> CleanVocabulary:
    clean = _read("clean.yaml")
    sources = news_sources()
    boiler = clean["boilerplate"]
    language = clean["language"]
    dateline = clean["dateline"]
    markers = alternation(clean["copyright_markers"])
    return CleanVocabulary(
        # A phrase ends at a non-letter: "الوسوم" must not match the start of a longer word.
        boilerplate_re=re.compile(rf"^\s*(?:{alternation(boiler['line_prefixes'])})(?![^\W\d_])"),
        short_boilerplate_words=frozenset(boiler["short_line_words"]),
        short_line_max_words=int(boiler["short_line_max_words"]),
        language_tokens=frozenset(t.lower() for t in boiler["language_tokens"]),
        source_line_re=_labelled_line(sources["source_line_labels"]),
        photo_line_re=_labelled_line(sources["photo_credit_labels"]),
        copyright_re=re.compile(
            rf"(?:{markers})[^0-9<>]{{0,60}}?(?P<y1>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<y2>(?:19|20)\d\d))?(?!\d)", re.I
        ),
        equivalence_re=re.compile(rf"\s*(?:{_normalised(dateline['equivalence_words'])}){_NOT_BEFORE_LETTER}\s*"),
        era_re=re.compile(rf"\s*(?:{_normalised(dateline['era_marks'])}){_NOT_BEFORE_LETTER}"),
        agency_re=re.compile(rf"\s*[-–—]?\s*(?:{_normalised(_agency_names(sources))}){_NOT_BEFORE_LETTER}"),
        function_words=frozenset(language["arabic_function_words"]),
        persian_urdu_re=re.compile(f"[{re.escape(language['persian_urdu_letters'])}]"),
    )
