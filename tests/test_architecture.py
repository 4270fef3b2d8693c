"""The layout's rules, checked on the source: include/ never imports Airflow, and stages depend only
forward (each package imports only the shared helpers and the stages before it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[1] / "include" / "rasd"
SHARED = {"arabic", "config", "records", "normalize", "dates", "words"}
# What each package may import besides itself and the shared helpers: only stages before it.
ALLOWED = {
    "fetch": set(),
    "clean": set(),
    "extract": set(),
    "warehouse": {"extract"},  # reference dimensions come from the extractor's reference data
    "quality": {"warehouse", "extract"},
    "web": {"warehouse", "quality"},
    "pipeline": {"fetch", "clean", "extract", "warehouse", "quality", "web", "report"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _rasd_packages(path: Path) -> set[str]:
    return {n.split(".")[1] for n in _imports(path) if n.startswith("rasd.") and n.count(".") >= 1}


def test_the_library_never_imports_airflow():
    offenders = [
        str(p.relative_to(LIB))
        for p in LIB.rglob("*.py")
        if any(n == "airflow" or n.startswith("airflow.") for n in _imports(p))
    ]
    assert offenders == []


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_stages_depend_only_forward(package):
    allowed = ALLOWED[package] | SHARED | {package}
    wrong = {
        f"{p.relative_to(LIB)} imports rasd.{used}"
        for p in (LIB / package).rglob("*.py")
        for used in _rasd_packages(p) - allowed
    }
    assert not wrong, sorted(wrong)
