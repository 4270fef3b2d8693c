"""Platforms as sources (rasd.extract.article): an official body that speaks through its account ("عبر")
is credited with the platform; a person's or a spokesperson's post credits the speaker alone; a platform
is never credited alone. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract.article import read_article, sentence_sources
from rasd.extract.refdata import reference_data


def _found(text: str) -> set[str]:
    ref = reference_data()
    a = read_article(text, "2024-03-02", ref, None)
    return {f[0].name_en for lo, hi, _ in a.sentences for f in sentence_sources(a, lo, hi)}


def test_a_body_posting_on_a_platform_credits_both():
    found = _found("وأوردت وزارة الخارجية الأردنية عبر منصة X أن الوزيرين ناقشا التعاون الإقليمي.")
    assert {"Jordanian foreign ministry", "X"} <= found
    found = _found("وأفادت الرئاسة التونسية عبر صفحتها على فيسبوك بأن المحادثة تناولت الملفات المشتركة.")
    assert {"Tunisian presidential press office", "Facebook"} <= found


def test_a_platform_alone_is_no_source():
    assert "X" not in _found("وانتشرت على منصة إكس صور من المحادثة التي تناولت الملفات المشتركة.")


def test_a_platform_far_after_the_body_is_not_its_account():
    text = (
        "وأوردت وزارة الخارجية الأردنية أن الوزيرين ناقشا التعاون الإقليمي والملفات المشتركة وسبل تطويرها "
        "في المرحلة المقبلة، فيما تداول ناشطون على منصة إكس صورا من اللقاء."
    )
    assert "X" not in _found(text)


def test_a_statement_posted_on_a_platform_without_a_word_of_channel_credits_the_body_alone():
    found = _found("وأفادت الرئاسة التونسية في بيان نشرته على فيسبوك بأن المحادثة تناولت الملفات المشتركة.")
    assert "Tunisian presidential press office" in found
    assert "Facebook" not in found


def test_a_spokespersons_own_account_is_not_the_bodys_channel():
    text = "وأوضح المتحدث باسم الخارجية الأردنية عبر حسابه على منصة إكس أن الوزيرين ناقشا التعاون الإقليمي."
    found = _found(text)
    assert "Jordanian foreign ministry" in found
    assert "X" not in found
