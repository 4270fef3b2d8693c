"""Sources on the article's own lines (rasd.extract.sources, attribution): an outlet on the trailing
source line, names that are also words there, a byline's agency, and a template that describes the
quoted body named after it. Sentences written for the tests (never copied text)."""

from __future__ import annotations

from rasd.extract import extract_events
from rasd.extract.attribution import _apposed
from rasd.extract.sources import resolve_source_names
from rasd.records import SourceRef


def _sources(event):
    return sorted(s.name_en for s in event.sources)


def test_an_outlet_on_the_trailing_source_line_reports_the_events():
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون في القاهرة.\n"
        "وبحث الجانبان تعزيز العلاقات الثنائية.\n"
        "المصدر: الجزيرة"
    )
    (event,) = extract_events(text, "2023-05-10")
    assert "Al Jazeera" in _sources(event)


def test_a_name_that_is_also_a_word_counts_on_the_source_line_only_as_an_item_of_it():
    assert [s.name_en for s in resolve_source_names("الجزيرة + وكالات")] == ["Al Jazeera"]
    assert [s.name_en for s in resolve_source_names("وكالات والعربية")] == ["Al Arabiya"]
    assert resolve_source_names("موقع العالم بالعربية") == []


def test_a_bylines_agency_reports_the_event_told_with_an_outlet_of_its_own():
    text = (
        "الرئيس الفرنسي يتحدث عن مكالمة قريبة\n"
        "كتب: رويترز الاثنين 10-05-2021\n"
        "قال الرئيس الفرنسي إيمانويل ماكرون لقناة «فرانس 24» إنه سيجري اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن غدا."
    )
    calls = [e for e in extract_events(text, "2021-05-10") if e.type == "phone_call"]
    assert calls and {"Reuters", "France 24"} <= set(_sources(calls[0]))


def test_a_template_before_the_quoted_name_of_its_body_is_that_body():
    text = (
        "وقال الرئيس الفرنسي إيمانويل ماكرون لشبكة التلفزيون الفرنسية «فرانس-2» إنه سيجري اتصالا هاتفيا "
        "مع الرئيس الأمريكي جو بايدن يوم الجمعة."
    )
    calls = [e for e in extract_events(text, "2021-05-10") if e.type == "phone_call"]
    assert calls
    assert "France 2" in _sources(calls[0])
    assert "French state television" not in _sources(calls[0])


def test_a_ministry_of_the_royal_household_speaks_for_the_kings_royal_court():
    text = (
        "أعلنت وزارة القصور الملكية اليوم أن الملك محمد السادس سيجري محادثات رسمية "
        "مع الرئيس السنغالي ماكي سال في دكار الأسبوع المقبل."
    )
    events = extract_events(text, "2016-11-04")
    assert events and all("Moroccan royal court" in _sources(e) for e in events)


def test_a_comma_may_stand_between_the_body_and_its_verb_of_saying():
    text = (
        "وكانت وزارة القصور الملكية والتشريفات والأوسمة، قد أعلنت اليوم أن الملك محمد السادس سيجري "
        "محادثات رسمية مع الرئيس السنغالي ماكي سال في دكار الأسبوع المقبل."
    )
    events = extract_events(text, "2016-11-04")
    assert events and all("Moroccan royal court" in _sources(e) for e in events)


def test_a_body_named_without_its_country_takes_the_country_adjective_written_right_after_it():
    text = (
        "التقى ولي العهد السعودي الأمير محمد بن سلمان اليوم في الرياض الرئيس السوري أحمد الشرع، "
        "وفق بيان لوكالة الأنباء الرسمية السورية."
    )
    events = extract_events(text, "2025-02-02")
    assert events and all("SANA" in _sources(e) and "SPA" not in _sources(e) for e in events)


def test_another_ministrys_name_between_is_no_country_for_the_anaphor():
    text = (
        "أجرى الرئيس الإيراني مسعود بزشكيان اليوم اتصالا هاتفيا مع رئيس الإمارات محمد بن زايد، "
        "فيما أعلنت وزارة الداخلية الإيرانية تعطيل الدوام."
    )
    events = extract_events(text, "2025-02-02")
    assert all("Iranian foreign ministry" not in _sources(e) for e in events)


def test_an_agency_named_again_in_apposition_is_cited_with_its_first_name():
    # 'ذكرت وكالة أنباء الصين الجديدة الرسمية "شينخوا"': the cue stands before the first name only
    text = 'ذكرت وكالة أنباء الصين الجديدة الرسمية "شينخوا" أن'
    first = (SourceRef("Xinhua", "", "agency"), 5, 30)
    again = (SourceRef("Xinhua", "", "agency"), text.index("شينخوا"), text.index("شينخوا") + 6)
    other = (SourceRef("Reuters", "", "agency"), 60, 66)
    assert _apposed(again, [first, again])
    assert not _apposed(other, [first, again, other])


def test_the_national_security_councils_spokesperson_speaks_for_the_white_house():
    text = (
        "أعلن المتحدث باسم مجلس الأمن القومي الأمريكي اليوم أن الرئيس الأمريكي جو بايدن سيلتقي "
        "الرئيس الصيني شي جين بينغ الأسبوع المقبل."
    )
    events = extract_events(text, "2023-11-20")
    assert events and all("White House" in _sources(e) for e in events)
