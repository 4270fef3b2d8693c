"""The Rasd Airflow plugin (plugins/rasd_plugin.py) against a real snapshot built from the sample site.

The plugin's FastAPI app is mounted under /rasd in a parent FastAPI app, as Airflow's API server does
(``app.mount(url_prefix, subapp)``), and exercised with fastapi.testclient.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from web.web_fixtures import REPO, TOKEN, make_client, snapshot_rows, use_home

PLUGINS = REPO / "plugins"


@pytest.fixture()
def env(built, monkeypatch):
    return use_home(monkeypatch, built)


@pytest.fixture()
def client(env):
    return make_client()


@pytest.fixture()
def authed(client):
    client.headers["Authorization"] = f"Bearer {TOKEN}"
    return client


# --- protection ----------------------------------------------------------------------------------


def test_rejects_requests_without_the_token(client):
    for path in ("/rasd/calls", "/rasd/api/calls", "/rasd/report/", "/rasd/report/index.html"):
        resp = client.get(path)
        assert resp.status_code == 401, path
        assert "RASD_PLUGIN_TOKEN" in resp.text
        assert resp.headers["www-authenticate"].startswith("Bearer")
    assert client.get("/rasd/api/calls").json()["detail"]
    assert client.get("/rasd/calls", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get("/rasd/calls", headers={"Authorization": f"Basic {TOKEN}"}).status_code == 401
    assert client.get("/rasd/calls?token=nope").status_code == 401
    assert client.get("/rasd/calls", cookies={"rasd_session": TOKEN}).status_code == 401  # not the raw token
    assert client.get("/rasd/icon.svg").status_code == 200  # the nav icon is public


def test_bearer_token_and_query_token_then_cookie(client):
    assert client.get("/rasd/calls", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    resp = client.get(f"/rasd/calls?limit=5&token={TOKEN}", follow_redirects=False)
    assert resp.status_code == 303
    assert resp.headers["location"] == "calls?limit=5"  # the token leaves the address bar
    cookie = resp.headers["set-cookie"]
    assert "rasd_session=" in cookie and "HttpOnly" in cookie and "Path=/rasd/" in cookie
    assert TOKEN not in cookie
    assert client.get("/rasd/calls?limit=5").status_code == 200  # the cookie now signs requests in
    assert client.get("/rasd/api/calls?limit=1").status_code == 200
    # The JSON API answers a ?token= directly (no redirect) and sets the cookie too.
    fresh = make_client()
    resp = fresh.get(f"/rasd/api/calls?limit=1&token={TOKEN}", follow_redirects=False)
    assert resp.status_code == 200 and "rasd_session=" in resp.headers["set-cookie"]


def test_rotating_the_token_ends_sessions(client, monkeypatch):
    client.get(f"/rasd/calls?token={TOKEN}")
    assert client.get("/rasd/calls").status_code == 200
    monkeypatch.setenv("RASD_PLUGIN_TOKEN", TOKEN + "-rotated")
    assert client.get("/rasd/calls").status_code == 401


def test_without_token_env_needs_an_airflow_login_that_may_read_rasd_ingest(env, monkeypatch, tmp_path):
    """RASD_PLUGIN_TOKEN unset (or the .env.example placeholder): only a valid Airflow JWT of a user
    who may read the rasd_ingest DAG passes, checked by Airflow's own auth manager (here the simple
    auth manager: a user without a role may read no DAG, a viewer may)."""
    from airflow.api_fastapi import app as airflow_app
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser
    from airflow.models.revoked_token import RevokedToken

    monkeypatch.setenv("RASD_PLUGIN_TOKEN", "change-me")
    monkeypatch.setattr(airflow_app._AuthManagerState, "instance", None)
    client = make_client()
    # No auth manager in this process yet: a clear refusal.
    resp = client.get("/rasd/calls", cookies={"_token": "some.jwt.value"})
    assert resp.status_code == 401 and "RASD_PLUGIN_TOKEN is not set" in resp.text
    assert client.get("/rasd/calls?token=change-me").status_code == 401  # the placeholder is no secret

    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "airflow"))
    monkeypatch.setenv(
        "AIRFLOW__CORE__AUTH_MANAGER", "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
    )
    monkeypatch.setenv("AIRFLOW__API_AUTH__JWT_SECRET", "rasd-plugin-tests-" + "0123456789abcdef" * 4)
    monkeypatch.setattr(RevokedToken, "is_revoked", classmethod(lambda cls, jti: False))  # no metadata DB here
    auth_manager = airflow_app.create_auth_manager()
    jwt = auth_manager.generate_jwt(SimpleAuthManagerUser(username="admin", role="admin"))
    viewer = auth_manager.generate_jwt(SimpleAuthManagerUser(username="reader", role="viewer"))
    no_role = auth_manager.generate_jwt(SimpleAuthManagerUser(username="nobody", role=None))

    assert client.get("/rasd/calls").status_code == 401
    assert "Not signed in" in client.get("/rasd/calls").text
    assert client.get("/rasd/calls", cookies={"_token": "not-a-jwt"}).status_code == 401
    assert client.get("/rasd/calls", cookies={"_token": jwt}).status_code == 200  # the Airflow UI's cookie
    assert client.get("/rasd/api/calls", headers={"Authorization": f"Bearer {jwt}"}).status_code == 200
    assert client.get("/rasd/calls", cookies={"_token": viewer}).status_code == 200
    for path in ("/rasd/calls", "/rasd/api/calls", "/rasd/report/", "/rasd/quality", "/rasd/calls.csv"):
        resp = client.get(path, cookies={"_token": no_role})
        assert resp.status_code == 403, path
        assert "rasd_ingest" in resp.text
    header, payload, signature = jwt.split(".")
    forged = f"{header}.{payload}.{signature[::-1]}"
    assert client.get("/rasd/calls", cookies={"_token": forged}).status_code == 401  # signature checked


# --- pages ---------------------------------------------------------------------------------------


def test_calls_page_lists_calls_with_their_evidence(env, authed):
    resp = authed.get("/rasd/calls?limit=500")
    assert resp.status_code == 200
    page = resp.text
    n_calls = snapshot_rows(env, "SELECT count(*) FROM calls")[0][0]
    assert n_calls >= 20
    assert page.count("<tr class='call'") == n_calls
    assert "Content-Security-Policy" in resp.headers
    # A call reported by two outlets: both outlets, the sources and each article's evidence.
    call_id, participants = snapshot_rows(
        env,
        """SELECT call_id, participants FROM calls WHERE n_outlets >= 2
                                                  ORDER BY call_date DESC, call_id LIMIT 1""",
    )[0]
    for name in participants.split(" – "):
        assert html.escape(name) in page
    rows = snapshot_rows(
        env,
        """
        SELECT a.url, o.name, ev.kind, ev.text, a.text, ev.start_char, ev.end_char
        FROM call_events ce JOIN events e USING (event_id) JOIN articles a ON a.article_id = e.article_id
        JOIN outlets o ON o.outlet_id = a.outlet_id JOIN event_evidence ev ON ev.event_id = e.event_id
        WHERE ce.call_id = ?""",
        [call_id],
    )
    assert {r[1] for r in rows} and len({r[1] for r in rows}) >= 2
    for url, outlet, kind, text, article_text, start, end in rows:
        assert article_text[start:end] == text  # the span really is the article's text
        assert html.escape(url) in page and html.escape(outlet) in page
        assert f"<mark>{html.escape(text)}</mark>" in page, (kind, text)
    assert {"trigger", "participant", "source"} <= {r[2] for r in rows}
    assert 'dir="rtl" lang="ar"' in page
    # Expanding: <details> rows, one opened on request.
    assert page.count("<details>") == n_calls
    first = authed.get("/rasd/calls?open=first").text
    assert first.count("<details open>") == 1
    assert authed.get(f"/rasd/calls?open={call_id}").text.count("<details open>") == 1
    # Filter by type.
    meetings = authed.get("/rasd/calls?type=meeting&limit=500").text
    n_meetings = snapshot_rows(env, "SELECT count(*) FROM calls WHERE type = 'meeting'")[0][0]
    assert meetings.count("<tr class='call'") == n_meetings
    assert authed.get("/rasd/calls?limit=0").status_code == 400
    assert "limit" in authed.get("/rasd/calls?limit=0").text


def test_calls_page_escapes_and_root_redirects(authed):
    resp = authed.get("/rasd/calls?type=<script>")
    assert resp.status_code == 200 and "<script>" not in resp.text
    resp = authed.get("/rasd/", follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"] == "calls"


def test_api_calls_json(env, authed):
    data = authed.get("/rasd/api/calls?limit=500").json()
    n_calls = snapshot_rows(env, "SELECT count(*) FROM calls")[0][0]
    assert data["count"] == len(data["calls"]) == n_calls
    assert data["snapshot"]["latest_run"]["status"] == "success"
    dates = [c["date"] for c in data["calls"] if c["date"]]
    assert dates == sorted(dates, reverse=True)
    texts = dict(snapshot_rows(env, "SELECT article_id, text FROM articles"))
    for call in data["calls"]:
        assert set(call) >= {
            "call_id",
            "type",
            "date",
            "participants",
            "outlets",
            "sources",
            "date_conflict",
            "n_outlets",
            "articles",
        }
        assert len(call["articles"]) == call["n_events"]
        assert len(set(call["outlets"])) == call["n_outlets"]
        for article in call["articles"]:
            assert article["url"].startswith("http") and article["outlet"]
            assert article["evidence"], call["call_id"]
            for span in article["evidence"]:
                assert set(span) == {"kind", "start", "end", "text"}
                assert texts[article["article_id"]][span["start"] : span["end"]] == span["text"]
    merged = next(c for c in data["calls"] if c["n_outlets"] >= 2)
    one = authed.get(f"/rasd/api/calls/{merged['call_id']}").json()
    assert one["count"] == 1 and one["calls"][0] == merged
    assert authed.get("/rasd/api/calls/nope").status_code == 404
    assert len(authed.get("/rasd/api/calls?limit=3").json()["calls"]) == 3
    assert all(c["type"] == "phone_call" for c in authed.get("/rasd/api/calls?type=phone_call").json()["calls"])


def test_report_files_are_sandboxed_and_data_docs_not_served(env, authed):
    resp = authed.get("/rasd/report", follow_redirects=False)
    assert resp.status_code == 307 and resp.headers["location"] == "report/"
    resp = authed.get("/rasd/report/")
    assert resp.status_code == 200 and "Rasd quality report" in resp.text
    assert resp.text == (env.reports_dir / "index.html").read_text(encoding="utf-8")
    csp = resp.headers["content-security-policy"]
    assert csp.startswith("sandbox") and "allow-scripts" not in csp and "allow-same-origin" not in csp
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert "<script" not in resp.text.lower()
    runs = sorted((env.reports_dir / "runs").glob("*.html"))
    assert runs
    resp = authed.get(f"/rasd/report/runs/{runs[0].name}")
    assert resp.status_code == 200 and resp.headers["content-security-policy"].startswith("sandbox")
    # GX Data Docs embed row values unescaped and load CDN scripts: not served at all.
    docs = "gx_project/gx/uncommitted/data_docs/local_site/index.html"
    assert docs not in authed.get("/rasd/report/").text
    resp = authed.get(f"/rasd/report/{docs}")
    assert resp.status_code == 404 and "not served" in resp.text
    assert resp.headers["content-security-policy"].startswith("sandbox")
    # Only the report is served, nothing else under RASD_HOME.
    for path in (
        "gx_project/gx/uncommitted/config_variables.yml",
        "gx_project/gx/great_expectations.yml",
        "..%2frasd.duckdb",
        "%2e%2e/rasd.duckdb",
        "runs/../../rasd.duckdb",
        ".hidden",
    ):
        assert authed.get(f"/rasd/report/{path}").status_code == 404, path


def test_no_snapshot_gives_a_friendly_page(authed, monkeypatch, tmp_path):
    monkeypatch.setenv("RASD_HOME", str(tmp_path / "empty"))
    resp = authed.get("/rasd/calls")
    assert resp.status_code == 200 and "No data yet" in resp.text and "rasd_ingest" in resp.text
    resp = authed.get("/rasd/api/calls")
    assert resp.status_code == 200 and resp.json()["calls"] == [] and "No data yet" in resp.json()["message"]
    resp = authed.get("/rasd/report/")
    assert resp.status_code == 200 and "No quality report yet" in resp.text


HOLD_WRITER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])  # read-write: holds DuckDB's file lock
con.execute("BEGIN TRANSACTION")
con.execute("INSERT INTO runs (run_id, status) VALUES ('held-open', 'running')")  # uncommitted write
print("ready", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
con.close()
"""


