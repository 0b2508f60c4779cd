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
    from customario.escalation.notify import sync_status

    sync_status(db)
    return list(
        db.query(
            "SELECT event, channel, status, attempts, last_error FROM notifications WHERE help_request_id = ? "
            "ORDER BY id",
            [rid],
        )
    )


def fast(**kw):
    from customario.adapters.messaging import Messaging

    return Messaging(outbox_dir="/nonexistent", retry_base_s=0.01, timeout_s=2, **kw)


def test_webhook_is_signed_and_retried_after_a_server_error(db, loopback):
    server = loopback(statuses=(503, 200))
    settings = Settings(db="x", webhook_url=server.url + "/hooks/help", webhook_secret="s3cret")
    req = create_help_request(db, question="Do you do henna?", caller="+14155550123", priority="high", tags=["salon"])
    thread = notify_help_request(db, settings, req, messaging=fast(webhook_secret="s3cret"))
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
        {"event": "created", "channel": "log", "status": "sent", "attempts": 0, "last_error": None},
        {"event": "created", "channel": "webhook", "status": "sent", "attempts": 2, "last_error": None},
    ]


def test_dead_endpoint_is_retried_then_failed(db):
    from customario.channels.outbox import MAX_ATTEMPTS

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again at once: nothing listens there
    settings = Settings(db="x", webhook_url=f"http://127.0.0.1:{port}/hook", webhook_secret="k")
    req = create_help_request(db, question="Anything?")
    notify_help_request(db, settings, req, messaging=fast(webhook_secret="k")).join(20)
    [_, hook] = notifications(db, req["id"])
    assert hook["status"] == "failed" and hook["attempts"] == MAX_ATTEMPTS and "Connect" in hook["last_error"]


def test_a_client_error_is_not_retried(db, loopback):
    server = loopback(statuses=(404,))
    req = create_help_request(db, question="Anything?")
    notify_help_request(
        db, Settings(db="x", webhook_url=server.url, webhook_secret="k"), req, messaging=fast(webhook_secret="k")
    ).join(10)
    assert len(server.requests) == 1 and "HTTP 404" in notifications(db, req["id"])[1]["last_error"]


def test_webhook_without_secret_is_a_configuration_error_never_sent_unsigned(db, loopback, cli, monkeypatch):
    from customario.adapters.messaging import check_webhook_settings
    from customario.errors import ConfigError
    from customario.escalation.notify import webhook_check

    server = loopback()
    settings = Settings(db="x", webhook_url=server.url)
    with pytest.raises(ConfigError, match="webhook_secret is not"):
        check_webhook_settings(settings)
    req = create_help_request(db, question="Anything?")
    assert notify_help_request(db, settings, req) is None
    [_, hook] = notifications(db, req["id"])
    assert hook["status"] == "failed" and "configuration error" in hook["last_error"] and not server.requests
    assert not webhook_check(settings)["ok"]
    good = webhook_check(Settings(db="x", webhook_url=server.url, webhook_secret="k"))
    assert good["ok"] and "signed ping" in good["detail"]
    assert json.loads(server.requests[-1]["body"])["event"] == "ping"
    # every command that escalates or serves refuses to start with it (exit 3, config), before any call
    from customario.errors import ExitCode

    monkeypatch.setenv("CUSTOMARIO_WEBHOOK_URL", server.url)
    monkeypatch.delenv("CUSTOMARIO_WEBHOOK_SECRET", raising=False)
    for args in (
        ("agent", "start"),
        ("agent", "dev"),
        ("serve", "--port", "0"),
        ("console", "salon_reception", "--text"),
    ):
        r = cli(*args, input="")
        assert r.exit_code == ExitCode.CONFIG and "webhook_secret" in r.stderr, (args, r.stderr)


def test_a_slow_webhook_never_holds_the_caller(db, loopback):
    gate = threading.Event()
    server = loopback(gate=gate)
    settings = Settings(db="x", webhook_url=server.url, webhook_secret="k")
    ctx, _ = context(db, salon(db, deadline=0.2), settings=settings)
    result = asyncio.run(run_tool(ctx, "escalate_to_supervisor", {"question": "Do you do henna?"}))
    # the caller's hold ended (deadline) while the endpoint is still holding the webhook request
    assert result["status"] == "timed-out"
    gate.set()
    for t in threading.enumerate():
        if t.name.startswith("notify"):
            t.join(15)
    events = [(n["event"], n["status"]) for n in notifications(db, result["request_id"]) if n["channel"] == "webhook"]
    assert events == [("created", "sent"), ("timed-out", "sent")]
    assert get_help_request(db, result["request_id"])["status"] == "timed-out"


def test_sms_to_the_supervisor_goes_through_the_one_sender(db, loopback):
    from customario.escalation.help_requests import add_supervisor

    server = loopback(statuses=(201,))
    sup = add_supervisor(db, "sofia", phone="+14155550199")
    settings = Settings(db="x", twilio_account_sid="AC123", twilio_auth_token="tok", twilio_from="+14155550100")
    req = create_help_request(db, question="Urgent: burn from bleach", priority="urgent", assigned_to="sofia")
    notify_help_request(
        db,
        settings,
        req,
        sup,
        messaging=fast(twilio_sid="AC123", twilio_token="tok", twilio_from="+14155550100", twilio_base=server.url),
    ).join(10)
    [hit] = server.requests
    assert hit["path"] == "/2010-04-01/Accounts/AC123/Messages.json"
    assert b"To=%2B14155550199" in hit["body"] and b"urgent" in hit["body"]
    assert notifications(db, req["id"])[1] == {
        "event": "created",
        "channel": "sms",
        "status": "sent",
        "attempts": 1,
        "last_error": None,
    }


