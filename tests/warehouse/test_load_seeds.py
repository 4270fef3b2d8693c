"""Cross-outlet resolution on the real seed articles (read from ../shared at run time)."""

from __future__ import annotations

import pytest

from conftest import SEEDS, seed_cases
from rasd.extract import extract_events
from rasd.records import CleanArticle
from rasd.warehouse.load import load_articles
from rasd.warehouse.schema import connect

CASES = {c["seed"][:3]: c for c in seed_cases()}
OUTLET = {"000": "rusisworld", "001": "almodon", "004": "rusisworld"}


@pytest.mark.skipif(not CASES, reason="../shared/seeds is not present")
def test_seeds_000_and_001_are_one_call_and_seed_004_keeps_22_july_apart(tmp_path):
    batch = []
    for key in ("000", "001", "004"):
        case = CASES[key]
        text = (SEEDS / case["seed"]).read_text(encoding="utf-8")
        article = CleanArticle(
            article_id=key,
            url=f"seed://{key}",
            outlet_id=OUTLET[key],
            title=None,
            published_date=case["published"],
            published_basis="given",
            text=text,
        )
        batch.append((article, extract_events(text, case["published"])))
    con = connect(tmp_path / "w.duckdb")
    load_articles(con, batch)
    calls = con.execute("""SELECT CAST(call_date AS VARCHAR), participants, n_articles, n_outlets FROM calls
                           WHERE type = 'phone_call' ORDER BY call_date""").fetchall()
    putin_raisi = [c for c in calls if "Raisi" in c[1]]
    assert [(c[0], c[3]) for c in putin_raisi] == [("2021-11-16", 2)]
    putin_rahmon = [c for c in calls if "Rahmon" in c[1]]
    assert [c[0] for c in putin_rahmon] == ["2021-07-22", "2021-08-18"]
