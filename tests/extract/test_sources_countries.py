"""Sources built from any country (rasd.extract.sources templates): a body of a country named by its
adjective or, in construct, by its name, for every country of countries.yaml; the adjective that ends
such a name is not also an agency that shares the word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.extract.article import read_article, sentence_sources
from rasd.extract.refdata import reference_data

_CLAUSE = " إن المحادثة تناولت التعاون بين البلدين."


def _found(sentence: str) -> set[str]:
    ref = reference_data()
    a = read_article(sentence + _CLAUSE, "2024-03-02", ref, None)
    return {f[0].name_en for lo, hi, _ in a.sentences for f in sentence_sources(a, lo, hi)}


def _single_word_countries():
    ref = reference_data()
    out = []
    for country in ref.countries.values():
        names = [n for n in country.names_ar if len(n.split()) == 1]
        adjectives = [a for a in country.adjectives_ar if len(a.split()) == 1]
        if names and adjectives:
            out.append((country, names[0], adjectives[0]))
    return out


def _built(pattern: str, country) -> str:
    name = pattern.replace("{adj}", country.adjective_en)
    return reference_data().template_overrides.get(name, name)


@pytest.mark.parametrize(
    ("phrase", "pattern"),
    [
        ("وأوضحت وزارة خارجية {name}", "{adj} foreign ministry"),
        ("وأوضح مكتب رئيس وزراء {name}", "{adj} prime minister's office"),
        ("وأوضحت الدائرة الصحفية لرئيس {name}", "{adj} presidential press office"),
        ("وأوضحت الدائرة الصحفية للرئيس ال{adj_ar}", "{adj} presidential press office"),
        ("وأوضح المكتب الصحفي لرئيس الوزراء ال{adj_ar}", "{adj} prime minister's office"),
        ("وأوضحت الخارجية ال{adj_ar}ة", "{adj} foreign ministry"),
    ],
)
def test_a_body_is_built_for_every_country(phrase, pattern):
    missed = []
    for country, name, adjective in _single_word_countries():
        sentence = phrase.replace("{name}", name).replace("{adj_ar}", adjective.removeprefix("ال"))
        if _built(pattern, country) not in _found(sentence):
            missed.append(country.code)
    assert missed == []


def test_a_word_between_the_head_and_the_country_names_another_body():
    assert _found("وأوضح مكتب رئيس البرلمان العراقي") == set()
    assert "Armenian presidential press office" not in _found("وأوضحت الدائرة الصحفية لرئيس الوزراء الأرميني")


def test_the_adjective_that_ends_a_built_name_is_not_the_agency_spelt_alike():
    found = _found("وأوضحت وزارة الخارجية العمانية")
    assert "Omani foreign ministry" in found
    assert "ONA" not in found
    assert "ONA" in _found("وأوضح مصدر رسمي لوكالة الأنباء العمانية")


def test_state_media_named_without_a_country_are_those_of_the_head_of_state_taking_part():
    from rasd.extract import extract_events

    text = (
        "التقى الرئيس الصيني شي جين بينغ في بكين اليوم المستشار الألماني أولاف شولتس وبحثا التعاون "
        "التجاري بين البلدين، وفقا لوسائل إعلام رسمية."
    )
    (event,) = extract_events(text, "2022-11-04")
    assert "Chinese state media" in {s.name_en for s in event.sources}
