"""URL canonicalisation: examples and properties (idempotent, tracking parameters gone)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd import fetch as F
from rasd.fetch import (
    canonicalize_url,
)

# ---------------------------------------------------------------------------------------------
# canonicalize_url
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTP://Example.COM:80/a/b.html#top", "http://example.com/a/b.html"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        (
            "http://example.com/a?utm_source=tw&b=2&a=1&fbclid=X&gclid=Y&mc_cid=1&mc_eid=2&ref=home&ocid=z",
            "http://example.com/a?a=1&b=2",
        ),
        ("http://example.com/a?UTM_Campaign=x", "http://example.com/a"),
        ("http://example.com/%7euser/%e2%82%ac", "http://example.com/~user/%E2%82%AC"),
        ("http://example.com/a/./b/../c", "http://example.com/a/c"),
        (
            "http://example.com/أخبار/مقال?ق=سلام",
            "http://example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%85%D9%82%D8%A7%D9%84?%D9%82=%D8%B3%D9%84%D8%A7%D9%85",
        ),
        ("http://user:pw@Example.com/x", "http://example.com/x"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://example.com/a%2Fb", "http://example.com/a%2Fb"),  # an escaped slash is not a slash
        ("http://example.com/a?utm_source=x", "http://example.com/a"),
    ],
)
def test_canonicalize_examples(url, expected):
    assert canonicalize_url(url) == expected


_seg = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#"), max_size=8)
_key = st.one_of(
    st.sampled_from(
        [
            "utm_source",
            "UTM_MEDIUM",
            "utm_campaign",
            "fbclid",
            "gclid",
            "mc_cid",
            "mc_eid",
            "ref",
            "ocid",
            "utm%5Fterm",
            "id",
            "page",
            "q",
            "a",
            "ref_x",
        ]
    ),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_%0123456789", min_size=1, max_size=8),
)
_val = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="&#"), max_size=8)


@st.composite
def urls(draw):
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "HttpS"]))
    host = draw(st.sampled_from(["example.com", "EXAMPLE.com", "news.Example.org", "127.0.0.1", "عربي.example"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/" + "/".join(draw(st.lists(_seg, max_size=4)))
    params = draw(st.lists(st.tuples(_key, _val), max_size=6))
    query = "&".join(f"{k}={v}" for k, v in params)
    frag = draw(st.sampled_from(["", "#x", "#!/a?b=c"]))
    return f"{scheme}://{host}{port}{path}" + (f"?{query}" if query else "") + frag


@settings(max_examples=300, deadline=None)
@given(urls())
def test_canonicalize_is_idempotent(url):
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once


@settings(max_examples=300, deadline=None)
@given(urls())
def test_canonicalize_drops_tracking_params_and_fragment(url):
    out = canonicalize_url(url)
    parts = urlsplit(out)
    assert parts.fragment == "" and "#" not in out
    assert parts.scheme in ("http", "https") and parts.netloc == parts.netloc.lower()
    keys = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True)]
    assert not [k for k in keys if F.is_tracking_param(k)]
    raw_keys = [p.partition("=")[0] for p in parts.query.split("&") if p]
    assert raw_keys == sorted(raw_keys)
