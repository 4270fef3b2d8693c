"""The page parsed once (trafilatura's own parser, as ``trafilatura.extract`` does) and its main
text found by trafilatura on that tree; htmldate reads the same tree before trafilatura prunes it."""

from __future__ import annotations

from typing import Any

import trafilatura
from trafilatura.utils import load_html


def parse_html(html: str) -> Any | None:
    """The lxml tree of the page, or None when it is not HTML at all."""
    return load_html(html)


def htmldate_day(tree: Any) -> str | None:
    """htmldate's reading of the page, without its extensive search: that search takes the year of
    a footer's "© 2024" or of paired month names for a date, which is worse than no date. htmldate
    copies the tree before pruning it, so the tree stays whole for trafilatura."""
    from htmldate import find_date

    try:
        return find_date(tree, extensive_search=False, original_date=True)
    except (ValueError, TypeError, OverflowError):
        return None


def main_text(tree: Any, url: str) -> str:
    """trafilatura's main text of the page (comments and tables left out); prunes ``tree``."""
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False, include_tables=False)
    return (getattr(doc, "text", None) or "") if doc is not None else ""
