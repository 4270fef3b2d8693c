"""One fetched page through the clean stage: parse once, metadata, main text, boilerplate out,
checks, publication date. Returns the article or the reason it is not one, never raises."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.clean.boilerplate import strip_boilerplate
from rasd.clean.checks import check_text, paired_month_conflicts
from rasd.clean.extract_html import htmldate_day, main_text, parse_html
from rasd.clean.metadata import PageMetadata, page_metadata
from rasd.clean.published import publication
from rasd.records import CleanArticle, Quarantined, stable_id


@dataclass(frozen=True)
class PageInput:
    """What the clean stage needs of a fetched page."""

    url: str
    outlet_id: str
    html: str
    published_hint: str | None = None  # from a feed or sitemap entry
    content_hash: str | None = None
    fetched_at: str | None = None  # first fetch (ISO 8601): bounds the year of a yearless dateline


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


def clean_page(page: PageInput) -> CleanArticle | Quarantined:
    """Main text and metadata of one page, or the reason it is not an article."""

    def quarantine(reason: str, detail: str) -> Quarantined:
        return Quarantined("clean", reason, detail, url=page.url, outlet_id=page.outlet_id, item_id=page.content_hash)

    try:
        parsed = _parse(page)
    except Exception as exc:  # broken markup: quarantine, never crash the batch
        return quarantine("parse_error", f"{type(exc).__name__}: {str(exc)[:200]}")
    if parsed is None:
        return quarantine("no_main_text", "not an HTML document")
    text, source_line, photo_credit = strip_boilerplate(parsed.text)
    title = parsed.meta.title
    if title and text.startswith(title):  # trafilatura keeps the <h1>; the title is its own field
        text = text[len(title) :].lstrip("\n")
    problem = check_text(text)
    if problem:
        return quarantine(*problem)
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
