"""JSON errors for every response of the web face.

Shape (stable, documented in docs/web.md)::

    {"error": {"status": 404, "code": "not_found", "message": "No session ... Start one with ..."}}

CustomarioErrors from the core map to HTTP statuses by class (:func:`status_for`); the message is
the same ``what happened. how to fix it.`` text the CLI prints, PII-masked. Nothing here ever puts a
traceback or an input value into a response.
"""

from __future__ import annotations

import json
from typing import Any

from customario.errors import (
    ConfigError,
    CustomarioError,
    ExternalServiceError,
    InputDataError,
    LockedError,
    NotFoundError,
    UsageError,
)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    408: "request_timeout",
    409: "conflict",
    411: "length_required",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
    431: "headers_too_large",
    500: "internal_error",
    502: "bad_gateway",
    503: "unavailable",
}


class HTTPError(CustomarioError):
    """An error raised by a route with its HTTP status (e.g. 401 missing token, 409 completed twice)."""

    def __init__(
        self,
        status: int,
        message: str,
        hint: str | None = None,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message, hint)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.headers = headers or {}


def status_for(exc: CustomarioError) -> int:
    """HTTP status of a core error: NotFound 404, Usage/InputData 400, Locked and already-resolved
    conflicts 409, Config 503 (the server is not set up for this, e.g. LiveKit), ExternalService
    502, anything else 400."""
    if isinstance(exc, HTTPError):
        return exc.status
    if isinstance(exc, NotFoundError):
        return 404
    if getattr(exc, "http_status", None):
        return int(exc.http_status)
    if type(exc).__name__ in ("AlreadyResolved", "AlreadyCompleted") or isinstance(exc, LockedError):
        return 409
    if isinstance(exc, ConfigError):
        return 503
    if isinstance(exc, ExternalServiceError):
        return 502
    if isinstance(exc, (UsageError, InputDataError)):
        return 400
    return 400


def error_body(status: int, message: str, code: str | None = None) -> bytes:
    return json.dumps(
        {"error": {"status": status, "code": code or CODES.get(status, "error"), "message": message}},
        ensure_ascii=False,
    ).encode("utf-8")


def payload_for(exc: CustomarioError) -> tuple[int, bytes, dict[str, str]]:
    status = status_for(exc)
    code = exc.code if isinstance(exc, HTTPError) else None
    headers = exc.headers if isinstance(exc, HTTPError) else {}
    text = exc.render()
    return status, error_body(status, text[:1].upper() + text[1:], code), headers


async def send_json_error(
    send: Any, status: int, message: str, *, close: bool = False, headers: dict[str, str] | None = None
) -> None:
    """Send a complete JSON error response on a raw ASGI ``send`` (``close``: ask to drop the connection)."""
    body = error_body(status, message)
    raw = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
    ]
    if close:
        raw.append((b"connection", b"close"))
    for k, v in (headers or {}).items():
        raw.append((k.lower().encode("latin-1"), v.encode("latin-1")))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body, "more_body": False})
