"""Credentials of the web face.

- **API token** (``CUSTOMARIO_API_TOKEN``): ``Authorization: Bearer <token>`` gives full access to
  ``/api/``. Unset, the server only binds to loopback and the API is open to local clients.
- **Widget token** of one survey: ``wt.<survey>.<mac>`` with ``mac`` = HMAC-SHA256(API token,
  ``"widget:" + survey``), URL-safe base64, 32 characters. It can only start sessions of that survey
  and use them; it is embedded in the public widget page of that survey and revoked by rotating the
  API token. A widget token of another survey is refused (403).
- **Supervisor sign-in**: a token from ``customario supervisor token NAME``
  (:mod:`customario.escalation.supervisor_tokens`) kept in an HttpOnly, SameSite=Strict cookie;
  every form carries a CSRF token (HMAC of the sign-in token) checked on each POST.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from customario.web.errors import HTTPError

SUPERVISOR_COOKIE = "customario_supervisor"


@dataclass(frozen=True)
class Principal:
    """Who is calling the API: ``admin`` (API token, or no token configured) or ``widget`` of ``survey``."""

    kind: str
    survey: str | None = None

    def may_use_survey(self, survey: str) -> None:
        """Raise 403 unless this principal may act on ``survey``."""
        if self.kind == "admin":
            return
        if self.survey != survey:
            raise HTTPError(
                403, f"this token is for survey {self.survey!r}, not {survey!r}", "Use the widget token of this survey"
            )


def _mac(secret: str, message: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:32]


def widget_token(api_token: str | None, survey: str) -> str | None:
    """The widget token of ``survey`` (None when no API token is configured: nothing to sign with)."""
    if not api_token:
        return None
    return f"wt.{survey}.{_mac(api_token, 'widget:' + survey)}"


def bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def principal_for(api_token: str | None, authorization: str | None) -> Principal:
    """Resolve the caller of an API request. Raises 401 (missing or wrong token)."""
    if not api_token:
        return Principal("admin")
    token = bearer(authorization)
    if token is None:
        raise HTTPError(
            401,
            "this API needs a bearer token",
            "Send Authorization: Bearer <CUSTOMARIO_API_TOKEN or widget token>",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if hmac.compare_digest(token.encode(), api_token.encode()):
        return Principal("admin")
    parts = token.split(".")
    if len(parts) == 3 and parts[0] == "wt" and 0 < len(parts[1]) <= 64:
        expected = widget_token(api_token, parts[1])
        if expected and hmac.compare_digest(token.encode(), expected.encode()):
            return Principal("widget", parts[1])
    raise HTTPError(
        401,
        "the bearer token is not valid",
        "Check CUSTOMARIO_API_TOKEN or the widget token",
        headers={"WWW-Authenticate": "Bearer"},
    )


def require_admin(p: Principal) -> None:
    if p.kind != "admin":
        raise HTTPError(403, "a widget token cannot use this route", "Use the API token")


def csrf_token(signin_token: str) -> str:
    """The CSRF token of a signed-in supervisor (stable for the sign-in, useless without the cookie)."""
    return _mac(signin_token, "csrf")


def check_csrf(signin_token: str, given: str | None) -> None:
    if not given or not hmac.compare_digest(given.encode(), csrf_token(signin_token).encode()):
        raise HTTPError(403, "the form's CSRF token is missing or wrong", "Reload the dashboard and submit again")
