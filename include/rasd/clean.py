"""Clean stage: main text and metadata from HTML, boilerplate lines out, checks, near-duplicates.

trafilatura finds the main text and metadata. Rasd then removes lines that are not the article
(read-also links, share buttons, cookie and comment-form text, language switchers), parses the
trailing source line and photo credit into fields, decides the publication date (page metadata,
then htmldate, then a dateline in the body, then the URL) and rejects pages that are not Arabic
articles with a reason.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

import trafilatura
from lxml import html as lxml_html

from rasd.dates import find_dates, parse_iso
from rasd.normalize import normalize
from rasd.records import CleanArticle, Quarantined, stable_id

MIN_TEXT_CHARS = 250
MIN_ARABIC_RATIO = 0.5
MIN_PARAGRAPH_WORDS = 10

_BOILERPLATE = re.compile(
    r"^\s*(?:اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|اخترنا لك|مواضيع ذات صلة|أخبار ذات صلة|"
    r"شارك(?: على| عبر)?|شاركوا|تابعونا|تابعنا على|انضم إلى قناتنا|اشترك في|النشرة البريدية|"
    r"اترك تعليقا|اترك تعليقاً|أضف تعليق|التعليقات|لن يتم نشر عنوان بريدك الإلكتروني|"
    r"الحقول الإلزامية|هذا الموقع يستخدم ملفات|نستخدم ملفات تعريف الارتباط|ملفات تعريف الارتباط|"
    r"جميع الحقوق محفوظة|©|كلمات مفتاحية|الوسوم)"
)
_LANGUAGE_SWITCH = re.compile(
    r"^\s*(?:(?:ru|en|fr|ar|es|de|fa|tr|english|français|عربي|русский)\s*[|/·•]?\s*){2,}$", re.I
)
_SOURCE_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|المصادر)\s*[:：]\s*(?P<value>.+?)\s*$")
_PHOTO_LINE = re.compile(r"^\s*(?:الصورة|صورة|تصوير|الصور)\s*[:：]\s*(?P<value>.+?)\s*$")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)(?:[/-](?P<d>[0-3]?\d))?(?=/|\b)")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LETTERS = re.compile(r"[^\W\d_]")
# Text decoded with the wrong charset: UTF-8 bytes read as Latin-1/cp1252, or Arabic read as cp1256.
_MOJIBAKE = re.compile(
    r"(?:[ØÙÚÛ][\x80-\xBF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u2018-\u201E\u2020-\u2026\u2030\u2039\u203A\u20AC\u2122])|\uFFFD|(?:Ã.){2,}"
)


@dataclass(frozen=True)
class PageInput:
    """What the clean stage needs of a fetched page."""

    url: str
    outlet_id: str
    html: str
    published_hint: str | None = None  # from a feed or sitemap entry
    content_hash: str | None = None


def _meta_published(tree) -> str | None:
    """Publication date from page metadata: Open Graph / article tags, JSON-LD, itemprop, <time>."""
    xpaths = (
        "//meta[@property='article:published_time']/@content",
        "//meta[@name='article:published_time']/@content",
        "//meta[@itemprop='datePublished']/@content",
        "//meta[@name='pubdate']/@content",
        "//meta[@name='publish-date']/@content",
        "//meta[@name='date']/@content",
    )
    for xp in xpaths:
        for value in tree.xpath(xp):
            day = _iso_day(value)
            if day:
                return day
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if isinstance(item, dict) and item.get("datePublished"):
                day = _iso_day(str(item["datePublished"]))
                if day:
                    return day
    return None


def _iso_day(value: str) -> str | None:
    m = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)", value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _dateline(text: str) -> str | None:
    """An explicit date in the first or last lines of the body (a dateline), with a year."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in lines[:4] + lines[-2:]:
        if len(line.split()) > 12:
            continue
        norm = normalize(line).text
        for mention in find_dates(norm, None):
            if mention.basis == "explicit" and mention.date:
                return mention.date.isoformat()
    return None


