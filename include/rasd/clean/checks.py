"""Checks that reject a page's text with a reason: no main text, mojibake, not Arabic, too short.
Also the paired month names that disagree (a flag on the article, not a rejection)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rasd.arabic import arabic_ratio
from rasd.clean.wordlists import vocabulary
from rasd.dates import find_dates, parse_iso
from rasd.dates import vocabulary as date_vocabulary
from rasd.normalize import normalize, normalize_text

MIN_TEXT_CHARS = 250
MIN_ARABIC_RATIO = 0.5
MIN_PARAGRAPH_WORDS = 10
LANGUAGE_SAMPLE_CHARS = 400  # a paragraph is enough for langid; the whole text costs 5x
FUNCTION_WORD_SAMPLE_CHARS = 1500

# Text decoded with the wrong charset: UTF-8 bytes read as Latin-1/cp1252, or Arabic read as cp1256.
_MOJIBAKE = re.compile(
    r"(?:[ØÙÚÛ][\x80-\xBF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u2018-\u201E\u2020-\u2026\u2030\u2039\u203A\u20AC\u2122])|\uFFFD|(?:Ã.){2,}"
)
_PAIR_JOINER = re.compile(r"[/(]")
_PAIR_WINDOW = 30  # characters either side of a '/' or '(' that can hold a paired month name


def _clearly_arabic(text: str) -> bool:
    """Arabic function words are frequent and Persian/Urdu letters are rare: no need to ask langid."""
    vocab = vocabulary()
    sample = text[:FUNCTION_WORD_SAMPLE_CHARS]
    words = sample.split()
    if len(words) < 30:
        return False
    share = sum(w in vocab.function_words for w in words) / len(words)
    return share >= 0.06 and len(vocab.persian_urdu_re.findall(sample)) <= 2


@lru_cache(maxsize=1)
def language_identifier() -> Any:
    """py3langid's model, loaded once per process (about 0.5 s); None when it cannot load."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_model_file(MODEL_FILE)
    except Exception:  # language id is a second opinion only; the script ratio decides
        return None


def _language(text: str) -> str | None:
    if _clearly_arabic(text):
        return "ar"
    identifier = language_identifier()
    if identifier is None:
        return None
    try:
        return str(identifier.classify(text[:LANGUAGE_SAMPLE_CHARS])[0])
    except Exception:  # a second opinion only: never let it fail the page
        return None


def check_text(text: str) -> tuple[str, str] | None:
    """(reason, detail) when the text cannot be an Arabic article, else None."""
    if not text.strip():
        return "no_main_text", "trafilatura found no main text"
    bad = _MOJIBAKE.findall(text)
    if len(bad) >= 3:
        return "mojibake", f"{len(bad)} mis-decoded sequences, e.g. {bad[0]!r}"
    ratio = arabic_ratio(text)
    if ratio < MIN_ARABIC_RATIO:
        return "not_arabic", f"Arabic script ratio {ratio:.2f} < {MIN_ARABIC_RATIO}"
    if len(text) < MIN_TEXT_CHARS:
        return "too_short", f"{len(text)} characters < {MIN_TEXT_CHARS}"
    # A page without an article body (a video or listing page) still yields its menus and link
    # lists when trafilatura falls back: short lines only, no paragraphs of prose.
    prose = sum(len(line) for line in text.splitlines() if len(line.split()) >= MIN_PARAGRAPH_WORDS)
    if prose < MIN_TEXT_CHARS:
        return "no_main_text", f"only {prose} characters in paragraphs of {MIN_PARAGRAPH_WORDS}+ words"
    lang = _language(text)
    if lang is not None and lang not in {"ar", "fa", "ur", "ps"}:
        return "not_arabic", f"language identified as {lang!r}"
    return None


@lru_cache(maxsize=1)
def _month_names() -> tuple[str, ...]:
    return tuple(date_vocabulary().month_of)


def _month_follows(text: str, at: int) -> bool:
    """A month name (normalised) right after position ``at``: the second half of a pair."""
    return normalize_text(text[at : at + _PAIR_WINDOW // 2]).lstrip().startswith(_month_names())


def paired_month_conflicts(text: str, published: str | None = None) -> list[str]:
    """Paired month names that disagree ("20 ديسمبر/كانون الثاني"). Pairs are joined by '/' or '('
    with a month name right after, so only the text around those joiners is normalised and searched."""
    conflicts: list[str] = []
    last_end = -1
    for m in _PAIR_JOINER.finditer(text):
        if m.start() < last_end or not _month_follows(text, m.end()):
            continue
        lo, hi = max(0, m.start() - _PAIR_WINDOW), m.end() + _PAIR_WINDOW
        last_end = hi
        conflicts.extend(
            d.month_conflict for d in find_dates(normalize(text[lo:hi]).text, parse_iso(published)) if d.month_conflict
        )
    return list(dict.fromkeys(conflicts))
