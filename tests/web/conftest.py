"""Shared fixtures of the web tests: one pipeline run on the sample site (the warehouse every page
reads), a copy of it with hostile rows added, and the plugin app mounted as Airflow mounts it."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from web.web_fixtures import HOSTILE, HOSTILE_URL


def _settings_for(home, monkeypatch_context, sample_site=None):
    from rasd.config import settings

    monkeypatch_context.setenv("RASD_HOME", str(home))
    if sample_site:
        monkeypatch_context.setenv("RASD_SAMPLE_BASE_URL", sample_site)
    for var in ("RASD_DB", "RASD_RAW", "RASD_REPORTS", "RASD_SOURCES"):
        monkeypatch_context.delenv(var, raising=False)
    return settings()


@pytest.fixture(scope="session")
def built(tmp_path_factory, sample_site):
    """One pipeline run on the sample site for the whole session (about 15 s), report included."""
    from rasd.pipeline import run_all

    home = tmp_path_factory.mktemp("web") / "home"
    with pytest.MonkeyPatch.context() as mp:
        cfg = _settings_for(home, mp, sample_site)
        run_all(cfg)
    assert cfg.snapshot_path.exists()
    return cfg


HOSTILE_ROWS = """
INSERT INTO quarantine (quarantine_id, stage, reason, detail, url, item_id, outlet_id, value, first_run_id) VALUES
  ('hostile-q1', 'gate_events', 'office_not_held_on_event_date', 'hostile detail ' || $h, $url, 'hostile-event',
   'manara', $h, $run),
  ('hostile-q2', 'fetch', 'not_html', $h, $url, NULL, 'manara', $h, $run),
  ('hostile-q3', 'gate_events', 'person_contacts_themself', $context, $url || '#2', 'hostile-event-3', 'manara',
   'False', $run);
INSERT INTO quality_results (run_id, stage, expectation, severity, success, element_count,
  unexpected_count, detail, checked_at) VALUES
  ($run, 'events', 'expect_column_values_to_be_in_set:office_not_held_on_event_date', 'critical', false, 10, 1,
   $ids, now()),
  ($run, 'events', 'expect_column_values_to_be_in_set:person_contacts_themself', 'critical', false, 10, 1,
   $ids3, now()),
  ($run, 'raw_pages', 'expect_column_values_to_be_in_set:' || $h, 'warning', false, 10, 1, $ids2, now());
INSERT INTO articles (article_id, url, outlet_id, title, published_date, published_basis, text)
  VALUES ('hostile-article', 'javascript:alert(1)//', 'manara', 'عنوان ' || $h, DATE '2024-01-02', 'meta',
          'نص المقال ' || $h);
INSERT INTO events (event_id, article_id, event_index, type, status, background, event_date, date_basis,
  date_conflict, participant_key, extractor_version) VALUES ('hostile-event-2', 'hostile-article', 0, 'phone_call', 'reported', false,
  DATE '2024-01-01', 'explicit', NULL, 'Q7747|Q15031', 'test');
INSERT INTO event_participants (event_id, position, person_id, name_en, name_ar, country, role, org, mention) VALUES
  ('hostile-event-2', 0, 'Q7747', 'Vladimir Putin', 'فلاديمير بوتين', 'RU', 'president', NULL, $h),
  ('hostile-event-2', 1, NULL, $h, $h, 'CN', NULL, NULL, $h);
INSERT INTO event_evidence VALUES ('hostile-event-2', 0, 'trigger', 0, 2, $h);
INSERT INTO event_sources VALUES ('hostile-event-2', 0, $h, 'official', $h);
INSERT INTO calls (call_id, type, call_date, date_basis, date_conflict, participant_key, participants, countries,
  topics, sources, n_events, n_articles, n_outlets, first_published, last_published) VALUES ('hostile-call', 'phone_call', DATE '2024-01-01', 'explicit', false, 'Q7747|x',
  $formula, ['RU', 'CN'], [$h], [$formula, $h], 1, 1, 1, DATE '2024-01-02', DATE '2024-01-02');
INSERT INTO call_events VALUES ('hostile-call', 'hostile-event-2');
"""


@pytest.fixture(scope="session")
def hostile(built, tmp_path_factory):
    """A copy of the built warehouse with markup from a hostile sitemap stored where pages read it:
    a quarantined URL and value, a failing expectation naming it, an article with a javascript: URL
    and markup in its title, names, sources and evidence; then the report rebuilt from it."""
    from rasd.web.report import build_report

    home = tmp_path_factory.mktemp("hostile") / "home"
    shutil.copytree(built.home, home, ignore=shutil.ignore_patterns("raw"))
    with pytest.MonkeyPatch.context() as mp:
        cfg = _settings_for(home, mp)
        con = duckdb.connect(str(cfg.db_path))
        try:
            run = con.execute("SELECT run_id FROM runs ORDER BY finished_at DESC LIMIT 1").fetchone()[0]
            params = {
                "h": HOSTILE,
                "url": HOSTILE_URL,
                "run": run,
                "ids": json.dumps(["hostile-event"]),
                "ids2": json.dumps([HOSTILE_URL]),
                "ids3": json.dumps(["hostile-event-3"]),
                "formula": '=HYPERLINK("http://evil.example/x")',
                "context": json.dumps(
                    {
                        "participants": [
                            {"name_en": "Vladimir Putin", "name_ar": "فلاديمير بوتين"},
                            {"name_en": HOSTILE, "name_ar": HOSTILE},
                        ],
                        "event_date": "2024-01-01",
                        "type": "phone_call",
                    }
                ),
            }
            for statement in filter(str.strip, HOSTILE_ROWS.split(";")):
                names = [k for k in params if f"${k}" in statement]
                con.execute(statement, {k: params[k] for k in names})
            con.execute("CHECKPOINT")
        finally:
            con.close()
        shutil.copyfile(cfg.db_path, cfg.snapshot_path)
        build_report(cfg, run)
    return cfg
