"""Charset detection of HTML bodies: BOM, header, meta, bare windows-1256, garbage."""

from __future__ import annotations

import pytest

from rasd import fetch as F
from rasd.fetch import (
    decode_html,
)

# ---------------------------------------------------------------------------------------------
# charset detection, Retry-After, address vetting
# ---------------------------------------------------------------------------------------------

AR = "اتصال هاتفي بين وزيري الخارجية"


def test_decode_header_charset_wins():
    body = f"<html><body>{AR}</body></html>".encode("cp1256")
    assert decode_html(body, "text/html; charset=windows-1256") == (f"<html><body>{AR}</body></html>", "windows-1256")


def test_decode_bom_then_meta_then_bare():
    assert decode_html(b"\xef\xbb\xbf" + f"<p>{AR}</p>".encode(), None) == (f"<p>{AR}</p>", "utf-8")
    meta = f'<html><head><meta charset="windows-1256"></head><body>{AR}</body></html>'
    assert decode_html(meta.encode("cp1256"), "text/html")[0] == meta
    bare = f"<html><body><p>{AR}</p></body></html>"
    assert decode_html(bare.encode("cp1256"), "text/html") == (bare, "windows-1256")


def test_decode_default_latin1_header_yields_to_meta():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>{AR}</html>'
    text, charset = decode_html(page.encode("cp1256"), "text/html; charset=ISO-8859-1")
    assert (text, charset) == (page, "windows-1256")


def test_decode_wrong_declaration_falls_through():
    # a declared charset that does not decode strictly is not trusted blindly
    cp = f"<p>{AR}</p>".encode("cp1256")
    assert decode_html(cp, "text/html; charset=utf-8") == (f"<p>{AR}</p>", "windows-1256")


def test_decode_binary_garbage_is_an_error():
    import random

    rnd = random.Random(7)
    with pytest.raises(F.DecodeError):
        decode_html(bytes(rnd.randrange(256) for _ in range(4000)), "text/html")
