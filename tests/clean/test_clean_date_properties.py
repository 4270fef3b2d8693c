"""Property tests of the clean stage's date parsers: datelines, URL dates, feed dates."""

from __future__ import annotations

import datetime as dt
import email.utils

import yaml
from hypothesis import assume, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from rasd.clean.published import dateline_date, hint_day, iso_day, url_date
from rasd.config import DATA_DIR

MONTH_NAMES = {
    int(m): names
    for m, names in yaml.safe_load((DATA_DIR / "calendar.yaml").read_text(encoding="utf-8"))["months"].items()
}
PLACES = ["القاهرة", "عمان", "بيروت", "الرباط", "دمشق", "الدار البيضاء", "أبوظبي", "نواكشوط", "الجزائر"]
JOINERS = [" ", " في ", "، ", " - ", " – "]
ENDINGS = [" -", " –", " (بترا) -", " (واج)", " / وام /", " م واس", ":", ""]
BODY = "ناقش الوزيران في لقاء مطول سبل تعزيز التعاون بين البلدين في مجالات عدة."
TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

days = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))


@st.composite
def datelines(draw, day: dt.date, with_year: bool = True) -> str:
    month = draw(st.sampled_from(MONTH_NAMES[day.month]))
    date = f"{day.day} {month}" + (f" {day.year}" if with_year else "")
    if draw(st.booleans()):
        date = date.translate(TO_ARABIC_INDIC)
    place = draw(st.sampled_from(PLACES))
    own_line = draw(st.booleans())
    # Inside a paragraph a dateline ends with a dash, an agency or a colon: "في 12 مارس 2024 أجرى"
    # opens a sentence instead. On its own line it may end with the date.
    ending = draw(st.sampled_from(ENDINGS if own_line else ENDINGS[:-1]))
    line = f"{place}{draw(st.sampled_from(JOINERS))}{date}{ending}"
    return f"{line}\n{BODY}" if own_line else f"{line} {BODY}\n{BODY}"


@given(st.data(), days)
@hsettings(max_examples=300, deadline=None)
def test_a_dateline_with_its_year_gives_that_day(data, day):
    text = data.draw(datelines(day))
    assert dateline_date(text) == day


@given(st.data(), days, st.integers(min_value=0, max_value=350))
@hsettings(max_examples=300, deadline=None)
def test_a_yearless_dateline_gives_the_last_such_day_on_or_before_the_bound(data, day, lag):
    assume(not (day.month == 2 and day.day == 29))
    bound = day + dt.timedelta(days=lag)
    text = data.draw(datelines(day, with_year=False))
    assert dateline_date(text, bound) == day
    assert dateline_date(text) is None  # without a bound a day and month are not a date


@given(days, st.sampled_from(["-", "/"]), st.booleans())
@hsettings(max_examples=200, deadline=None)
def test_url_dates(day, sep, pad):
    m, d = (f"{day.month:02d}", f"{day.day:02d}") if pad else (str(day.month), str(day.day))
    assert url_date(f"http://site.example/news/{day.year}{sep}{m}{sep}{d}/story-12.html") == day.isoformat()
    assert url_date(f"http://site.example/news/{day.year}/{m}/story-12.html") is None  # no day


@given(st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2035, 12, 31)))
@hsettings(max_examples=200, deadline=None)
def test_feed_dates_in_iso_and_rfc_2822(moment):
    aware = moment.replace(tzinfo=dt.UTC)
    assert hint_day(aware.isoformat()) == moment.date().isoformat()
    assert hint_day(email.utils.format_datetime(aware)) == moment.date().isoformat()
    assert iso_day(aware.isoformat()) == moment.date().isoformat()


@given(st.text(max_size=400), st.one_of(st.none(), days))
@hsettings(max_examples=300, deadline=None)
def test_date_parsers_never_fail_on_arbitrary_text(text, bound):
    found = dateline_date(text, bound)
    assert found is None or isinstance(found, dt.date)
    for parser in (url_date, hint_day, iso_day):
        value = parser(text)
        assert value is None or dt.date.fromisoformat(value)
