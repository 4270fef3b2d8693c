"""Calls from N-ary events: one call per participant set and date, its caller when the outlets
agree, only from confident events; pairs derived in a view."""

from __future__ import annotations

import pytest

from rasd.config import settings
from rasd.records import CleanArticle, Event, Participant, SourceRef, Span, participant_key
from rasd.warehouse.load import load_articles
from rasd.warehouse.schema import connect

PUTIN = Participant("Q7747", "Vladimir Putin", None, "RU", "بوتين")
RAISI = Participant("Q5819790", "Ebrahim Raisi", None, "IR", "رئيسي")
ERDOGAN = Participant("Q39259", "Recep Tayyip Erdoğan", None, "TR", "أردوغان")
UNKNOWN = Participant(None, None, "سالم الهاشمي", "JO", "الهاشمي")


def report(aid, outlet, people, day="2022-07-19", initiator=None, confidence=0.9, flags=(), date_basis="explicit"):
    article = CleanArticle(aid, f"http://{outlet}/{aid}", outlet, "t", "2022-07-20", "meta", "نص " * 100)
    event = Event(
        "phone_call",
        "reported",
        False,
        day,
        date_basis,
        list(people),
        [SourceRef("TASS", "تاس")],
        ["Syria"],
        [Span("trigger", 0, 4, "اتصل")],
        initiator=initiator,
        confidence=confidence,
        flags=list(flags),
    )
    return article, [event]


def rows(con, sql):
    return con.execute(sql).fetchall()


def test_a_three_way_call_is_one_call_and_three_pairs(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_articles(con, [report("a1", "x", [PUTIN, RAISI, ERDOGAN]), report("a2", "y", [ERDOGAN, PUTIN, RAISI])])
    assert rows(con, "SELECT n_events, n_outlets, len(countries) FROM calls") == [(2, 2, 3)]
    pairs = rows(con, "SELECT participant_a, participant_b FROM call_pairs ORDER BY ALL")
    assert pairs == sorted(
        tuple(sorted((a, b))) for a, b in [("Q7747", "Q5819790"), ("Q7747", "Q39259"), ("Q5819790", "Q39259")]
    )
    assert rows(con, "SELECT count(*) FROM leader_contacts") == [(6,)]
    assert rows(con, "SELECT count(*) FROM calls_between_countries") == [(3,)]
    # A two-way call of two of them is another call (another participant set).
    load_articles(con, [report("a3", "x", [PUTIN, RAISI])])
    assert rows(con, "SELECT count(*) FROM calls") == [(2,)]


def test_the_caller_is_kept_when_outlets_agree_and_flagged_when_they_do_not(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_articles(
        con,
        [
            report("a1", "x", [PUTIN, RAISI], initiator="Q7747"),
            report("a2", "y", [PUTIN, RAISI], initiator=None),  # neutral wording: no say
            report("b1", "x", [PUTIN, ERDOGAN], initiator="Q7747"),
            report("b2", "y", [PUTIN, ERDOGAN], initiator="Q39259"),
        ],
    )
    got = dict(
        (key, (initiator, conflict))
        for key, initiator, conflict in rows(con, "SELECT participant_key, initiator, initiator_conflict FROM calls")
    )
    assert got["Q5819790|Q7747"] == ("Q7747", False)
    assert got["Q39259|Q7747"] == (None, True)
    assert rows(con, "SELECT initiator FROM events WHERE article_id = 'a1'") == [("Q7747",)]


def test_only_confident_events_make_calls_and_the_rest_stay_in_events(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_articles(con, [report("a1", "x", [PUTIN, RAISI], confidence=0.3)])
    assert rows(con, "SELECT confidence FROM events") == [(0.3,)]
    assert rows(con, "SELECT count(*) FROM calls") == [(0,)]
    con2 = connect(tmp_path / "w2.duckdb")
    load_articles(con2, [report("a1", "x", [PUTIN, RAISI], confidence=0.3)], min_confidence=0.2)
    assert rows(con2, "SELECT count(*) FROM calls") == [(1,)]


def test_the_threshold_is_configured_by_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("RASD_CALL_MIN_CONFIDENCE", "0.8")
    assert settings(home=tmp_path).call_min_confidence == 0.8
    monkeypatch.delenv("RASD_CALL_MIN_CONFIDENCE")
    assert settings(home=tmp_path).call_min_confidence == 0.5
    monkeypatch.setenv("RASD_CALL_MIN_CONFIDENCE", "2")
    from rasd.config import ConfigError

    with pytest.raises(ConfigError):
        settings(home=tmp_path)


def test_flags_and_null_dates_load(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_articles(
        con, [report("a1", "x", [PUTIN, UNKNOWN], day=None, flags=["date_needs_publication"], date_basis="none")]
    )
    assert rows(con, "SELECT event_date, flags FROM events") == [(None, ["date_needs_publication"])]
    assert rows(con, "SELECT count(*) FROM calls") == [(0,)]  # no day, no call
    keys = {r[0] for r in rows(con, "SELECT participant_key FROM event_participants")}
    assert keys == {participant_key(PUTIN), participant_key(UNKNOWN)}


def test_an_old_database_gains_the_new_columns(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    old.execute(
        "CREATE TABLE events (event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, event_index INTEGER NOT NULL, type VARCHAR NOT NULL, status VARCHAR NOT NULL, background BOOLEAN NOT NULL, event_date DATE, date_basis VARCHAR NOT NULL, date_conflict VARCHAR, participant_key VARCHAR NOT NULL, extractor_version VARCHAR NOT NULL)"
    )
    old.execute(
        "INSERT INTO events VALUES ('e', 'a', 0, 'phone_call', 'reported', false, NULL, 'none', NULL, 'A|B', 'v')"
    )
    old.close()
    con = connect(path)
    assert rows(con, "SELECT confidence, initiator, flags FROM events") == [(1.0, None, None)]
