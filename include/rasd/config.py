"""Where Rasd keeps its files. Everything derives from RASD_HOME unless set explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
DEFAULT_SOURCES_FILE = PACKAGE_DIR.parent / "sources.yaml"
# The largest article Rasd takes (bytes): the fetcher's page cap, and the limit of `rasd extract`.
MAX_ARTICLE_BYTES = 5 * 2**20


def read_yaml(path: Path) -> Any:
    """A data file's YAML (safe: plain data only), parsed by libyaml when PyYAML has it: the pure-Python
    parser took about 5 s for the reference data, in every process that loads it (each Airflow task)."""
    import yaml

    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def news_sources() -> dict[str, Any]:
    """``data/news_sources.yaml`` (the agencies, outlets and templates, the source grammar's word lists,
    the clean stage's source-line labels), read once per process for all its readers. Shared: read it,
    never change it."""
    return read_yaml(DATA_DIR / "news_sources.yaml") or {}


@lru_cache(maxsize=1)
def titles() -> dict[str, Any]:
    """``data/titles.yaml`` (offices' titles, emirates' offices, home titles), read once per process for
    its readers beside the reference data's build. Shared: read it, never change it."""
    return read_yaml(DATA_DIR / "titles.yaml") or {}


@dataclass(frozen=True)
class Settings:
    home: Path
    db_path: Path
    raw_dir: str  # a local folder or an fsspec URL (s3://bucket/raw): the content-addressed raw store
    reports_dir: Path
    sources_file: Path
    critical_threshold: float  # share of critical rows above which a gate fails its task
    runs_dir: str = ""  # a local folder or an fsspec URL: the run folders (default $RASD_HOME/runs)
    call_min_confidence: float = 0.5  # events below this confidence stay in `events` but make no call
    shard_size: int = 250  # pages per shard: one clean+extract task each (Airflow), one worker job (rasd run)
    progress_seconds: float = 10.0  # at most this long between two progress lines of a long step

    @property
    def snapshot_path(self) -> Path:
        """Read-only copy of the database that each load publishes for readers (UI, analysts)."""
        return self.db_path.with_name(self.db_path.stem + ".snapshot.duckdb")


class ConfigError(ValueError):
    """A setting with a value Rasd cannot use."""


def _share(name: str, value: object) -> float:
    try:
        number = float(str(value))
    except ValueError:
        raise ConfigError(f"{name} must be a number between 0 and 1, not {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise ConfigError(f"{name} must be between 0 and 1, not {number}")
    return number


def _positive(name: str, value: object, kind: type[int] | type[float]) -> float:
    try:
        number = kind(str(value))
    except ValueError:
        raise ConfigError(f"{name} must be a positive number, not {value!r}") from None
    if number <= 0:
        raise ConfigError(f"{name} must be a positive number, not {number}")
    return number


def _pick(overrides: dict[str, object], key: str, env_var: str, default: object) -> object:
    value = overrides.get(key)
    if value is None:
        value = os.environ.get(env_var)
    return default if value in (None, "") else value


def settings(**overrides: object) -> Settings:
    env = os.environ
    home = Path(str(overrides.get("home") or env.get("RASD_HOME") or Path.cwd() / "var")).resolve()

    def path(key: str, env_var: str, default: Path) -> Path:
        return Path(str(overrides.get(key) or env.get(env_var) or default))

    return Settings(
        home=home,
        db_path=path("db_path", "RASD_DB", home / "rasd.duckdb"),
        raw_dir=str(overrides.get("raw_dir") or env.get("RASD_RAW") or home / "raw"),  # URLs stay URLs
        runs_dir=str(overrides.get("runs_dir") or env.get("RASD_RUNS") or home / "runs"),
        reports_dir=path("reports_dir", "RASD_REPORTS", home / "reports"),
        sources_file=path("sources_file", "RASD_SOURCES", DEFAULT_SOURCES_FILE),
        critical_threshold=_share(
            "RASD_CRITICAL_THRESHOLD", _pick(overrides, "critical_threshold", "RASD_CRITICAL_THRESHOLD", 0.2)
        ),
        call_min_confidence=_share(
            "RASD_CALL_MIN_CONFIDENCE", _pick(overrides, "call_min_confidence", "RASD_CALL_MIN_CONFIDENCE", 0.5)
        ),
        shard_size=int(_positive("RASD_SHARD_SIZE", _pick(overrides, "shard_size", "RASD_SHARD_SIZE", 250), int)),
        progress_seconds=_positive(
            "RASD_PROGRESS_SECONDS", _pick(overrides, "progress_seconds", "RASD_PROGRESS_SECONDS", 10.0), float
        ),
    )
