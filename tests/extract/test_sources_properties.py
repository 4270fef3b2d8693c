"""Property tests of the source grammar: every spelling of news_sources.yaml, set in the ways outlets
credit a report (a verb of saying before it, "بحسب/وفقا لـ/نقلا عن/حسبما" after the contact, a
dateline, an agency in brackets), is the event's source under its canonical name."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.extract import extract_events
from rasd.extract.refdata import DATA_DIR

DATA = yaml.safe_load((DATA_DIR / "news_sources.yaml").read_text(encoding="utf-8"))

CREDITED = [s for s in DATA["sources"] if s.get("kind") not in ("social", "person", "anonymous")]

SPELLINGS = [(s["name_en"], ar) for s in CREDITED for ar in s["ar"]]

# the same spelling under two names would make the test ask for the impossible
AMBIGUOUS_SPELLINGS = {ar for ar in {a for _, a in SPELLINGS} if len({n for n, a in SPELLINGS if a == ar}) > 1}

CONTACT = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان"

# An official body speaks of its own country's contacts (rasd.extract.sources.foreign_body): a body of
# another country than Russia or Turkey is asked about a call of the Turkish president with its leader.
LEADERS = {
    "US": "الرئيس الأمريكي جو بايدن",
    "FR": "الرئيس الفرنسي إيمانويل ماكرون",
    "JO": "العاهل الأردني الملك عبد الله الثاني",
    "SD": "رئيس مجلس السيادة السوداني عبد الفتاح البرهان",
    "QA": "أمير قطر الشيخ تميم بن حمد آل ثاني",
    "GB": "رئيس الوزراء البريطاني ريشي سوناك",
    "LY": "رئيس المجلس الرئاسي الليبي محمد المنفي",
    "OM": "سلطان عمان هيثم بن طارق",
}

COUNTRY = {s["name_en"]: s.get("country") for s in DATA["sources"] if s.get("kind") == "official"}

SAYING = ["ذكرت", "أفادت", "قالت", "أعلنت", "أوضحت", "أكدت", "أوردت", "نقلت", "كشفت"]

QUICK = settings(max_examples=80, deadline=None)


def sources_of(text: str) -> set[str]:
    events = [e for e in extract_events(text, "2024-05-14") if e.status == "reported"]
    assert events, text
    return {s.name_en for e in events for s in e.sources}


spelling = st.sampled_from([x for x in SPELLINGS if x[1] not in AMBIGUOUS_SPELLINGS])


def contact_for(name: str) -> str:
    """The contact a source is asked about: one of its own country's when it is an official body."""
    country = COUNTRY.get(name)
    if country in (None, "RU", "TR"):
        return CONTACT
    return f"أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع {LEADERS[country]}"


@QUICK
@given(spelling, st.sampled_from(SAYING))
def test_a_verb_of_saying_before_the_source(src, verb):
    name, ar = src
    assert name in sources_of(f"{verb} {ar} أن {contact_for(name)}.")


AFTER = ["بحسب {}", "حسب {}", "نقلا عن {}", "وفقا ل{}", "وفق {}", "حسبما ذكرت {}", "حسبما أفادت {}", "وفق ما أعلنت {}"]


def _li(name: str) -> str:
    """ "ل" + name, with "ال" merged to "لل"."""
    return "ل" + name[1:] if name.startswith("ال") else name


@QUICK
@given(spelling, st.sampled_from(AFTER))
def test_an_attribution_after_the_contact(src, form):
    name, ar = src
    credit = form.format(_li(ar)) if form.startswith("وفقا ل") else form.format(ar)
    if form.startswith("وفقا ل"):
        credit = "وفقا " + ("ل" + ar[1:] if ar.startswith("ال") else "ل" + ar)
    assert name in sources_of(f"{contact_for(name)}، {credit}.")


AGENCIES = [(n, ar) for n, ar in SPELLINGS if next(s for s in CREDITED if s["name_en"] == n)["kind"] == "agency"]


@QUICK
@given(
    st.sampled_from([x for x in AGENCIES if x[1] not in AMBIGUOUS_SPELLINGS]),
    st.sampled_from(["({})", "- {}\n", "/{}/", "- {}:"]),
)
def test_an_agency_in_the_dateline(src, form):
    name, ar = src
    assert name in sources_of(f"أنقرة {form.format(ar)} {CONTACT}.")


@QUICK
@given(st.sampled_from([x for x in AGENCIES if x[1] not in AMBIGUOUS_SPELLINGS]))
def test_an_agency_in_brackets_after_the_lead(src):
    name, ar = src
    assert name in sources_of(f"{CONTACT}. ({ar})")