def test_pages_work_while_a_writer_holds_the_live_database(env, authed):
    """A load holds rasd.duckdb read-write in another process and keeps re-publishing the snapshot
    (os.replace); every page request still succeeds, none waits."""
    from rasd.warehouse.snapshot import publish_snapshot

    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITER, str(env.db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        with pytest.raises(duckdb.IOException):  # the live file really is locked by the writer
            duckdb.connect(str(env.db_path), read_only=True)
        stop = threading.Event()
        published = []

        def republish():
            while not stop.is_set():
                publish_snapshot(env.db_path, env.snapshot_path)
                published.append(1)

        thread = threading.Thread(target=republish)
        thread.start()
        try:
            slowest = 0.0
            for i in range(12):
                started = time.monotonic()
                path = ("/rasd/calls?open=first", "/rasd/api/calls?limit=3", "/rasd/report/")[i % 3]
                resp = authed.get(path)
                slowest = max(slowest, time.monotonic() - started)
                assert resp.status_code == 200, (path, resp.text[:300])
                assert "No data yet" not in resp.text
        finally:
            stop.set()
            thread.join()
        assert published, "the snapshot was never re-published during the requests"
        assert slowest < 10
        assert "held-open" not in authed.get("/rasd/api/calls").text
    finally:
        writer.stdin.write("\n")
        writer.stdin.flush()
        writer.wait(30)


# --- Airflow integration -------------------------------------------------------------------------


def test_plugin_interface():
    import rasd_plugin

    plugin = rasd_plugin.RasdPlugin
    assert plugin.name == "rasd"
    assert plugin.fastapi_apps == [{"app": rasd_plugin.app, "url_prefix": "/rasd", "name": "Rasd"}]
    assert [v["href"] for v in plugin.external_views] == ["rasd/calls", "rasd/trends", "rasd/quality", "rasd/report/"]
    for view in plugin.external_views:
        assert not view["href"].startswith("/") and view["href"].startswith("rasd/")
        assert view["destination"] == "nav" and view["category"] == "Rasd" and view["name"]


def test_module_import_stays_light():
    """Every Airflow component imports the plugin: FastAPI, DuckDB and rasd load only on a request."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import rasd_plugin; "
        "print(sorted(m for m in ('fastapi', 'duckdb', 'rasd', 'starlette') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(PLUGINS)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_airflow_plugins_manager_discovers_the_plugin(tmp_path):
    env = dict(os.environ)
    env.update(
        {
            "AIRFLOW_HOME": str(tmp_path / "airflow"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PLUGINS),
            "AIRFLOW__CORE__DAGS_FOLDER": str(tmp_path / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "include"), env.get("PYTHONPATH")])),
        }
    )
    env.pop("RASD_PLUGIN_TOKEN", None)
    out = subprocess.run(
        [str(Path(sys.executable).parent / "airflow"), "plugins", "--output", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    start = out.stdout.index("[")
    plugins = {p["name"]: p for p in json.loads(out.stdout[start:])}
    assert "rasd" in plugins, out.stdout[-2000:] + out.stderr[-2000:]
    info = plugins["rasd"]
    assert info["source"] == "$PLUGINS_FOLDER/rasd_plugin.py"
    assert info["fastapi_apps"] == [{"app": "rasd_plugin.LazyApp", "url_prefix": "/rasd", "name": "Rasd"}]
    hrefs = {v["href"] for v in info["external_views"]}
    assert hrefs == {"rasd/calls", "rasd/trends", "rasd/quality", "rasd/report/"}
    assert "Failed to import" not in out.stderr and "rasd_plugin" not in out.stderr
