"""Where Rasd keeps its files. Everything derives from RASD_HOME unless set explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
DEFAULT_SOURCES_FILE = PACKAGE_DIR.parent / "sources.yaml"


@dataclass(frozen=True)
class Settings:
    home: Path
    db_path: Path
    raw_dir: Path
    reports_dir: Path
    sources_file: Path
    critical_threshold: float  # share of critical rows above which a gate fails its task

    @property
    def snapshot_path(self) -> Path:
        """Read-only copy of the database that each load publishes for readers (UI, analysts)."""
        return self.db_path.with_name(self.db_path.stem + ".snapshot.duckdb")


def settings(**overrides: object) -> Settings:
    env = os.environ
    home = Path(str(overrides.get("home") or env.get("RASD_HOME") or Path.cwd() / "var")).resolve()
    threshold = overrides.get("critical_threshold") or env.get("RASD_CRITICAL_THRESHOLD") or 0.2
    return Settings(
        home=home,
        db_path=Path(str(overrides.get("db_path") or env.get("RASD_DB") or home / "rasd.duckdb")),
        raw_dir=Path(str(overrides.get("raw_dir") or env.get("RASD_RAW") or home / "raw")),
        reports_dir=Path(str(overrides.get("reports_dir") or env.get("RASD_REPORTS") or home / "reports")),
        sources_file=Path(str(overrides.get("sources_file") or env.get("RASD_SOURCES") or DEFAULT_SOURCES_FILE)),
        critical_threshold=float(str(threshold)),
    )
