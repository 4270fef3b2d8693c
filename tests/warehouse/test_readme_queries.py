"""Every SQL example in README.md runs on a warehouse built from the sample site, and answers."""

from __future__ import annotations

import re

import duckdb
import pytest

from conftest import REPO

QUERIES = re.findall(r"```sql\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, sample_site):
    import os

    from rasd.config import settings
    from rasd.pipeline import run_all

    home = tmp_path_factory.mktemp("readme")
    os.environ["RASD_SAMPLE_BASE_URL"] = sample_site
    cfg = settings(home=home)
    run_all(cfg, sample_base_url=sample_site, report=False)
    con = duckdb.connect(str(cfg.snapshot_path), read_only=True)
    yield con, cfg
    con.close()


def test_readme_has_ten_questions():
    assert len(QUERIES) == 10


@pytest.mark.e2e
@pytest.mark.parametrize("number", range(1, len(QUERIES) + 1))
def test_readme_query_runs_and_answers(warehouse, number):
    con, _ = warehouse
    rows = con.execute(QUERIES[number - 1]).fetchall()
    if number != 4:  # the sample site has no date conflict between outlets
        assert rows, f"question {number} returned nothing"


@pytest.mark.e2e
def test_parquet_export_is_partitioned_by_month(warehouse, tmp_path):
    from rasd.warehouse.export import export_parquet

    con, cfg = warehouse
    live = duckdb.connect(str(cfg.db_path), read_only=True)
    try:
        out = export_parquet(live, tmp_path / "export")
    finally:
        live.close()
    months = sorted(p.name for p in out.iterdir())
    assert months and all(re.fullmatch(r"month=\d{4}-\d\d", m) for m in months)
    total = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/*/*.parquet', hive_partitioning=true)").fetchall()[0][
        0
    ]
    assert total == con.execute("SELECT count(*) FROM events WHERE event_date IS NOT NULL").fetchall()[0][0]
