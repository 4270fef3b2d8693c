"""The "و" of a list may carry an adverb before its next name ("ومؤخرا B", "وكذلك C"): the name is one
more of the list (party_positions._joined), so a receiving verb with its subject dropped has the whole
list as its objects, one meeting each with the subject told before."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_time_adverb_after_and_keeps_the_list_of_guests():
    text = (
        "زار المستشار الألماني أولاف شولتس مدريد أمس والتقى رئيس الوزراء الإسباني بيدرو سانشيز. "
        "واستقبل في برلين الشهر الماضي الرئيس الكيني ويليام روتو ومؤخرا رئيس الوزراء الهندي ناريندرا مودي."
    )
    got = shapes(extract_events(text, "2024-05-14"))
    assert ("meeting", "reported", ("Narendra Modi", "Olaf Scholz")) in got
    assert ("meeting", "reported", ("Olaf Scholz", "William Ruto")) in got
    assert not any(set(p) == {"Narendra Modi", "William Ruto"} for _, _, p in got)


def test_an_addition_word_after_and_keeps_the_list_of_guests():
    text = (
        "زار المستشار الألماني أولاف شولتس مدريد أمس والتقى رئيس الوزراء الإسباني بيدرو سانشيز. "
        "واستقبل في برلين الرئيس الكيني ويليام روتو وكذلك رئيس الوزراء الهندي ناريندرا مودي."
    )
    got = shapes(extract_events(text, "2024-05-14"))
    assert not any(set(p) == {"Narendra Modi", "William Ruto"} for _, _, p in got)


def test_a_named_host_and_guest_stay_host_and_guest():
    text = "استقبل الرئيس الكيني ويليام روتو اليوم في نيروبي رئيس الوزراء الهندي ناريندرا مودي."
    assert shapes(extract_events(text, "2024-05-14")) == [("meeting", "reported", ("Narendra Modi", "William Ruto"))]
