"""Rasd pages in the Airflow UI: the thin Airflow entry of ``rasd.web`` (registration and Airflow's
login check; the app itself lives in ``include/rasd/web/``, which never imports Airflow).

Airflow 3 mounts ``fastapi_apps`` on its API server under ``url_prefix`` and lists ``external_views``
in the UI's navigation (``url_route`` set: the page opens inside the Airflow UI in an iframe). See
https://airflow.apache.org/docs/apache-airflow/stable/administration-and-deployment/plugins.html

Every Airflow component imports this module (scheduler, workers, dag processor...), so it imports
only the standard library and ``AirflowPlugin`` at module level; FastAPI, DuckDB and ``rasd`` load on
the first request, in the API server (``LazyApp``).
"""

from __future__ import annotations

import threading
from typing import Any

from airflow.plugins_manager import AirflowPlugin

GUARD_DAG = "rasd_ingest"  # == rasd.web.auth.GUARD_DAG (not imported here: this module stays light)


async def airflow_login(jwt: str) -> str | None:
    """Airflow's check of a UI login: a valid JWT (signature, expiry, revocation) of a user who may
    read the ``rasd_ingest`` DAG. None when allowed, else the reason."""
    from rasd.web.auth import HOW_TO, LoginUnavailable

    try:
        from airflow.api_fastapi.app import get_auth_manager
        from airflow.api_fastapi.auth.managers.models.resource_details import DagDetails

        auth_manager = get_auth_manager()
    except Exception as exc:
        raise LoginUnavailable(str(exc)) from exc
    try:
        user = await auth_manager.get_user_from_token(jwt)
    except Exception:
        return "Your Airflow login is not valid (expired or signed out). Log in again, or: " + HOW_TO
    if not auth_manager.is_authorized_dag(method="GET", details=DagDetails(id=GUARD_DAG), user=user):
        return f"Forbidden: your Airflow user may not read the {GUARD_DAG} DAG, so not its data either."
    return None


def create_app() -> Any:
    from rasd.web.app import create_app as create

    return create(airflow_login)


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


def _view(name: str, href: str, route: str) -> dict[str, str]:
    return {
        "name": name,
        "href": href,
        "destination": "nav",
        "category": "Rasd",
        "url_route": route,
        "icon": "rasd/icon.svg",
    }


class RasdPlugin(AirflowPlugin):
    name = "rasd"
    fastapi_apps = [{"app": app, "url_prefix": "/rasd", "name": "Rasd"}]
    external_views = [
        _view("Calls", "rasd/calls", "rasd-calls"),
        _view("Trends", "rasd/trends", "rasd-trends"),
        _view("Quality", "rasd/quality", "rasd-quality"),
        _view("Quality report", "rasd/report/", "rasd-report"),
    ]
