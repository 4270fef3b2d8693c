"""Load-stage benchmark: 1,000,000 synthetic events into DuckDB.

Prints three figures from one run:
  * baseline: bare DuckDB `INSERT INTO t SELECT * FROM <arrow>` of the same tables into the same schema;
  * the load stage (`rasd.warehouse.load.load_tables`: fingerprint check, transactional replace, calls rebuild);
  * a re-load of the same batch (should skip everything).
Targets (issue 6): load rate >= 50% of the baseline rate; re-load < 10% of the first load's time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from rasd.warehouse.load import _ARTICLE_COLUMNS, EVENT_CHILD_TABLES, _arrow_schemas, load_tables
from rasd.warehouse.schema import connect

TYPES = np.array(["phone_call", "phone_call", "phone_call", "meeting", "video_call", "message"])
BASES = np.array(["explicit", "today", "yesterday", "weekday", "published"])
TOPICS = np.array(["Syria", "Ukraine", "Gaza", "energy", "trade", "Afghanistan", "COVID-19", "OPEC+"])
SOURCES = np.array(["Kremlin", "TASS", "Reuters", "IRNA", "SPA", "WAM", "Anadolu", "Xinhua"])


def synthetic(n_events: int, seed: int = 7, reports_per_call: int = 5) -> dict[str, pa.Table]:
    """News-shaped data: each real-world call is reported by several articles (here 5 on average,
    as when a call is covered by several outlets), with dates that agree within a day."""
    rng = np.random.default_rng(seed)
    n_articles = n_events // 2
    n_calls = n_events // reports_per_call
    article_of = np.sort(rng.integers(0, n_articles, n_events))
    article_ids = np.char.add("a", np.arange(n_articles).astype(str))
    event_ids = np.char.add("e", np.arange(n_events).astype(str))
    call_people = np.sort(rng.integers(1, 400, (n_calls, 2)), axis=1)
    call_people[:, 1] += call_people[:, 0] == call_people[:, 1]  # two different people
    call_days = np.datetime64("2019-01-01") + rng.integers(0, 2500, n_calls).astype("timedelta64[D]")
    call_of = rng.integers(0, n_calls, n_events)
    people = np.char.add("Q", call_people[call_of].astype(str))
    event_days = call_days[call_of]
    pub_days = np.full(n_articles, np.datetime64("2026-01-01"))
    np.minimum.at(pub_days, article_of, event_days + rng.integers(0, 2, n_events).astype("timedelta64[D]"))
    pkey = np.char.add(np.char.add(people[:, 0], "|"), people[:, 1])
    schema = _arrow_schemas()
    articles = {c: pa.nulls(n_articles, schema["articles"].field(c).type) for c in _ARTICLE_COLUMNS}
    articles.update(
        {
            "article_id": pa.array(article_ids),
            "url": pa.array(np.char.add("http://example.org/", article_ids)),
            "outlet_id": pa.array(np.char.add("outlet", rng.integers(0, 30, n_articles).astype(str))),
            "published_date": pa.array(pub_days.astype(str)),
            "published_basis": pa.array(["meta"] * n_articles),
            "text": pa.array(["نص"] * n_articles),
            "extractor_version": pa.array(["bench"] * n_articles),
            "load_hash": pa.array(np.char.add("h", article_ids)),
            "month_conflicts": pa.nulls(n_articles, pa.list_(pa.string())),
        }
    )
    ev_pos = np.repeat(np.arange(n_events), 2)
    tables = {
        "articles": pa.table(articles, schema=schema["articles"]),
        "events": pa.table(
            {
                "event_id": event_ids,
                "article_id": article_ids[article_of],
                "event_index": pa.array(np.zeros(n_events, dtype=np.int32)),
                "type": TYPES[rng.integers(0, len(TYPES), n_calls)][call_of],
                "status": np.full(n_events, "reported"),
                "background": np.zeros(n_events, dtype=bool),
                "event_date": event_days.astype(str),
                "date_basis": BASES[rng.integers(0, len(BASES), n_events)],
                "date_conflict": pa.nulls(n_events, pa.string()),
                "participant_key": pkey,
                "extractor_version": np.full(n_events, "bench"),
                "initiator": pa.nulls(n_events, pa.string()),
                "confidence": np.ones(n_events),
                "flags": pa.nulls(n_events, pa.list_(pa.string())),
            },
            schema=schema["events"],
        ),
        "event_participants": pa.table(
            {
                "event_id": event_ids[ev_pos],
                "position": pa.array(np.tile([0, 1], n_events).astype(np.int32)),
                "person_id": people.reshape(-1),
                "name_en": people.reshape(-1),
                "name_ar": pa.nulls(2 * n_events, pa.string()),
                "country": np.full(2 * n_events, "RU"),
                "role": np.full(2 * n_events, "president"),
                "org": pa.nulls(2 * n_events, pa.string()),
                "mention": people.reshape(-1),
                "participant_key": people.reshape(-1),
            },
            schema=schema["event_participants"],
        ),
        "event_sources": pa.table(
            {
                "event_id": event_ids,
                "position": pa.array(np.zeros(n_events, dtype=np.int32)),
                "name_en": SOURCES[rng.integers(0, len(SOURCES), n_events)],
                "kind": np.full(n_events, "agency"),
                "mention": np.full(n_events, "الكرملين"),
            },
            schema=schema["event_sources"],
        ),
        "event_topics": pa.table(
            {"event_id": event_ids, "topic": TOPICS[rng.integers(0, len(TOPICS), n_events)]},
            schema=schema["event_topics"],
        ),
        "event_evidence": pa.table(
            {
                "event_id": event_ids[ev_pos],
                "position": pa.array(np.tile([0, 1], n_events).astype(np.int32)),
                "kind": np.tile(["trigger", "participant"], n_events),
                "start_char": pa.array(np.zeros(2 * n_events, dtype=np.int32)),
                "end_char": pa.array(np.full(2 * n_events, 5, dtype=np.int32)),
                "text": np.full(2 * n_events, "اتصال"),
            },
            schema=schema["event_evidence"],
        ),
    }
    return tables


def baseline(path: Path, tables: dict[str, pa.Table]) -> float:
    con = connect(path)
    start = time.perf_counter()
    con.execute("BEGIN TRANSACTION")
    for name, table in tables.items():
        con.register("_b", table)
        cols = ", ".join(table.column_names)
        con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM _b").fetchall()
        con.unregister("_b")
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    tables = synthetic(args.events)
    rows = sum(t.num_rows for t in tables.values())
    print(
        f"synthetic batch: {args.events:,} events, {tables['articles'].num_rows:,} articles, {rows:,} rows in "
        f"{len(tables)} tables ({', '.join(EVENT_CHILD_TABLES)})"
    )
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline(Path(tmp) / "baseline.duckdb", tables)
        con = connect(Path(tmp) / "rasd.duckdb")
        start = time.perf_counter()
        stats = load_tables(con, tables)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = load_tables(con, tables)
        second = time.perf_counter() - start
        n_calls = con.execute("SELECT count(*) FROM calls").fetchall()[0][0]
        con.close()
    assert stats["events_loaded"] == args.events and again["articles_loaded"] == 0
    print(f"baseline INSERT ... SELECT FROM arrow : {base:7.2f} s  {args.events / base:12,.0f} events/s")
    print(f"rasd load stage (incl. {n_calls:,} calls): {first:7.2f} s  {args.events / first:12,.0f} events/s")
    print(f"re-load of the same batch              : {second:7.2f} s")
    print(
        f"LOAD RATE RATIO   load / baseline = {base / first:.2f}   target >= 0.50   {'OK' if base / first >= 0.5 else 'MISSED'}"
    )
    print(
        f"RE-LOAD RATIO     re-load / load  = {second / first:.3f}  target <  0.10   {'OK' if second / first < 0.1 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
