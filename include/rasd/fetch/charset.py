"""Charset detection for fetched and archived HTML (BOM, header, meta, UTF-8, then a guess)."""

from __future__ import annotations

import codecs
import re

from rasd.arabic import arabic_ratio

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class DecodeError(ValueError):
    """No charset decodes the body."""


_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels servers send by default whatever the page is in: a meta tag may overrule them.
_WEAK_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp1252"}
_ARABIC_CODECS = {"cp1256", "iso8859-6", "cp720", "cp864", "mac-arabic", "utf-8", "utf-16", "utf-16-le", "utf-16-be"}


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\"';,\s]+)", content_type, re.IGNORECASE)
    return m.group(1).strip() if m else None


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, following WHATWG aliases where they differ."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1"):
        label = "cp1252"
    elif label in ("utf-16", "utf-16le", "utf-16be"):  # in a meta tag these mean utf-8 (WHATWG)
        label = "utf-8"
    elif label in ("x-user-defined",):
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_label(codec_name: str) -> str:
    """IANA-style label for a Python codec name (cp1256 -> windows-1256)."""
    m = re.fullmatch(r"cp(125\d)", codec_name)
    if m:
        return f"windows-{m.group(1)}"
    m = re.fullmatch(r"iso8859-(\d+)", codec_name)
    if m:
        return f"iso-8859-{m.group(1)}"
    return codec_name


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; returns ``(text, charset_label)``.

    Order: byte-order mark, HTTP header charset, ``<meta charset>`` / ``http-equiv`` in the first
    8 KiB, strict UTF-8, then charset_normalizer. A BOM wins over the header (as in browsers); a
    "default" header label (ISO-8859-1/ASCII) yields to a meta tag. Each declared charset must decode
    strictly or the next is tried. For undeclared non-UTF-8 bytes, windows-1256 is preferred over a
    statistical guess when it turns the non-ASCII letters into Arabic (short Arabic pages fool the
    detector). Raises ``DecodeError`` when nothing fits.
    """
    candidates: list[tuple[str, int]] = []  # (codec, bytes to skip)
    for bom, name in _BOMS:
        if body.startswith(bom):
            candidates.append((name, len(bom)))
            break
    header_label = charset_from_content_type(content_type)
    header_codec = _codec(header_label)
    weak_header = header_label is not None and header_label.strip().lower() in _WEAK_LABELS
    if header_codec and not weak_header:
        candidates.append((header_codec, 0))
    m = _META_CHARSET.search(body[:8192])
    if m:
        meta_codec = _codec(m.group(1).decode("ascii", "replace"))
        if meta_codec:
            candidates.append((meta_codec, 0))
    if header_codec and weak_header:
        candidates.append((header_codec, 0))
    for codec, skip in candidates:
        try:
            return body[skip:].decode(codec), charset_label(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = body[:8192]
    if sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D)) > len(sample) // 100:
        raise DecodeError("binary content (control bytes) and no usable charset declaration")
    import charset_normalizer

    best = charset_normalizer.from_bytes(body).best()
    guess = codecs.lookup(best.encoding).name if best is not None else None
    if guess not in _ARABIC_CODECS:
        try:
            text = body.decode("cp1256")
            non_ascii = "".join(c for c in text if ord(c) > 127)
            if non_ascii and arabic_ratio(non_ascii) >= 0.6:
                return text, "windows-1256"
        except UnicodeDecodeError:
            pass
    if guess is not None:
        try:
            return body.decode(guess), charset_label(guess)
        except (UnicodeDecodeError, LookupError):
            pass
    raise DecodeError(f"no charset decodes the body (header {header_label!r})")
