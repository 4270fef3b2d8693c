"""A state noun in construct between a title and its country ("وزير خارجية جمهورية إثيوبيا", "رئيس
دولة فلسطين") still gives the title its country (rasd.extract.mentions ``_place_further``), so that
the office's holder on the day is named even when the text spells his name in a way the reference
data lacks."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events
from rasd.extract.article import read_article
from rasd.extract.refdata import reference_data


def test_a_title_with_a_state_noun_before_its_country_has_that_country():
    a = read_article("استقبل الرئيس اليوم وزير خارجية جمهورية إثيوبيا.", "2017-03-01", reference_data(), None)
    titles = [m for m in a.mentions.items if m.role == "foreign_minister"]
    assert titles and titles[0].country == "ET"


def test_an_unknown_spelling_before_the_office_resolves_to_its_holder():
    text = (
        "استقبل وزير الخارجية السوداني إبراهيم غندور اليوم الأحد السيد فلان الفلاني وزير خارجية جمهورية "
        "إثيوبيا الفيدرالية الذي يزور الخرطوم."
    )
    got = shapes(extract_events(text, "2017-03-05"))
    assert ("meeting", "reported", ("Ibrahim Ghandour", "Workneh Gebeyehu")) in got


def test_a_state_noun_followed_by_another_word_is_no_country_of_the_title():
    a = read_article("التقى وزير خارجية دولة عظمى إثيوبيا اليوم.", "2017-03-01", reference_data(), None)
    titles = [m for m in a.mentions.items if m.role == "foreign_minister"]
    assert all(m.country != "ET" for m in titles)