def test_answered_and_caller_left_events(db, loopback):
    from customario.escalation.help_requests import answer_help_request, caller_left

    server = loopback()
    settings = Settings(db="x", webhook_url=server.url, webhook_secret="k")
    req = create_help_request(db, question="Is there parking?", deadline_s=60)
    caller_left(db, req["id"], settings)
    answer_help_request(db, req["id"], "Yes, behind the building.", by="ana", learn=False, settings=settings)
    from customario.escalation.notify import deliver

    deliver(str(db.execute("PRAGMA database_list").fetchone()[2]), settings, messaging=fast(webhook_secret="k"))
    assert [json.loads(r["body"])["event"] for r in server.requests] == [
        "help_request.caller_left",
        "help_request.answered",
    ]
    assert get_help_request(db, req["id"])["hold_state"] == "caller-left"


def test_a_killed_notifier_loses_nothing(db, db_path, loopback, run_cli):
    """A process queues a notification and dies before delivering it; a later process sends it."""
    import subprocess
    import sys

    server = loopback()
    code = (
        "import os, sys\n"
        "from customario.store.db import open_db\n"
        "from customario.config import Settings\n"
        "from customario.escalation.help_requests import create_help_request\n"
        "from customario.escalation.notify import queue_event\n"
        "db = open_db(sys.argv[1])\n"
        f"s = Settings(db=sys.argv[1], webhook_url='{server.url}/h', webhook_secret='k')\n"
        "req = create_help_request(db, question='Do you do henna?')\n"
        "queue_event(db, s, 'created', req)\n"
        "os._exit(9)   # killed before any delivery\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 9, r.stderr
    assert not server.requests
    assert db.execute("SELECT status FROM outbox WHERE kind = 'notification'").fetchone()[0] == "queued"
    # a later process without the secret never sends it unsigned (or signed with an empty key): it waits
    out = run_cli("outbox", "send", "--json", env={"CUSTOMARIO_WEBHOOK_SECRET": ""})
    assert not server.requests, out.stdout
    assert db.execute("SELECT status, attempts FROM outbox WHERE kind = 'notification'").fetchone() == ("queued", 0)
    out = run_cli(
        "outbox", "send", "--json", env={"CUSTOMARIO_WEBHOOK_URL": server.url + "/h", "CUSTOMARIO_WEBHOOK_SECRET": "k"}
    )
    assert out.returncode == 0, out.stderr
    assert len(server.requests) == 1 and verify_signature(
        "k", server.requests[0]["body"], server.requests[0]["headers"][SIGNATURE_HEADER]
    )
    assert notifications(db, 1)[1]["status"] == "sent"


def test_serve_without_an_inbound_campaign_delivers_left_notifications_and_dashboard_answers_notify(
    db, db_path, loopback
):
    """`serve --no-process` still delivers what a killed process queued; a dashboard answer queues the
    `answered` event like the CLI; "for this caller only" is relayed, never learned, and an unticked
    "learn" box means no learning."""
    import http.cookiejar
    import time
    import urllib.request
    from urllib.parse import urlencode

    from customario.config import load_settings
    from customario.escalation.help_requests import add_supervisor
    from customario.escalation.notify import queue_event
    from customario.escalation.supervisor_tokens import issue_token
    from customario.web.app import WebConfig
    from tests.web_helpers import running_server

    server = loopback()
    settings = load_settings(
        env={"CUSTOMARIO_WEBHOOK_URL": server.url + "/h", "CUSTOMARIO_WEBHOOK_SECRET": "k"},
        db=str(db_path),
        load_dotenv_file=False,
    )
    add_supervisor(db, "sofia")
    token = issue_token(db, "sofia")["token"]
    r1 = create_help_request(db, question="Is Jane's card ending 4242 charged twice?", deadline_s=60)
    r2 = create_help_request(db, question="Do you sell gift cards?", deadline_s=60)
    queue_event(db, settings, "created", r1)  # queued, never delivered: the process died here

    def events(n):
        deadline = time.monotonic() + 30  # a bound, not a timing assertion
        while time.monotonic() < deadline and len(server.requests) < n:
            time.sleep(0.05)
        return [json.loads(r["body"])["event"] for r in server.requests]

    with running_server(WebConfig(settings=settings, inbound_campaign=None, inbound_poll_s=0.1)) as srv:
        assert events(1) == ["help_request.created"]
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = (
            opener.open(
                urllib.request.Request(
                    srv.url + "/supervisor/login", urlencode({"token": token}).encode(), method="POST"
                )
            )
            .read()
            .decode()
        )
        csrf = page.split('name="csrf-token" content="')[1].split('"')[0]

        def answer(rid, form):
            req = urllib.request.Request(
                srv.url + f"/supervisor/requests/{rid}/answer",
                urlencode([*form, ("csrf", csrf)]).encode(),
                method="POST",
                headers={"Accept": "application/json"},
            )
            return json.loads(opener.open(req).read())

        out = answer(
            r1["id"],
            [
                ("answer", "Yes Jane, refunded to your card ending 4242."),
                ("learn", "off"),
                ("learn", "on"),
                ("caller_only", "on"),
            ],
        )
        assert out["learn"] == "caller-only" and out["article_id"] is None
        out = answer(r2["id"], [("answer", "Yes, from $25."), ("learn", "off")])  # the box left unticked
        assert out["learn"] == "not-learned" and out["article_id"] is None
        assert events(3)[1:] == ["help_request.answered", "help_request.answered"]
    assert all(verify_signature("k", r["body"], r["headers"][SIGNATURE_HEADER]) for r in server.requests)
    assert (
        db.execute(
            "SELECT COUNT(*) FROM kb_articles WHERE answer LIKE '%4242%' OR answer LIKE '%gift%' OR help_request_id IS NOT NULL"
        ).fetchone()[0]
        == 0
    )
