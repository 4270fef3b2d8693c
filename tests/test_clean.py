"""Clean stage on every page of the bundled sample site."""

from __future__ import annotations

import pytest

from rasd.clean import PageInput, check_text, clean_page, mark_near_duplicates, strip_boilerplate
from rasd.normalize import normalize_key
from rasd.records import CleanArticle, Quarantined
from rasd.sample_site import site

BASE = "http://127.0.0.1:8765"
BOILERPLATE_MARKERS = ["اقرأ أيضا", "الأكثر قراءة", "اترك تعليق", "ملفات تعريف الارتباط", "شارك على", "النشرة",
                       "جميع الحقوق محفوظة", "©"]
ARTICLES = site.load_articles()


def _clean(article):
    pages = site.render_site(BASE)
    path = site.article_path(article)
    _, body = pages[path]
    return clean_page(PageInput(BASE + path, article["outlet"], body.decode("utf-8")))


@pytest.mark.parametrize("article", [a for a in ARTICLES if a["kind"] == "article"], ids=lambda a: a["id"])
def test_article_pages_keep_every_paragraph_and_no_boilerplate(article):
    result = _clean(article)
    assert isinstance(result, CleanArticle), result
    text = normalize_key(result.text)
    for paragraph in article["paragraphs"]:
        assert normalize_key(paragraph) in text
    for marker in BOILERPLATE_MARKERS:
        assert normalize_key(marker) not in text, marker
    assert result.published_date == str(article["published"])
    if article.get("source_line"):
        assert result.source_line and normalize_key(result.source_line) in normalize_key(article["source_line"])
        assert "المصدر" not in result.text.splitlines()[-1]
    if article.get("photo_credit"):
        assert result.photo_credit


@pytest.mark.parametrize("article", [a for a in ARTICLES if a["kind"] != "article"], ids=lambda a: a["id"])
def test_pages_that_are_not_arabic_articles_are_quarantined_with_a_reason(article):
    result = _clean(article)
    assert isinstance(result, Quarantined)
    expected = {"reject_not_arabic": {"not_arabic"}, "reject_no_body": {"no_main_text", "too_short"},
                "reject_too_short": {"too_short"}}[article["kind"]]
    assert result.reason in expected
    assert result.url and result.detail


def test_source_line_and_photo_credit_become_fields():
    text, source, photo = strip_boilerplate("فقرة أولى من الخبر.\nاقرأ أيضاً: خبر آخر\nالصورة: الرئاسة\nالمصدر: تاس")
    assert (text, source, photo) == ("فقرة أولى من الخبر.", "تاس", "الرئاسة")


def test_mojibake_is_rejected():
    garbled = "بحث الرئيس".encode("utf-8").decode("latin-1") * 40
    assert check_text(garbled)[0] in {"mojibake", "not_arabic"}
    assert check_text("Ø§Ù„Ø±Ø¦ÙŠØ³ " * 50)[0] == "mojibake"


def test_near_duplicates_point_to_the_earliest_copy():
    body = " ".join(f"كلمة{i} بحث الرئيسان العلاقات الثنائية" for i in range(60))
    def article(aid, day, text):
        return CleanArticle(article_id=aid, url=aid, outlet_id="o", title=None, published_date=day,
                            published_basis="meta", text=text)

    a = article("a", "2021-01-02", body)
    b = article("b", "2021-01-01", body + " وأضاف المصدر")
    c = article("c", "2021-01-03", "نص مختلف تماما " * 40)
    mark_near_duplicates([a, b, c])
    assert (a.duplicate_of, b.duplicate_of, c.duplicate_of) == ("b", None, None)
