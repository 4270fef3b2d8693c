"""A date put in quotes of its own is the contact's day, not someone's words (rasd.extract.frames):
a caption writes 'خلال لقائهما، يوم الأحد "5 مايو 2024م"'; a quotation that opens after the contact
word and says more than a date still dates the speaker's statement. Sentences written for the tests."""

from __future__ import annotations

from extract_helpers import ERDOGAN, SISI, names, one_reported

PUB = "2024-05-07"


def test_a_quoted_date_alone_dates_the_contact():
    text = 'الرئيس المصري عبد الفتاح السيسي والرئيس التركي رجب طيب أردوغان خلال لقائهما في القاهرة، يوم الأحد "5 مايو/أيار 2024م"'
    e = one_reported(text, PUB)
    assert names(e) == {SISI, ERDOGAN}
    assert (e.date, e.date_basis) == ("2024-05-05", "explicit")


def test_a_quoted_date_with_guillemets():
    text = "التقى الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان في القاهرة، يوم الأحد «5 مايو 2024»."
    e = one_reported(text, PUB)
    assert e.date == "2024-05-05"


def test_a_date_inside_quoted_words_is_still_the_speakers():
    text = (
        "التقى الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان في القاهرة، وقال: "
        '"سنعقد في 20 مايو 2024 اجتماعا موسعا للجنة المشتركة بين البلدين"'
    )
    e = one_reported(text, PUB)
    assert e.date != "2024-05-20"
