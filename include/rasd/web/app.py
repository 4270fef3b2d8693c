"""The Rasd web app (FastAPI): Calls, article, person, Trends and Quality pages, the JSON API, CSV and
Parquet downloads, and the report files. Mounted by Airflow's API server under ``/rasd`` (see
``plugins/rasd_plugin.py``), or by any ASGI server.

Everything is read-only: each request opens the published snapshot with ``read_only=True``; a load
replaces that file atomically and never holds it, so these pages neither wait for nor disturb it.
Every response carries a no-script Content-Security-Policy; report files are sandboxed too.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlencode

import duckdb
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response

from rasd.warehouse import queries as q
from rasd.web import auth
from rasd.web.calls import BadFilter, article_body, calls_body, parse_filter
from rasd.web.downloads import as_csv, as_parquet
from rasd.web.people import person_body
from rasd.web.quality import quality_body
from rasd.web.render import CSP, REPORT_CSP, esc, page
from rasd.web.trends import trends_body

PUBLIC_PATHS = frozenset({"/icon.svg"})
ICON_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='#2f6f9f' "
    "stroke-width='2' stroke-linecap='round'><circle cx='12' cy='12' r='3'/>"
    "<path d='M5 12a7 7 0 0 1 14 0M2 12a10 10 0 0 1 20 0'/></svg>"
)
# The report and its per-run copies; GX Data Docs are not served (they embed failing row values
# unescaped and load third-party scripts: issue #13).
DATA_DOCS = PurePosixPath("gx_project/gx/uncommitted/data_docs")


class NoData(Exception):
    """No snapshot published yet (or not readable right now); the page says so instead of a 500."""

    def __init__(self, message: str, status: int = 200):
        super().__init__(message)
        self.status = status


def rasd_settings() -> Any:
    from rasd.config import settings

    return settings()


READER = q.SnapshotReader()


@contextmanager
def snapshot() -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the published snapshot for one request; NoData when there is none (yet)."""
    path = rasd_settings().snapshot_path
    with ExitStack() as stack:
        try:
            con = stack.enter_context(READER.cursor(path))
        except q.SnapshotMissing:
            raise NoData(
                "No data yet: no load has published a snapshot. Run the rasd_ingest DAG (or `rasd run`) and reload this page."
            ) from None
        except q.SnapshotBusy as exc:
            raise NoData(f"The snapshot could not be opened right now ({exc}); try again in a moment.", 503) from None
        yield con


def report_file(rel: str) -> Path | None:
    """A file of the quality report (index.html or runs/*.html); nothing else of reports_dir."""
    root = rasd_settings().reports_dir.resolve()
    parts = PurePosixPath(rel or "index.html")
    if parts.is_absolute() or ".." in parts.parts or any(p.startswith(".") for p in parts.parts):
        return None
    allowed = parts == PurePosixPath("index.html") or (
        len(parts.parts) == 2 and parts.parts[0] == "runs" and parts.suffix == ".html"
    )
    path = (root / parts).resolve()
    if not allowed or not path.is_relative_to(root) or not path.is_file():
        return None
    return path


def root_of(request: Request) -> str:
    """The relative way from this address back to the app's root (links work behind any prefix)."""
    raw = request.scope.get("raw_path")  # as the browser sees it: an encoded '/' (%2F) is no level
    path = raw.decode("latin-1").split("?", 1)[0] if raw else request.url.path
    inner = path.removeprefix(request.scope.get("root_path", ""))
    return "../" * max(0, inner.count("/") - 1)


def html_page(body: str, status: int = 200, csp: str = CSP) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers={"Content-Security-Policy": csp, "Cache-Control": "no-store"})


def _relative_self(request: Request, drop: str = "token") -> str:
    last = request.url.path.rsplit("/", 1)[-1] or "./"
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != drop])
    return last + ("?" + query if query else "")


