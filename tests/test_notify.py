"""Supervisor notifications: signed webhook with retries, a dead or slow endpoint never holds a call."""

import asyncio
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from _salon import context, run_tool, salon

from customario.config import Settings
from customario.escalation.help_requests import create_help_request, get_help_request
from customario.escalation.notify import SIGNATURE_HEADER, notify_help_request, verify_signature


class Loopback:
    """A bounded HTTP server on 127.0.0.1 that records requests and answers from a script of statuses."""

    def __init__(self, statuses=(200,), gate: threading.Event | None = None):
        self.requests, self.statuses, self.gate = [], list(statuses), gate
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                if outer.gate is not None:
                    outer.gate.wait(10)
                code = outer.statuses.pop(0) if len(outer.statuses) > 1 else outer.statuses[0]
                self.send_response(code)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def loopback():
    servers = []

    def make(*args, **kw):
        servers.append(Loopback(*args, **kw))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


def notifications(db, rid):
    return list(db.query("SELECT channel, status, attempts, last_error FROM notifications WHERE help_request_id = ? ORDER BY id", [rid]))


def test_webhook_is_signed_and_retried_after_a_server_error(db, loopback):
    server = loopback(statuses=(503, 200))
    settings = Settings(db="x", webhook_url=server.url + "/hooks/help", webhook_secret="s3cret")
    req = create_help_request(db, question="Do you do henna?", caller="+14155550123", priority="high", tags=["salon"])
    thread = notify_help_request(db, settings, req, backoff=(0.01, 0.01))
    thread.join(10)
    assert len(server.requests) == 2
    hit = server.requests[-1]
    assert hit["path"] == "/hooks/help"
    assert verify_signature("s3cret", hit["body"], hit["headers"][SIGNATURE_HEADER])
    assert not verify_signature("wrong", hit["body"], hit["headers"][SIGNATURE_HEADER])
    body = json.loads(hit["body"])
    assert body["event"] == "help_request.created"
    assert body["help_request"]["question"] == "Do you do henna?" and body["help_request"]["caller"] == "******0123"
    assert notifications(db, req["id"]) == [
        {"channel": "log", "status": "sent", "attempts": 0, "last_error": None},
        {"channel": "webhook", "status": "sent", "attempts": 2, "last_error": None},
    ]


def test_dead_endpoint_is_recorded_as_failed_after_retries(db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]          # closed again at once: nothing listens there
    settings = Settings(db="x", webhook_url=f"http://127.0.0.1:{port}/hook", webhook_secret="k")
    req = create_help_request(db, question="Anything?")
    notify_help_request(db, settings, req, backoff=(0.01, 0.01)).join(10)
    [_, hook] = notifications(db, req["id"])
    assert hook["status"] == "failed" and hook["attempts"] == 3 and "Connect" in hook["last_error"]


def test_a_client_error_is_not_retried(db, loopback):
    server = loopback(statuses=(404,))
    req = create_help_request(db, question="Anything?")
    notify_help_request(db, Settings(db="x", webhook_url=server.url), req, backoff=(0.01, 0.01)).join(10)
    assert len(server.requests) == 1 and notifications(db, req["id"])[1]["last_error"] == "HTTP 404"


def test_a_slow_webhook_never_holds_the_caller(db, loopback):
    gate = threading.Event()
    server = loopback(gate=gate)
    ctx, _ = context(db, salon(db, deadline=0.2), settings=Settings(db="x", webhook_url=server.url))
    result = asyncio.run(run_tool(ctx, "escalate_to_supervisor", {"question": "Do you do henna?"}))
    # the caller's hold ended (deadline) while the endpoint is still holding the webhook request
    assert result["status"] == "timed-out"
    assert notifications(db, result["request_id"])[1]["status"] == "pending"
    gate.set()
    for t in threading.enumerate():
        if t.name == f"notify-{result['request_id']}":
            t.join(10)
    assert notifications(db, result["request_id"])[1]["status"] == "sent"
    assert get_help_request(db, result["request_id"])["status"] == "timed-out"


def test_sms_adapter_posts_to_the_provider_api(db, loopback):
    from customario.escalation.help_requests import add_supervisor

    server = loopback(statuses=(201,))
    sup = add_supervisor(db, "sofia", phone="+14155550199")
    settings = Settings(db="x", twilio_account_sid="AC123", twilio_auth_token="tok", twilio_from="+14155550100")
    req = create_help_request(db, question="Urgent: burn from bleach", priority="urgent", assigned_to="sofia")
    notify_help_request(db, settings, req, sup, twilio_api=server.url).join(10)
    [hit] = server.requests
    assert hit["path"] == "/2010-04-01/Accounts/AC123/Messages.json"
    assert b"To=%2B14155550199" in hit["body"] and b"urgent" in hit["body"]
    assert notifications(db, req["id"])[1] == {"channel": "sms", "status": "sent", "attempts": 1, "last_error": None}
