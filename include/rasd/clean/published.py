"""The publication date of a page, and how it was found (``records.PublishedBasis``).

In order of trust, later sources only when earlier ones find nothing: the page's metadata
(Open Graph / article tags, JSON-LD, itemprop), htmldate's reading of the markup (never its
January-1st year-only guesses, which come from a footer's "© 2024"), a dateline at the top (or a
date line at the bottom) of the body, the URL, and the feed or sitemap entry. When none exists the
article keeps ``published_date = None`` with basis ``"none"``: the first-fetch time is only an upper
bound, and the extractor must not resolve "today" or a weekday against it as if it were the day of
publication. The fetch time and a footer's copyright year only bound the year of a dateline that
gives a day and month without one ("عمان 3 آذار (بترا)").
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from rasd.clean.wordlists import vocabulary
from rasd.dates import DateMention, find_dates
from rasd.normalize import normalize
from rasd.records import PublishedBasis

DATELINE_LINES = 3  # the first body lines that may open with a dateline
DATELINE_PREFIX_WORDS = 4  # words before the date: a place, "في", a weekday ("القاهرة في", "عمان")
DATELINE_SCAN_CHARS = 120  # a dateline's date lies within the first characters of its line
TRAILER_LINES = 2  # "نشر بتاريخ ..." lines at the end of the body
TRAILER_MAX_WORDS = 12
TRAILER_MAX_CHARS = 160  # longer is prose (or garbage), not a date line
# What may follow a dateline's date: the end of the line, a dash, a slash ("/ وام /"), an agency in
# brackets, a colon.
_DATELINE_END = re.compile(r"\s*(?:$|[-–—(\[:|/])")
_ISO_DAY = re.compile(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)(?:[/-](?P<d>[0-3]?\d))?(?=/|\b)")


@dataclass(frozen=True)
class Publication:
    date: str | None  # YYYY-MM-DD
    basis: PublishedBasis


def iso_day(value: str | None) -> str | None:
    """YYYY-MM-DD of an ISO 8601 date or datetime, or None."""
    m = _ISO_DAY.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def hint_day(value: str | None) -> str | None:
    """A feed or sitemap date: ISO 8601 (Atom, sitemaps) or RFC 2822 (RSS), or None."""
    if not value:
        return None
    day = iso_day(value)
    if day:
        return day
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.date().isoformat() if 1900 <= parsed.year <= 2099 else None


def url_date(url: str) -> str | None:
    """A full date in the URL path (/2024/03/12/...), or None: a year and month alone are not a day."""
    m = _URL_DATE.search(url or "")
    if not m or not m["d"]:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def copyright_year(html: str) -> int | None:
    """The latest year of the page's copyright notices ("© 2024", "© 2010-2024"), or None."""
    years = [int(m["y2"] or m["y1"]) for m in vocabulary().copyright_re.finditer(html)]
    return max(years) if years else None


def _explicit(mentions: list[DateMention]) -> list[DateMention]:
    return [m for m in mentions if m.basis == "explicit" and m.date is not None]


def _opening_date(line: str, bound: dt.date | None) -> dt.date | None:
    """The date of a dateline that opens ``line``: a date after at most a few words (a place, "في",
    a weekday), followed by the end of the line, a dash, a slash, an agency (in brackets or not) or
    a colon. A Hijri date followed by "الموافق" and its Gregorian equivalent gives the latter."""
    vocab = vocabulary()
    norm = normalize(line[:DATELINE_SCAN_CHARS]).text
    mentions = _explicit(find_dates(norm, bound))
    for i, mention in enumerate(mentions):
        if len(norm[: mention.start].split()) > DATELINE_PREFIX_WORDS:
            break
        same = vocab.equivalence_re.match(norm, mention.end)
        if same and i + 1 < len(mentions) and mentions[i + 1].start == same.end():
            mention = mentions[i + 1]
        end = era.end() if (era := vocab.era_re.match(norm, mention.end)) else mention.end
        if _DATELINE_END.match(norm, end) or vocab.agency_re.match(norm, end):
            return mention.date
    return None


def _trailer_date(line: str, bound: dt.date | None) -> dt.date | None:
    """A date on a short closing line of the body ("نشر في 12 مارس 2024")."""
    if len(line) > TRAILER_MAX_CHARS or len(line.split()) > TRAILER_MAX_WORDS:
        return None
    found = _explicit(find_dates(normalize(line).text, bound))
    return found[0].date if found else None


def dateline_date(text: str, year_bound: dt.date | None = None) -> dt.date | None:
    """The date of the body's dateline (its first lines) or closing date line (its last lines).
    A date with its year wins; a day and month alone take the most recent such day on or before
    ``year_bound`` (the fetch time or the end of the copyright year), and count only when it is given."""
    lines = [ln for ln in text.splitlines()[: DATELINE_LINES + 8] if ln.strip()][:DATELINE_LINES]
    tail = [ln for ln in text[-2000:].splitlines() if ln.strip()][-TRAILER_LINES:]
    bounds = [None] if year_bound is None else [None, year_bound]
    for bound in bounds:  # first only dates that carry their year, then day-and-month ones
        for line in lines:
            if day := _opening_date(line, bound):
                return day
        for line in tail:
            if day := _trailer_date(line, bound):
                return day
    return None


def _to_date(value: str | None) -> dt.date | None:
    day = iso_day(value)
    return dt.date.fromisoformat(day) if day else None


def year_bound(html: str, fetched_at: str | None) -> dt.date | None:
    """The latest day the page can have been published: the fetch day, or the last day of the
    copyright year in its footer, whichever is earlier (and never after today); None when neither
    is known. Today alone is no bound: an archived page may be years old."""
    candidates = []
    if fetched := _to_date(fetched_at):
        candidates.append(fetched)
    if year := copyright_year(html):
        candidates.append(dt.date(year, 12, 31))
    return min([*candidates, dt.date.today()]) if candidates else None


def publication(
    *,
    meta: str | None,
    htmldate: str | None,
    text: str,
    url: str,
    hint: str | None,
    html: str,
    fetched_at: str | None = None,
) -> Publication:
    """The first source that gives a date, in order of trust (see the module docstring)."""
    if meta:
        return Publication(meta, "meta")
    if htmldate and not htmldate.endswith("-01-01"):
        return Publication(htmldate, "htmldate")
    day = dateline_date(text)
    if day is None:
        bound = year_bound(html, fetched_at)
        day = dateline_date(text, bound) if bound else None
    fetched = _to_date(fetched_at)
    if day is not None and (fetched is None or day <= fetched + dt.timedelta(days=1)):
        return Publication(day.isoformat(), "dateline")
    if from_url := url_date(url):
        return Publication(from_url, "url")
    if from_hint := hint_day(hint):
        return Publication(from_hint, "feed")
    return Publication(None, "none")
