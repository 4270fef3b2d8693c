"""``rasd export``: events with their call and article as Parquet, partitioned by month.

The output path never enters SQL: rows stream out of DuckDB as Arrow batches and pyarrow writes
the partitions. The export is built in a hidden sibling folder and then put in place, so readers
never see a half-written export and no partition of an earlier export survives.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import duckdb
import pyarrow.dataset as ds

EXPORT_SQL = """
SELECT e.*, ce.call_id, a.outlet_id, a.url, a.published_date, strftime(e.event_date, '%Y-%m') AS month
FROM events e JOIN articles a USING (article_id) LEFT JOIN call_events ce USING (event_id)
WHERE e.event_date IS NOT NULL
ORDER BY e.event_date, e.event_id
"""


class ExportRefused(ValueError):
    """The output folder holds something and the user did not ask to replace it."""


def _check_target(out_dir: Path, force: bool) -> None:
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise ExportRefused(f"{out_dir} exists and is not a folder")
    if out_dir.exists() and any(out_dir.iterdir()) and not force:
        raise ExportRefused(f"{out_dir} is not empty; pass --force to replace it")


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: str | Path, force: bool = False) -> Path:
    """Write the export to ``out_dir`` (which must be empty or absent unless ``force``)."""
    out_dir = Path(out_dir).absolute()
    _check_target(out_dir, force)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.export-", dir=out_dir.parent))
    try:
        reader = con.sql(EXPORT_SQL).to_arrow_reader()
        ds.write_dataset(
            reader,
            staging / "data",
            format="parquet",
            partitioning=["month"],
            partitioning_flavor="hive",
            basename_template="part-{i}.parquet",
        )
        (staging / "data").mkdir(exist_ok=True)  # no events: an empty export, still a folder
        _swap_in(staging / "data", out_dir, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out_dir


def _swap_in(new: Path, out_dir: Path, staging: Path) -> None:
    """Replace ``out_dir`` by ``new`` with renames only (each atomic): the old export moves aside
    into the staging folder, which the caller removes."""
    if out_dir.exists():
        out_dir.rename(staging / "previous")
    new.rename(out_dir)
