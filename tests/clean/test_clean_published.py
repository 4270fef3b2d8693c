"""Publication date of a page: metadata, htmldate, dateline, URL, feed entry, else none (issue 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.clean import PageInput, Publication, clean_page, publication
from rasd.records import CleanArticle

# Written for these tests: two presidents discuss relations by phone.
BODY = "ناقش الرئيسان خلال اتصال هاتفي مطول سبل تعزيز التعاون بين البلدين في مجالات الطاقة والتجارة والنقل. " * 3
MORE = "واتفق الجانبان على مواصلة التنسيق والتشاور بشأن القضايا الإقليمية ذات الاهتمام المشترك في المرحلة المقبلة. " * 3
FOOTER = "© 2024 موقع أخبار المدينة. جميع الحقوق محفوظة."


def page_html(dateline: str = "", footer: str = FOOTER, head: str = "") -> str:
    """A news page with navigation, a sidebar and a footer; ``dateline`` opens the first paragraph."""
    return (
        f"<!doctype html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>أخبار المدينة</title>{head}"
        "</head><body><header><nav><a href='/'>الرئيسية</a> <a href='/politics'>سياسة</a></nav></header>"
        f"<main><article><h1>اتصال هاتفي بين رئيسين</h1><p>{dateline} {BODY}</p><p>{MORE}</p></article>"
        "<aside><h3>الأكثر قراءة</h3><ul><li><a href='/x'>خبر آخر</a></li></ul></aside></main>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )


def clean(html: str, url: str = "http://127.0.0.1:8000/news/item-1.html", **kw) -> CleanArticle:
    result = clean_page(PageInput(url, "o", html, **kw))
    assert isinstance(result, CleanArticle), result
    return result


@pytest.mark.parametrize(
    "dateline,expected",
    [
        ("القاهرة في 12 مارس 2024 -", "2024-03-12"),
        ("عمان 3 آذار (بترا) -", "2024-03-03"),  # no year: the footer's © 2024 gives it
        ("عمان 3 آذار (بترا)", "2024-03-03"),
        ("الرباط في ١٥ أبريل ٢٠٢٣ -", "2023-04-15"),  # Arabic-Indic digits
        ("بيروت، 20 تشرين الأول 2021 -", "2021-10-20"),  # Levantine month name
        ("الجزائر 7 جوان 2022 (واج) -", "2022-06-07"),  # Maghrebi month name
        ("تونس – 2 جانفي 2023 –", "2023-01-02"),
        ("دمشق، الأربعاء 18 آب 2021 (سانا) -", "2021-08-18"),
        ("الدار البيضاء في 9 شتنبر 2020:", "2020-09-09"),
        ("الرياض 16 رجب 1445 هـ الموافق 28 يناير 2024 م واس", "2024-01-28"),  # Hijri, then its equivalent
        ("أبوظبي في 5 فبراير 2024 / وام /", "2024-02-05"),
        ("الكويت، 3 مارس 2024م (كونا) --", "2024-03-03"),
    ],
)
def test_a_dateline_is_the_publication_date_when_the_page_has_no_other(dateline, expected):
    article = clean(page_html(dateline))
    assert (article.published_date, article.published_basis) == (expected, "dateline")
    assert article.text.startswith(dateline.split()[0])  # the dateline stays in the display text


def test_a_yearless_dateline_takes_the_year_before_the_fetch():
    html = page_html("عمان 28 كانون الأول (بترا) -", footer="جميع الحقوق محفوظة لموقع أخبار المدينة")
    article = clean(html, fetched_at="2025-01-05T08:00:00+00:00")
    assert (article.published_date, article.published_basis) == ("2024-12-28", "dateline")


def test_the_earlier_of_fetch_day_and_copyright_year_bounds_a_yearless_dateline():
    html = page_html("عمان 3 آذار (بترا) -", footer="© 2023 أخبار المدينة")
    assert clean(html, fetched_at="2026-06-01T00:00:00Z").published_date == "2023-03-03"
    assert clean(html, fetched_at="2023-02-01T00:00:00Z").published_date == "2022-03-03"


def test_a_page_without_any_date_is_kept_with_no_publication_date():
    html = page_html("", footer="جميع الحقوق محفوظة")
    article = clean(html, fetched_at="2024-05-01T10:00:00Z")
    # The fetch time is an upper bound, not the day of publication: it is not stored as one.
    assert (article.published_date, article.published_basis) == (None, "none")


def test_a_yearless_dateline_without_any_bound_gives_no_date():
    article = clean(page_html("عمان 3 آذار (بترا) -", footer="جميع الحقوق محفوظة"))
    assert (article.published_date, article.published_basis) == (None, "none")


def test_a_date_that_opens_a_sentence_is_not_a_dateline():
    article = clean(page_html("في 12 مارس 2024 أجرى الرئيس اتصالا، ثم"), url="http://127.0.0.1:8000/a")
    assert (article.published_date, article.published_basis) == (None, "none")


def test_a_dateline_after_the_fetch_is_not_believed():
    article = clean(page_html("القاهرة في 12 مارس 2024 -"), fetched_at="2023-01-01T00:00:00Z")
    assert article.published_basis == "none"


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2024-03-10T09:00:00+02:00">',
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-03-10"}]}</script>',
    ],
)
def test_page_metadata_wins_over_the_dateline(head):
    article = clean(page_html("القاهرة في 12 مارس 2024 -", head=head))
    assert (article.published_date, article.published_basis) == ("2024-03-10", "meta")


def test_the_url_and_then_the_feed_entry_come_after_the_dateline():
    undated = page_html("", footer="جميع الحقوق محفوظة")
    by_url = clean(undated, url="http://127.0.0.1:8000/2022/03/08/call.html", published_hint="2022-03-09")
    assert (by_url.published_date, by_url.published_basis) == ("2022-03-08", "url")
    by_feed = clean(undated, published_hint="Wed, 09 Mar 2022 10:15:00 GMT")
    assert (by_feed.published_date, by_feed.published_basis) == ("2022-03-09", "feed")
    dated = clean(page_html("القاهرة في 12 مارس 2024 -"), url="http://127.0.0.1:8000/2022/03/08/call.html")
    assert dated.published_basis == "dateline"


def test_htmldate_year_only_guesses_never_win_over_a_dateline():
    text = "القاهرة في 12 مارس 2024 - " + BODY
    chain = {"meta": None, "text": text, "url": "http://x/a", "hint": None, "html": FOOTER}
    assert publication(htmldate="2024-01-01", **chain) == Publication("2024-03-12", "dateline")
    assert publication(htmldate="2024-03-11", **chain) == Publication("2024-03-11", "htmldate")
    assert publication(htmldate="2024-01-01", **(chain | {"text": BODY})) == Publication(None, "none")


def test_a_closing_date_line_counts_too():
    html = page_html("").replace(f"<p>{MORE}</p>", f"<p>{MORE}</p><p>نشر بتاريخ 5 مايو 2024</p>")
    assert clean(html).published_date == "2024-05-05"


def test_today_is_never_taken_for_the_publication_day():
    # "اليوم الثلاثاء" names a weekday relative to a publication day that the page does not give.
    article = clean(
        page_html("القاهرة اليوم الثلاثاء -", footer="جميع الحقوق محفوظة"), fetched_at="2024-03-14T00:00:00Z"
    )
    assert (article.published_date, article.published_basis) == (None, "none")


def test_fetch_time_is_a_bound_not_a_date():
    day = dt.date(2024, 3, 14)
    article = clean(page_html("", footer="جميع الحقوق محفوظة"), fetched_at=f"{day}T12:00:00Z")
    assert article.published_date != day.isoformat()


def test_a_fetched_page_carries_its_fetch_time_to_the_clean_stage():
    from rasd.records import RawPage

    raw = RawPage(
        url="http://127.0.0.1:8000/news/item-1.html",
        outlet_id="o",
        final_url="http://127.0.0.1:8000/news/item-1.html",
        status=200,
        content_type="text/html",
        charset="utf-8",
        content_hash="abc",
        n_bytes=100,
        fetched_at="2025-01-05T08:00:00",
        elapsed_ms=1.0,
    )
    html = page_html("عمان 28 كانون الأول (بترا) -", footer="جميع الحقوق محفوظة")
    result = clean_page(PageInput.from_raw(raw, html))
    assert isinstance(result, CleanArticle)
    assert (result.published_date, result.published_basis, result.content_hash) == ("2024-12-28", "dateline", "abc")


def test_a_yearless_dateline_is_never_dated_after_today():
    this_year = dt.date.today().year
    html = page_html("عمان 31 كانون الأول (بترا) -", footer=f"© {this_year} أخبار المدينة")
    article = clean(html)
    assert article.published_date is not None
    assert dt.date.fromisoformat(article.published_date) <= dt.date.today()
