"""A trip to come told "from" a day ("اعتبارا من") starts on it, and each meeting to come that names the
visitor and a host of the destination, told in the sentences right after the trip without a day of its
own, takes the trip's day (not only the first, which the trip joins). Sentences written for these tests."""

from __future__ import annotations

from rasd.extract import extract_events

TRIP = (
    "قال متحدث باسم الرئاسة الإندونيسية إن الرئيس جوكو ويدودو سيقوم بزيارة رسمية إلى اليابان تستغرق ثلاثة أيام "
    "اعتبارا من يوم الاثنين الأسبوع القادم. وأضاف أن ويدودو سوف يلتقي رئيس الوزراء فوميو كيشيدا لبحث التعاون "
    "الاقتصادي. وقال المتحدث إن ويدودو سيجتمع أيضا مع الإمبراطور ناروهيتو في القصر الإمبراطوري."
)
PUBLISHED = "2023-06-14"  # a Wednesday: the Monday of next week is 19 June


def _got(text: str) -> set[tuple[frozenset[str], str, str | None, str]]:
    events = extract_events(text, PUBLISHED)
    return {(frozenset(p.name_en for p in e.participants), e.status, e.date, e.date_basis) for e in events}


def test_the_meetings_of_a_trip_told_from_a_weekday_of_next_week_take_its_first_day():
    assert _got(TRIP) == {
        (frozenset({"Joko Widodo", "Fumio Kishida"}), "planned", "2023-06-19", "weekday"),
        (frozenset({"Joko Widodo", "Emperor Naruhito"}), "planned", "2023-06-19", "weekday"),
    }


def test_a_trip_told_from_a_written_day_starts_on_it():
    text = TRIP.replace("اعتبارا من يوم الاثنين الأسبوع القادم", "اعتبارا من 19 يونيو")
    assert {(day, basis) for _, _, day, basis in _got(text)} == {("2023-06-19", "explicit")}


def test_each_meeting_of_a_trip_to_come_takes_the_trip_s_day():
    text = TRIP.replace("اعتبارا من يوم الاثنين الأسبوع القادم", "يوم الاثنين المقبل")
    got = _got(text)
    assert len(got) == 2
    assert {(day, basis) for _, _, day, basis in got} == {("2023-06-19", "weekday")}


def test_a_second_meeting_of_a_trip_without_a_day_has_none():
    text = TRIP.replace("اعتبارا من يوم الاثنين الأسبوع القادم", "خلال الصيف")
    assert {basis for _, _, _, basis in _got(text)} == {"published"}


def test_a_meeting_with_a_leader_of_another_country_than_the_destination_keeps_no_day():
    text = TRIP.replace("الإمبراطور ناروهيتو في القصر الإمبراطوري", "الرئيس الكوري الجنوبي يون سوك يول في سيول")
    got = _got(text)
    assert (frozenset({"Joko Widodo", "Yoon Suk Yeol"}), "planned", PUBLISHED, "published") in got


def test_a_bound_opening_a_span_of_something_else_is_no_day_of_the_contact():
    text = (
        "أجرى الرئيس الإندونيسي جوكو ويدودو اتصالا هاتفيا مع رئيس الوزراء الياباني فوميو كيشيدا "
        "بشأن الاتفاق التجاري الذي يسري اعتبارا من يوم الاثنين المقبل."
    )
    (event,) = extract_events(text, PUBLISHED)
    assert (event.date, event.date_basis) == (PUBLISHED, "published")


ANNOUNCED = (
    "يقوم الرئيس الإندونيسي جوكو ويدودو بزيارة إلى اليابان الأسبوع القادم، صرح بذلك متحدث باسم الحكومة اليوم. "
    "وقال المتحدث إن ويدودو سيقوم بالزيارة اعتبارا من يوم الاثنين المقبل. "
    "وأضاف أن ويدودو سوف يلتقي رئيس الوزراء فوميو كيشيدا. وقال إن ويدودو سيجتمع أيضا مع الإمبراطور ناروهيتو."
)


def test_a_trip_announced_on_a_statement_s_day_joins_the_meetings_of_its_own_day():
    assert _got(ANNOUNCED) == {
        (frozenset({"Joko Widodo", "Fumio Kishida"}), "planned", "2023-06-19", "weekday"),
        (frozenset({"Joko Widodo", "Emperor Naruhito"}), "planned", "2023-06-19", "weekday"),
    }


BEGUN = (
    "بدأ رئيس الوزراء الهندي ناريندرا مودي زيارته لتل أبيب اليوم الثلاثاء. "
    "وقال مودي فور وصوله إن الزيارة تاريخية. "
    "ومن المقرر أن يجتمع مودي في إسرائيل مع الرئيس رؤوفين ريفلين ورئيس الوزراء بنيامين نتنياهو."
)


def test_a_trip_begun_has_for_hosts_the_leaders_it_will_meet_in_the_destination():
    events = extract_events(BEGUN, "2017-07-04")
    got = {(e.type, e.status, frozenset(p.name_en for p in e.participants)) for e in events}
    assert got == {
        ("visit", "reported", frozenset({"Narendra Modi", "Benjamin Netanyahu", "Reuven Rivlin"})),
        ("meeting", "planned", frozenset({"Narendra Modi", "Benjamin Netanyahu"})),
        ("meeting", "planned", frozenset({"Narendra Modi", "Reuven Rivlin"})),
    }


def test_meetings_to_come_placed_elsewhere_give_the_trip_no_host():
    text = BEGUN.replace("في إسرائيل", "في نيويورك الشهر المقبل")
    events = extract_events(text, "2017-07-04")
    assert not [e for e in events if e.type == "visit"]