def _url_date(url: str) -> str | None:
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"] or 1)).isoformat() if m["d"] else None
    except ValueError:
        return None


def strip_boilerplate(text: str) -> tuple[str, str | None, str | None]:
    """Remove non-article lines; return (text, source line value, photo credit)."""
    kept: list[str] = []
    source_line = photo_credit = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if m := _SOURCE_LINE.match(stripped):
            source_line = m["value"]
            continue
        if m := _PHOTO_LINE.match(stripped):
            photo_credit = m["value"]
            continue
        if _BOILERPLATE.match(stripped) or _LANGUAGE_SWITCH.match(stripped):
            continue
        kept.append(stripped)
    return "\n".join(kept), source_line, photo_credit


def arabic_ratio(text: str) -> float:
    letters = _LETTERS.findall(text)
    if not letters:
        return 0.0
    return len(_ARABIC.findall(text)) / len(letters)


_ARABIC_FUNCTION_WORDS = frozenset(
    ["في", "من", "على", "إلى", "الى", "عن", "أن", "التي", "الذي", "مع", "وقد", "كما", "هذا", "هذه", "خلال", "بين"]
)
_PERSIAN_URDU_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06cc\u06a9\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")


def _clearly_arabic(text: str) -> bool:
    """Arabic function words are frequent and Persian/Urdu letters are rare: no need to ask langid."""
    words = text[:1500].split()
    if len(words) < 30:
        return False
    share = sum(w in _ARABIC_FUNCTION_WORDS for w in words) / len(words)
    return share >= 0.06 and len(_PERSIAN_URDU_LETTERS.findall(text[:1500])) <= 2


def _language(text: str) -> str | None:
    if _clearly_arabic(text):
        return "ar"
    try:
        import py3langid

        return py3langid.classify(text[:400])[0]  # a paragraph is enough; the whole text costs 5x
    except Exception:  # language id is a second opinion only; the script ratio decides
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


def _first(tree, *xpaths: str) -> str | None:
    for xp in xpaths:
        for value in tree.xpath(xp):
            value = " ".join(str(value).split())
            if value:
                return value
    return None


def page_metadata(tree) -> dict[str, str | None]:
    """Title, site name, author, canonical URL and publication day from the page's own metadata.
    Read before trafilatura runs, because trafilatura prunes the tree it is given."""
    return {
        "title": _first(tree, "//meta[@property='og:title']/@content", "//h1//text()", "//title/text()"),
        "site_name": _first(
            tree, "//meta[@property='og:site_name']/@content", "//meta[@name='application-name']/@content"
        ),
        "author": _first(tree, "//meta[@name='author']/@content", "//meta[@property='article:author']/@content"),
        "canonical_url": _first(tree, "//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"),
        "published": _meta_published(tree),
    }


