"""Rasd pages in the Airflow UI: recent calls with their evidence, the quality report, a JSON API.

Airflow 3 mounts ``fastapi_apps`` on its API server under ``url_prefix`` and lists ``external_views``
in the UI's navigation (``url_route`` set: the page opens inside the Airflow UI in an iframe). See
https://airflow.apache.org/docs/apache-airflow/stable/administration-and-deployment/plugins.html

Every Airflow component imports this module (scheduler, workers, dag processor...), so it imports
only the standard library and ``AirflowPlugin`` at module level; FastAPI, DuckDB and ``rasd`` load on
the first request, in the API server.

Plugin endpoints are not behind Airflow's own auth, so the app checks every request itself:

* ``RASD_PLUGIN_TOKEN`` set: ``Authorization: Bearer <token>``, or ``?token=<token>`` once (the app
  then sets an HttpOnly cookie and redirects to the same address without the token), else 401.
* unset (or still the ``change-me`` placeholder of ``.env.example``): a valid Airflow JWT, i.e. the
  ``_token`` cookie the Airflow UI holds after login or a ``Bearer`` token from ``POST /auth/token``,
  checked by Airflow's auth manager (``get_user_from_token``); else 401 saying how to set the token.

Everything is read-only: each request opens the published snapshot (``settings().snapshot_path``)
with ``read_only=True``; a load replaces that file atomically and never holds it, so these pages
neither wait for nor disturb the writer.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import mimetypes
import os
import re
import threading
import time
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlencode

from airflow.plugins_manager import AirflowPlugin

TOKEN_ENV = "RASD_PLUGIN_TOKEN"
PLACEHOLDER_TOKENS = frozenset({"change-me"})  # .env.example's value is public, never a secret
SESSION_COOKIE = "rasd_session"
SESSION_MAX_AGE = 12 * 3600
AIRFLOW_JWT_COOKIE = "_token"  # airflow.api_fastapi.auth.managers.base_auth_manager.COOKIE_NAME_JWT_TOKEN
PUBLIC_PATHS = frozenset({"/icon.svg"})
CALL_TYPES = ("phone_call", "video_call", "meeting", "visit", "message")
MAX_LIMIT = 500
CONTEXT_CHARS = 70  # article text shown either side of an evidence span

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")

ICON_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='#2f6f9f' "
    "stroke-width='2' stroke-linecap='round'><circle cx='12' cy='12' r='3'/>"
    "<path d='M5 12a7 7 0 0 1 14 0M2 12a10 10 0 0 1 20 0'/></svg>"
)


# --- authentication ------------------------------------------------------------------------------


def configured_token() -> str | None:
    """The shared secret, or None when unset, blank or still the documented placeholder."""
    token = (os.environ.get(TOKEN_ENV) or "").strip()
    return token if token and token not in PLACEHOLDER_TOKENS else None


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def session_value(token: str) -> str:
    """What the cookie holds: derived from the token (rotating the token ends every session)."""
    return hmac.new(token.encode("utf-8"), b"rasd-plugin-session-v1", hashlib.sha256).hexdigest()


def _bearer(request) -> str | None:
    scheme, _, value = (request.headers.get("authorization") or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


class AuthResult:
    def __init__(self, ok: bool, reason: str = "", set_session: str | None = None, strip_token: bool = False):
        self.ok, self.reason, self.set_session, self.strip_token = ok, reason, set_session, strip_token


HOW_TO = (
    f"Set {TOKEN_ENV} in the environment of the Airflow API server (docker compose: in .env) "
    "and restart it, then open this page once as ?token=<the token> (a cookie keeps you signed in) "
    "or send the header 'Authorization: Bearer <the token>'."
)


async def authenticate(request) -> AuthResult:
    token = configured_token()
    offered_query = request.query_params.get("token")
    bearer = _bearer(request)
    if token is not None:
        if bearer is not None:
            return AuthResult(True) if _same(bearer, token) else AuthResult(False, "Wrong bearer token.")
        if offered_query is not None:
            if _same(offered_query, token):
                return AuthResult(True, set_session=session_value(token), strip_token=True)
            return AuthResult(False, "Wrong token.")
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie is not None and _same(cookie, session_value(token)):
            return AuthResult(True)
        return AuthResult(False, "This page needs the Rasd plugin token. " + HOW_TO)

    # No shared secret configured: accept a signed-in Airflow user (the UI's JWT).
    if offered_query is not None:
        return AuthResult(False, f"This server has no {TOKEN_ENV}, so ?token= is not accepted. " + HOW_TO)
    jwt = bearer or request.cookies.get(AIRFLOW_JWT_COOKIE)
    try:
        from airflow.api_fastapi.app import get_auth_manager

        auth_manager = get_auth_manager()
    except Exception:
        return AuthResult(
            False,
            f"{TOKEN_ENV} is not set and Airflow's auth manager is not available here "
            "to check an Airflow login. " + HOW_TO,
        )
    if not jwt:
        return AuthResult(False, f"Not signed in. Log in to the Airflow UI first, or: {HOW_TO}")
    try:
        await auth_manager.get_user_from_token(jwt)
    except Exception:
        return AuthResult(False, "Your Airflow login is not valid (expired or signed out). Log in again, or: " + HOW_TO)
    return AuthResult(True)


# --- the snapshot --------------------------------------------------------------------------------


class NoData(Exception):
    """No snapshot published yet (or not readable right now); the page says so instead of a 500."""

    def __init__(self, message: str, status: int = 200):
        super().__init__(message)
        self.status = status


def rasd_settings():
    try:
        from rasd.config import settings
    except ImportError as exc:  # include/ not on PYTHONPATH of the API server
        raise NoData(
            f"The rasd library cannot be imported in the API server ({exc}); put include/ on its PYTHONPATH.",
            status=503,
        ) from exc
    return settings()


def open_snapshot():
    """A read-only connection to the published snapshot; raises NoData when there is none."""
    import duckdb

    path = rasd_settings().snapshot_path
    if not path.exists():
        raise NoData(
            "No data yet: no load has published a snapshot. Run the rasd_ingest DAG "
            "(or `rasd run`) and reload this page."
        )
    last: Exception | None = None
    for attempt in range(3):
        try:
            return duckdb.connect(str(path), read_only=True)
        except duckdb.Error as exc:  # e.g. the file vanished between exists() and connect()
            last = exc
            time.sleep(0.1 * (attempt + 1))
    raise NoData(
        f"The snapshot could not be opened right now ({type(last).__name__}); try again in a moment.", status=503
    )


def _rows(con, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def query_calls(con, call_type: str | None = None, limit: int = 50, call_id: str | None = None) -> list[dict]:
    """Recent calls, each with its articles, events, participants, sources and evidence spans
    (calls -> call_events -> events -> articles / event_evidence / event_participants / event_sources)."""
    calls = _rows(
        con,
        """
        SELECT call_id, type, call_date, date_basis, date_conflict, participants, countries, topics, sources,
               n_events, n_articles, n_outlets, first_published, last_published
        FROM calls
        WHERE (CAST(? AS VARCHAR) IS NULL OR type = ?) AND (CAST(? AS VARCHAR) IS NULL OR call_id = ?)
        ORDER BY call_date DESC NULLS LAST, last_published DESC NULLS LAST, call_id
        LIMIT ?""",
        [call_type, call_type, call_id, call_id, limit],
    )
    if not calls:
        return []
    ids = [c["call_id"] for c in calls]
    events = _rows(
        con,
        """
        SELECT ce.call_id, e.event_id, e.event_index, e.type, e.status, e.background, e.event_date, e.date_basis,
               e.date_conflict, a.article_id, a.url, a.title, a.published_date, a.outlet_id,
               coalesce(o.name, a.outlet_id) AS outlet, o.name_ar AS outlet_ar, a.text
        FROM call_events ce
        JOIN events e ON e.event_id = ce.event_id
        JOIN articles a ON a.article_id = e.article_id
        LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
        WHERE list_contains(?, ce.call_id)
        ORDER BY ce.call_id, a.published_date NULLS LAST, outlet, a.article_id, e.event_index""",
        [ids],
    )
    event_ids = [e["event_id"] for e in events]
    evidence: dict[str, list] = {}
    for r in _rows(
        con,
        """SELECT event_id, kind, start_char, end_char, text FROM event_evidence
                          WHERE list_contains(?, event_id) ORDER BY event_id, position""",
        [event_ids],
    ):
        evidence.setdefault(r["event_id"], []).append(r)
    people: dict[str, list] = {}
    for r in _rows(
        con,
        """SELECT event_id, person_id, name_en, name_ar, country, role, org, mention
                          FROM event_participants WHERE list_contains(?, event_id)
                          ORDER BY event_id, position""",
        [event_ids],
    ):
        people.setdefault(r.pop("event_id"), []).append(r)
    sources: dict[str, list] = {}
    for r in _rows(
        con,
        """SELECT event_id, name_en, kind, mention FROM event_sources
                          WHERE list_contains(?, event_id) ORDER BY event_id, position""",
        [event_ids],
    ):
        sources.setdefault(r.pop("event_id"), []).append(r)

    by_call: dict[str, list] = {}
    for e in events:
        text = e.pop("text") or ""
        spans = []
        for s in evidence.get(e["event_id"], []):
            start, end = s["start_char"], s["end_char"]
            exact = 0 <= start <= end <= len(text) and text[start:end] == (s["text"] or "")
            spans.append(
                {
                    "kind": s["kind"],
                    "start": start,
                    "end": end,
                    "text": s["text"],
                    "before": text[max(0, start - CONTEXT_CHARS) : start] if exact else None,
                    "after": text[end : end + CONTEXT_CHARS] if exact else None,
                }
            )
        by_call.setdefault(e.pop("call_id"), []).append(
            {
                "article_id": e["article_id"],
                "url": e["url"],
                "title": e["title"],
                "published_date": _iso(e["published_date"]),
                "outlet_id": e["outlet_id"],
                "outlet": e["outlet"],
                "outlet_ar": e["outlet_ar"],
                "event": {
                    "event_id": e["event_id"],
                    "type": e["type"],
                    "status": e["status"],
                    "background": e["background"],
                    "date": _iso(e["event_date"]),
                    "date_basis": e["date_basis"],
                    "date_conflict": e["date_conflict"],
                },
                "participants": people.get(e["event_id"], []),
                "sources": sources.get(e["event_id"], []),
                "evidence": spans,
            }
        )
    out = []
    for c in calls:
        articles = by_call.get(c["call_id"], [])
        outlets = list(dict.fromkeys(a["outlet"] for a in articles))
        names_ar = list(
            dict.fromkeys(
                p["name_ar"] or p["mention"]
                for a in articles[:1]
                for p in a["participants"]
                if p["name_ar"] or p["mention"]
            )
        )
        out.append(
            {
                "call_id": c["call_id"],
                "type": c["type"],
                "date": _iso(c["call_date"]),
                "date_basis": c["date_basis"],
                "date_conflict": bool(c["date_conflict"]),
                "participants": c["participants"],
                "participants_ar": names_ar,
                "countries": list(c["countries"] or []),
                "topics": list(c["topics"] or []),
                "sources": list(c["sources"] or []),
                "outlets": outlets,
                "n_events": c["n_events"],
                "n_articles": c["n_articles"],
                "n_outlets": c["n_outlets"],
                "first_published": _iso(c["first_published"]),
                "last_published": _iso(c["last_published"]),
                "articles": articles,
            }
        )
    return out


def snapshot_info(con) -> dict[str, Any]:
    path = rasd_settings().snapshot_path
    info: dict[str, Any] = {"published_at": None, "latest_run": None}
    try:
        info["published_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(path.stat().st_mtime))
    except OSError:
        pass
    runs = _rows(con, "SELECT run_id, status, finished_at FROM runs ORDER BY finished_at DESC NULLS LAST LIMIT 1")
    if runs:
        info["latest_run"] = {k: _iso(v) for k, v in runs[0].items()}
    return info


# --- HTML ----------------------------------------------------------------------------------------

_e = html.escape

STYLE = """
body{font-family:system-ui,'Noto Sans Arabic','Noto Naskh Arabic',sans-serif;margin:1.2rem 1.5rem;color:#1d2733}
nav a{margin-right:1rem}h1{margin:.3rem 0 .2rem;font-size:1.5rem}.muted{color:#6b7785}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #d6dde5;padding:.35rem .5rem;
text-align:left;vertical-align:top}th{background:#eef3f7}tr.call:hover{background:#f6f9fb}
.ar{font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;font-size:1.05em}div[dir=rtl]{text-align:right}
.warn{color:#a0262c;font-weight:600}.tag{display:inline-block;background:#eef3f7;border-radius:4px;padding:0 .35rem;
margin:0 .15rem .15rem 0;font-size:.85em}details>summary{cursor:pointer;color:#2f6f9f}
.article{border-left:3px solid #2f6f9f;margin:.5rem 0 .8rem;padding:.2rem .8rem;background:#fbfcfd}
.spans td{border:none;padding:.15rem .5rem}mark{background:#ffe58a;padding:0 .1rem}
.kind,.date{white-space:nowrap}.kind{font-variant:small-caps;color:#44505c}form{margin:.6rem 0}.empty{padding:2rem 0}
"""

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'self'"
)


def ar(text: Any, block: bool = False) -> str:
    """Escape; Arabic text is marked right-to-left."""
    if text is None:
        return ""
    text = str(text)
    if _ARABIC.search(text):
        tag = "div" if block else "span"
        return f'<{tag} dir="rtl" lang="ar" class="ar">{_e(text)}</{tag}>'
    return _e(text)


def page(title: str, body: str) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)} · Rasd</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="icon.svg">
<style>{STYLE}</style></head><body>
<nav><b>Rasd رصد</b> · <a href="calls">Calls</a><a href="report/">Quality report</a><a href="api/calls">JSON</a></nav>
{body}</body></html>"""


def _evidence_html(article: dict) -> str:
    ev = article["event"]
    conflict = f' · <span class="warn">date conflict: {_e(ev["date_conflict"])}</span>' if ev["date_conflict"] else ""
    people = "".join(
        f"<li>{_e(p['name_en'] or '(not in reference data)')} <span class='muted'>{_e(p['country'] or '')}"
        f"{' · ' + _e(p['role']) if p['role'] else ''}</span> {ar(p['mention'])}</li>"
        for p in article["participants"]
    )
    sources = (
        "".join(
            f"<li>{_e(s['name_en'])} <span class='muted'>{_e(s['kind'] or '')}</span> {ar(s['mention'])}</li>"
            for s in article["sources"]
        )
        or "<li class='muted'>none named</li>"
    )
    spans = []
    for s in article["evidence"]:
        if s["before"] is not None:
            before = ("…" if s["start"] > len(s["before"]) else "") + s["before"]
            after = s["after"] + ("…" if len(s["after"]) == CONTEXT_CHARS else "")
            context = f'<div dir="rtl" lang="ar" class="ar">{_e(before)}<mark>{_e(s["text"])}</mark>{_e(after)}</div>'
        else:
            context = ar(s["text"], block=True)
        spans.append(
            f"<tr><td class='kind'>{_e(s['kind'])}</td><td>{context}</td>"
            f"<td class='muted'>{s['start']}–{s['end']}</td></tr>"
        )
    return f"""<div class="article">
<div><b>{_e(article["outlet"])}</b> {ar(article["outlet_ar"])} · published {_e(article["published_date"] or "?")} ·
<a href="{_e(article["url"])}" target="_blank" rel="noopener noreferrer">{_e(article["url"])}</a></div>
{ar(article["title"], block=True)}
<div class="muted">{_e(ev["type"])} · {_e(ev["status"])} · date {_e(ev["date"] or "unknown")}
 ({_e(ev["date_basis"])}){conflict}</div>
<div style="display:flex;gap:2rem;flex-wrap:wrap"><div><b>Participants</b><ul>{people}</ul></div>
<div><b>Sources</b><ul>{sources}</ul></div></div>
<b>Evidence</b><table class="spans">{"".join(spans)}</table></div>"""


def calls_html(calls: list[dict], info: dict, call_type: str | None, limit: int, open_: str | None) -> str:
    options = "".join(f"<option value='{t}'{' selected' if t == call_type else ''}>{t}</option>" for t in CALL_TYPES)
    run = info.get("latest_run") or {}
    latest = f" · latest run {_e(str(run.get('run_id')))} ({_e(str(run.get('status')))})" if run else ""
    header = (
        f"<h1>Recent calls</h1><p class='muted'>Snapshot published {_e(info.get('published_at') or '?')}"
        f"{latest}"
        f" · {len(calls)} shown. Expand a row for the articles and the evidence spans.</p>"
        f"<form method='get'><label>Type <select name='type'><option value=''>all</option>{options}</select>"
        f"</label> <label>Limit <input name='limit' type='number' min='1' max='{MAX_LIMIT}' value='{limit}'"
        f" style='width:5em'></label> <button>Show</button></form>"
    )
    if not calls:
        return header + "<p class='empty'>No calls in the snapshot yet.</p>"
    rows = []
    for i, c in enumerate(calls):
        opened = open_ == "all" or (open_ == "first" and i == 0) or open_ == c["call_id"]
        conflict = "<span class='warn'>outlets disagree</span>" if c["date_conflict"] else ""
        names_ar = (
            f"<div dir='rtl' lang='ar' class='ar muted'>{_e(' – '.join(c['participants_ar']))}</div>"
            if c["participants_ar"]
            else ""
        )
        evidence = "".join(_evidence_html(a) for a in c["articles"]) or "<p class='muted'>No evidence stored.</p>"
        rows.append(
            f"<tr class='call' id='call-{_e(c['call_id'])}'><td class='date'>{_e(c['date'] or 'unknown')}"
            f"<div class='muted'>{_e(c['date_basis'] or '')}</div></td><td>{_e(c['type'])}</td>"
            f"<td>{_e(c['participants'] or '')}{names_ar}</td>"
            f"<td>{''.join(f'<span class=tag>{_e(x)}</span>' for x in c['countries'])}</td>"
            f"<td>{'<br>'.join(_e(o) for o in c['outlets'])}</td>"
            f"<td>{'<br>'.join(_e(s) for s in c['sources']) or '<span class=muted>none named</span>'}</td>"
            f"<td>{c['n_articles']}</td><td>{conflict}</td></tr>"
            f"<tr class='evidence'><td colspan='8'><details{' open' if opened else ''}><summary>Evidence: "
            f"{c['n_articles']} article{'s' if c['n_articles'] != 1 else ''} from {c['n_outlets']} "
            f"outlet{'s' if c['n_outlets'] != 1 else ''}</summary>{evidence}</details></td></tr>"
        )
    return header + (
        "<table><thead><tr><th>Date</th><th>Type</th><th>Participants</th><th>Countries</th>"
        "<th>Outlets</th><th>Sources</th><th>Articles</th><th>Date check</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# --- the report files ----------------------------------------------------------------------------

DATA_DOCS = PurePosixPath("gx_project/gx/uncommitted/data_docs")


def report_file(rel: str) -> Path | None:
    """A file of the quality report: index.html, runs/*.html or the GX Data Docs; nothing else of
    reports_dir (GX's config and stores stay private)."""
    root = rasd_settings().reports_dir.resolve()
    parts = PurePosixPath(rel or "index.html")
    if parts.is_absolute() or ".." in parts.parts or any(p.startswith(".") for p in parts.parts):
        return None
    allowed = (
        parts == PurePosixPath("index.html")
        or (len(parts.parts) == 2 and parts.parts[0] == "runs" and parts.suffix == ".html")
        or parts.parts[: len(DATA_DOCS.parts)] == DATA_DOCS.parts
    )
    if not allowed:
        return None
    path = (root / parts).resolve()
    if path.is_dir():
        path = path / "index.html"
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return path


# --- the app -------------------------------------------------------------------------------------


def _relative_self(request, drop: str = "token") -> str:
    """The current address, relative (works behind any prefix), without one query parameter."""
    last = request.url.path.rsplit("/", 1)[-1] or "./"
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != drop])
    return last + ("?" + query if query else "")


def create_app():
    from fastapi import FastAPI, Query, Request
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response

    app = FastAPI(title="Rasd", docs_url=None, redoc_url=None, openapi_url=None)

    def is_api(request: Request) -> bool:
        return "/api/" in request.url.path

    @app.middleware("http")
    async def require_token(request: Request, call_next):
        if request.url.path.removeprefix(request.scope.get("root_path", "")) in PUBLIC_PATHS:
            return await call_next(request)
        result = await authenticate(request)
        if not result.ok:
            headers = {"WWW-Authenticate": 'Bearer realm="rasd"', "Cache-Control": "no-store"}
            if is_api(request):
                return JSONResponse({"detail": result.reason}, status_code=401, headers=headers)
            body = page("Sign in needed", f"<h1>401: sign in needed</h1><p>{_e(result.reason)}</p>")
            return HTMLResponse(body, status_code=401, headers={**headers, "Content-Security-Policy": CSP})
        if result.strip_token and not is_api(request) and request.method in ("GET", "HEAD"):
            response: Response = RedirectResponse(_relative_self(request), status_code=303)
        else:
            response = await call_next(request)
        if result.set_session:
            response.set_cookie(
                SESSION_COOKIE,
                result.set_session,
                max_age=SESSION_MAX_AGE,
                httponly=True,
                samesite="lax",
                secure=request.url.scheme == "https",
                path=(request.scope.get("root_path") or "") + "/",
            )
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response

    def html_page(body: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(
            body, status_code=status, headers={"Content-Security-Policy": CSP, "Cache-Control": "no-store"}
        )

    def no_data(exc: NoData) -> HTMLResponse:
        return html_page(page("No data yet", f"<h1>Rasd</h1><p class='empty'>{_e(str(exc))}</p>"), exc.status)

    @app.get("/icon.svg", include_in_schema=False)
    def icon() -> Response:
        return Response(ICON_SVG, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    @app.get("/", include_in_schema=False)
    def root() -> Response:
        return RedirectResponse("calls", status_code=303)

    @app.get("/calls", response_class=HTMLResponse)
    def calls_page(
        type: str | None = Query(None, max_length=40),
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        open: str | None = Query(None, max_length=64),
    ):
        try:
            con = open_snapshot()
        except NoData as exc:
            return no_data(exc)
        try:
            calls = query_calls(con, type or None, limit)
            info = snapshot_info(con)
        finally:
            con.close()
        return html_page(page("Calls", calls_html(calls, info, type or None, limit, open)))

    @app.get("/api/calls")
    def calls_api(type: str | None = Query(None, max_length=40), limit: int = Query(50, ge=1, le=MAX_LIMIT)):
        return _api(type or None, limit, None)

    @app.get("/api/calls/{call_id}")
    def call_api(call_id: str):
        result = _api(None, 1, call_id)
        if isinstance(result, dict) and not result["calls"] and result["snapshot"] is not None:
            return JSONResponse({"detail": f"no call {call_id}"}, status_code=404)
        return result

    def _api(call_type, limit, call_id):
        try:
            con = open_snapshot()
        except NoData as exc:
            return JSONResponse(
                {"snapshot": None, "count": 0, "calls": [], "message": str(exc)},
                status_code=exc.status,
                headers={"Cache-Control": "no-store"},
            )
        try:
            calls = query_calls(con, call_type, limit, call_id)
            info = snapshot_info(con)
        finally:
            con.close()
        for c in calls:
            for a in c["articles"]:
                for s in a["evidence"]:
                    s.pop("before"), s.pop("after")
        return {"snapshot": info, "count": len(calls), "calls": calls}

    @app.get("/report", include_in_schema=False)
    def report_redirect() -> Response:
        return RedirectResponse("report/", status_code=307)  # so the report's relative links resolve

    @app.get("/report/{rel:path}")
    def report(rel: str = "") -> Response:
        try:
            path = report_file(rel)
        except NoData as exc:
            return no_data(exc)
        if path is None:
            if rel in ("", "index.html"):
                return html_page(
                    page(
                        "Quality report",
                        "<h1>Quality report</h1><p class='empty'>No quality report "
                        "yet: it is written after a load (rasd_reports DAG, or `rasd report`).</p>",
                    )
                )
            return html_page(page("Not found", "<h1>404</h1><p>No such report file.</p>"), 404)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return FileResponse(path, media_type=media_type, headers={"Cache-Control": "no-cache"})

    return app


class LazyApp:
    """An ASGI app that builds the FastAPI app on its first request: only the API server pays for
    FastAPI, DuckDB and rasd; the other Airflow components just import this module."""

    def __init__(self, factory):
        self._factory = factory
        self._app = None
        self._lock = threading.Lock()

    def get(self):
        if self._app is None:
            with self._lock:
                if self._app is None:
                    self._app = self._factory()
        return self._app

    async def __call__(self, scope, receive, send):
        await self.get()(scope, receive, send)


app = LazyApp(create_app)


class RasdPlugin(AirflowPlugin):
    name = "rasd"
    fastapi_apps = [{"app": app, "url_prefix": "/rasd", "name": "Rasd"}]
    external_views = [
        {
            "name": "Calls",
            "href": "rasd/calls",
            "destination": "nav",
            "category": "Rasd",
            "url_route": "rasd-calls",
            "icon": "rasd/icon.svg",
        },
        {
            "name": "Quality report",
            "href": "rasd/report/",
            "destination": "nav",
            "category": "Rasd",
            "url_route": "rasd-report",
            "icon": "rasd/icon.svg",
        },
    ]
