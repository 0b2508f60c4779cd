"""`customario serve`: a small webhook endpoint for Twilio SMS and SendGrid Inbound Parse.

Stdlib ``http.server`` (threaded), bound to 127.0.0.1 by default: put a TLS reverse proxy in front
of it for the providers. Routes: ``POST /twilio/sms`` (form fields; ``X-Twilio-Signature`` checked
when ``twilio_auth_token`` is set, against the public URL the provider posts to (``public_url`` +
path, e.g. ``https://support.example.com``; behind a proxy the server cannot see it), else the
request's own URL) and ``POST /sendgrid/inbound`` (multipart fields; ECDSA signature checked when
``sendgrid_webhook_secret`` is set). ``GET /health`` answers ``ok``. Responses: 200 (stored or
duplicate), 400 (malformed), 403 (signature missing or wrong), 404, 413 (body over 5 MB).
A background thread answers ready batches and delivers the outbox every ``poll_s`` seconds.
"""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from customario.errors import CustomarioError

log = logging.getLogger(__name__)
MAX_BODY = 5 * 1024 * 1024
EMPTY_TWIML = b'<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def handle_webhook(db_path: str, settings: Any, path: str, headers: Any, body: bytes, request_url: str,
                   public_url: str | None = None) -> tuple[int, bytes, str]:
    """Validate and store one webhook; returns (HTTP status, body, content type). Never raises."""
    from customario.channels.inbound import (
        SENDGRID_SIGNATURE_HEADER, SENDGRID_TIMESTAMP_HEADER, TWILIO_SIGNATURE_HEADER, enqueue_inbound,
        parse_multipart, parse_sendgrid_inbound, parse_twilio_sms, validate_twilio_signature,
        verify_sendgrid_signature,
    )
    from customario.store.db import open_db

    route = path.split("?", 1)[0].rstrip("/")
    try:
        if route == "/twilio/sms":
            form = dict(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True))
            if settings.twilio_auth_token:
                url = (public_url.rstrip("/") + path) if public_url else request_url
                if not validate_twilio_signature(settings.twilio_auth_token, url, form, headers.get(TWILIO_SIGNATURE_HEADER)):
                    return 403, b"invalid or missing X-Twilio-Signature\n", "text/plain"
            msg = parse_twilio_sms(form, settings.region)
            ok_body, ctype = EMPTY_TWIML, "text/xml"
        elif route == "/sendgrid/inbound":
            if settings.sendgrid_webhook_secret and not verify_sendgrid_signature(
                    settings.sendgrid_webhook_secret, headers.get(SENDGRID_SIGNATURE_HEADER),
                    headers.get(SENDGRID_TIMESTAMP_HEADER), body):
                return 403, b"invalid or missing SendGrid signature\n", "text/plain"
            msg = parse_sendgrid_inbound(parse_multipart(body, headers.get("Content-Type", "")))
            ok_body, ctype = b"ok\n", "text/plain"
        else:
            return 404, b"not found\n", "text/plain"
        db = open_db(db_path, migrate=False)
        try:
            row, created = enqueue_inbound(db, msg, settings=settings)
        finally:
            db.close()
        log.info("inbound %s message %s stored (new=%s)", msg.channel, row["id"], created)
        return 200, ok_body, ctype
    except CustomarioError as exc:
        return 400, (exc.render() + "\n").encode(), "text/plain"


def _make_handler(db_path: str, settings: Any, public_url: str | None):
    class Handler(BaseHTTPRequestHandler):
        server_version = "customario"

        def log_message(self, fmt: str, *args: Any) -> None:  # route access logs to logging, no PII
            log.debug("%s %s", self.command, self.path.split("?", 1)[0])

        def _reply(self, status: int, body: bytes, ctype: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            if self.path.rstrip("/") == "/health":
                self._reply(200, b"ok\n", "text/plain")
            else:
                self._reply(404, b"not found\n", "text/plain")

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._reply(413, b"payload too large\n", "text/plain")
                return
            body = self.rfile.read(length)
            host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
            status, out, ctype = handle_webhook(db_path, settings, self.path, self.headers, body,
                                                f"http://{host}{self.path}", public_url)
            self._reply(status, out, ctype)

    return Handler


def make_server(db_path: str, settings: Any, host: str = "127.0.0.1", port: int = 8080,
                public_url: str | None = None) -> ThreadingHTTPServer:
    """A ready (not yet serving) server; ``port=0`` picks a free port (see ``server.server_address``).
    ``public_url`` is the scheme://host[:port] the providers post to (Twilio signs that URL)."""
    server = ThreadingHTTPServer((host, port), _make_handler(db_path, settings, public_url))
    server.daemon_threads = True
    return server


def background_worker(db_path: str, settings: Any, campaign: str, stop: threading.Event, poll_s: float = 1.0,
                      send: bool = True, window_s: float | None = None) -> threading.Thread:
    """Start a thread that answers ready batches (window: ``window_s``, else the campaign's, else the
    config's) and delivers the outbox until ``stop`` is set."""
    from customario.store.db import open_db
    from customario.channels.inbox import process_batches_sync
    from customario.channels.outbox import adapters_from_settings, send_pending

    def loop() -> None:
        db = open_db(db_path, migrate=False)
        try:
            while not stop.is_set():
                try:
                    process_batches_sync(db, settings, campaign, window_s=window_s)
                    if send:
                        send_pending(db, adapters_from_settings(settings))
                except CustomarioError as exc:
                    log.warning("background processing: %s", exc.render())
                except Exception:  # keep serving; the batch stays queued for the next pass
                    log.exception("background processing failed")
                stop.wait(poll_s)
        finally:
            db.close()

    t = threading.Thread(target=loop, name="customario-inbox", daemon=True)
    t.start()
    return t


def describe(server: ThreadingHTTPServer) -> dict:
    host, port = server.server_address[:2]
    return {"url": f"http://{host}:{port}", "routes": ["POST /twilio/sms", "POST /sendgrid/inbound", "GET /health"]}


__all__ = ["make_server", "handle_webhook", "background_worker", "describe"]
