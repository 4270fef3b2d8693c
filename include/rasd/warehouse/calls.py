"""Cross-article call resolution: reported events become one ``calls`` row per real-world contact.

Events are N-ary: an event's ``participant_key`` is its participant SET (sorted distinct
``participant_key()`` values joined by '|'), so a call between four leaders is one event and one
call. Reports of the same type and participant set whose dates lie within a tolerance (by how the
date was found: a date taken from the publication day is less certain than a written one) are the
same call. Only events at or above the confidence threshold make calls; the others stay in
``events``. The caller (``initiator``) is the one the outlets agree on, NULL with
``initiator_conflict`` when they name different callers. Pairs for dyadic analysis: view
``call_pairs``.
"""

from __future__ import annotations

import duckdb

DEFAULT_MIN_CONFIDENCE = 0.5

_CALLS_SQL = """
DELETE FROM call_events WHERE call_id IN (SELECT call_id FROM calls WHERE participant_key IN ({keys}));
DELETE FROM calls WHERE participant_key IN ({keys});
CREATE OR REPLACE TEMP TABLE _ev AS
SELECT e.event_id, e.type, e.event_date, e.date_basis, e.participant_key, e.initiator,
       a.article_id, a.outlet_id, a.published_date,
       CASE e.date_basis WHEN 'published' THEN 2 WHEN 'none' THEN 3 ELSE 1 END AS tol,
       CASE e.date_basis WHEN 'explicit' THEN 4 WHEN 'today' THEN 3 WHEN 'yesterday' THEN 3
                         WHEN 'weekday' THEN 2 WHEN 'published' THEN 1 ELSE 0 END AS strength
FROM events e JOIN articles a USING (article_id)
WHERE e.status = 'reported' AND e.event_date IS NOT NULL AND e.participant_key LIKE '%|%'
  AND coalesce(e.confidence, 1.0) >= {min_confidence}
  AND e.participant_key IN ({keys});
CREATE OR REPLACE TEMP TABLE _grouped AS
WITH ordered AS (
    SELECT *, lag(event_date) OVER w AS prev_date, lag(tol) OVER w AS prev_tol
    FROM _ev WINDOW w AS (PARTITION BY type, participant_key ORDER BY event_date, strength DESC, event_id)
)
SELECT event_id, type, participant_key, event_date, date_basis, strength, initiator, article_id, outlet_id,
       published_date,
       sum(CASE WHEN prev_date IS NULL OR event_date - prev_date > greatest(tol, prev_tol) THEN 1 ELSE 0 END)
          OVER (PARTITION BY type, participant_key ORDER BY event_date, strength DESC, event_id
                ROWS UNBOUNDED PRECEDING) AS grp
FROM ordered;
CREATE OR REPLACE TEMP TABLE _calls AS
SELECT md5(type || '|' || participant_key || '|' || CAST(call_date AS VARCHAR))[:16] AS call_id, *
FROM (
    SELECT type, participant_key, grp,
           arg_max(event_date, strength * 100000 - epoch(event_date) / 86400) AS call_date,
           arg_max(date_basis, strength) AS date_basis,
           count(DISTINCT event_date) FILTER (WHERE strength >= 2) > 1 AS date_conflict,
           count(*) AS n_events, count(DISTINCT article_id) AS n_articles, count(DISTINCT outlet_id) AS n_outlets,
           min(published_date) AS first_published, max(published_date) AS last_published,
           CASE WHEN count(DISTINCT initiator) = 1 THEN min(initiator) END AS initiator,
           count(DISTINCT initiator) > 1 AS initiator_conflict
    FROM _grouped GROUP BY type, participant_key, grp
);
CREATE OR REPLACE TEMP TABLE _membership AS
SELECT c.call_id, g.event_id FROM _grouped g JOIN _calls c USING (type, participant_key, grp);
INSERT INTO calls (call_id, type, call_date, date_basis, date_conflict, participant_key, participants, countries,
                   topics, sources, n_events, n_articles, n_outlets, first_published, last_published, initiator,
                   initiator_conflict)
SELECT c.call_id, c.type, c.call_date, c.date_basis, c.date_conflict, c.participant_key,
       array_to_string(p.names, ' – '), coalesce(p.countries, []), coalesce(t.topics, []), coalesce(s.sources, []),
       c.n_events, c.n_articles, c.n_outlets, c.first_published, c.last_published, c.initiator, c.initiator_conflict
FROM _calls c
LEFT JOIN (SELECT m.call_id, list_sort(list_distinct(list(coalesce(p.name_en, p.name_ar)))) AS names,
                  list_sort(list_distinct(list(p.country))) AS countries
           FROM _membership m JOIN event_participants p USING (event_id) GROUP BY m.call_id) p USING (call_id)
LEFT JOIN (SELECT m.call_id, list_sort(list_distinct(list(t.topic))) AS topics
           FROM _membership m JOIN event_topics t USING (event_id) GROUP BY m.call_id) t USING (call_id)
LEFT JOIN (SELECT m.call_id, list_sort(list_distinct(list(s.name_en))) AS sources
           FROM _membership m JOIN event_sources s USING (event_id) GROUP BY m.call_id) s USING (call_id);
INSERT INTO call_events SELECT call_id, event_id FROM _membership;
DROP TABLE _ev; DROP TABLE _grouped; DROP TABLE _calls; DROP TABLE _membership;
"""


def rebuild_calls(
    con: duckdb.DuckDBPyConnection, affected: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> None:
    """Recompute ``calls`` for the participant sets in table ``affected`` (all sets if None).
    Deterministic, so re-runs change nothing; calls of other participant sets cannot change."""
    keys = f"SELECT participant_key FROM {affected}" if affected else "SELECT participant_key FROM events"
    threshold = float(min_confidence)  # a number, never text: safe to place in the statement
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"call confidence threshold must lie in [0, 1], not {threshold}")
    con.execute(_CALLS_SQL.format(keys=keys, min_confidence=repr(threshold)))
