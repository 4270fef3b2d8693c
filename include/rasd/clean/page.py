"""One fetched page through the clean stage: parse once, metadata, main text, boilerplate out,
checks, publication date. Returns the article or the reason it is not one, never raises."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.clean.boilerplate import strip_boilerplate
from rasd.clean.checks import check_text, paired_month_conflicts
from rasd.clean.extract_html import htmldate_day, main_text, parse_html
from rasd.clean.metadata import PageMetadata, page_metadata
from rasd.clean.published import publication
from rasd.records import CleanArticle, Quarantined, RawPage, stable_id


@dataclass(frozen=True)
class PageInput:
    """What the clean stage needs of a fetched page."""

    url: str
    outlet_id: str
    html: str
    published_hint: str | None = None  # from a feed or sitemap entry
    content_hash: str | None = None
    fetched_at: str | None = None  # first fetch (ISO 8601): bounds the year of a yearless dateline

    @classmethod
    def from_raw(cls, page: RawPage, html: str) -> PageInput:
        """The clean stage's view of a fetched page whose body was decoded to ``html``."""
        return cls(page.url, page.outlet_id, html, page.published_hint, page.content_hash, page.fetched_at or None)


@dataclass(frozen=True)
class _Parsed:
    meta: PageMetadata
    htmldate: str | None
    text: str


def _parse(page: PageInput) -> _Parsed | None:
    """Metadata and htmldate read the tree first; trafilatura then prunes it for the main text."""
    tree = parse_html(page.html)
    if tree is None:
        return None
    meta = page_metadata(tree)
    htmldate = None if meta.published else htmldate_day(tree)
    return _Parsed(meta, htmldate, main_text(tree, page.url))


def _error(exc: BaseException) -> str:
    """One line naming the error: messages of parser errors can span lines."""
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:240]


def _quarantine(page: PageInput, reason: str, detail: str) -> Quarantined:
    return Quarantined("clean", reason, detail, url=page.url, outlet_id=page.outlet_id, item_id=page.content_hash)


def clean_page(page: PageInput) -> CleanArticle | Quarantined:
    """Main text and metadata of one page, or the reason it is not an article. Never raises: a
    page that breaks the parser, or any rule below, is quarantined with the error."""
    try:
        parsed = _parse(page)
    except Exception as exc:  # broken markup: quarantine, never crash the batch
        return _quarantine(page, "parse_error", _error(exc))
    if parsed is None:
        return _quarantine(page, "no_main_text", "not an HTML document")
    try:
        return _article(page, parsed)
    except Exception as exc:  # a bug on one hostile page must not stop the batch: keep it visible
        return _quarantine(page, "clean_error", _error(exc))


def _article(page: PageInput, parsed: _Parsed) -> CleanArticle | Quarantined:
    text, source_line, photo_credit = strip_boilerplate(parsed.text)
    title = parsed.meta.title
    if title and text.startswith(title):  # trafilatura keeps the <h1>; the title is its own field
        text = text[len(title) :].lstrip("\n")
    problem = check_text(text)
    if problem:
        return _quarantine(page, *problem)
    published = publication(
        meta=parsed.meta.published,
        htmldate=parsed.htmldate,
        text=text,
        url=page.url,
        hint=page.published_hint,
        html=page.html,
        fetched_at=page.fetched_at,
    )
    return CleanArticle(
        article_id=stable_id(page.url),
        url=page.url,
        outlet_id=page.outlet_id,
        title=title,
        published_date=published.date,
        published_basis=published.basis,
        text=text,
        author=parsed.meta.author,
        site_name=parsed.meta.site_name,
        canonical_url=parsed.meta.canonical_url or page.url,
        language="ar",
        source_line=source_line,
        photo_credit=photo_credit,
        content_hash=page.content_hash,
        month_conflicts=paired_month_conflicts(text, published.date),
    )
