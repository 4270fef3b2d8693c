"""NATO named by its acronym without the article ("حلف ناتو") and its secretary general spelled the
German way ("ينس شتولتنبرغ"). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import shapes

from rasd.extract import extract_events


def test_secretary_general_of_nato_without_the_article_spelled_with_sh():
    text = "أعلن البيت الأبيض أن جو بايدن سيستقبل في واشنطن الأسبوع المقبل الأمين العام لحلف ناتو ينس شتولتنبرغ."
    assert shapes(extract_events(text, "2022-03-02")) == [("meeting", "planned", ("Jens Stoltenberg", "Joe Biden"))]


def test_surname_alone_in_the_sh_spelling():
    text = "التقى الرئيس الأمريكي جو بايدن اليوم الأمين العام لحلف شمال الأطلسي شتولتنبرغ في البيت الأبيض."
    assert shapes(extract_events(text, "2022-03-02")) == [("meeting", "reported", ("Jens Stoltenberg", "Joe Biden"))]
