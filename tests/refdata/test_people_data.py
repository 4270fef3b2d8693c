"""Checks on the people files (include/rasd/data/people/*.yaml) as tests.

The rules live in the data: an office that may legitimately overlap another holder of the same
office (co-princes, a collective presidency, an acting holder while the titular one is suspended,
rival governments) carries ``concurrent: <reason>``; a vacancy of a head-of-state office longer than
90 days is declared on the office after it (``gap_before: <reason>``) or, when nobody followed yet,
on the office before it (``gap_after: <reason>``). Hand-checked holders for the random sample are in
``tests/refdata/hand_checked.yaml`` (each with the Wikipedia article it was checked against).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from rasd.config import DATA_DIR
from rasd.extract.refdata import reference_data
from rasd.normalize import normalize_key

HERE = Path(__file__).resolve().parent
PEOPLE_DIR = DATA_DIR / "people"
START = dt.date(2010, 1, 1)
TODAY = dt.date.today()
SAMPLE_END = dt.date(2026, 6, 30)  # fixed, so that the seeded sample stays the same triples
HEAD_OF_STATE = {"president", "king", "queen", "emir", "sultan", "emperor"}
SINGLE_HOLDER = HEAD_OF_STATE | {
    "prime_minister",
    "foreign_minister",
    "crown_prince",
    "secretary_general",
    "chairperson",
    "commission_president",
    "council_president",
    "high_representative",
    "director_general",
    "supreme_leader",
    "chancellor",
    "vice_president",
}
SAMPLE_OFFICES = ("head_of_state", "prime_minister", "foreign_minister")


def _rows() -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for path in sorted(PEOPLE_DIR.glob("*.yaml")):
        for person in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            rows.append((path.name, person))
    return rows


ROWS = _rows()


def _day(value: Any, default: dt.date) -> dt.date:
    if value in (None, "", "null"):
        return default
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _tenures() -> dict[tuple[str, str], list[tuple[dt.date, dt.date, str, dict[str, Any]]]]:
    """(role, place) -> [(start, end, person name, office row)] sorted by start."""
    by_office: dict[tuple[str, str], list[tuple[dt.date, dt.date, str, dict[str, Any]]]] = defaultdict(list)
    for _, person in ROWS:
        for office in person.get("offices", []):
            place = office.get("country") or office.get("org")
            start, end = _day(office.get("start"), dt.date.min), _day(office.get("end"), TODAY)
            by_office[(office["role"], place)].append((start, end, person["name_en"], office))
    return {key: sorted(items, key=lambda t: t[0]) for key, items in by_office.items()}


def _overlaps() -> list[str]:
    found = []
    for (role, place), items in _tenures().items():
        if role not in SINGLE_HOLDER:
            continue
        for i, (start_a, end_a, name_a, office_a) in enumerate(items):
            for start_b, end_b, name_b, office_b in items[i + 1 :]:
                if start_b >= end_a:  # a handover on the same day is not an overlap
                    break
                if name_a == name_b or office_a.get("concurrent") or office_b.get("concurrent"):
                    continue
                found.append(f"{role}/{place}: {name_a} ({start_a}..{end_a}) and {name_b} ({start_b}..{end_b})")
    return found


def test_single_holder_office_has_one_holder_a_day() -> None:
    assert _overlaps() == []


def _gaps() -> list[str]:
    heads: dict[str, list[tuple[dt.date, dt.date, str, dict[str, Any]]]] = defaultdict(list)
    for (role, place), items in _tenures().items():
        if role in HEAD_OF_STATE:
            heads[place].extend(items)
    found = []
    for place, items in heads.items():
        covered, last = START, None
        for start, end, name, office in sorted(items, key=lambda t: t[0]):
            if end < covered:
                continue
            declared = office.get("gap_before") or (last is not None and last.get("gap_after"))
            if (start - covered).days > 90 and not declared:
                found.append(f"{place}: nobody from {covered} to {start} (before {name})")
            if end > covered:
                covered, last = end, office
        if last is not None and (TODAY - covered).days > 90 and not last.get("gap_after"):
            found.append(f"{place}: nobody since {covered}")
    return found


def test_no_unexplained_gap_in_head_of_state_office() -> None:
    assert _gaps() == []


def test_country_codes_are_valid() -> None:
    codes = {str(c["code"]) for c in yaml.safe_load((DATA_DIR / "countries.yaml").read_text(encoding="utf-8"))}
    orgs = {o["id"] for o in yaml.safe_load((DATA_DIR / "organizations.yaml").read_text(encoding="utf-8"))}
    bad = []
    for file, person in ROWS:
        for office in person.get("offices", []):
            if office.get("country") is not None and str(office["country"]) not in codes:
                bad.append(f"{file}: {person['id']} country {office['country']!r}")
            if office.get("org") is not None and office["org"] not in orgs:
                bad.append(f"{file}: {person['id']} org {office['org']!r}")
            if office.get("country") is None and office.get("org") is None:
                bad.append(f"{file}: {person['id']} office without country or org")
    assert bad == []


def test_arabic_names_are_unique_or_declared_ambiguous() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for _, person in ROWS:
        names[person["id"]] = person["name_en"].casefold()
        ambiguous = {normalize_key(n) for n in person.get("ambiguous_ar") or []}
        for name in person.get("names_ar") or []:
            key = normalize_key(name)
            if key not in ambiguous:
                owners[key].add(names[person["id"]])  # one person may sit in two files
    assert {k: sorted(v) for k, v in owners.items() if len(v) > 1} == {}


def test_every_office_records_whether_it_was_checked() -> None:
    unrecorded = []
    for file, person in ROWS:
        for office in person.get("offices", []):
            status = office.get("checked")
            if status in ("wikipedia", "press") and office.get("source"):
                continue
            if status is False or status == "no":  # YAML 1.1 reads a bare `no` as false
                if office.get("reason"):
                    continue
            unrecorded.append(f"{file}: {person['id']} {office['role']}")
    assert unrecorded == []


def test_checked_people_link_out() -> None:
    missing = [
        person["id"]
        for _, person in ROWS
        if any(o.get("checked") == "wikipedia" for o in person.get("offices", [])) and not person.get("wikipedia")
    ]
    assert missing == []
    bad_qids = [p["id"] for _, p in ROWS if p.get("wikidata") and not str(p["wikidata"]).startswith("Q")]
    assert bad_qids == []


def _sample(n: int = 40, seed: int = 16) -> list[tuple[str, str, dt.date]]:
    """(country, office, day) triples over every country in countries.yaml and 2010..SAMPLE_END.

    Drawn from reference data that does not change with the people files (the country list and three
    offices), so that the seeded sample stays the same triples while the people files grow."""
    codes = sorted(str(c["code"]) for c in yaml.safe_load((DATA_DIR / "countries.yaml").read_text(encoding="utf-8")))
    rng = random.Random(seed)
    span = (SAMPLE_END - START).days
    return [
        (rng.choice(codes), rng.choice(SAMPLE_OFFICES), START + dt.timedelta(days=rng.randrange(span)))
        for _ in range(n)
    ]


def _hand_checked() -> dict[tuple[str, str, dt.date], dict[str, Any]]:
    rows = yaml.safe_load((HERE / "hand_checked.yaml").read_text(encoding="utf-8")) or []
    return {(str(r["country"]), r["role"], _day(r["day"], TODAY)): r for r in rows}


def _resolve(country: str, role: str, day: dt.date) -> str | None:
    ref = reference_data()
    person = ref.head_of_state(country, day) if role == "head_of_state" else ref.holder_of(role, country, day)
    return person.name_en if person else None


def test_random_sample_resolves_to_hand_checked_holders(capsys: pytest.CaptureFixture[str]) -> None:
    checked = _hand_checked()
    wrong, lines, asserted = [], [], 0
    for country, role, day in _sample():
        got = _resolve(country, role, day)
        mark = ""
        if (country, role, day) in checked:
            asserted += 1
            expected = checked[(country, role, day)]["holder"]
            mark = "ok (checked by hand)" if got == expected else f"WRONG, expected {expected}"
            if got != expected:
                wrong.append(f"{country} {role} {day}: got {got}, expected {expected}")
        lines.append(f"{country:3} {role:16} {day}  {got or '-':40} {mark}")
    with capsys.disabled():
        print("\nrandom sample (seed 16): country, office, day -> holder Rasd resolves")
        print("\n".join(lines))
        print(f"{asserted} of {len(lines)} checked by hand")
    assert wrong == []
    assert asserted >= 1


def test_every_hand_checked_holder_resolves() -> None:
    """Also the hand-checked triples outside the current sample (an earlier sample, spot checks)."""
    wrong = [
        f"{c} {r} {d}: got {_resolve(c, r, d)}, expected {row['holder']}"
        for (c, r, d), row in _hand_checked().items()
        if _resolve(c, r, d) != row["holder"]
    ]
    assert wrong == []
