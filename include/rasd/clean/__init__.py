"""Clean stage: main text and metadata from HTML, boilerplate lines out, checks, near-duplicates.

trafilatura finds the main text on a tree parsed once (``extract_html``); the page's own metadata
is read from that tree first (``metadata``). Rasd then removes lines that are not the article and
parses the trailing source line and photo credit into fields (``boilerplate``), rejects pages that
are not Arabic articles with a reason (``checks``), decides the publication date (``published``:
metadata, htmldate, dateline, URL, feed entry, else none) and marks near-duplicates (``dedup``).
Word lists live in ``data/clean.yaml`` and ``data/news_sources.yaml`` (``wordlists``).
"""

from rasd.clean.boilerplate import strip_boilerplate
from rasd.clean.checks import MIN_ARABIC_RATIO, MIN_PARAGRAPH_WORDS, MIN_TEXT_CHARS, check_text, paired_month_conflicts
from rasd.clean.dedup import MINHASH_SCHEME, MINHASH_SEED, mark_near_duplicates, minhash
from rasd.clean.metadata import PageMetadata, page_metadata
from rasd.clean.page import PageInput, clean_page
from rasd.clean.published import Publication, dateline_date, publication, url_date

__all__ = [
    "MINHASH_SCHEME",
    "MINHASH_SEED",
    "MIN_ARABIC_RATIO",
    "MIN_PARAGRAPH_WORDS",
    "MIN_TEXT_CHARS",
    "PageInput",
    "PageMetadata",
    "Publication",
    "check_text",
    "clean_page",
    "dateline_date",
    "mark_near_duplicates",
    "minhash",
    "page_metadata",
    "paired_month_conflicts",
    "publication",
    "strip_boilerplate",
    "url_date",
]
