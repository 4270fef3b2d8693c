"""Lines that are not the article: read-also links, share buttons, comment forms, cookie banners,
language switchers. The trailing source line and the photo credit become fields of their own."""

from __future__ import annotations

import re

from rasd.clean.wordlists import vocabulary

_SWITCH_SEPARATORS = re.compile(r"[\s|/·•]+")


def _is_language_switch(line: str) -> bool:
    """A line made only of two or more language names or codes ("ar | en | fr")."""
    tokens = [t for t in _SWITCH_SEPARATORS.split(line.lower()) if t]
    return len(tokens) >= 2 and all(t in vocabulary().language_tokens for t in tokens)


def _is_boilerplate(line: str) -> bool:
    vocab = vocabulary()
    if vocab.boilerplate_re.match(line) or _is_language_switch(line):
        return True
    words = line.split()
    return len(words) <= vocab.short_line_max_words and words[0].rstrip(":：") in vocab.short_boilerplate_words


def strip_boilerplate(text: str) -> tuple[str, str | None, str | None]:
    """Remove non-article lines; return (text, source line value, photo credit)."""
    vocab = vocabulary()
    kept: list[str] = []
    source_line = photo_credit = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if m := vocab.source_line_re.match(stripped):
            source_line = m["value"].strip()
            continue
        if m := vocab.photo_line_re.match(stripped):
            photo_credit = m["value"].strip()
            continue
        if _is_boilerplate(stripped):
            continue
        kept.append(stripped)
    return "\n".join(kept), source_line, photo_credit
