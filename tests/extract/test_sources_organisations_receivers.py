"""Sources that are no reporters (rasd.extract.sources): an organisation named as such (a member's
meeting, its secretary general's title) credits it only after a cue; an outlet that received a statement
("بيان ورد لموقع ...") is its publisher. Sentences written for these tests."""

from __future__ import annotations

from rasd.extract.article import read_article, sentence_sources
from rasd.extract.refdata import reference_data


def _found(text: str) -> set[str]:
    ref = reference_data()
    a = read_article(text, "2025-05-17", ref, None)
    return {f[0].name_en for lo, hi, _ in a.sentences for f in sentence_sources(a, lo, hi)}


def test_the_league_named_in_a_title_is_no_source():
    text = "والتقى وزير الخارجية المصري بالأمين العام لجامعة الدول العربية في مقر الوزارة لبحث التعاون."
    assert "Arab League" not in _found(text)


def test_the_league_after_a_cue_and_its_secretariat_are_sources():
    assert "Arab League" in _found("وبحث الجانبان الأوضاع في المنطقة، بحسب جامعة الدول العربية.")
    assert "Arab League" in _found("وقالت الأمانة العامة لجامعة الدول العربية إن الجانبين بحثا الأوضاع.")


def test_an_outlet_that_received_the_statement_is_its_publisher():
    text = "وذكر مكتب رئيس الوزراء العراقي في بيان ورد لموقع صحيفة العراق أن الوزيرين بحثا التعاون."
    found = _found(text)
    assert "Iraqi prime minister's office" in found
    assert "Iraqi media" not in found
    assert "INA" not in _found("وبحث الوزيران التعاون، وفق بيان وصل إلى وكالة الأنباء العراقية.")


def test_what_an_outlet_carried_is_still_its_report():
    assert "INA" in _found("وبحث الوزيران التعاون، وفق ما ورد في وكالة الأنباء العراقية.")
