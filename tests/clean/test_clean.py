"""Clean stage on every page of the bundled sample site."""

from __future__ import annotations

import pytest

from rasd.clean import PageInput, check_text, clean_page, mark_near_duplicates, strip_boilerplate
from rasd.normalize import normalize_key
from rasd.records import CleanArticle, Quarantined
from rasd.sample_site import site

BASE = "http://127.0.0.1:8765"
BOILERPLATE_MARKERS = [
    "اقرأ أيضا",
    "الأكثر قراءة",
    "اترك تعليق",
    "ملفات تعريف الارتباط",
    "شارك على",
    "النشرة",
    "جميع الحقوق محفوظة",
    "©",
]
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
    expected = {
        "reject_not_arabic": {"not_arabic"},
        "reject_no_body": {"no_main_text", "too_short"},
        "reject_too_short": {"too_short"},
    }[article["kind"]]
    assert result.reason in expected
    assert result.url and result.detail


def test_source_line_and_photo_credit_become_fields():
    text, source, photo = strip_boilerplate("فقرة أولى من الخبر.\nاقرأ أيضاً: خبر آخر\nالصورة: الرئاسة\nالمصدر: تاس")
    assert (text, source, photo) == ("فقرة أولى من الخبر.", "تاس", "الرئاسة")


def test_mojibake_is_rejected():
    garbled = "بحث الرئيس".encode().decode("latin-1") * 40
    assert check_text(garbled)[0] in {"mojibake", "not_arabic"}
    assert check_text("Ø§Ù„Ø±Ø¦ÙŠØ³ " * 50)[0] == "mojibake"


REPEATED_BODY = " ".join(f"كلمة{i} بحث الرئيسان العلاقات الثنائية" for i in range(60))


def article(aid, day, text):
    return CleanArticle(
        article_id=aid, url=aid, outlet_id="o", title=None, published_date=day, published_basis="meta", text=text
    )


def test_near_duplicates_point_to_the_earliest_copy():
    body = REPEATED_BODY
    a = article("a", "2021-01-02", body)
    b = article("b", "2021-01-01", body + " وأضاف المصدر")
    c = article("c", "2021-01-03", "نص مختلف تماما " * 40)
    mark_near_duplicates([a, b, c])
    assert (a.duplicate_of, b.duplicate_of, c.duplicate_of) == ("b", None, None)


def test_paired_month_names_that_disagree_are_reported():
    from rasd.clean import paired_month_conflicts

    text = "ويعقد الاجتماع في 20 ديسمبر/كانون الثاني من العام الجاري، بعد محادثات 16 نوفمبر/تشرين الثاني 2021."
    assert paired_month_conflicts(text, "2021-11-16") == ["ديسمبر/كانون الثاني: 12 != 1"]


@pytest.mark.parametrize(
    "dateline,expected",
    [
        ("دمشق - 16 تشرين الثاني 2021", "2021-11-16"),
        ("الأربعاء ١٨ أغسطس ٢٠٢١", "2021-08-18"),
        ("الرياض، 12 ربيع الأول 1443 هـ", "2021-10-18"),
        ("تونس في 3 جانفي 2023", "2023-01-03"),
    ],
)
def test_publication_date_from_a_dateline(dateline, expected):
    paragraph = "بحث الرئيس الروسي فلاديمير بوتين مع نظيره التركي رجب طيب أردوغان الأوضاع الإقليمية. " * 5
    html = f"<html lang='ar'><body><article><h1>عنوان الخبر</h1><p>{dateline}</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    result = clean_page(PageInput("http://example.org/a", "o", html))
    assert (result.published_date, result.published_basis) == (expected, "dateline")


def test_publication_date_falls_back_to_the_url():
    paragraph = "بحث الرئيس الروسي فلاديمير بوتين مع نظيره التركي رجب طيب أردوغان الأوضاع الإقليمية. " * 5
    html = f"<html lang='ar'><body><article><h1>عنوان</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    result = clean_page(PageInput("http://example.org/2022/03/08/putin-erdogan.html", "o", html))
    assert (result.published_date, result.published_basis) == ("2022-03-08", "url")


def test_copies_of_articles_loaded_in_earlier_runs_are_found():
    body = REPEATED_BODY
    first = article("first", "2021-01-01", body)
    mark_near_duplicates([first])
    later = article("later", "2021-01-02", body + " نقلا عن وكالة")
    again = article("first", "2021-01-01", body)  # the same article fetched again is not its own copy
    mark_near_duplicates([later, again], earlier=[("first", first.minhash)])
    assert (later.duplicate_of, again.duplicate_of) == ("first", None)


def test_signatures_stay_comparable_with_those_stored_by_earlier_runs():
    from datasketch import MinHash

    from rasd.clean.dedup import MINHASH_SCHEME, MINHASH_SEED, _shingles, minhash

    fresh = MinHash(num_perm=64, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    fresh.update_batch(list(_shingles(REPEATED_BODY)))
    assert list(minhash(REPEATED_BODY).hashvalues) == list(fresh.hashvalues)


def test_boilerplate_words_that_also_open_sentences_only_drop_short_lines():
    kept = "شارك الرئيس في القمة الإقليمية التي عقدت في العاصمة بحضور عدد من القادة."
    text, _, _ = strip_boilerplate(f"{kept}\nشارك\nالتعليقات (3)\nشاركوا الخبر على فيسبوك\nالوسوم: سياسة، قمة")
    assert text == kept


def test_source_line_labels_come_from_the_reference_data():
    import yaml

    from rasd.config import DATA_DIR

    labels = yaml.safe_load((DATA_DIR / "news_sources.yaml").read_text(encoding="utf-8"))["source_line_labels"]
    for label in labels:
        text, source, _ = strip_boilerplate(f"فقرة من الخبر.\n{label}: وكالة الأنباء")
        assert (text, source) == ("فقرة من الخبر.", "وكالة الأنباء"), label
