"""The malformed-request corpus (tests/corpus/web/) over a real socket to uvicorn: every request
gets the 4xx JSON error its file name says, nothing is stored, no traceback leaks, no thread is
kept, and slow or lying clients are dropped at their deadline while others are served."""

import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.web_helpers import raw_exchange, request, running_server

CORPUS = Path(__file__).parent / "corpus" / "web"
TABLES = (
    "inbound_messages",
    "web_sessions",
    "calls",
    "turns",
    "answers",
    "payments",
    "evaluations",
    "help_requests",
    "followups",
    "kb_articles",
    "customers",
)


def _expand(text: str, values: dict) -> bytes:
    text = re.sub(r"\{REPEAT:(.):(\d+)\}", lambda m: m.group(1) * int(m.group(2)), text)

    def chunked(m):
        data = m.group(1) * int(m.group(2))
        parts = [f"{len(data[i : i + 4096]):x}\r\n{data[i : i + 4096]}\r\n" for i in range(0, len(data), 4096)]
        return "".join(parts) + "0\r\n\r\n"

    text = re.sub(r"\{CHUNKED:(.):(\d+)\}", chunked, text)
    for k, v in values.items():
        text = text.replace("{" + k + "}", v)
    head, sep, body = text.partition("\n\n")
    raw_body = body.encode("latin-1")
    head = head.replace("{LEN}", str(len(raw_body)))
    return head.replace("\n", "\r\n").encode("latin-1") + (b"\r\n\r\n" if sep else b"") + raw_body


def _counts(db):
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def _check(name: str, raw: bytes):
    expected = int(name.split("-", 1)[0])
    assert raw, f"{name}: no response at all"
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    assert status == expected, f"{name}: {status} {body[:200]!r}"
    assert b"application/json" in head.lower(), f"{name}: not JSON: {head!r}"
    err = json.loads(body)["error"]
    assert err["status"] == expected and err["message"]
    assert b"Traceback" not in raw and b'File "' not in raw, name


def test_malformed_request_corpus(db_path, db):
    from customario.config import load_settings
    from customario.escalation.help_requests import add_supervisor, create_help_request
    from customario.web.app import WebConfig

    files = sorted(CORPUS.glob("*.http"))
    assert len(files) >= 45
    add_supervisor(db, "sofia")
    create_help_request(db, question="Is parking free?", deadline_s=60)
    plain = WebConfig(settings=load_settings(env={}, db=str(db_path), load_dotenv_file=False), body_timeout_s=3.0)
    with running_server(plain, header_timeout_s=3.0) as srv:
        sid = request("POST", srv.url + "/api/surveys/customer_feedback/sessions", {})[1]["session_id"]
        done = request("POST", srv.url + "/api/surveys/customer_feedback/sessions", {})[1]["session_id"]
        assert request("POST", srv.url + f"/api/sessions/{done}/complete", {})[0] == 200
        values = {"HOST": f"127.0.0.1:{srv.port}", "SESSION": sid, "COMPLETED": done}
        before, threads = _counts(db), threading.active_count()
        unsigned = [f for f in files if not f.name.startswith("403-")]
        slow = [f for f in unsigned if f.name.startswith("408-")]
        fast = [f for f in unsigned if f not in slow]
        problems = []
        for f in fast:
            try:
                _check(
                    f.name, raw_exchange(srv.port, _expand(f.read_bytes().decode("latin-1"), values), read_timeout=10)
                )
            except AssertionError as exc:
                problems.append(str(exc).splitlines()[0])
        assert not problems, "\n".join(problems)
        # slow and lying clients, all at once: each is dropped at its deadline while /health is served
        with ThreadPoolExecutor(len(slow)) as pool:
            futures = {
                pool.submit(
                    raw_exchange, srv.port, _expand(f.read_bytes().decode("latin-1"), values), read_timeout=15
                ): f
                for f in slow
            }
            status, _, _ = request("GET", srv.url + "/health", timeout=15)
            still_waiting = sum(not fut.done() for fut in futures)
            for fut, f in futures.items():
                _check(f.name, fut.result())
        # /health was answered while the slow clients were still held to their 3 s deadline
        assert status == 200 and still_waiting == len(slow), "a slow client held up another request"
        assert _counts(db) == before, "a malformed request stored something"
        assert threading.active_count() == threads, "a request kept a thread"
        assert request("GET", srv.url + "/health")[0] == 200

    from tests.test_channels import _ec_keys

    public, _sign = _ec_keys()
    signed = WebConfig(
        settings=load_settings(
            env={"CUSTOMARIO_TWILIO_AUTH_TOKEN": "tok", "CUSTOMARIO_SENDGRID_WEBHOOK_SECRET": public},
            db=str(db_path),
            load_dotenv_file=False,
        )
    )
    with running_server(signed) as srv:
        values = {"HOST": f"127.0.0.1:{srv.port}"}
        for f in (f for f in files if f.name.startswith("403-")):
            _check(f.name, raw_exchange(srv.port, _expand(f.read_bytes().decode("latin-1"), values), read_timeout=10))
    assert _counts(db) == before
