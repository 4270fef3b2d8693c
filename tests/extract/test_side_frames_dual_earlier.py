"""An earlier contact told with the dual pronoun after the two people named ("هي القمة الثالثة بين X
وY بعد لقائهما في جنيف في حزيران", side_frames.earlier_contacts), and a month without a year or day
(status.month_year_gone): the latest such month, one gone by unless it is the publication's."""

from __future__ import annotations

from extract_helpers import names

from rasd.extract import extract_events

MEETING = (
    "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم الرئيس الأمريكي جو بايدن في قصر الإليزيه. "
    "وهذه هي القمة الثانية بين ماكرون وبايدن، بعد لقائهما في روما {when}."
)


def _meetings(when: str, published: str = "2021-10-29"):
    return sorted((e.background, e.date, e.date_basis) for e in extract_events(MEETING.format(when=when), published))


def test_a_month_gone_by_makes_the_dual_contact_an_earlier_one():
    [now, before] = _meetings("في حزيران")
    assert now == (False, "2021-10-29", "today")
    assert before == (True, "2021-10-29", "published")  # a month without a day: the publication day


def test_a_past_marked_month_and_a_month_with_its_year():
    assert len(_meetings("في يونيو الماضي")) == 2
    assert len(_meetings("في يونيو 2021")) == 2


def test_no_earlier_contact_without_a_time_of_its_own():
    # "بعد لقائهما" alone, the publication's month, or a month to come: the contact the article tells
    assert len(_meetings("")) == 1
    assert len(_meetings("في تشرين الأول")) == 1
    assert len(_meetings("في يونيو المقبل")) == 1


def test_the_pair_is_the_two_named_before_the_dual():
    events = extract_events(MEETING.format(when="في حزيران"), "2021-10-29")
    assert all(names(e) == {"Emmanuel Macron", "Joe Biden"} for e in events)


def test_a_month_without_fi_is_no_month():
    # "مارس" right after a contact noun is a verb ("مارس ضغوطا"), not March
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن مارس خلاله ضغوطا من أجل التهدئة."
    )
    [event] = extract_events(text, "2021-10-29")
    assert not event.background