def _install_auth(app: FastAPI, airflow_login: auth.AirflowLogin | None) -> None:
    @app.middleware("http")
    async def require_login(request: Request, call_next: Callable) -> Response:
        if request.url.path.removeprefix(request.scope.get("root_path", "")) in PUBLIC_PATHS:
            return await call_next(request)
        result = await auth.authenticate(request, airflow_login)
        is_api = "/api/" in request.url.path
        if not result.ok:
            headers = {"WWW-Authenticate": 'Bearer realm="rasd"', "Cache-Control": "no-store"}
            if is_api:
                return JSONResponse({"detail": result.reason}, status_code=result.status, headers=headers)
            title = "403: not allowed" if result.status == 403 else "401: sign in needed"
            body = page("Sign in needed", f"<h1>{title}</h1><p>{esc(result.reason)}</p>", root_of(request))
            return HTMLResponse(body, status_code=result.status, headers={**headers, "Content-Security-Policy": CSP})
        if result.strip_token and not is_api and request.method in ("GET", "HEAD"):
            response: Response = RedirectResponse(_relative_self(request), status_code=303)
        else:
            response = await call_next(request)
        if result.set_session:
            response.set_cookie(
                auth.SESSION_COOKIE,
                result.set_session,
                max_age=auth.SESSION_MAX_AGE,
                httponly=True,
                samesite="lax",
                secure=request.url.scheme == "https",
                path=(request.scope.get("root_path") or "") + "/",
            )
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response


def _html_routes(app: FastAPI) -> None:
    def guarded(request: Request, title: str, render: Callable[[duckdb.DuckDBPyConnection], str]) -> HTMLResponse:
        root = root_of(request)
        try:
            with snapshot() as con:
                return html_page(page(title, render(con), root))
        except NoData as exc:
            return html_page(page("No data yet", f"<h1>Rasd</h1><p class='empty'>{esc(exc)}</p>", root), exc.status)
        except BadFilter as exc:
            return html_page(page("Bad filter", f"<h1>400</h1><p>{esc(exc)}</p>", root), 400)

    @app.get("/calls", response_class=HTMLResponse)
    def calls_page(request: Request) -> HTMLResponse:
        def render(con: duckdb.DuckDBPyConnection) -> str:
            f = q.resolved(con, parse_filter(request.query_params))
            info = q.snapshot_info(con, rasd_settings().snapshot_path)
            calls = q.query_calls(con, f)
            total = q.count_calls(con, f)
            return calls_body(calls, total, info, f, q.filter_choices(con), request.query_params.get("open"))

        return guarded(request, "Calls", render)

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        def render(con: duckdb.DuckDBPyConnection) -> str:
            found = q.article(con, article_id)
            return article_body(found) if found else f"<h1>Not found</h1><p>No article {esc(article_id)}.</p>"

        return guarded(request, "Article", render)

    @app.get("/person/{key:path}", response_class=HTMLResponse)
    def person_page(request: Request, key: str) -> HTMLResponse:
        def render(con: duckdb.DuckDBPyConnection) -> str:
            who = q.person(con, key)
            return person_body(con, who) if who else f"<h1>Not found</h1><p>No person {esc(key)}.</p>"

        return guarded(request, "Person", render)

    @app.get("/trends", response_class=HTMLResponse)
    def trends_page(request: Request) -> HTMLResponse:
        return guarded(
            request, "Trends", lambda con: trends_body(con, q.resolved(con, parse_filter(request.query_params, False)))
        )

    @app.get("/quality", response_class=HTMLResponse)
    def quality_page(request: Request) -> HTMLResponse:
        run = request.query_params.get("run") or None
        return guarded(request, "Quality", lambda con: quality_body(con, run, root_of(request)))


