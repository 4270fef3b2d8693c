"""Coverage of the people files (include/rasd/data/people/*.yaml): how much is there and how much was checked.

    .venv/bin/python scripts/refdata_coverage.py [--since 2010-01-01] [--until YYYY-MM-DD]

Prints people, offices, countries, the share of offices checked against Wikipedia or the press, and for
the 193 UN member states plus Palestine the share of days since --since on which the reference data
names a head of state, a head of government and a foreign minister.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rasd.config import read_yaml

DATA = Path(__file__).resolve().parents[1] / "include" / "rasd" / "data"
HEAD_OF_STATE = {"president", "king", "queen", "emir", "sultan", "emperor"}
HEAD_OF_GOVERNMENT = {"prime_minister", "chancellor"}
NOT_UN_MEMBERS = {"VA", "XK", "TW", "EH"}  # in countries.yaml, but neither UN members nor Palestine
ORG_HEADS = ("UN", "NATO", "EU_COMMISSION", "EUROPEAN_COUNCIL", "EU", "ARAB_LEAGUE", "GCC", "OIC", "AU")


def _day(value: Any, default: dt.date) -> dt.date:
    if value in (None, "", "null"):
        return default
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _status(office: dict[str, Any]) -> str:
    checked = office.get("checked")
    return "no" if checked in (False, None, "no") else str(checked)


def _covered_share(spans: list[tuple[dt.date, dt.date]], since: dt.date, until: dt.date) -> float:
    """Share of days in since..until on which at least one span holds."""
    days, cursor = 0, since
    for start, end in sorted(spans):
        start, end = max(start, cursor), min(end, until)
        if end >= start:
            days += (end - start).days + 1
            cursor = end + dt.timedelta(days=1)
    return days / ((until - since).days + 1)


def load(directory: Path = DATA / "people") -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.yaml")):
        rows.extend(read_yaml(path) or [])
    return rows


_OTHER_EDITION = re.compile(r"\b(?!en\.)[a-z]{2,6}\.wikipedia")


def other_edition_checks(directory: Path = DATA / "people") -> int:
    """Offices checked against the infobox of another Wikipedia edition (fr, de, it, simple ...) than the
    English one, as their trailing comment says: counted apart, because issue 16 asks for the English one."""
    n = 0
    for path in sorted(directory.glob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "checked: wikipedia" in line and _OTHER_EDITION.search(line) and "en.wikipedia" not in line:
                n += 1
    return n


def report(since: dt.date, until: dt.date) -> str:
    rows = load()
    offices = [o for p in rows for o in p.get("offices", [])]
    status = Counter(_status(o) for o in offices)
    people = {p["name_en"].casefold() for p in rows}
    places: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for o in offices:
        place = str(o.get("country") or o.get("org"))
        kind = "hos" if o["role"] in HEAD_OF_STATE else "hog" if o["role"] in HEAD_OF_GOVERNMENT else o["role"]
        places[(kind, place)].append((_day(o.get("start"), dt.date.min), _day(o.get("end"), until)))
    countries = {str(o["country"]) for o in offices if o.get("country")}
    codes = [str(c["code"]) for c in read_yaml(DATA / "countries.yaml")]
    states = [c for c in codes if c not in NOT_UN_MEMBERS]
    lines = [
        f"Reference data coverage ({since}..{until})",
        f"  people (distinct names)           {len(people):>6}   (rows: {len(rows)})",
        f"  offices                           {len(offices):>6}",
        f"  countries with an office          {len(countries):>6}   of {len(codes)} in countries.yaml",
        f"  with a Wikipedia title            {sum(1 for p in rows if p.get('wikipedia')):>6}",
        f"  with a Wikidata id                {sum(1 for p in rows if p.get('wikidata')):>6}",
        "  offices checked",
    ]
    for name in ("wikipedia", "press", "no"):
        lines.append(f"    {name:<31} {status[name]:>6}   {status[name] / len(offices):6.1%}")
        if name == "wikipedia":
            other = other_edition_checks()
            lines.append(f"      of which another edition's infobox {other:>3}   {other / len(offices):6.1%}")
    lines.append(f"  UN member states + Palestine: {len(states)}; share of days with a holder, states >= 95% of days")
    for kind, label in (
        ("hos", "head of state"),
        ("hog", "head of government (PM)"),
        ("foreign_minister", "foreign minister"),
    ):
        shares = [_covered_share(places.get((kind, c), []), since, until) for c in states]
        full = sum(1 for s in shares if s >= 0.95)
        lines.append(f"    {label:<31} {sum(shares) / len(shares):6.1%}   {full:>4} states")
    lines.append("    (presidential systems have no prime minister: a low PM share is expected)")
    lines.append("  international organisations: share of days with a head")
    for org in ORG_HEADS:
        spans = [s for (kind, place), v in places.items() if place == org for s in v]
        lines.append(f"    {org:<31} {_covered_share(spans, since, until):6.1%}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", type=dt.date.fromisoformat, default=dt.date(2010, 1, 1))
    parser.add_argument("--until", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    print(report(args.since, args.until))


if __name__ == "__main__":
    main()
