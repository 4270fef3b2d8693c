"""Discovery documents: RSS/Atom feeds, sitemaps (index, urlset, Google News, gzip, plain text)."""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import gzip
import io
import time
import zlib
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin

Via = Literal["feed", "sitemap", "urls", "warc"]


@dataclass(frozen=True)
class Discovered:
    url: str
    outlet_id: str
    via: Via
    published_hint: str | None = None


MAX_SITEMAP_DEPTH = 3
MAX_SITEMAPS = 200
MAX_SITEMAP_BYTES = 50 * 2**20  # the sitemaps.org limit, uncompressed


def _iso_hint(raw: str | None, parsed: time.struct_time | None) -> str | None:
    """A feed date as ISO 8601, keeping the publisher's UTC offset when the string has one."""
    if raw:
        raw = raw.strip()
        try:
            d = email.utils.parsedate_to_datetime(raw)
            if d is not None:
                return d.isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
    if parsed:
        return dt.datetime(*parsed[:6], tzinfo=dt.UTC).isoformat()
    return raw or None


def parse_feed(body: bytes, base_url: str, outlet_id: str) -> list[Discovered]:
    """Entries of an RSS/Atom document (bytes we downloaded ourselves) as ``Discovered``.

    Raises ValueError when the document is not a feed."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base_url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise ValueError(f"not a feed: {getattr(parsed, 'bozo_exception', None) or 'no entries'}")
    out: list[Discovered] = []
    for e in parsed.entries:
        link = e.get("link") or e.get("feedburner_origlink")
        if not link:
            guid = e.get("id") or ""
            link = guid if guid.startswith(("http://", "https://")) else None
        if not link:
            continue
        hint = _iso_hint(e.get("published"), e.get("published_parsed")) or _iso_hint(
            e.get("updated"), e.get("updated_parsed")
        )
        out.append(Discovered(urljoin(base_url, link.strip()), outlet_id, "feed", hint))
    return out


_XML_PARSER_KW = dict(
    resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_comments=True, remove_pis=True
)


def parse_sitemap(body: bytes, base_url: str) -> tuple[str, list[tuple[str, str | None]]]:
    """``(kind, entries)``: kind is ``urlset``, ``sitemapindex`` or ``text``; entries are
    ``(loc, published_hint)``; the hint is the Google News ``news:publication_date`` when present
    (``lastmod`` is a modification time, not a publication date, and is not used).

    Raises ValueError for anything that is not a sitemap."""
    from lxml import etree

    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as-is
        try:
            body = gzip.GzipFile(fileobj=io.BytesIO(body)).read(MAX_SITEMAP_BYTES + 1)
        except (OSError, EOFError, zlib.error) as e:
            raise ValueError(f"bad gzip sitemap: {e}") from e
        if len(body) > MAX_SITEMAP_BYTES:
            raise ValueError(f"gzipped sitemap expands beyond {MAX_SITEMAP_BYTES} bytes")
    root = None
    stripped = body.lstrip(codecs.BOM_UTF8).lstrip()
    if stripped.startswith(b"<"):
        try:
            root = etree.fromstring(body, etree.XMLParser(**_XML_PARSER_KW))
        except etree.XMLSyntaxError as e:
            raise ValueError(f"sitemap is not XML: {e}") from e
    if root is None:
        lines = [ln.strip() for ln in body.decode("utf-8", "replace").splitlines() if ln.strip()]
        if lines and all(ln.startswith(("http://", "https://")) for ln in lines):
            return "text", [(ln, None) for ln in lines]
        raise ValueError("not a sitemap (neither XML nor a plain list of URLs)")
    kind = etree.QName(root).localname
    entries: list[tuple[str, str | None]] = []
    if kind == "urlset":
        for u in root.iterfind("{*}url"):
            loc = (u.findtext("{*}loc") or "").strip()
            if not loc:
                continue
            hint = (u.findtext("{*}news/{*}publication_date") or "").strip() or None
            entries.append((urljoin(base_url, loc), hint))
    elif kind == "sitemapindex":
        for s in root.iterfind("{*}sitemap"):
            loc = (s.findtext("{*}loc") or "").strip()
            if loc:
                entries.append((urljoin(base_url, loc), None))
    else:
        raise ValueError(f"not a sitemap: root element <{kind}>")
    return kind, entries
