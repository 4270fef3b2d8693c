"""The reviewed expectation suites (one JSON file per gate, under ``quality/suites/``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SUITES_DIR = Path(__file__).resolve().parent / "suites"


def load_suite(stage: str) -> dict[str, Any]:
    return json.loads((SUITES_DIR / f"{stage}.json").read_text(encoding="utf-8"))
