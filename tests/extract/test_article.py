"""One article as the steps share it (rasd.extract.article): where sentences end, and headlines of
other stories under "اقرأ أيضا" that are no part of it."""

from __future__ import annotations

import pytest
from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_one_letter_abbreviation_or_a_decimal_point_ends_no_sentence():
    from rasd.extract.scan import sentences

    text = (
        "التقى د.محمد مصطفى رئيس الوزراء أمس. وقال م. سامر إن النمو بلغ 2.5 بالمئة. وانتهى اللقاء في 2015 م. ثم غادر."
    )
    assert [text[lo:hi].strip() for lo, hi, _ in sentences(text)] == [
        "التقى د.محمد مصطفى رئيس الوزراء أمس",
        "وقال م. سامر إن النمو بلغ 2.5 بالمئة",
        "وانتهى اللقاء في 2015 م",
        "ثم غادر",
    ]


@pytest.mark.parametrize("text", [". اتصل الرئيس", "...\n. وبحثا", ".", "\n.\n", "د.", " م."])
def test_a_full_stop_at_a_line_start_reads_without_error(text):
    from rasd.extract.scan import sentences

    sentences(text)
    extract_events(text, "2024-05-14")


# Headlines of other stories under "اقرأ أيضا" / "الأكثر قراءة" are no contacts of the article -----


def test_headlines_listed_under_a_read_also_heading_make_no_events():
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان "
        "تناولا خلاله الملف السوري.\n"
        "الأكثر قراءة\n"
        "السيسي يتلقى اتصالا هاتفيا من ماكرون\n"
        "الملك سلمان يستقبل رئيس وزراء باكستان\n"
    )
    assert shapes(extract_events(text, "2021-05-13")) == [
        ("phone_call", "reported", ("Recep Tayyip Erdoğan", "Vladimir Putin"))
    ]


def test_the_article_goes_on_after_an_inline_read_also_link():
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.\n"
        "اقرأ أيضا: السيسي يتلقى اتصالا هاتفيا من ماكرون\n"
        "وفي سياق متصل، تلقى الرئيس الروسي اتصالا هاتفيا من رئيس الوزراء الهندي ناريندرا مودي تناول العلاقات.\n"
    )
    assert shapes(extract_events(text, "2021-05-13")) == [
        ("phone_call", "reported", ("Narendra Modi", "Vladimir Putin")),
        ("phone_call", "reported", ("Recep Tayyip Erdoğan", "Vladimir Putin")),
    ]
