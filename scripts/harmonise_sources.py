"""Rename gold source names to their canonical form (bench/data/README.md, "Source names").

A pure renaming by the mapping below: it reads only the ``sources`` of gold events, never an
article text, so it may run over the held-out sets too. Idempotent.

    .venv/bin/python scripts/harmonise_sources.py            # rewrite every bench/data/*.jsonl
    .venv/bin/python scripts/harmonise_sources.py --check    # exit 1 if a file still needs renaming
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"

# Old gold spelling -> canonical name (the name the extractor emits, news_sources.yaml).
CANONICAL = {
    # a presidency's statement or spokesperson: "{adj} presidential press office"
    "Syrian presidency": "Syrian presidential press office",
    "Israeli presidency": "Israeli presidential press office",
    "Mauritanian presidency": "Mauritanian presidential press office",
    "Turkish presidency": "Turkish presidential press office",
    "South Korean presidential office": "South Korean presidential press office",
    "Algerian presidency": "Algerian presidential press office",
    "Egyptian presidency": "Egyptian presidential press office",
    "Lebanese presidency": "Lebanese presidential press office",
    "Tunisian presidency": "Tunisian presidential press office",
    "Somali presidency": "Somali presidential press office",
    # a royal court: "{adj} royal court"
    "Jordanian Royal Court": "Jordanian royal court",
    "Moroccan Ministry of the Royal Household": "Moroccan royal court",
    # an unnamed official: "{adj} source(s)"
    "Egyptian official source": "Egyptian source",
    # a government's media office or minister of information speaks for the government
    "Libyan government media office": "Libyan government",
    "Eritrean information minister": "Eritrean government",
    # a leader's own account: the person is credited, never the platform
    "Dbeibeh's Twitter account": "Abdul Hamid Dbeibeh",
    # a spokesperson or aide missing from the people data speaks for the office (as the information minister above)
    "Jen Psaki": "White House",
    "Ben Rhodes": "White House",
    # a body with a name of its own: that name, without the country
    "US State Department": "State Department",
    "Qatari Amiri Diwan": "Amiri Diwan",
    # a national agency known by a name of its own: the built "{adj} news agency" (news_sources.yaml)
    "Bernama": "Malaysian news agency",
    # the country adjective of countries.yaml
    "UK prime minister's office": "British prime minister's office",
    # an outlet by its own name, without "newspaper"
    "Al-Sudani newspaper": "Al-Sudani",
    # an outlet by its own name as news_sources.yaml spells it
    "alqarn": "Al-Qarn",
    # "الجانب التركي": an unnamed official of the country
    "Turkish side": "Turkish sources",
}


def rename(row: dict) -> int:
    n = 0
    for event in row.get("events") or []:
        names = event.get("sources")
        if not names:
            continue
        new = []
        for name in names:
            canon = CANONICAL.get(name, name)
            n += canon != name
            if canon not in new:
                new.append(canon)
        event["sources"] = new
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    pending = 0
    for path in sorted(DATA.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        out, n = [], 0
        for line in lines:
            if not line.strip():
                out.append(line)
                continue
            row = json.loads(line)
            n += rename(row)
            out.append(json.dumps(row, ensure_ascii=False))
        pending += n
        if n and not args.check:
            path.write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"{path.name}: {n} source names {'to rename' if args.check else 'renamed'}")
    return 1 if args.check and pending else 0


if __name__ == "__main__":
    sys.exit(main())
