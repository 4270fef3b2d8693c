"""Load stage: idempotent and transactional loads, cross-article calls."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

from rasd.records import CleanArticle, Event, Participant, Quarantined, SourceRef, Span
from rasd.warehouse.load import load_articles, load_quarantine
from rasd.warehouse.schema import connect

TABLES = [
    "articles",
    "events",
    "event_participants",
    "event_sources",
    "event_topics",
    "event_evidence",
    "calls",
    "call_events",
    "quarantine",
]


def person(pid, name, country):
    return Participant(pid, name, None, country, name)


PUTIN, RAISI, RAHMON = (
    person("Q7747", "Vladimir Putin", "RU"),
    person("Q5819790", "Ebrahim Raisi", "IR"),
    person("Q57304", "Emomali Rahmon", "TJ"),
)


def event(date, basis, people, background=False, sources=("Kremlin",), version="v1"):
    return Event(
        "phone_call",
        "reported",
        background,
        date,
        basis,
        list(people),
        [SourceRef(s, s) for s in sources],
        ["Afghanistan"],
        [Span("trigger", 0, 4, "اتصل")],
        extractor_version=version,
    )


def article(aid, outlet, published):
    return CleanArticle(
        article_id=aid,
        url=f"http://{outlet}/{aid}",
        outlet_id=outlet,
        title=aid,
        published_date=published,
        published_basis="meta",
        text="نص " * 100,
    )


def batch(version="v1"):
    return [
        (article("a1", "tass", "2021-11-16"), [event("2021-11-16", "explicit", [PUTIN, RAISI], version=version)]),
        (article("a2", "modon", "2021-11-16"), [event("2021-11-16", "weekday", [RAISI, PUTIN], version=version)]),
        (
            article("a3", "tass", "2021-08-18"),
            [
                event("2021-08-18", "explicit", [PUTIN, RAHMON], version=version),
                event("2021-07-22", "explicit", [PUTIN, RAHMON], background=True, sources=(), version=version),
            ],
        ),
        (article("a4", "other", "2021-07-23"), [event("2021-07-22", "yesterday", [RAHMON, PUTIN], version=version)]),
    ]


def snapshot(con):
    return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}


def test_same_call_across_outlets_becomes_one_row(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_articles(con, batch())
    rows = con.execute(
        "SELECT call_date, participants, n_articles, n_outlets, date_conflict FROM calls ORDER BY call_date"
    ).fetchall()
    assert [(str(r[0]), r[2], r[3]) for r in rows] == [("2021-07-22", 2, 2), ("2021-08-18", 1, 1), ("2021-11-16", 2, 2)]
    # The background mention of 22 July joins the call of 22 July, never the 18 August one.
    assert con.execute("SELECT count(*) FROM call_events").fetchall()[0][0] == 5


def test_loading_twice_changes_nothing(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    first = load_articles(con, batch())
    load_quarantine(con, [Quarantined("clean", "too_short", "12 chars", url="http://x/1")], "run1")
    before = snapshot(con)
    second = load_articles(con, batch())
    load_quarantine(con, [Quarantined("clean", "too_short", "12 chars", url="http://x/1")], "run2")
    assert snapshot(con) == before
    assert first["articles_loaded"] == 4 and second["articles_loaded"] == 0


def test_new_extractor_version_replaces_events(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_articles(con, batch("v1"))
    n = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    load_articles(con, batch("v2"))
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == n
    assert con.execute("SELECT DISTINCT extractor_version FROM events").fetchall() == [("v2",)]


def _slow_load(path, started):
    import rasd.warehouse.load as load
    from rasd.warehouse.schema import connect

    con = connect(path)
    original = load.rebuild_calls

    def stall(c, **kwargs):
        original(c, **kwargs)
        started.set()
        time.sleep(60)  # killed here: inside the transaction, after the inserts

    load.rebuild_calls = stall
    big = [
        (article(f"k{i}", "tass", "2021-11-16"), [event("2021-11-16", "explicit", [PUTIN, RAISI])]) for i in range(200)
    ]
    load.load_articles(con, big)


def test_killed_load_leaves_previous_state_and_next_run_completes(tmp_path):
    path = tmp_path / "w.duckdb"
    con = connect(path)
    load_articles(con, batch())
    before = snapshot(con)
    con.close()
    started = multiprocessing.get_context("spawn").Event()
    proc = multiprocessing.get_context("spawn").Process(target=_slow_load, args=(path, started))
    proc.start()
    assert started.wait(60)
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    con = connect(path)
    assert snapshot(con) == before
    big = [
        (article(f"k{i}", "tass", "2021-11-16"), [event("2021-11-16", "explicit", [PUTIN, RAISI])]) for i in range(200)
    ]
    load_articles(con, big)
    assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 204
