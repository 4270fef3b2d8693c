"""A bare title ("الرئيس الكوري الجنوبي") is the office's holder on the day, not a later holder the
article also names (rasd.extract.resolve: ``_someone_elses`` in ``corefer``'s fallback)."""

from __future__ import annotations

from extract_helpers import shapes

from rasd.extract import extract_events


def test_a_later_presidents_surname_borne_by_an_aide_does_not_take_the_title():
    text = (
        "تحدث الرئيس الكوري الجنوبي هاتفيا اليوم الاثنين مع الرئيس الأمريكي دونالد ترامب حول الملف النووي.\n"
        "وأوضح للصحفيين المستشار يون أن الجانبين اتفقا على مواصلة التنسيق."
    )
    got = shapes(extract_events(text, "2019-03-11"))
    assert got == [("phone_call", "reported", ("Donald Trump", "Moon Jae-in"))]


def test_the_title_still_corefers_with_the_named_holder_of_the_day():
    text = (
        "تحدث الرئيس الكوري الجنوبي يون سوك يول هاتفيا اليوم الاثنين مع الرئيس الأمريكي جو بايدن.\n"
        "وقال الرئيس الكوري الجنوبي إن الاتصال كان مثمرا."
    )
    got = shapes(extract_events(text, "2023-02-06"))
    assert got == [("phone_call", "reported", ("Joe Biden", "Yoon Suk Yeol"))]


def test_a_former_holder_named_after_the_title_keeps_it():
    # an outlet that still calls a former minister by his old title (a given name the reference data
    # spells otherwise, the surname known): kept, not replaced by the holder of the day (the events gate
    # reports the slip)
    text = (
        "التقى وزير الخارجية الكازاخستاني - إرزان كازيخانوف، أمس في موسكو نظيره الروسي سيرغي لافروف "
        "وبحثا ترتيبات القمة المقبلة."
    )
    got = shapes(extract_events(text, "2025-10-28"))
    assert got == [("meeting", "reported", ("Sergey Lavrov", "Yerzhan Kazykhanov"))]