def _data_routes(app: FastAPI) -> None:
    def answer(request: Request, build: Callable[[duckdb.DuckDBPyConnection], Response]) -> Response:
        try:
            with snapshot() as con:
                return build(con)
        except NoData as exc:
            return JSONResponse(
                {"snapshot": None, "count": 0, "calls": [], "message": str(exc)},
                status_code=exc.status,
                headers={"Cache-Control": "no-store"},
            )
        except BadFilter as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)

    def api(con: duckdb.DuckDBPyConnection, f: q.CallFilter) -> dict[str, Any]:
        f = q.resolved(con, f)
        calls = q.query_calls(con, f)
        for c in calls:
            for a in c["articles"]:
                for s in a["evidence"]:
                    s.pop("before"), s.pop("after")
        info = q.snapshot_info(con, rasd_settings().snapshot_path)
        total = q.count_calls(con, f)  # all matching calls; "count" is this page's
        return jsonable_encoder(
            {"snapshot": info, "count": len(calls), "total": total, "offset": f.offset, "calls": calls}
        )

    @app.get("/api/calls")
    def calls_api(request: Request) -> Response:
        return answer(request, lambda con: JSONResponse(api(con, parse_filter(request.query_params))))

    @app.get("/api/calls/{call_id}")
    def call_api(request: Request, call_id: str) -> Response:
        def build(con: duckdb.DuckDBPyConnection) -> Response:
            data = api(con, q.CallFilter(call_id=call_id, limit=1))
            return JSONResponse(
                data if data["calls"] else {"detail": f"no call {call_id}"}, 200 if data["calls"] else 404
            )

        return answer(request, build)

    def download(request: Request, name: str, kind: str) -> Response:
        def build(con: duckdb.DuckDBPyConnection) -> Response:
            if name == "calls":
                rel = q.calls_relation(con, q.resolved(con, parse_filter(request.query_params, limited=False)))
            else:
                rel = q.counterparts_relation(con, request.query_params.get("person") or "")
            body = as_csv(rel) if kind == "csv" else as_parquet(rel)
            media = "text/csv; charset=utf-8" if kind == "csv" else "application/vnd.apache.parquet"
            headers = {"Content-Disposition": f'attachment; filename="rasd-{name}.{kind}"', "Cache-Control": "no-store"}
            return Response(body, media_type=media, headers=headers)

        return answer(request, build)

    for name in ("calls", "counterparts"):
        for kind in ("csv", "parquet"):
            app.add_api_route(f"/{name}.{kind}", _download_route(download, name, kind), methods=["GET"])


def _download_route(download: Callable[[Request, str, str], Response], name: str, kind: str) -> Callable:
    def route(request: Request) -> Response:
        return download(request, name, kind)

    return route


def _report_routes(app: FastAPI) -> None:
    @app.get("/report", include_in_schema=False)
    def report_redirect() -> Response:
        return RedirectResponse("report/", status_code=307)  # so the report's relative links resolve

    @app.get("/report/{rel:path}")
    def report(request: Request, rel: str = "") -> Response:
        root = root_of(request)
        path = report_file(rel)
        if path is None:
            if rel in ("", "index.html"):
                body = "<h1>Quality report</h1><p class='empty'>No quality report yet: it is written after a load (rasd_reports DAG, or `rasd report`).</p>"
                return html_page(page("Quality report", body, root), csp=REPORT_CSP)
            why = (
                " Great Expectations Data Docs are not served (see the Quality page)."
                if rel.startswith(str(DATA_DOCS))
                else ""
            )
            return html_page(page("Not found", f"<h1>404</h1><p>No such report file.{why}</p>", root), 404, REPORT_CSP)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return FileResponse(
            path, media_type=media_type, headers={"Cache-Control": "no-cache", "Content-Security-Policy": REPORT_CSP}
        )


def create_app(airflow_login: auth.AirflowLogin | None = None) -> FastAPI:
    """The app; ``airflow_login`` checks an Airflow JWT when no plugin token is configured."""
    app = FastAPI(title="Rasd", docs_url=None, redoc_url=None, openapi_url=None)
    _install_auth(app, airflow_login)

    @app.get("/icon.svg", include_in_schema=False)
    def icon() -> Response:
        return Response(ICON_SVG, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    @app.get("/", include_in_schema=False)
    def root() -> Response:
        return RedirectResponse("calls", status_code=303)

    _html_routes(app)
    _data_routes(app)
    _report_routes(app)
    return app