def _htmldate(html: str) -> str | None:
    """htmldate's reading of the page, without its extensive search: that search takes the year of
    a footer's "© 2024" or of paired month names for a date, which is worse than no date."""
    from htmldate import find_date

    try:
        day = find_date(html, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None
    return None if not day or day.endswith("-01-01") else day


def clean_page(page: PageInput) -> CleanArticle | Quarantined:
    """Main text and metadata of one page, or the reason it is not an article."""

    def quarantine(reason: str, detail: str) -> Quarantined:
        return Quarantined("clean", reason, detail, url=page.url, outlet_id=page.outlet_id, item_id=page.content_hash)

    try:
        tree = lxml_html.fromstring(page.html)
        meta = page_metadata(tree)
        # The page's own metadata is read above; the text comes from trafilatura, on the same tree.
        doc = trafilatura.bare_extraction(
            tree, url=page.url, with_metadata=False, include_comments=False, include_tables=False
        )
    except Exception as exc:  # broken markup: quarantine, never crash the batch
        return quarantine("parse_error", f"{type(exc).__name__}: {exc}")
    raw_text = (getattr(doc, "text", None) or "") if doc is not None else ""
    text, source_line, photo_credit = strip_boilerplate(raw_text)
    title = meta["title"]
    if title and text.startswith(title):  # trafilatura keeps the <h1>; the title is its own field
        text = text[len(title) :].lstrip("\n")
    problem = check_text(text)
    if problem:
        return quarantine(*problem)

    published, basis = None, "none"
    candidates = (
        (lambda: meta["published"], "meta"),
        (lambda: _htmldate(page.html), "htmldate"),
        (lambda: _dateline(text), "dateline"),
        (lambda: _url_date(page.url), "url"),
        (lambda: _iso_day(page.published_hint or ""), "feed"),
    )
    for find, name in candidates:  # in order of trust; later ones only when earlier ones find nothing
        value = find()
        if value:
            published, basis = value, name
            break

    return CleanArticle(
        article_id=stable_id(page.url),
        url=page.url,
        outlet_id=page.outlet_id,
        title=title,
        published_date=published,
        published_basis=basis,
        text=text,
        author=meta["author"],
        site_name=meta["site_name"],
        canonical_url=meta["canonical_url"] or page.url,
        language="ar",
        source_line=source_line,
        photo_credit=photo_credit,
        content_hash=page.content_hash,
        month_conflicts=paired_month_conflicts(text, published),
    )


def paired_month_conflicts(text: str, published: str | None = None) -> list[str]:
    """Paired month names that disagree ("20 ديسمبر/كانون الثاني"). Pairs are joined by '/' or '(',
    so only the text around those characters is normalised and searched."""
    conflicts = []
    last_end = -1
    for m in re.finditer(r"[/(]", text):
        if m.start() < last_end:
            continue
        lo, hi = max(0, m.start() - 30), m.end() + 30
        last_end = hi
        conflicts.extend(
            d.month_conflict for d in find_dates(normalize(text[lo:hi]).text, parse_iso(published)) if d.month_conflict
        )
    return list(dict.fromkeys(conflicts))


def _shingles(text: str, size: int = 5) -> set[bytes]:
    words = normalize(text).text.split()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(max(1, len(words) - size + 1))}


MINHASH_SEED, MINHASH_SCHEME = 7, "affine32"  # stored signatures are only comparable under these


def minhash(text: str, num_perm: int = 64):
    from datasketch import MinHash

    sig = MinHash(num_perm=num_perm, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    sig.update_batch(list(_shingles(text)))
    return sig


def mark_near_duplicates(
    articles: Iterable[CleanArticle],
    earlier: Iterable[tuple[str, list[int]]] = (),
    threshold: float = 0.8,
    num_perm: int = 64,
) -> None:
    """Set ``duplicate_of`` on syndicated / republished copies (MinHash LSH over word 5-shingles), and
    store each article's signature in ``minhash`` so that later runs find copies of it too.
    ``earlier`` holds (article_id, signature) of articles loaded before; they count as originals.
    Within the batch the earliest published article (then the smallest id) is the original."""
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    rank: dict[str, tuple] = {}
    for article_id, values in earlier:
        if values is not None and len(values) == num_perm and article_id not in rank:
            lsh.insert(article_id, LeanMinHash(seed=MINHASH_SEED, hashvalues=values, scheme=MINHASH_SCHEME))
            rank[article_id] = (0, "", article_id)
    ordered = sorted(articles, key=lambda a: (a.published_date or "9999", a.article_id))
    for article in ordered:
        sig = minhash(article.text, num_perm)
        article.minhash = [int(v) for v in sig.hashvalues]
        hits = [h for h in lsh.query(sig) if h != article.article_id]
        article.duplicate_of = min(hits, key=rank.__getitem__) if hits else None
        if article.article_id not in rank:
            lsh.insert(article.article_id, sig)
            rank[article.article_id] = (1, article.published_date or "9999", article.article_id)
