"""The one home of Arabic-script character classes and the Arabic share of a text.

Every module that asks "is this Arabic?" imports from here: the fetcher (charset sanity), the
cleaner (language check), the extractor and date patterns (word boundaries) and the web pages
(text direction).
"""

from __future__ import annotations

import re

# Every Arabic-script code point: Arabic, Supplement, Extended-A, Presentation Forms A and B.
ARABIC_SCRIPT = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# Letters of words (hamza..yeh and the extended letters), without digits, punctuation or marks.
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# Short vowels, shadda, sukun and tatweel: marks that may sit inside a word.
ARABIC_MARKS = "\u064b-\u0652\u0640"

# Word edges: no Arabic letter just before (WORD_START) or just after (WORD_END) this point.
WORD_START = f"(?<![{ARABIC_LETTERS}])"
WORD_END = f"(?![{ARABIC_LETTERS}])"

ARABIC_SCRIPT_RE = re.compile(f"[{ARABIC_SCRIPT}]")
ARABIC_WORD_RE = re.compile(f"^[{ARABIC_LETTERS}{ARABIC_MARKS}]{{2,}}$")


def is_arabic_char(ch: str) -> bool:
    return bool(ARABIC_SCRIPT_RE.match(ch))


def arabic_ratio(text: str) -> float:
    """Share of the text's letters (``str.isalpha``) that are Arabic script; 0.0 without letters."""
    letters = sum(map(str.isalpha, text))  # counted in C: the clean stage asks this of every page
    if not letters:
        return 0.0
    return sum(map(str.isalpha, ARABIC_SCRIPT_RE.findall(text))) / letters


def has_arabic(text: str) -> bool:
    return ARABIC_SCRIPT_RE.search(text) is not None
