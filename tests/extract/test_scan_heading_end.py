"""A line ending with a comma, a semicolon or a colon is body text, never a title (rasd.extract.scan):
a title ends bare, or with a question's or a quotation's mark. Lines written for the tests."""

from __future__ import annotations

import pytest

from rasd.extract.scan import sentences


@pytest.mark.parametrize("end", ["،", ",", "؛", ":"])
def test_a_short_line_ending_with_clause_punctuation_is_no_heading(end):
    text = f"بحث الرئيس مع نظيره العلاقات الثنائية{end}\n\nتصوير المكتب الإعلامي\nوقال الوزير إن اللقاء كان مثمرا."
    first = sentences(text)[0]
    assert text[first[0] : first[1]].strip().startswith("بحث الرئيس")
    assert first[2] is False


def test_a_bare_short_line_above_the_body_is_still_a_heading():
    text = "الرئيس يبحث مع نظيره العلاقات الثنائية\nبحث الرئيس اليوم مع نظيره العلاقات الثنائية."
    assert sentences(text)[0][2] is True
