"""Page benchmark: every analyst page, the JSON API and the downloads on a generated warehouse of
100,000 events (about 20,000 calls, 50,000 articles, 600 people, 30 outlets, 10 runs with quarantine
and failing expectations), through the real app over a real HTTP server on 127.0.0.1.

Prints the median and the 95th percentile per page, and whether each p95 is under the target (300 ms,
issue 17). The warehouse is built with the real schema and the real calls rebuild; names are
synthetic (Arabic and English). Run: ``python bench/web_pages.py [--events N] [--rounds R]``.
(``bench/pages.py`` is the article-HTML generator that bench/clean.py and bench/quality.py use.)
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

try:  # the warehouse package (after the layout change) or the module before it
    from rasd.warehouse.load import connect, rebuild_calls  # type: ignore[import-not-found]
except ImportError:
    from rasd.warehouse.calls import rebuild_calls
    from rasd.warehouse.schema import connect

TARGET_MS = 300
TOKEN = "bench-token"
REPO = Path(__file__).resolve().parents[1]
FIRST_AR = [
    "محمد",
    "أحمد",
    "عبد الله",
    "خالد",
    "سلمان",
    "تميم",
    "عبد الفتاح",
    "إيمانويل",
    "فلاديمير",
    "رجب",
    "جو",
    "شي",
]
FIRST_EN = [
    "Mohammed",
    "Ahmed",
    "Abdullah",
    "Khalid",
    "Salman",
    "Tamim",
    "Abdel Fattah",
    "Emmanuel",
    "Vladimir",
    "Recep",
    "Joe",
    "Xi",
]
LAST_AR = ["الحسن", "بن زايد", "السيد", "الرشيد", "العلي", "حداد", "منصور", "نصر", "يوسف", "سليمان", "عثمان", "كريم"]
LAST_EN = [
    "Al-Hassan",
    "bin Zayed",
    "El-Sayed",
    "Al-Rashid",
    "Al-Ali",
    "Haddad",
    "Mansour",
    "Nasr",
    "Youssef",
    "Suleiman",
    "Othman",
    "Karim",
]
COUNTRIES = [
    "SA",
    "AE",
    "QA",
    "EG",
    "JO",
    "TR",
    "RU",
    "US",
    "CN",
    "FR",
    "DE",
    "GB",
    "IR",
    "IQ",
    "KW",
    "OM",
    "BH",
    "SY",
    "LB",
    "MA",
]
REASONS = ["office_not_held_on_event_date", "participant_unidentified", "event_date_missing", "not_arabic", "too_short"]


def generate(path: Path, n_events: int) -> None:
    """A warehouse of ``n_events`` events: 5 reports per call on average, 2 events per article."""
    con = connect(path)
    n_calls, n_articles = n_events // 5, n_events // 2
    sql = lambda q, *p: con.execute(q, list(p))  # noqa: E731
    sql("CREATE OR REPLACE TEMP MACRO h(x, n) AS CAST(hash(x) % n AS BIGINT)")  # a stable pseudo-random 0..n-1
    sql("INSERT INTO countries SELECT unnest(?), unnest(?), unnest(?), NULL", COUNTRIES, COUNTRIES, COUNTRIES)
    sql(
        """INSERT INTO outlets SELECT 'outlet' || i, 'Outlet ' || i, 'وكالة ' || i, ?[1 + i % 20], DATE '2000-01-01', true
           FROM range(30) t(i)""",
        COUNTRIES,
    )
    sql(
        """INSERT INTO people SELECT 'P' || i, ?[1 + i % 12] || ' ' || ?[1 + (i // 12) % 12] || ' ' || i,
                  ?[1 + i % 12] || ' ' || ?[1 + (i // 12) % 12] FROM range(600) t(i)""",
        FIRST_EN,
        LAST_EN,
        FIRST_AR,
        LAST_AR,
    )
    sql(f"""CREATE TEMP TABLE g AS SELECT i AS c, h(i, 600) AS p1, (h(i, 600) + 1 + h(i * 7 + 1, 599)) % 600 AS p2,
            DATE '2019-01-01' + CAST(h(i * 3, 2400) AS INTEGER) AS d,
            ['phone_call', 'phone_call', 'phone_call', 'meeting', 'video_call', 'visit'][1 + h(i * 5, 6)] AS type
            FROM range({n_calls}) t(i)""")
    sql(f"""INSERT INTO articles (article_id, url, outlet_id, title, published_date, published_basis, text, extractor_version)
            SELECT 'a' || i, 'https://outlet' || (i % 30) || '.example/news/' || i, 'outlet' || (i % 30),
                   'عنوان الخبر رقم ' || i, DATE '2019-01-01' + CAST(h(i, 2400) AS INTEGER), 'meta',
                   'اتصال هاتفي بين الزعيمين لبحث العلاقات الثنائية ' || i, 'bench' FROM range({n_articles}) t(i)""")
    sql(f"""CREATE TEMP TABLE ev AS SELECT i, 'e' || i AS event_id, 'a' || (i // 2) AS article_id, g.*
            FROM range({n_events}) t(i) JOIN g ON g.c = h(i * 11, {n_calls})""")
    sql("""INSERT INTO events (event_id, article_id, event_index, type, status, background, event_date, date_basis,
                  date_conflict, participant_key, extractor_version)
           SELECT event_id, article_id, i % 2, type,
                  CASE WHEN i % 23 = 0 THEN 'planned' ELSE 'reported' END, false, d, 'explicit', NULL,
                  'P' || least(p1, p2) || '|P' || greatest(p1, p2), 'bench' FROM ev""")
    sql(
        """INSERT INTO event_participants
           SELECT event_id, k, 'P' || p, pe.name_en, pe.name_ar, ?[1 + p % 20], 'president', NULL, pe.name_ar, 'P' || p
           FROM (SELECT event_id, 0 AS k, p1 AS p FROM ev UNION ALL SELECT event_id, 1, p2 FROM ev) x
           JOIN people pe ON pe.person_id = 'P' || x.p""",
        COUNTRIES,
    )
    sql("INSERT INTO event_sources SELECT event_id, 0, 'Agency ' || (i % 8), 'agency', 'وكالة' FROM ev")
    sql("INSERT INTO event_topics SELECT event_id, ['trade', 'energy', 'security'][1 + i % 3] FROM ev")
    sql("""INSERT INTO event_evidence SELECT event_id, 0, 'trigger', 0, 5, 'اتصال' FROM ev
           UNION ALL SELECT event_id, 1, 'participant', 6, 11, 'هاتفي' FROM ev""")
    rebuild_calls(con)
    _runs_and_quality(con, n_events)
    con.execute("CHECKPOINT")
    con.close()


def _runs_and_quality(con, n_events: int) -> None:
    """10 runs, each with fetch logs per outlet, quarantine and failing expectations naming rows."""
    for r in range(10):
        run = f"bench_run_{r:02d}"
        counts = {
            "fetch": {f"outlet{k}": {"pages": 100, "quarantined": 3} for k in range(30)},
            "clean": {"articles": 2900},
        }
        con.execute(
            "INSERT INTO runs (run_id, started_at, finished_at, status, counts) VALUES (?, TIMESTAMP '2025-01-01' + INTERVAL (?) HOUR, TIMESTAMP '2025-01-01' + INTERVAL (?) HOUR, 'success', ?)",
            [run, r, r + 1, json.dumps(counts)],
        )
        con.execute(
            """INSERT INTO fetch_log (run_id, url, outlet_id, status, kind)
                SELECT ?, 'https://outlet' || (i % 30) || '.example/p/' || i, 'outlet' || (i % 30), 'ok', 'page' FROM range(3000) t(i)""",
            [run],
        )
        con.execute(
            """INSERT INTO quarantine SELECT ? || '-q' || i, CASE WHEN i % 3 = 0 THEN 'clean' ELSE 'gate_events' END,
                      ?[1 + i % 5], 'generated', 'https://outlet' || (i % 30) || '.example/news/' || (i * 7 % 50000),
                      ? || '-q' || i, 'outlet' || (i % 30), 'False', ? FROM range(300) t(i)""",
            [run, REASONS, run, run],
        )
        critical = json.dumps([f"{run}-q{i}" for i in range(1, 21)])
        warning = json.dumps([f"e{i * 97 % n_events}" for i in range(20)])
        con.execute(
            """INSERT INTO quality_results VALUES
               (?, 'events', 'expect_column_values_to_be_in_set:office_not_held_on_event_date', 'critical', false, 3000, 200, ?, now()),
               (?, 'events', 'expect_column_values_to_be_in_set:no_attribution', 'warning', false, 3000, 400, ?, now()),
               (?, 'events', 'expect_column_values_to_not_be_null:event_date_missing', 'critical', true, 3000, 0, '[]', now())""",
            [run, critical, run, warning, run],
        )


def serve(home: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = (
        "import sys, uvicorn; from fastapi import FastAPI; import rasd_plugin; app = FastAPI(); "
        "app.mount('/rasd', rasd_plugin.app); uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[1]), log_level='warning')"
    )
    env = dict(os.environ, RASD_HOME=str(home), RASD_PLUGIN_TOKEN=TOKEN)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "include"), str(REPO / "plugins")])
    proc = subprocess.Popen([sys.executable, "-c", code, str(port)], env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}/rasd/"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "icon.svg", timeout=2)
            return proc, base
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def pages(home: Path) -> dict[str, str]:
    import duckdb

    con = duckdb.connect(str(home / "rasd.snapshot.duckdb"), read_only=True)
    person = con.execute(
        "SELECT participant_key FROM call_participants GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    article = con.execute("SELECT article_id FROM articles ORDER BY article_id LIMIT 1").fetchone()[0]
    con.close()
    return {
        "calls": "calls",
        "calls ?person=Arabic name": "calls?" + urllib.parse.urlencode({"person": "تميم"}),
        "calls ?country&from&to&min_outlets": "calls?country=QA&from=2021-01-01&to=2022-12-31&min_outlets=2",
        "calls ?type&status&outlet": "calls?type=phone_call&status=reported&outlet=outlet3",
        "person": f"person/{person}",
        "article": f"article/{article}",
        "trends": "trends",
        "trends ?country": "trends?country=EG",
        "quality": "quality",
        "api/calls": "api/calls?limit=50",
        "calls.csv ?country": "calls.csv?country=QA",
        "calls.parquet ?country": "calls.parquet?country=QA",
    }


def measure(base: str, path: str, rounds: int) -> list[float]:
    req = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {TOKEN}"})
    times = []
    for _ in range(rounds + 1):
        start = time.perf_counter()
        with urllib.request.urlopen(req, timeout=60) as resp:
            resp.read()
            assert resp.status == 200, path
        times.append((time.perf_counter() - start) * 1000)
    return times[1:]  # the first request warms the app up


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        start = time.perf_counter()
        generate(home / "rasd.duckdb", args.events)
        os.replace(home / "rasd.duckdb", home / "rasd.snapshot.duckdb")
        print(f"generated warehouse of {args.events:,} events in {time.perf_counter() - start:.1f} s")
        proc, base = serve(home)
        try:
            worst = 0.0
            print(f"{'page':40} {'median ms':>10} {'p95 ms':>8}")
            for name, path in pages(home).items():
                times = sorted(measure(base, path, args.rounds))
                median, p95 = statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)]
                worst = max(worst, p95)
                print(f"{name:40} {median:10.1f} {p95:8.1f}  {'OK' if p95 < TARGET_MS else 'SLOW'}")
            print(f"WORST P95 {worst:.1f} ms   target < {TARGET_MS} ms   {'OK' if worst < TARGET_MS else 'MISSED'}")
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
