"""Every gold source name is a canonical name the extractor can emit (bench/data/README.md,
"Source names"): an entry of news_sources.yaml, a template or office name built from a country
adjective of countries.yaml (after template_overrides), or a person credited by name (free-form
kind ``person``: the English name of the people data)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from rasd.extract.refdata import DATA_DIR, reference_data
from rasd.extract.sources import OFFICE_SOURCES

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _canonical_names() -> set[str]:
    ref = reference_data()
    data = yaml.safe_load((DATA_DIR / "news_sources.yaml").read_text(encoding="utf-8"))
    names = {s["name_en"] for s in data["sources"]}
    patterns = [t["name_en"] for t in data["templates"]] + [c["name_en"] for c in data.get("contextual", [])]
    patterns += list(OFFICE_SOURCES.values())
    overrides = data.get("template_overrides") or {}
    for country in ref.countries.values():
        for pattern in patterns:
            built = pattern.replace("{adj}", country.adjective_en).replace("{country}", country.name_en)
            names.add(overrides.get(built, built))
    return names


def _gold_sources() -> list[tuple[str, str]]:
    out = []
    for path in sorted((BENCH / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for event in json.loads(line).get("events") or []:
                    out += [(path.name, name) for name in event.get("sources") or []]
    return out


def test_every_gold_source_name_is_canonical() -> None:
    canonical = _canonical_names()
    people = {p.name_en for p in reference_data().people.values()}
    unknown = sorted({(f, n) for f, n in _gold_sources() if n not in canonical and n not in people})
    assert unknown == []


def test_renaming_map_targets_are_canonical_and_applied() -> None:
    spec = importlib.util.spec_from_file_location(
        "harmonise_sources", BENCH.parent / "scripts" / "harmonise_sources.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    canonical = _canonical_names() | {p.name_en for p in reference_data().people.values()}
    assert all(new in canonical for new in mod.CANONICAL.values())
    assert not {n for _, n in _gold_sources()} & set(mod.CANONICAL)


@pytest.mark.parametrize("name", ["Syrian presidential press office", "State Department", "Amiri Diwan"])
def test_canonical_examples(name: str) -> None:
    assert name in _canonical_names()
