"""Who may open the Rasd pages. Plugin endpoints are not behind Airflow's own auth, so every request
is checked here:

* ``RASD_PLUGIN_TOKEN`` set: ``Authorization: Bearer <token>``, or ``?token=<token>`` once (the app then
  sets an HttpOnly cookie derived from the token and redirects to the same address without it).
* unset (or the public ``change-me`` placeholder): a signed-in Airflow user who may read the
  ``rasd_ingest`` DAG. How an Airflow login is checked is Airflow's business, so the check is injected
  (``AirflowLogin``, given by ``plugins/rasd_plugin.py``); this module never imports Airflow.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

TOKEN_ENV = "RASD_PLUGIN_TOKEN"
PLACEHOLDER_TOKENS = frozenset({"change-me"})  # .env.example's value is public, never a secret
SESSION_COOKIE = "rasd_session"
SESSION_MAX_AGE = 12 * 3600
AIRFLOW_JWT_COOKIE = "_token"  # airflow.api_fastapi.auth.managers.base_auth_manager.COOKIE_NAME_JWT_TOKEN
GUARD_DAG = "rasd_ingest"  # who may read this DAG may read what it produced

HOW_TO = (
    f"Set {TOKEN_ENV} in the environment of the Airflow API server (docker compose: in .env) "
    "and restart it, then open this page once as ?token=<the token> (a cookie keeps you signed in) "
    "or send the header 'Authorization: Bearer <the token>'."
)

# Checks an Airflow JWT: None when the user may read GUARD_DAG, else the reason for refusing.
AirflowLogin = Callable[[str], Awaitable[str | None]]


class LoginUnavailable(Exception):
    """Raised by an AirflowLogin when no auth manager is available in this process."""


@dataclass(frozen=True)
class AuthResult:
    ok: bool
    reason: str = ""
    set_session: str | None = None
    strip_token: bool = False
    status: int = 401


def configured_token() -> str | None:
    """The shared secret, or None when unset, blank or still the documented placeholder."""
    token = (os.environ.get(TOKEN_ENV) or "").strip()
    return token if token and token not in PLACEHOLDER_TOKENS else None


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def session_value(token: str) -> str:
    """What the cookie holds: derived from the token (rotating the token ends every session)."""
    return hmac.new(token.encode("utf-8"), b"rasd-plugin-session-v1", hashlib.sha256).hexdigest()


def _bearer(headers: Any) -> str | None:
    scheme, _, value = (headers.get("authorization") or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _by_token(request: Any, token: str) -> AuthResult:
    bearer = _bearer(request.headers)
    offered = request.query_params.get("token")
    if bearer is not None:
        return AuthResult(True) if _same(bearer, token) else AuthResult(False, "Wrong bearer token.")
    if offered is not None:
        if _same(offered, token):
            return AuthResult(True, set_session=session_value(token), strip_token=True)
        return AuthResult(False, "Wrong token.")
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie is not None and _same(cookie, session_value(token)):
        return AuthResult(True)
    return AuthResult(False, "This page needs the Rasd plugin token. " + HOW_TO)


async def authenticate(request: Any, airflow_login: AirflowLogin | None) -> AuthResult:
    token = configured_token()
    if token is not None:
        return _by_token(request, token)
    if request.query_params.get("token") is not None:
        return AuthResult(False, f"This server has no {TOKEN_ENV}, so ?token= is not accepted. " + HOW_TO)
    unavailable = AuthResult(
        False,
        f"{TOKEN_ENV} is not set and Airflow's auth manager is not available here to check an Airflow login. " + HOW_TO,
    )
    if airflow_login is None:
        return unavailable
    jwt = _bearer(request.headers) or request.cookies.get(AIRFLOW_JWT_COOKIE)
    if not jwt:
        return AuthResult(False, f"Not signed in. Log in to the Airflow UI first, or: {HOW_TO}")
    try:
        refused = await airflow_login(jwt)
    except LoginUnavailable:
        return unavailable
    if refused is None:
        return AuthResult(True)
    return AuthResult(False, refused, status=403 if refused.startswith("Forbidden") else 401)
