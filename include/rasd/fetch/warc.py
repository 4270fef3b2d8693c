"""Backfill from web archives: WARC (or ARC) files, local or any fsspec URL, ``.gz`` or plain.

Only ``response`` records are inputs (requests, metadata, warcinfo and revisits are skipped).
A response is admitted as a ``RawPage`` by the same rules as a live fetch: HTTP 200, HTML, within
the size cap, and it decodes (same charset rules as the live fetcher). Everything else is
``Quarantined`` (stage ``fetch``) with reason ``http_<status>``, ``not_html``, ``too_large`` or
``decode_error``. Whether a page is Arabic is judged once, for live and archived pages alike, by
the clean stage (reason ``not_arabic``): the archive reader has no language test of its own.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterator
from typing import Any

import fsspec
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from rasd.fetch.charset import HTML_TYPES, DecodeError, decode_html
from rasd.fetch.rawstore import content_hash
from rasd.fetch.urls import canonicalize_url
from rasd.records import Quarantined, RawPage, stable_id


def _iso(warc_date: str | None) -> str:
    if not warc_date:
        return ""
    try:
        d = dt.datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    except ValueError:
        return warc_date
    return d.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class NotAnArchive(ValueError):
    """A file that does not start like a WARC or ARC archive (warcio would read it as records)."""


def _check_head(path_or_url: str, **storage_options: Any) -> None:
    with fsspec.open(path_or_url, "rb", **storage_options) as fh:
        head = fh.read(64)
        if head[:2] == b"\x1f\x8b":  # gzip: look at the start of the first member
            fh.seek(0)
            try:
                head = gzip.GzipFile(fileobj=fh).read(64)
            except (OSError, EOFError):
                head = b""
    if not head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://")):
        raise NotAnArchive(f"{path_or_url}: not a WARC/ARC archive (it starts with {head[:16]!r})")


def read_warc(
    path_or_url: str,
    outlet_id: str = "warc",
    *,
    store: Any = None,
    max_bytes: int = 10 * 2**20,
    **storage_options: Any,
) -> Iterator[RawPage | Quarantined]:
    """Yield a ``RawPage`` or ``Quarantined`` per response record, in archive order.

    With ``store`` (a ``RawStore``) kept bodies are written to it; ``content_hash`` is the sha256
    of the HTTP payload with transfer/content encodings undone, as for live fetches.
    A file that does not start like an archive raises ``NotAnArchive`` before anything is read."""
    _check_head(path_or_url, **storage_options)
    with fsspec.open(path_or_url, "rb", **storage_options) as fh:
        for record in ArchiveIterator(fh, arc2warc=True):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            if not url.startswith(("http://", "https://")) or record.http_headers is None:
                continue  # dns:, whois:, ... records carry no web page
            yield _admit(record, url, outlet_id, store, max_bytes)


def _admit(record: ArcWarcRecord, url: str, outlet_id: str, store: Any, max_bytes: int) -> RawPage | Quarantined:
    def quarantine(reason: str, detail: str, value: str | None = None) -> Quarantined:
        return Quarantined(
            stage="fetch",
            reason=reason,
            detail=detail,
            url=url,
            item_id=stable_id(canonicalize_url(url)),
            outlet_id=outlet_id,
            value=value,
        )

    try:
        status = int(record.http_headers.get_statuscode() or 0)
    except ValueError:
        status = 0
    ctype = record.http_headers.get_header("Content-Type") or ""
    mime = ctype.split(";", 1)[0].strip().lower()
    if status != 200:
        return quarantine(f"http_{status}", f"archived response HTTP {status}", str(status))
    if mime not in HTML_TYPES:
        return quarantine("not_html", f"content-type {mime or '(none)'}", mime or None)
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return quarantine("too_large", f"payload exceeds {max_bytes} bytes")
    try:
        html, charset = decode_html(body, ctype)
    except DecodeError as e:
        return quarantine("decode_error", str(e))
    h = store.put(body) if store is not None else content_hash(body)
    return RawPage(
        url=url,
        outlet_id=outlet_id,
        final_url=url,
        status=200,
        content_type=mime,
        charset=charset,
        content_hash=h,
        n_bytes=len(body),
        fetched_at=_iso(record.rec_headers.get_header("WARC-Date")),
        elapsed_ms=0.0,
        html=html,
        discovered_via="warc",
        published_hint=None,
    )
