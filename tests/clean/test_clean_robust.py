"""The clean stage on hostile input: any text, bytes read with the wrong charset, pathological
markup. Every page ends as an article or a quarantine with a reason, and time grows linearly."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from rasd.clean import PageInput, clean_page, strip_boilerplate
from rasd.records import CleanArticle, Quarantined

PARAGRAPH = "ناقش الرئيسان خلال اتصال هاتفي مطول سبل تعزيز التعاون بين البلدين في مجالات الطاقة والتجارة. "
TAGS = ["p", "div", "article", "main", "span", "h1", "li", "ul", "a", "script", "style", "table", "td", "footer"]


def check(html: str, **kw) -> CleanArticle | Quarantined:
    result = clean_page(PageInput("http://127.0.0.1:9/page", "o", html, **kw))
    assert isinstance(result, CleanArticle | Quarantined)
    if isinstance(result, Quarantined):
        assert result.reason and result.detail and "\n" not in result.detail
    return result


@given(st.text(max_size=3000), st.one_of(st.none(), st.text(max_size=40)))
@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_is_an_article_or_a_quarantine(text, hint):
    check(text, published_hint=hint, fetched_at=hint)


@given(st.binary(max_size=3000), st.sampled_from(["latin-1", "cp1256", "utf-8"]))
@hsettings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_bytes_read_with_any_charset_are_an_article_or_a_quarantine(data, charset):
    check(data.decode(charset, errors="replace"))


@st.composite
def markup(draw) -> str:
    """Random nesting of real tags around Arabic prose, junk text, dates and separators."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
                st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
                st.just(PARAGRAPH),
                st.sampled_from(["المصدر: تاس", "© 2024", "القاهرة في 12 مارس 2024 -", "/", "(", "\n", "ar | en"]),
                st.text(max_size=30),
            ),
            max_size=80,
        )
    )
    return "<html><body>" + "".join(pieces) + "</body></html>"


@given(markup())
@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_markup_is_an_article_or_a_quarantine(html):
    check(html)


@pytest.mark.parametrize(
    "html",
    [
        "\x00" * 100 + "<p>" + PARAGRAPH * 5,
        "<html><body><p>" + "\ud800" + PARAGRAPH * 5 + "</p></body></html>",  # a lone surrogate
        "<div>" * 5000 + PARAGRAPH * 5 + "</div>" * 5000,
        "<script type='application/ld+json'>" + "[" * 100000 + "</script><p>" + PARAGRAPH * 5,
        "",
        "   ",
        "<?xml version='1.0' encoding='utf-8'?><rss></rss>",
    ],
    ids=["nul", "surrogate", "deep", "jsonld-nesting", "empty", "blank", "xml"],
)
def test_hostile_pages_are_an_article_or_a_quarantine(html):
    check(html)


def _body(paragraph: str) -> str:
    return f"<html><body><article><h1>عنوان</h1><p>{paragraph}</p></article><footer>© 2024</footer></body></html>"


# Inputs that make careless patterns backtrack: long runs of spaces after a label, language codes
# without an end, separators around every word, one endless word, a dateline-like line repeated.
PATHOLOGICAL = {
    "source-line spaces": lambda n: _body(PARAGRAPH * 3) + "<p>المصدر: a" + " " * (40 * n) + "b</p>",
    "language codes": lambda n: _body(PARAGRAPH * 3 + "<br>" + "en  " * (10 * n) + "x"),
    "separators": lambda n: _body((PARAGRAPH + " / ( ") * n),
    "one long word": lambda n: _body(PARAGRAPH * 3 + "<br>" + "ب" * (300 * n)),
    "datelines": lambda n: _body("القاهرة في 12 مارس 2024 - " * (5 * n)),
    "copyright": lambda n: _body(PARAGRAPH * 3) + "<p>© " + "x" * (60 * n) + "</p>",
}


def _seconds(html: str) -> float:
    start = time.perf_counter()
    check(html)
    return time.perf_counter() - start


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_time_grows_linearly_with_the_input(name):
    build = PATHOLOGICAL[name]
    small = min(_seconds(build(50)) for _ in range(2))
    large = min(_seconds(build(400)) for _ in range(2))
    # 8x the input: linear is about 8x the time; quadratic would be 64x. Slack for a busy machine.
    assert large < 24 * small + 0.5, (name, small, large)


def test_boilerplate_lines_are_linear_too():
    start = time.perf_counter()
    strip_boilerplate("en  " * 100_000 + "x\nالمصدر: a" + " " * 100_000 + "b")
    assert time.perf_counter() - start < 1.0
