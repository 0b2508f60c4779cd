"""The outermost ASGI layer: every request is bounded before any route runs.

- **Body size per route** (:data:`DEFAULT_POLICIES`): a ``Content-Length`` over the route's limit is
  refused at once (413) without reading the body; a chunked body is counted while read and refused
  when it passes the limit. A ``Content-Length`` that is not a non-negative integer is 400 (h11
  already refuses a negative one at the protocol level, see :mod:`customario.web.server`).
- **Headers**: more than 16 KB of header names and values is 431.
- **Content types**: a POST whose media type is not one the route accepts is 415.
- **Body deadline**: the whole body must arrive within ``body_timeout_s`` (default 10 s) or the
  request is 408 and the connection closed: a slow or lying client (``Content-Length`` larger than
  what it sends) costs one idle coroutine for at most that long, never a thread.
- **Errors**: anything a route raises that is not handled becomes a JSON 500 with no traceback in
  the response (the server log keeps it); responses get ``X-Content-Type-Options: nosniff``.

The body is read here, in full, and replayed to the app: routes never see a partial body.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

from customario.web.errors import send_json_error

log = logging.getLogger("customario.web")

KB = 1024
MAX_HEADER_BYTES = 16 * KB


@dataclass(frozen=True)
class RoutePolicy:
    """Limits of the requests under ``prefix``: body bytes at most ``max_body``; POST/PUT/PATCH
    media types in ``content_types`` (None = any)."""

    prefix: str
    max_body: int
    content_types: frozenset[str] | None = None


# First matching prefix wins. Twilio: an SMS body is at most 1,600 characters, each at most 12
# bytes once UTF-8 and percent-encoded, plus ~25 other fields. SendGrid Inbound Parse posts the
# whole e-mail (attachments included; they are skipped) as multipart.
DEFAULT_POLICIES: tuple[RoutePolicy, ...] = (
    RoutePolicy("/twilio/sms", 64 * KB, frozenset({"application/x-www-form-urlencoded"})),
    RoutePolicy("/sendgrid/inbound", 5 * KB * KB, frozenset({"multipart/form-data"})),
    RoutePolicy("/api/", 16 * KB, frozenset({"application/json"})),
    RoutePolicy("/supervisor/", 16 * KB, frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})),
    RoutePolicy("/", 4 * KB, None),
)
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class BodyGuard:
    """Pure ASGI middleware (see module docstring)."""

    def __init__(self, app: Any, *, policies: tuple[RoutePolicy, ...] = DEFAULT_POLICIES, body_timeout_s: float = 10.0):
        self.app = app
        self.policies = policies
        self.body_timeout_s = body_timeout_s

    def policy_for(self, path: str) -> RoutePolicy:
        for p in self.policies:
            if path.startswith(p.prefix) or path == p.prefix.rstrip("/"):
                return p
        return self.policies[-1]

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = self.policy_for(scope["path"])
        if sum(len(k) + len(v) for k, v in scope.get("headers", [])) > MAX_HEADER_BYTES:
            await send_json_error(
                send,
                431,
                f"The request headers are larger than {MAX_HEADER_BYTES} bytes. Send fewer or shorter headers.",
                close=True,
            )
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        length = headers.get("content-length")
        if length is not None:
            if not length.strip().isdigit():
                await send_json_error(
                    send,
                    400,
                    "Content-Length is not a non-negative integer. Send the body's size in bytes.",
                    close=True,
                )
                return
            if int(length) > policy.max_body:
                await send_json_error(
                    send,
                    413,
                    f"The body is larger than {policy.max_body} bytes, the limit of this route. Send less.",
                    close=True,
                )
                return
        method = scope.get("method", "GET")
        if method in BODY_METHODS and policy.content_types is not None:
            media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if media not in policy.content_types:
                await send_json_error(
                    send,
                    415,
                    f"This route takes {' or '.join(sorted(policy.content_types))}, "
                    f"not {media or 'a body without Content-Type'}. Send the right Content-Type.",
                )
                return
        body, status = await self._read_body(receive, policy.max_body)
        if status == 413:
            await send_json_error(
                send,
                413,
                f"The body is larger than {policy.max_body} bytes, the limit of this route. Send less.",
                close=True,
            )
            return
        if status == 408:
            await send_json_error(
                send,
                408,
                f"The request body did not arrive within {self.body_timeout_s:g} s. Send the whole body at once.",
                close=True,
            )
            return
        if status == 499:  # the client went away while sending
            return
        await self._run(scope, body, receive, send)

    async def _read_body(self, receive: Any, limit: int) -> tuple[bytes, int]:
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.body_timeout_s
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return b"", 408
            try:
                message = await asyncio.wait_for(receive(), left)
            except asyncio.TimeoutError:
                return b"", 408
            if message["type"] == "http.disconnect":
                return b"", 499
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return b"", 413
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), 200

    async def _run(self, scope: dict, body: bytes, receive: Any, send: Any) -> None:
        delivered = False
        started = False

        async def replay() -> dict:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # later calls: wait for the disconnect (streaming responses)

        async def tracked_send(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = dict(message)
                message["headers"] = [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]
            await send(message)

        try:
            await self.app(scope, replay, tracked_send)
        except Exception:
            log.error("unhandled error on %s %s", scope.get("method"), scope.get("path"), exc_info=True)
            if not started:
                await send_json_error(
                    send, 500, "The server failed to handle this request. It was logged; try again or report it."
                )
