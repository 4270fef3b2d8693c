"""Where dates are found and resolved: explicit, relative and Hijri date phrases in Arabic news.

All patterns run on normalised text (see ``rasd.normalize``: Arabic-Indic digits are already ASCII,
alef / yeh / teh marbuta folded). Relative phrases resolve against the publication date as news
means them: a weekday is the most recent such day on or before publication, "أمس" is the day before.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick
from hijridate import Gregorian, Hijri

from rasd.arabic import ARABIC_LETTERS
from rasd.config import DATA_DIR, read_yaml
from rasd.normalize import normalize_key
from rasd.words import CONJUNCTIONS, alternation, bare_or_conjoined, phrase_starts, words_at_most

_LETTER = ARABIC_LETTERS + "a-z"  # Latin too: a date word glued to a Latin word is not a date word
_NOT_AFTER_LETTER = rf"(?<![{_LETTER}])"
_NOT_BEFORE_LETTER = rf"(?![{_LETTER}])"
# Clitics that may stick to a date word: و (and), ف, ب (on), ل, and ال.
_CLITIC = r"(?:[وفبل]?(?:ال)?)"


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the normalised text
    end: int
    date: dt.date | None
    basis: str  # explicit | today | yesterday | weekday
    month_conflict: str | None = None  # "12/1" when a paired month name disagrees
    future: bool = False  # "الثلاثاء المقبل"
    past_marked: bool = False  # "... الماضي"
    said: bool = False  # the day a statement was made ("أعلن اليوم أنه أجرى"), see ``said_day``
    story_offset: int = 0  # basis "same_day": days from the contact told before ("في اليوم السابق": -1)


@dataclass(frozen=True)
class _Vocabulary:
    month_of: dict[str, int]
    levantine: frozenset[str]
    hijri_month_of: dict[str, int]
    weekday_of: dict[str, int]
    relative: dict[str, int | None]  # None: a day of the story ("اليوم نفسه"), resolved by the extractor
    story_offsets: dict[str, int]  # such a day's distance from the contact told before
    story_days: frozenset[str]  # "اليوم الأول": no day
    explicit_re: re.Pattern[str]
    numeric_re: re.Pattern[str]
    hijri_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    relative_re: re.Pattern[str]
    duration_before: frozenset[str]
    described_after: frozenset[str]
    name_before: frozenset[str]
    anchors: Any  # Aho-Corasick automaton of the words every date phrase contains
    past_markers: tuple[str, ...]
    future_markers: tuple[str, ...]
    current_markers: tuple[str, ...]
    ordinal_of: dict[str, int]
    month_rel_re: re.Pattern[str]
    named_day_of: dict[str, tuple[int, int]]  # "ليله راس السنه" -> (12, 31)
    named_day_re: re.Pattern[str] | None


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    # One pass over calendar.yaml building every table the patterns use (months, weekdays, markers):
    # a list of independent assignments, longer than 60 lines but with no branching to split.
    data = read_yaml(DATA_DIR / "calendar.yaml")
    month_of = {normalize_key(name): int(m) for m, names in data["months"].items() for name in names}
    hijri_month_of = {normalize_key(n): int(m) for m, names in data["hijri_months"].items() for n in names}
    weekday_of = {normalize_key(n): int(d) for d, names in data["weekdays"].items() for n in names}
    offsets = {
        "today": 0,
        "yesterday": -1,
        "day_before_yesterday": -2,
        "tomorrow": 1,
        "day_after_tomorrow": 2,
        "same_day": None,
        "day_before_told": None,
        "day_after_told": None,
    }
    story = {"same_day": 0, "day_before_told": -1, "day_after_told": 1}
    relative = {normalize_key(n): offsets[k] for k, names in data["relative_days"].items() for n in names}
    story_offsets = {
        normalize_key(n): story[k] for k, names in data["relative_days"].items() if k in story for n in names
    }
    story_days = frozenset(normalize_key(n) for n in data.get("story_days", []))
    relative.update(dict.fromkeys(story_days, None))
    before = data.get("contact_before") or {}
    for prefix, offset in (before.get("prefixes") or {}).items():  # "غداة مكالمة", "بعد يوم من الاتصال"
        for noun in before.get("nouns", []):
            for article in ("", "ال"):
                relative[normalize_key(f"{prefix} {article}{noun}")] = int(offset)
    named_day_of = {
        normalize_key(n): (int(md.split("-")[0]), int(md.split("-")[1]))
        for md, names in (data.get("named_days") or {}).items()
        for n in names
    }
    months = alternation(list(month_of))
    past = tuple(normalize_key(w) for w in data["past_markers"])
    future = tuple(normalize_key(w) for w in data["future_markers"])
    current = tuple(normalize_key(w) for w in data.get("current_markers", []))
    ordinal_of = {normalize_key(w): int(d) for d, words in data.get("ordinal_days", {}).items() for w in words}
    year = (
        r"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s*)?(?:(?:الجاري|الحالي)\s*[-–]?\s*)?(?P<year>(?:19|20)\d\d)(?!\d)"
        r"|\s*(?:من\s+)?(?:ال)?(?:عام|سنه)\s+(?P<cur>الجاري|الحالي))"
    )
    marker = rf"(?:\s*(?P<marker>{alternation(list(past + future + current))}){_NOT_BEFORE_LETTER})"
    weeks = alternation([normalize_key(w) for w in data.get("week_words", [])])
    week = rf"(?:\s*[,،]?\s+(?:من\s+)?(?:{weeks})\s+(?P<week>{alternation(list(past + future))}){_NOT_BEFORE_LETTER})"
    explicit = (
        # a number right after ":" is a clock's minutes ("00:10 - 8 فبراير"), not a day
        rf"(?:(?<![\d:])(?P<day>[0-3]?\d)|{_NOT_AFTER_LETTER}[وفب]?(?P<ord>{alternation(list(ordinal_of))}))"
        rf"(?:\s*(?:و|-|–|(?:و\s*)?(?:الي|حتي|لغايه))\s*(?P<day2>[0-3]?\d))?\s*(?:من\s+)?(?:شهر\s+)?"
        rf"{_CLITIC}(?P<m1>{months}){_NOT_BEFORE_LETTER}"
        rf"(?:\s*(?:/|\(|-)\s*(?P<m2>{months}){_NOT_BEFORE_LETTER}\s*\)?)?"
        rf"{year}?{marker}?"
    )
    # d/m/y (a US-order m/d/y when the middle number cannot be a month), "3 / 9 / 2015", y-m-d (also
    # y/m/d and y.m.d of page stamps: "نشر في 2024/03/17").
    numeric = (
        r"(?<![\d/])(?:(?P<d>[0-3]?\d)(?P<sep>\s?/\s?|[.-])(?P<m>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
        r"|(?P<y2>(?:19|20)\d\d)(?P<sep2>-|\s?/\s?|\.)(?P<m2>[01]?\d)(?P=sep2)(?P<d2>[0-3]?\d))(?![\d/])"
    )
    hijri_months = alternation(list(hijri_month_of))
    hijri_markers = alternation([normalize_key(m) for m in data["hijri_markers"]])
    # "12 رمضان 1445 هـ", "12 رمضان 1445" (a Hijri month's year is a Hijri year), "12 رمضان" (the
    # occurrence nearest before publication); "صفر" (also "zero") only with its year. Two days of one
    # month ("يومي 16 و17 ذي الحجة") start on the first, as the Gregorian range above.
    hijri = (
        rf"(?<!\d)(?P<day>[0-3]?\d)(?:\s*(?:و|-|–|(?:و\s*)?(?:الي|حتي|لغايه))\s*[0-3]?\d)?"
        rf"\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{hijri_months}){_NOT_BEFORE_LETTER}"
        rf"(?:\s*(?:سنه\s+|عام\s+)?(?P<year>1[34]\d\d)(?!\d)(?:\s*(?:{hijri_markers}){_NOT_BEFORE_LETTER})?)?"
    )
    weekday = (
        rf"{_NOT_AFTER_LETTER}(?:[وف]?(?P<rel>{alternation([k for k, v in relative.items() if v is not None])})(?:\s*[,،])?\s*[(/]?\s*)?(?:[وفبل]?(?:يوم|مساء|صباح|ليله|ظهر|فجر)\s+)?"
        rf"[وفبل]?ال(?P<wd>{alternation([w.removeprefix('ال') for w in weekday_of])}){_NOT_BEFORE_LETTER}[)/]?"
        rf"(?:{marker}|{week})?"
    )
    relative_re = rf"{_NOT_AFTER_LETTER}[وفب]?(?P<rel>{alternation(list(relative))}){_NOT_BEFORE_LETTER}"
    # "في 22 من الشهر الجاري", "العاشر من الشهر الماضي", "5 من هذا الشهر": a day of the month of
    # publication, the one before or the one after; "يوم 12 الجاري", "في 3 الشهر الحالي": a day number
    # and a word of the current month alone (the month's name left out), of the month of publication
    month_rel = (
        rf"(?:(?<!\d)(?P<day>[0-3]?\d)|{_NOT_AFTER_LETTER}[وفب]?(?P<ord>{alternation(list(ordinal_of))}))"
        rf"\s+(?:من\s+(?:(?P<this>هذا)\s+)?الشهر(?:\s+(?P<marker>{alternation(list(past + future + current))}))?"
        rf"|(?:الشهر\s+)?(?P<cur>{alternation(list(current))})){_NOT_BEFORE_LETTER}"
    )
    return _Vocabulary(
        month_of=month_of,
        levantine=frozenset(normalize_key(n) for n in data["levantine"]),
        hijri_month_of=hijri_month_of,
        weekday_of={k.removeprefix("ال"): v for k, v in weekday_of.items()},
        relative=relative,
        story_offsets=story_offsets,
        story_days=story_days,
        explicit_re=re.compile(explicit),
        numeric_re=re.compile(numeric),
        hijri_re=re.compile(hijri),
        weekday_re=re.compile(weekday),
        relative_re=re.compile(relative_re),
        duration_before=frozenset(normalize_key(w) for w in data.get("duration_before", [])),
        described_after=frozenset(normalize_key(w) for w in data.get("described_after", [])),
        name_before=frozenset(normalize_key(w) for w in data.get("date_name_before", [])),
        anchors=_automaton(
            {
                "month": list(month_of) + list(ordinal_of),
                "hijri": list(hijri_month_of),
                "weekday": [w.removeprefix("ال") for w in weekday_of],
                "relative": list(relative),
                "month_rel": ["الشهر", *current],
            }
        ),
        past_markers=past,
        future_markers=future,
        current_markers=current,
        ordinal_of=ordinal_of,
        month_rel_re=re.compile(month_rel),
        named_day_of=named_day_of,
        named_day_re=(
            re.compile(rf"{_NOT_AFTER_LETTER}[وفب]?(?P<name>{alternation(list(named_day_of))}){_NOT_BEFORE_LETTER}")
            if named_day_of
            else None
        ),
    )


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A weekday marked "past" ("الاثنين الماضي") names last week's day when it would otherwise be
# today or yesterday: outlets write "أمس الاثنين" for yesterday, so "الاثنين الماضي" in a
# Tuesday article is eight days earlier.
PAST_MARKED_SKIPS_DAYS = 1


# "اليوم السبت" in a page stamped up to this many days later is that Saturday (a text copied from an
# earlier report); a weekday further back (or the day after) leaves the relative word its own day.
STALE_WEEKDAY_MAX_DAYS = 3


def most_recent_weekday(weekday: int, published: dt.date, past_marked: bool = False) -> dt.date:
    """The most recent such weekday on or before publication (a bare weekday equal to the
    publication weekday is the publication day); "الثلاثاء الماضي" skips today and yesterday."""
    back = (published.weekday() - weekday) % 7
    if past_marked and back <= PAST_MARKED_SKIPS_DAYS:
        back += 7
    return published - dt.timedelta(days=back)


def weekday_of_week(weekday: int, published: dt.date, weeks: int) -> dt.date:
    """The weekday in the week ``weeks`` after the week of publication (before it when negative), a
    week opening on Sunday ("الأحد", the first day): "الثلاثاء الأسبوع القادم" on a Monday is eight days on."""
    sunday = published - dt.timedelta(days=(published.weekday() + 1) % 7)
    return sunday + dt.timedelta(days=7 * weeks + (weekday + 1) % 7)


def next_weekday(weekday: int, published: dt.date) -> dt.date:
    ahead = (weekday - published.weekday()) % 7 or 7
    return published + dt.timedelta(days=ahead)


# A day and month without a year and without "الماضي" that falls at most this many days after the
# publication date is that coming day, whatever the verb's tense: a day a year back would be given its
# year ("في 23 أكتوبر 2023") or "الماضي"; a page's stamp may run days behind the text, a translated text
# may put a schedule in the past tense.
UNMARKED_AHEAD_DAYS = 7


def _infer_year(month: int, day: int, published: dt.date | None, past_marked: bool, future: bool) -> dt.date | None:
    """A day and month without a year: the occurrence nearest the publication date, in the past
    unless the phrase says 'next' (news reports what happened, and the publication date bounds it).
    A dateline may run a day ahead of the page's stamp, across New Year too ("1 يناير" on a page
    stamped 31 December); "الماضي" allows no day after publication."""
    if published is None:
        return None
    years = (published.year - 1, published.year, published.year + 1)
    candidates = [c for c in (_safe_date(y, month, day) for y in years) if c is not None]
    if future:
        return next((c for c in candidates if c >= published), None)
    limit = published if past_marked else published + dt.timedelta(days=1)
    latest = max((c for c in candidates if c <= limit), default=None)
    soon = next((c for c in candidates if limit < c <= published + dt.timedelta(days=UNMARKED_AHEAD_DAYS)), None)
    if soon is not None and not past_marked:
        return soon  # "في 23 أكتوبر" on a page of 20 October: these days' news, not a day a year back
    return latest


# Hijri months whose name is also a common word ("صفر": zero): a date only with its year.
HIJRI_NEEDS_YEAR = frozenset({2})


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        greg = Hijri(year, month, day).to_gregorian()
        return dt.date(greg.year, greg.month, greg.day)
    except (ValueError, OverflowError):
        return None


def _hijri_without_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """A Hijri day and month without a year: the occurrence on or most recently before publication
    (or the day after it, a dateline written ahead of the page's stamp)."""
    if published is None:
        return None
    try:
        year = Gregorian(published.year, published.month, published.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    for y in (year + 1, year, year - 1):
        date = _hijri_to_gregorian(y, month, day)
        if date is not None and date <= published + dt.timedelta(days=1):
            return date
    return None


def find_dates(text: str, published: dt.date | None, written: dt.date | None = None) -> list[DateMention]:
    """Every date phrase in normalised ``text``, resolved against ``published`` where relative; a bare
    "اليوم" / "أمس" against ``written`` when given (a page stamped just after midnight, see
    ``written_day``)."""
    # Long on purpose: each block runs one pattern family around its anchor words and shares the
    # ``taken`` spans with the others (leftmost-longest across families); split functions would pass
    # that state and the resolution context back and forth.
    vocab = vocabulary()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    spots = _anchor_spots(text, vocab.anchors)
    windows = {  # each pattern runs only around the words it needs
        "hijri": _windows(spots["hijri"], len(text), 12, 30),
        "explicit": _windows(spots["month"], len(text), 25, 40),
        "numeric": _windows(spots["numeric"], len(text), 4, 8),
        # every weekday phrase holds a weekday's name: the windows of relative words alone find none
        "weekday": _holding(_windows(spots["weekday"] + spots["relative"], len(text), 25, 25), spots["weekday"]),
        "relative": _windows(spots["relative"], len(text), 4, 4),
        "month_rel": _windows(spots["month_rel"], len(text), 30, 12),
    }

    def matches(pattern: re.Pattern[str], kind: str):
        for lo, hi in windows[kind]:
            yield from pattern.finditer(text, lo, hi)

    def free(a: int, b: int) -> bool:
        """[a, b) overlaps no span already taken (spans are disjoint, kept sorted: O(log n))."""
        i = bisect.bisect_right(taken, (a, b))
        return (i == 0 or taken[i - 1][1] <= a) and (i == len(taken) or taken[i][0] >= b)

    for m in matches(vocab.hijri_re, "hijri"):
        month, day = vocab.hijri_month_of[m["month"]], min(int(m["day"]), 30)
        if m["year"]:
            date = _hijri_to_gregorian(int(m["year"]), month, day)
        elif month in HIJRI_NEEDS_YEAR or not 1 <= int(m["day"]) <= 30:
            continue
        else:
            date = _hijri_without_year(month, day, published)
        found.append(DateMention(m.start(), m.end(), date, "explicit"))
        bisect.insort(taken, m.span())

    for m in matches(vocab.explicit_re, "explicit"):
        if not free(*m.span()) or _after_duration_word(text, m.start(), vocab.name_before):
            continue  # "ثورة 30 يونيو": the name of a happening, no day
        month = vocab.month_of[m["m1"]]
        conflict = None
        if m["m2"] and vocab.month_of[m["m2"]] != month:
            conflict = f"{m['m1']}/{m['m2']}: {month} != {vocab.month_of[m['m2']]}"
        marker = m["marker"] or ""
        past_marked = marker in vocab.past_markers
        future = marker in vocab.future_markers
        day = int(m["day"]) if m["day"] else vocab.ordinal_of[m["ord"]]
        if m["year"]:
            date = _safe_date(int(m["year"]), month, day)
        elif (m["cur"] or marker in vocab.current_markers) and published is not None:
            date = _safe_date(published.year, month, day)
        else:
            date = _infer_year(month, day, published, past_marked, future)
        if date is None and conflict is None:
            continue
        found.append(DateMention(m.start(), m.end(), date, "explicit", conflict, future, past_marked))
        bisect.insort(taken, m.span())

    for m in matches(vocab.month_rel_re, "month_rel"):
        marker = m["marker"] or m["cur"] or ""
        if not free(*m.span()) or not (m["this"] or marker) or published is None:
            continue
        if m["cur"] and not m["day"]:  # "تشرين الثاني الجاري": a month's name, not a day of this month
            continue
        shift = -1 if marker in vocab.past_markers else 1 if marker in vocab.future_markers else 0
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        day = int(m["day"]) if m["day"] else vocab.ordinal_of[m["ord"]]
        date = _safe_date(year, month + 1, day)
        if date is not None:
            found.append(DateMention(m.start(), m.end(), date, "explicit", None, shift > 0, shift < 0))
            bisect.insort(taken, m.span())

    for m in matches(vocab.numeric_re, "numeric"):
        if not free(*m.span()):
            continue
        if m["y"]:
            date = _numeric_reading(text, m.start(), int(m["y"]), int(m["d"]), int(m["m"]), published)
        else:
            date = _safe_date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        if date:
            found.append(DateMention(m.start(), m.end(), date, "explicit"))
            bisect.insort(taken, m.span())

    # a day named by its feast ("ليلة رأس السنة"): one pattern over the text, a handful of phrases, run
    # only when one of them is written (a substring test per phrase is cheaper than the pattern's scan)
    named_day = vocab.named_day_re
    feast_written = any(name in text for name in vocab.named_day_of)
    for m in named_day.finditer(text) if named_day is not None and feast_written else ():
        if not free(*m.span()):
            continue
        month, day = vocab.named_day_of[m["name"]]
        date = _infer_year(month, day, published, False, False)
        if date is not None:
            found.append(DateMention(m.start(), m.end(), date, "explicit"))
            bisect.insort(taken, m.span())

    # A weekday right before an explicit date ("الثلاثاء 16 نوفمبر") belongs to that date.
    explicit_starts = {d.start for d in found if d.basis == "explicit"}
    for m in matches(vocab.weekday_re, "weekday"):
        if not free(*m.span()):
            continue
        if any(start in explicit_starts for start in range(m.end(), m.end() + 4)):
            bisect.insort(taken, m.span())
            continue
        weekday = vocab.weekday_of[m["wd"]]
        marker = m["marker"] or ""
        past_marked = marker in vocab.past_markers
        future = marker in vocab.future_markers
        if m["week"] and published is not None:  # "يوم الثلاثاء الأسبوع القادم": that week's day
            future = m["week"] in vocab.future_markers
            past_marked = not future
            date = weekday_of_week(weekday, published, 1 if future else -1)
        elif published is None:
            date = None
        elif future:
            date = next_weekday(weekday, published)
        else:
            date = most_recent_weekday(weekday, published, past_marked)
        rel = m["rel"]
        basis = "weekday"
        if rel is not None and published is not None:
            offset = vocab.relative[rel] or 0  # the pattern lists only words with an offset
            relative_day = published + dt.timedelta(days=offset)
            past_marked = past_marked or offset < 0  # "أمس الخميس": a day gone by, as "الخميس الماضي"
            if offset > 0:  # "غدا الأحد": the plan names the weekday
                date, future = relative_day, True
            elif relative_day.weekday() == weekday:
                date, basis = relative_day, "today" if offset == 0 else "yesterday"
            elif (back := (relative_day.weekday() - weekday) % 7) <= STALE_WEEKDAY_MAX_DAYS:
                # "اليوم الأربعاء" in a page stamped Thursday (written before midnight, stamped after
                # it), "اليوم السبت" kept in a text copied on Monday: the named weekday, a few days
                # before the relative word's day, wins over the relative word.
                date = relative_day - dt.timedelta(days=back)  # basis: the weekday's
            else:  # the weekday after it (a page stamped in another time zone): the relative word
                date, basis = relative_day, "today" if offset == 0 else "yesterday"
        found.append(DateMention(m.start(), m.end(), date, basis, None, future, past_marked))
        bisect.insort(taken, m.span())

    for m in matches(vocab.relative_re, "relative"):
        if not free(*m.span()) or _after_duration_word(text, m.start(), vocab.duration_before):
            continue
        after = text[m.end() : m.end() + 8].split()[:1]
        if after and after[0] in vocab.described_after:
            bisect.insort(taken, m.span())  # "إلى اليوم الذي تستعيد فيه": a day described, not today
            continue
        same_or_offset = vocab.relative[m["rel"]]
        if m["rel"] in vocab.story_days:  # "في اليوم الأول من الزيارة": no day, and no "اليوم" of today
            bisect.insort(taken, m.span())
            continue
        if same_or_offset is None:  # a day of the story: resolved by the extractor against the previous event
            offset = vocab.story_offsets[m["rel"]]
            found.append(DateMention(m.start(), m.end(), None, "same_day", story_offset=offset))
            bisect.insort(taken, m.span())
            continue
        offset = same_or_offset
        base = written or published
        date = base + dt.timedelta(days=offset) if base else None
        found.append(DateMention(m.start(), m.end(), date, "yesterday" if offset < 0 else "today", future=offset > 0))
        bisect.insort(taken, m.span())

    found.sort(key=lambda d: d.start)
    return found


def _after_duration_word(text: str, start: int, words: frozenset[str]) -> bool:
    """The word before a relative day makes it a span of time, no day ("طوال اليوم", "حتى اليوم"); the
    word before a day and month makes them a name ("ثورة 30 يونيو")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in words


# A US-order reading of "10/8/2023" (month first) is taken when it is within this many days of the
# publication date and the day-first reading is not: a page's own stamp, written the American way.
US_ORDER_STAMP_DAYS = 1
# A weekday written at most this many characters before a numeric date ("الأحد 10/8/2023") is its day.
NUMERIC_WEEKDAY_CHARS = 16


def _numeric_reading(
    text: str, start: int, year: int, first: int, second: int, published: dt.date | None
) -> dt.date | None:
    """ "d/m/y" as Arabic pages write it; "m/d/y" when the middle number cannot be a month
    ("12/25/2023"), or when both can and the weekday written before it, or else the publication date
    (a US-order page stamp "10/8/2023" on a page published 8 October), fits only the month-first one."""
    day_first = _safe_date(year, second, first)
    if second > 12 >= first:
        return _safe_date(year, first, second)
    month_first = _safe_date(year, first, second) if first != second else None
    if day_first is None or month_first is None:
        return day_first
    named = _weekday_before(text, start)
    if named is not None:
        if day_first.weekday() != named and month_first.weekday() == named:
            return month_first
        return day_first
    if published is not None:
        near = dt.timedelta(days=US_ORDER_STAMP_DAYS)
        if abs(month_first - published) <= near < abs(day_first - published):
            return month_first
    return day_first


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday named right before ``start`` (only spaces, commas and dashes between), if any."""
    m = _weekday_tail().search(text, max(0, start - NUMERIC_WEEKDAY_CHARS), start)
    return vocabulary().weekday_of.get(m["wd"]) if m else None


@lru_cache(maxsize=1)
def _weekday_tail() -> re.Pattern[str]:
    """A weekday (calendar.yaml's names) closing the text, only spaces, commas and dashes after it."""
    names = alternation(list(vocabulary().weekday_of))
    return re.compile(rf"{_NOT_AFTER_LETTER}[وفب]?(?:يوم\s+)?ال(?P<wd>{names})[\s,،\-–|]*$")


_NUMERIC_ANCHOR = re.compile(r"\d\s?[/.-]\s?\d")


def _automaton(words_by_kind: dict[str, list[str]]) -> Any:
    auto = ahocorasick.Automaton()
    for kind, words in words_by_kind.items():
        for word in set(words):
            auto.add_word(word, (len(word), kind))
    auto.make_automaton()
    return auto


def _anchor_spots(text: str, anchors: Any) -> dict[str, list[tuple[int, int]]]:
    """Where the words that date phrases are built on occur, by kind (month, weekday, ...)."""
    spots: dict[str, list[tuple[int, int]]] = {
        "month": [],
        "hijri": [],
        "weekday": [],
        "relative": [],
        "month_rel": [],
        "numeric": [m.span() for m in _NUMERIC_ANCHOR.finditer(text)],
    }
    for end, (length, kind) in anchors.iter(text):
        spots[kind].append((end + 1 - length, end + 1))
    return spots


def _windows(spots: list[tuple[int, int]], n: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged ranges around anchor words. Searching only there keeps date finding fast on long
    texts; lookbehinds still see the text before a window because patterns run on the whole string."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spots):
        lo, hi = max(0, start - before), min(n, end + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _holding(windows: list[tuple[int, int]], spots: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``windows`` in which one of ``spots`` starts (a pattern that every match of holds one of
    those words finds nothing in the others)."""
    starts = sorted(start for start, _ in spots)
    out = []
    for lo, hi in windows:
        i = bisect.bisect_left(starts, lo)
        if i < len(starts) and starts[i] < hi:
            out.append((lo, hi))
    return out


# "أعلن الرئيس سيريل رامافوزا اليوم السبت أنه أجرى اتصالين": the saying verb stands at most this many
# words before the date, and the complementiser ("أن", "إن") at most this many words after it, both
# before the contact's trigger.
SAID_VERB_WORDS = 12
SAID_THAT_WORDS = 8
WORDS_FILE = DATA_DIR / "extract_words.yaml"


def _section_words(key: str) -> list[str]:
    """A word list of the ``dates_sources_confidence`` section of extract_words.yaml, normalised."""
    return [normalize_key(w) for w in read_yaml(WORDS_FILE)["dates_sources_confidence"].get(key, [])]


@lru_cache(maxsize=1)
def saying_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of saying and the complementisers after them (data: ``dates_sources_confidence``); the
    verbs in every past form of their subject (``past_subject_forms``)."""
    return past_subject_forms(_section_words("saying_verbs")), frozenset(_section_words("that_words"))


# The endings a past verb takes after its stem for a subject of two women or things ("ذكرتا": two
# outlets) or of several men ("أفادوا"). Not the masculine dual's bare "ا": "نقلا", "ذكرا", "كتبا"
# are nouns in the accusative as often.
_DUAL_PLURAL_ENDINGS = ("تا", "وا")


def past_subject_forms(verbs: list[str]) -> frozenset[str]:
    """``verbs`` (normalised past forms, "قال" beside "قالت") with the feminine dual and the plural
    forms (``_DUAL_PLURAL_ENDINGS``) of each stem whose feminine ("X" + "ت") is listed too. A stem
    ending in a weak letter ("نفي", feminine "نفت") drops it ("نفتا", "نفوا")."""
    listed = set(verbs)
    out = set(verbs)
    for v in verbs:
        if v + "ت" in listed:
            out.update(v + e for e in _DUAL_PLURAL_ENDINGS)
        elif v.endswith("ي") and v[:-1] + "ت" in listed:
            out.update(v[:-1] + e for e in _DUAL_PLURAL_ENDINGS)
    return frozenset(out)


@lru_cache(maxsize=1)
def bare_that_words() -> frozenset[str]:
    """The complementisers without a pronoun, bare or after "و" ("أن", "بأن", "وأن"; data:
    ``dates_sources_confidence``): the noun after them is the reported clause's subject."""
    return frozenset(_section_words("bare_that_words"))


@lru_cache(maxsize=2)
def statement_nouns(day_forms: bool = True) -> frozenset[str]:
    """Nouns of a statement ("بيان", "تصريحات"; data: ``dates_sources_confidence``), with ``day_forms``
    their other forms and "صدر" that date a statement (``statement_day_words``)."""
    return frozenset(_section_words("statement_nouns") + (_section_words("statement_day_words") if day_forms else []))


# "في بيان صدر الثلاثاء": a statement noun stands at most this many words before the statement's day.
STATEMENT_NOUN_WORDS = 3


@lru_cache(maxsize=1)
def report_openers() -> frozenset[str]:
    """Nouns and prepositions that open the report after a statement's day (``dates_sources_confidence``)."""
    return frozenset(_section_words("report_openers"))


@lru_cache(maxsize=1)
def spokesperson_words() -> frozenset[str]:
    """Titles of a spokesperson (data: ``dates_sources_confidence``)."""
    return frozenset(_section_words("spokesperson_words"))


_SENTENCE_STOP = re.compile(r"[.!?؟\n]")


def said_day(text: str, d: DateMention, trigger_start: int) -> bool:
    """Is ``d`` the day of a statement that reports the contact rather than the contact's own day?
    Yes when a verb of saying (or, a word or two before, a statement's noun: "في بيان صدر الثلاثاء، قالت
    الرئاسة إن") stands just before it and "أن"/"إن" opens the reported clause between
    it and the trigger, or the report follows the date at once ("نشرت المجلة الخميس تفاصيل مكالمة") ("قال في بيان اليوم إن مكالمته ... جرت أمس"): the contact sits inside that
    clause, where its own day, when given, is written."""
    if d.end > trigger_start:
        return False
    verbs, that = saying_words()
    after = text[d.end : trigger_start]
    if _SENTENCE_STOP.search(after):
        return False
    words_after = [w for w in (w.strip('،,:"«»“”') for w in after.split()[:SAID_THAT_WORDS]) if w]
    openers = report_openers()
    if not any(w in that for w in words_after) and not (words_after and words_after[0] in openers):
        return False
    before = text[max(0, d.start - 200) : d.start]
    stop = max((m.end() for m in _SENTENCE_STOP.finditer(before)), default=0)
    words_before = [w.strip('،,:"«»“”') for w in before[stop:].split()[-SAID_VERB_WORDS:]]
    nouns = statement_nouns()
    return any(bare_or_conjoined(w, verbs) for w in words_before) or any(
        w in nouns or (w[:1] in "وب" and w[1:] in nouns) for w in words_before[-STATEMENT_NOUN_WORDS:]
    )


# A denial verb's subject (titles and name) stands between it and its day: at most this many words.
DENIAL_SUBJECT_WORDS = 8


def denial_day(text: str, d: DateMention, denial_ends: list[int]) -> bool:
    """ "نفى المتحدث باسم الكرملين يوم الأحد أي مكالمة بين X وY": is ``d``, within DENIAL_SUBJECT_WORDS
    words after the end of a denial verb (``denial_ends``), the day of the denial? ``said_day``'s rule
    for a statement that takes the contact as its object: a denial needs no "أن"/"إن" before the
    contact, so its own test stands here beside that one (the caller asks it only of a denied contact
    whose date comes before its contact word, with the denial cues the sentence's index found)."""
    return any(end <= d.start and words_at_most(text, end, d.start, DENIAL_SUBJECT_WORDS) for end in denial_ends)


@lru_cache(maxsize=1)
def _told_back_words() -> frozenset[str]:
    """The words after a verb of saying that point back at what was told ("صرح بذلك")."""
    return frozenset(_section_words("told_back_words"))


@lru_cache(maxsize=1)
def _attribution_openers() -> tuple[tuple[str, ...], ...]:
    """The openers of a trailing attribution ("بحسب ما", "وفق ما"), split into words (``dates_sources_confidence``)."""
    return tuple(tuple(w.split()) for w in _section_words("attribution_openers"))


# "بحسب ما نقلت الرئاسة الفرنسية السبت": the opener stands at most this many words before the date.
ATTRIBUTED_WORDS = 8


def attributed_day(text: str, d: DateMention, trigger_end: int) -> bool:
    """Is ``d``, after the contact word, the day of the report a trailing attribution names ("أجرى X
    اتصالا مع Y، بحسب ما نقلت الرئاسة السبت", "وفق ما أعلن مكتبه اليوم")? An attribution opener and
    then a verb of saying stand in the few words before it, in the same sentence after the contact
    word: the day the report was made, not the contact's."""
    if d.start < trigger_end:
        return False
    before = text[max(trigger_end, d.start - 160) : d.start]
    if _SENTENCE_STOP.search(before):
        return False
    words = [w.strip('،,:"«»“”') for w in before.split()[-ATTRIBUTED_WORDS:]]
    verbs, _ = saying_words()
    back = _told_back_words()
    if any(w.removeprefix("و") in verbs and after in back for w, after in zip(words, words[1:])):
        return True  # "، صرح بذلك متحدث باسم الحكومة اليوم"
    return any(any(w in verbs for w in words[i + n :]) for i, n in phrase_starts(words, _attribution_openers(), "و"))


@lru_cache(maxsize=1)
def _bound_words() -> tuple[tuple[str, ...], ...]:
    """The words that make a date a bound ("حتى", "منذ", ...), split into words (``dates_sources_confidence``)."""
    return tuple(tuple(w.split()) for w in _section_words("bound_words"))


def bound_day(text: str, d: DateMention) -> bool:
    """Is ``d`` a bound of a span of time ("حتى 10 نوفمبر", "بحلول الجمعة", "منذ 7 أكتوبر"): are the
    words right before it one of ``bound_words`` (also with "و")? Then nothing happened on it."""
    words = text[max(0, d.start - 30) : d.start].split()
    return any(i + n == len(words) for i, n in phrase_starts(words, _bound_words(), "و"))


@lru_cache(maxsize=1)
def _span_start_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in _section_words("span_start_words"))


def span_start_day(text: str, d: DateMention) -> bool:
    """Is ``d`` the opening bound of a span ("اعتبارا من الثلاثاء", ``span_start_words``, also with "و")?
    A bound as ``bound_day`` reads it, but one a trip told before it in its clause starts on."""
    words = text[max(0, d.start - 30) : d.start].split()
    return any(i + n == len(words) for i, n in phrase_starts(words, _span_start_words(), "و"))


@lru_cache(maxsize=1)
def _vague_time_re() -> re.Pattern[str]:
    words = [normalize_key(w) for w in read_yaml(DATA_DIR / "calendar.yaml").get("vague_times", [])]
    return re.compile(rf"{_NOT_AFTER_LETTER}[وفب]?(?:{alternation(words)}){_NOT_BEFORE_LETTER}")


# A time without a day counts in the reported clause up to this many characters after the trigger.
VAGUE_AFTER_TRIGGER_CHARS = 60


def vague_after(text: str, trigger_end: int, hi: int) -> bool:
    """Does a time without a day ("مؤخرا", "الأسبوع الماضي") follow the contact word in its clause
    ("خلال مكالمة جرت بينهما مؤخرا")? Then the contact took place on an earlier day the sentence does
    not give."""
    hi = min(hi, len(text), trigger_end + VAGUE_AFTER_TRIGGER_CHARS)
    stop = _SENTENCE_STOP.search(text, trigger_end, hi)
    return _vague_time_re().search(text, trigger_end, stop.start() if stop else hi) is not None


def vague_time(text: str, d: DateMention, trigger_end: int) -> bool:
    """Does the clause a statement's day ``d`` introduces give the contact a time without a day ("كشف
    الثلاثاء أنه أجرى الأسبوع الماضي اتصالا")? Then the contact was not on the statement's day."""
    hi = min(len(text), trigger_end + VAGUE_AFTER_TRIGGER_CHARS)
    stop = _SENTENCE_STOP.search(text, d.end, hi)
    return _vague_time_re().search(text, d.end, stop.start() if stop else hi) is not None


# "الانفجار الذي وقع أمس، ... فيما أرسل X برقية": a relative pronoun at most this many words before a
# date, and a clause opener between the date and the contact word, make it another happening's day.
OTHER_CLAUSE_WORDS = 6


@lru_cache(maxsize=1)
def _other_clause_words() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """Relative pronouns and the openers of a clause about another event (extract_words.yaml), and
    the openers of a new clause (dates section)."""
    data = read_yaml(WORDS_FILE)
    pronouns = frozenset(normalize_key(w) for w in data.get("relative_pronouns", []))
    openers = frozenset(normalize_key(w) for w in data["dates_sources_confidence"].get("clause_openers", []))
    other_event = tuple(tuple(normalize_key(w).split()) for w in data.get("other_event_openers", []))
    return pronouns, openers, other_event


def _holds_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Do ``words`` hold one of ``phrases`` (word by word, "و"/"ف" allowed before its first word)?"""
    return next(phrase_starts(words, phrases, CONJUNCTIONS), None) is not None


def other_clause_day(text: str, d: DateMention, trigger_start: int) -> bool:
    """Is ``d`` (before the contact word) the day of another happening told in an earlier clause of
    the sentence ("ارتفع عدد ضحايا الانفجار الذي وقع أمس ... فيما أرسل X برقية", "في أعقاب الهجوم على
    المدينة يوم الاثنين، أجرى X اتصالا")? A relative pronoun or an opener of another event ("عقب",
    "في أعقاب", "منذ") stands just before it, and a clause opener ("فيما") or the comma right after
    it closes that clause before the contact word. Then the contact has no day of its own there:
    callers should drop ``d`` (not only prefer another date)."""
    if d.end > trigger_start:
        return False
    between = text[d.end : trigger_start]
    if _SENTENCE_STOP.search(between):
        return False
    pronouns, openers, other_event = _other_clause_words()
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, d.start - 200), d.start)]
    words_before = [w.strip('،,:"«»“”') for w in text[max(stops, default=0) : d.start].split()[-OTHER_CLAUSE_WORDS:]]
    if not any(w in pronouns for w in words_before) and not _holds_phrase(words_before, other_event):
        return False
    if between.lstrip()[:1] in ("،", ","):
        return True
    return any(w.strip('،,:"«»“”') in openers for w in between.split())


# A page's stamp heads it: a full date on the first line with at most STAMP_LEAD_WORDS words before
# it (a label "date"/"نشر", a weekday), or a line of its own among the first STAMP_LINES lines holding
# only the date, a clock time and a weekday (a byline date under the headline).
STAMP_LEAD_WORDS = 2
STAMP_LINES = 4
_CLOCK_ONLY = re.compile(
    r"^[\s,،\-|:/]*(?:الساعه\s*)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?\s*(?:[صم]|صباحا|مساء|am|pm)?[\s,،\-|]*$"
)


def on_head_line(text: str, d: DateMention) -> bool:
    """Is ``d`` a full date opening the page's first line (at most STAMP_LEAD_WORDS words before it)?"""
    # the words first: they are read no further than the third (a line break is searched from the top)
    if d.basis != "explicit" or d.date is None or not words_at_most(text, 0, d.start, STAMP_LEAD_WORDS):
        return False
    return not _line_break_before(text, d.start)


_NON_SPACE = re.compile(r"\S")


def _line_break_before(text: str, end: int) -> bool:
    """ "\n" in text[:end].strip(), without copying the text before ``end`` (asked per date)."""
    first = _NON_SPACE.search(text, 0, end)
    if first is None:
        return False
    line_break = text.find("\n", first.start(), end)
    return line_break != -1 and _NON_SPACE.search(text, line_break, end) is not None


def _first_lines(text: str, n: int) -> list[tuple[int, int]]:
    """Spans of the first ``n`` lines that hold more than white space (linear: a page of nothing but
    white space made a regular expression for this quadratic)."""
    out: list[tuple[int, int]] = []
    lo = 0
    while len(out) < n and lo <= len(text):
        hi = text.find("\n", lo)
        hi = len(text) if hi < 0 else hi
        if text[lo:hi].strip():
            out.append((lo, hi))
        lo = hi + 1
    return out


# A page stamp's lead (a label, a weekday, a clock) is never longer than this many characters.
STAMP_LEAD_CHARS = 160


def head_stamp(text: str, found: list[DateMention]) -> DateMention | None:
    """The page's own dated first line ("date 2024-05-02 ...", "الخميس 2025-12-04 10:14 م", a byline
    "21 نوفمبر 2020 05:28 صباحا" under the headline): the publication stamp when the caller has none.
    Only a full date (day, month, year) counts."""
    lines = _first_lines(text, STAMP_LINES)
    for n, (lo, hi) in enumerate(lines):
        for d in found:
            if d.start >= hi:
                break
            if d.start < lo or d.basis != "explicit" or d.date is None:
                continue
            if d.start - lo > STAMP_LEAD_CHARS:
                break  # a stamp's lead is a few words: a run-on line is not read up to each later date
            lead = _stamp_lead(text[lo : d.start])
            if n == 0 and len(lead) <= STAMP_LEAD_WORDS:
                return d
            if len(lead) <= 1 and _CLOCK_ONLY.match(text[d.end : hi]):
                return d
    return None


@lru_cache(maxsize=1)
def _stamp_label_words() -> frozenset[str]:
    """Words of a page stamp's label ("آخر تحديث", "نشر في", "تاريخ النشر") and the weekday names."""
    words = {w for label in _section_words("stamp_labels") for w in label.split()}
    return frozenset(words | {w for name in vocabulary().weekday_of for w in ("ال" + name, name)})


@lru_cache(maxsize=1)
def _clock_lead() -> re.Pattern[str]:
    return re.compile(CLOCK_TIME + _CLOCK_SECONDS + r"(?:ص|م|صباحا|مساء|am|pm)?" + _NOT_BEFORE_LETTER)


def _stamp_lead(lead: str) -> list[str]:
    """The words before a stamp's date that are more than its label, weekday, clock or punctuation
    ("آخر تحديث: الاثنين", "12:25 ص -", "عمان - الخميس": one word, the place)."""
    words = _clock_lead().sub(" ", lead).split()
    labels = _stamp_label_words()
    return [w for w in (w.strip("،,:-|/()") for w in words) if w and w not in labels]


# A clock time ("الساعة 1:02", "10:58"; normalised text): hours and minutes. The one clock of the
# extractor: page stamps here and in ``rasd.extract.frames.page_stamp``.
CLOCK_TIME = r"(?:الساعه\s*)?(?P<h>\d{1,2})[:.](?P<m>\d{2})"
# What follows a clock's hours and minutes: its seconds, then (in a page stamp) a morning mark, whose
# presence tells a time just after midnight from one just after noon.
_CLOCK_SECONDS = r"(?:[:.]\d{2})?\s*"
_MORNING = r"(?P<am>ص|صباحا|am)?"


# A page stamp's clock time in the first hour of the day ("00:25", "12:25 ص", "12:10 am"): the text
# was written the evening before and posted after midnight, so its bare "اليوم" / "أمس" count from
# that evening. From 1 a.m. on, writers date by the new day ("يوم أمس" on a page stamped 01:33).
_STAMP_CLOCK = re.compile(r"[\s,،\-|/]*" + CLOCK_TIME + _CLOCK_SECONDS + _MORNING + _NOT_BEFORE_LETTER)


_CLOCK_BEFORE = re.compile(
    _NOT_AFTER_LETTER + CLOCK_TIME + _CLOCK_SECONDS + _MORNING + _NOT_BEFORE_LETTER + r"[\s,،\-|/]*$"
)


def written_day(text: str, found: list[DateMention], published: dt.date | None) -> dt.date | None:
    """The day before ``published`` when the page's head stamp is that day at a time just after
    midnight (the text was written the evening before); else None."""
    if published is None:
        return None
    stamp = head_stamp(text, found)
    clock = None
    if stamp is not None and stamp.date == published:
        clock = _STAMP_CLOCK.match(text, stamp.end)
        if clock is None:  # the clock before the date on the stamp's line ("12:25 ص - 11 مايو 2020")
            line_start = text.rfind("\n", 0, stamp.start) + 1
            clock = _CLOCK_BEFORE.search(text, line_start, stamp.start)
    if clock is None:
        clock = _head_line_clock(text, found, published)
    if clock is None:
        return None
    hour, minute = int(clock["h"]), int(clock["m"])
    just_after = (hour == 0 and minute > 0) or (hour == 12 and clock["am"] is not None)
    return published - dt.timedelta(days=1) if just_after else None


# The head of a page: a stamp line with more words than a bare stamp ("مدار الساعة نشر في 2024/03/17
# الساعة 00:21", "تاريخ النشر 00:26 26-07-2022 الكاتب: ...", a Hijri date before the Gregorian one,
# "بتوقيت القدس" after the clock) still counts among its first lines when short.
STAMP_HEAD_LINES = 8
STAMP_LINE_WORDS = 18
_ANY_CLOCK = re.compile(_NOT_AFTER_LETTER + CLOCK_TIME + _CLOCK_SECONDS + _MORNING + _NOT_BEFORE_LETTER, re.IGNORECASE)


def _head_line_clock(text: str, found: list[DateMention], published: dt.date) -> re.Match[str] | None:
    """The clock time beside the publication date on a short line of the page's head, in whatever
    order and with whatever label, place or time zone around them: the clock nearest the date with
    no other date between them (clock-like digits inside a date, "19.03.2025", are no clock)."""
    for lo, hi in _first_lines(text, STAMP_HEAD_LINES):
        if len(text[lo:hi].split()) > STAMP_LINE_WORDS:
            continue
        on_line = [d for d in found if lo <= d.start < hi]
        if not any(d.date == published and d.basis == "explicit" for d in on_line):
            continue
        clocks = [
            c
            for c in _ANY_CLOCK.finditer(text, lo, hi)
            if not any(d.start < c.end() and c.start() < d.end for d in on_line)
        ]
        best: tuple[int, re.Match[str]] | None = None
        for d in on_line:
            if d.date != published or d.basis != "explicit":
                continue
            for c in clocks:
                a, b = (d.end, c.start()) if c.start() >= d.end else (c.end(), d.start)
                if any(a <= e.start < b for e in on_line):
                    continue  # another date stands between: the clock is that date's
                if best is None or b - a < best[0]:
                    best = (b - a, c)
        if best is not None:
            return best[1]
    return None


def named_writing_day(text: str, found: list[DateMention], published: dt.date | None) -> dt.date | None:
    """The day a text names as the one it was written on, when that is a day or a few before the page's
    stamp: "اليوم السبت", "مساء اليوم الجمعة", "أمس الخميس" (written the day after that Thursday) in
    a page stamped later (copied, or posted the next morning). Every relative word written with a
    weekday must name the same writing day; then the text's bare "اليوم" / "أمس" count from it
    (``find_dates``' ``written``), as its "اليوم السبت" already does. None when the text names
    none, or when they disagree."""
    if published is None:
        return None
    vocab = vocabulary()
    days: set[dt.date] = set()
    for d in found:
        if d.basis not in ("weekday", "today", "yesterday") or d.date is None:
            continue
        m = vocab.weekday_re.match(text, d.start)
        if m is None or m["rel"] is None:
            continue
        offset = vocab.relative.get(m["rel"])
        if offset is None or offset > 0:
            continue  # "غدا الأحد" names a day to come, not the writing day
        days.add(d.date - dt.timedelta(days=offset))
    if len(days) != 1:
        return None
    (day,) = days
    return day if 0 < (published - day).days <= STALE_WEEKDAY_MAX_DAYS else None


def parse_iso(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
