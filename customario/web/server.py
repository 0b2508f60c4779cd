"""Running the app on uvicorn: the HTTP protocol, the bind rule and the timeouts.

- :class:`GuardedH11Protocol` is uvicorn's h11 protocol with two changes: a request that is not
  valid HTTP (negative or non-numeric ``Content-Length``, broken request line, headers over the h11
  limit) is answered with a JSON 400 instead of plain text, and a connection that has not finished
  its request headers within ``header_timeout_s`` (slowloris) gets a JSON 408 and is closed.
  Idle keep-alive connections close after ``timeout_keep_alive`` (uvicorn), bodies are bounded by
  :class:`customario.web.guard.BodyGuard`.
- :func:`check_bind`: without an API token the server binds only to a loopback address.
- :func:`make_server` → a ``uvicorn.Server`` (``CustomarioServer``) that also ends the dashboard's
  event streams when it shuts down, so a graceful stop does not wait for open browsers.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from customario.errors import ConfigError

HEADER_TIMEOUT_S = 10.0


def _raw_json(status: int, reason: str, message: str) -> bytes:
    body = json.dumps(
        {"error": {"status": status, "code": "bad_request" if status == 400 else "request_timeout", "message": message}}
    ).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    ).encode()
    return head + body


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol answering protocol errors in JSON, with a request-header deadline."""

    header_timeout_s = HEADER_TIMEOUT_S

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer = self.loop.call_later(self.header_timeout_s, self._header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        super().handle_events()
        timer = getattr(self, "_header_timer", None)
        if timer is not None and self.conn.their_state is not h11.IDLE:
            timer.cancel()  # the first request's headers are in; keep-alive rules from here
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE or self.cycle is not None:
            return
        self.transport.write(
            _raw_json(
                408,
                "Request Timeout",
                f"The request headers did not arrive within {self.header_timeout_s:g} s. Send the whole request at once.",
            )
        )
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        self.transport.write(
            _raw_json(
                400,
                "Bad Request",
                "The request is not valid HTTP/1.1 (e.g. a negative or "
                "malformed Content-Length, or oversized headers). Fix the request.",
            )
        )
        self.transport.close()


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost`` (resolved); False for 0.0.0.0, :: and other names."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None)
        except OSError:
            return False
        return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def check_bind(host: str, api_token: str | None) -> None:
    """Raise ConfigError when binding ``host`` would expose an API without a token."""
    if not api_token and not is_loopback(host):
        raise ConfigError(
            f"refusing to listen on {host} without an API token",
            "Set CUSTOMARIO_API_TOKEN (a long random secret), or keep --host 127.0.0.1",
        )


class CustomarioServer(uvicorn.Server):
    """uvicorn.Server that tells the app's event hub to end its streams before shutting down."""

    async def shutdown(self, sockets: Any = None) -> None:
        app = self.config.app
        hub = getattr(getattr(getattr(app, "app", app), "state", None), "hub", None)
        if hub is None:
            hub = getattr(getattr(app, "state", None), "hub", None)
        if hub is not None:
            hub.close()
        await super().shutdown(sockets)


def make_server(
    app: Any,
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    log_level: str = "warning",
    timeout_keep_alive: int = 5,
    limit_concurrency: int | None = 2000,
    access_log: bool = False,
) -> CustomarioServer:
    """A uvicorn server for ``app`` with the guarded protocol. ``port=0`` picks a free port (read
    it from ``server.servers[0].sockets`` once started). No signal handlers are installed when run
    outside the main thread (tests)."""
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=GuardedH11Protocol,
        lifespan="on",
        log_level=log_level,
        timeout_keep_alive=timeout_keep_alive,
        timeout_graceful_shutdown=5,
        limit_concurrency=limit_concurrency,
        access_log=access_log,
        server_header=False,
        h11_max_incomplete_event_size=16 * 1024,
        proxy_headers=False,
    )
    return CustomarioServer(config)
