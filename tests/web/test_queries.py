"""rasd.warehouse.queries: the one home of warehouse reads agrees with the schema's views and with
what the quality gates validate."""

from __future__ import annotations

import datetime as dt

import duckdb


def test_participant_key_sql_is_the_views_key(built):
    from rasd.warehouse.queries.base import PARTICIPANT_KEY_SQL

    con = duckdb.connect(str(built.snapshot_path), read_only=True)
    try:
        ours = con.execute(
            f"SELECT DISTINCT ce.call_id, {PARTICIPANT_KEY_SQL} FROM event_participants p JOIN call_events ce USING (event_id)"
        ).fetchall()
        view = con.execute("SELECT DISTINCT call_id, participant_key FROM call_participants").fetchall()
    finally:
        con.close()
    assert ours and sorted(ours) == sorted(view)


def test_gate_frames_are_the_warehouse_reads(built):
    from rasd.quality import frames as quality
    from rasd.warehouse import queries as q

    con = duckdb.connect(str(built.snapshot_path), read_only=True)
    try:
        assert q.warehouse_check_frame(con).equals(quality.warehouse_frame(con))
        today = dt.date(2026, 1, 1)
        assert q.outlet_check_frame(con, today).equals(quality.outlets_frame(con, today))
    finally:
        con.close()


def test_person_search_folds_arabic_letters_and_latin_accents(built):
    from rasd.warehouse import queries as q

    con = duckdb.connect(str(built.snapshot_path), read_only=True)
    try:
        erdogan = q.matching_participants(con, "Erdogan")
        assert erdogan == q.matching_participants(con, "ERDOĞAN") != []
        assert q.matching_participants(con, "اردوغان") == q.matching_participants(con, "أردوغان") == erdogan
        assert q.matching_participants(con, "أردوغانٌ"[:-1]) == erdogan  # marks dropped
        assert q.matching_participants(con, "nobody-at-all") == []
    finally:
        con.close()
