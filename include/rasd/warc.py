"""Backfill from web archives: WARC (or ARC) files, local or any fsspec URL, ``.gz`` or plain.

Only ``response`` records are inputs (requests, metadata, warcinfo and revisits are skipped).
A response becomes a ``RawPage`` when it is HTTP 200, HTML, decodes (same charset rules as the
live fetcher) and is Arabic: ``<html lang="ar...">`` or more than ``min_arabic_ratio`` of the
letters of its visible text in Arabic script. Everything else is ``Quarantined`` (stage
``fetch``) with reason ``http_<status>``, ``not_html``, ``too_large``, ``decode_error`` or
``not_arabic``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import fsspec
from warcio.archiveiterator import ArchiveIterator

from rasd.fetch import HTML_TYPES, DecodeError, arabic_ratio, canonicalize_url, decode_html
from rasd.rawstore import content_hash
from rasd.records import Quarantined, RawPage, stable_id

_INVISIBLE = ("script", "style", "noscript", "template", "svg", "head")


def visible_text(html: str) -> tuple[str, str | None]:
    """``(visible text, lang attribute of <html>)``."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return "", None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    for el in list(root.iter(*_INVISIBLE)):
        if el.getparent() is not None:
            el.drop_tree()
    return root.text_content(), lang


def is_arabic(html: str, min_ratio: float = 0.3) -> tuple[bool, str]:
    text, lang = visible_text(html)
    if lang and lang.strip().lower().replace("_", "-").split("-")[0] == "ar":
        return True, f"lang={lang}"
    ratio = arabic_ratio(text)
    return ratio > min_ratio, f"lang={lang or '-'}, arabic letters {ratio:.0%}"


def _iso(warc_date: str | None) -> str:
    if not warc_date:
        return ""
    try:
        d = dt.datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    except ValueError:
        return warc_date
    return d.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def read_warc(
    path_or_url: str,
    outlet_id: str = "warc",
    *,
    store: Any = None,
    max_bytes: int = 10 * 2**20,
    min_arabic_ratio: float = 0.3,
    **storage_options: Any,
) -> Iterator[RawPage | Quarantined]:
    """Yield a ``RawPage`` or ``Quarantined`` per response record, in archive order.

    With ``store`` (a ``RawStore``) kept bodies are written to it; ``content_hash`` is the sha256
    of the HTTP payload with transfer/content encodings undone, as for live fetches."""

    def quarantine(url: str | None, reason: str, detail: str, value: str | None = None) -> Quarantined:
        return Quarantined(
            stage="fetch",
            reason=reason,
            detail=detail,
            url=url,
            item_id=stable_id(canonicalize_url(url or "")),
            outlet_id=outlet_id,
            value=value,
        )

    with fsspec.open(path_or_url, "rb", **storage_options) as fh:
        for record in ArchiveIterator(fh, arc2warc=True):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            if not url.startswith(("http://", "https://")) or record.http_headers is None:
                continue  # dns:, whois:, ... records carry no web page
            fetched_at = _iso(record.rec_headers.get_header("WARC-Date"))
            try:
                status = int(record.http_headers.get_statuscode() or 0)
            except ValueError:
                status = 0
            ctype = record.http_headers.get_header("Content-Type") or ""
            mime = ctype.split(";", 1)[0].strip().lower()
            if status != 200:
                yield quarantine(url, f"http_{status}", f"archived response HTTP {status}", str(status))
                continue
            if mime not in HTML_TYPES:
                yield quarantine(url, "not_html", f"content-type {mime or '(none)'}", mime or None)
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield quarantine(url, "too_large", f"payload exceeds {max_bytes} bytes")
                continue
            try:
                html, charset = decode_html(body, ctype)
            except DecodeError as e:
                yield quarantine(url, "decode_error", str(e))
                continue
            arabic, why = is_arabic(html, min_arabic_ratio)
            if not arabic:
                yield quarantine(url, "not_arabic", why)
                continue
            h = store.put(body) if store is not None else content_hash(body)
            yield RawPage(
                url=url,
                outlet_id=outlet_id,
                final_url=url,
                status=200,
                content_type=mime,
                charset=charset,
                content_hash=h,
                n_bytes=len(body),
                fetched_at=fetched_at,
                elapsed_ms=0.0,
                html=html,
                discovered_via="warc",
                published_hint=None,
            )
