"""Text channels: provider payloads and signatures, the inbound queue and batching, customers across
channels, the outbox adapters against loopback servers and the CLI (the webhook routes: test_web.py)."""

import base64
import json
import socket
import socketserver
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from customario.errors import ExitCode, InputDataError

# Twilio's documented example (Webhooks security): auth token 12345, this URL and these parameters.
TWILIO_DOC_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
TWILIO_DOC_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
TWILIO_DOC_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def sms_form(sid="SM0001", frm="+14155550101", body="Where is ORD-1002?"):
    # Field names as in Twilio's incoming-message webhook.
    return {
        "ToCountry": "US",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "SmsSid": sid,
        "SmsStatus": "received",
        "Body": body,
        "To": "+18005550100",
        "NumSegments": "1",
        "MessageSid": sid,
        "AccountSid": "AC" + "0" * 32,
        "From": frm,
        "ApiVersion": "2010-04-01",
    }


def sendgrid_multipart(
    frm="Alex Rivera <alex.rivera@example.com>",
    subject="Order question",
    text="Hi, is ORD-1001 delivered?\n\nOn Mon, Support wrote:\n> old text",
    msg_id="<abc123@mail.example.com>",
):
    boundary = "xYzZY"
    fields = {
        "headers": f"Message-ID: {msg_id}\nFrom: {frm}\nSubject: {subject}\n",
        "dkim": "{@example.com : pass}",
        "to": "support@voltage.example",
        "from": frm,
        "subject": subject,
        "text": text,
        "sender_ip": "192.0.2.1",
        "envelope": json.dumps({"to": ["support@voltage.example"], "from": "alex.rivera@example.com"}),
        "charsets": json.dumps({"to": "UTF-8", "subject": "UTF-8", "from": "UTF-8", "text": "UTF-8"}),
        "SPF": "pass",
    }
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items()]
    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    return body, f"multipart/form-data; boundary={boundary}"


def test_twilio_signature_documented_example():
    from customario.channels.inbound import twilio_signature, validate_twilio_signature

    assert twilio_signature("12345", TWILIO_DOC_URL, TWILIO_DOC_PARAMS) == TWILIO_DOC_SIGNATURE
    assert validate_twilio_signature("12345", TWILIO_DOC_URL, TWILIO_DOC_PARAMS, TWILIO_DOC_SIGNATURE)
    assert not validate_twilio_signature(
        "12345", TWILIO_DOC_URL, {**TWILIO_DOC_PARAMS, "Digits": "9"}, TWILIO_DOC_SIGNATURE
    )
    assert not validate_twilio_signature("12345", TWILIO_DOC_URL, TWILIO_DOC_PARAMS, None)


def _ec_keys():
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    private = ec.generate_private_key(ec.SECP256R1())
    public_b64 = base64.b64encode(
        private.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    ).decode()

    def sign(timestamp: str, body: bytes) -> str:
        return base64.b64encode(private.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))).decode()

    return public_b64, sign


def test_sendgrid_signature_and_parse():
    from customario.channels.inbound import parse_multipart, parse_sendgrid_inbound, verify_sendgrid_signature

    public, sign = _ec_keys()
    body, ctype = sendgrid_multipart()
    sig = sign("1700000000", body)
    assert verify_sendgrid_signature(public, sig, "1700000000", body)
    assert not verify_sendgrid_signature(public, sig, "1700000001", body)
    assert not verify_sendgrid_signature(public, sig, "1700000000", body + b"x")
    assert not verify_sendgrid_signature(public, None, None, body)
    msg = parse_sendgrid_inbound(parse_multipart(body, ctype))
    assert (msg.channel, msg.from_addr, msg.name, msg.provider_message_id) == (
        "email",
        "alex.rivera@example.com",
        "Alex Rivera",
        "<abc123@mail.example.com>",
    )
    assert msg.body == "Hi, is ORD-1001 delivered?"  # quoted reply removed
    with pytest.raises(InputDataError, match="missing 'from'"):
        parse_sendgrid_inbound({"text": "hi"})


def test_twilio_parse_and_malformed():
    from customario.channels.inbound import load_payload, parse_twilio_sms

    m = parse_twilio_sms(sms_form(frm="(415) 555-0101"))
    assert (m.provider_message_id, m.from_addr, m.body) == ("SM0001", "+14155550101", "Where is ORD-1002?")
    with pytest.raises(InputDataError, match="missing MessageSid"):
        parse_twilio_sms({"From": "+14155550101", "Body": "x"})
    with pytest.raises(InputDataError, match="not a phone number"):
        parse_twilio_sms(sms_form(frm="not-a-number"))
    assert load_payload("MessageSid=SM1&Body=Hi+there") == {"MessageSid": "SM1", "Body": "Hi there"}
    with pytest.raises(InputDataError):
        load_payload("{not json")


def test_queue_is_idempotent_and_batches_bursts(db):
    from customario.channels.inbound import claim_ready_batches, enqueue_inbound, parse_twilio_sms

    t0 = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
    for i, body in enumerate(["hi", "my order ORD-1002", "is late"]):
        row, created = enqueue_inbound(
            db, parse_twilio_sms(sms_form(f"SM{i}", body=body)), received_at=(t0 + timedelta(seconds=i)).isoformat()
        )
        assert created
    row, created = enqueue_inbound(db, parse_twilio_sms(sms_form("SM1", body="my order ORD-1002")))
    assert not created and row["body"] == "my order ORD-1002"  # duplicate delivery
    enqueue_inbound(
        db,
        parse_twilio_sms(sms_form("SMx", frm="+12125550142", body="other customer")),
        received_at=(t0 + timedelta(seconds=10)).isoformat(),
    )
    assert claim_ready_batches(db, 5, now=t0 + timedelta(seconds=4)) == []  # still inside the window
    batches = claim_ready_batches(db, 5, now=t0 + timedelta(seconds=8))
    assert [(b["message_count"], b["text"]) for b in batches] == [(3, "hi\nmy order ORD-1002\nis late")]
    assert claim_ready_batches(db, 5, now=t0 + timedelta(seconds=8)) == []  # claimed once
    assert [b["message_count"] for b in claim_ready_batches(db, 5, force=True)] == [1]
    assert db.execute("SELECT COUNT(*) FROM inbound_messages WHERE status = 'pending'").fetchone()[0] == 0


def test_customer_across_channels_links_and_merges(db):
    from customario.channels.inbound import enqueue_inbound, parse_sendgrid_inbound, parse_twilio_sms
    from customario.leads.customers import link_identifiers, list_customers, timeline

    enqueue_inbound(
        db,
        parse_sendgrid_inbound(
            {"from": "Alex <Alex.Rivera@example.com>", "subject": "Q", "text": "Is ORD-1001 delivered?"}
        ),
    )
    sms, _ = enqueue_inbound(db, parse_twilio_sms(sms_form("SM9", body="also, refund please")))
    assert len(list_customers(db)) == 2
    c = link_identifiers(db, sms["customer_id"], email="alex.rivera@example.com")  # the caller only said it
    assert c["claimed"] == ["alex.rivera@example.com"] and len(list_customers(db)) == 2
    from customario.leads.customers import add_link

    add_link(db, "+14155550101", "alex.rivera@example.com", "contact:1")  # on one record we hold
    c = link_identifiers(db, sms["customer_id"], email="alex.rivera@example.com")
    assert (c["e164"], c["email"]) == ("+14155550101", "alex.rivera@example.com")
    assert len(list_customers(db)) == 1
    entries = timeline(db, c["id"])
    assert [(e["channel"], e["text"]) for e in entries] == [
        ("email", "Is ORD-1001 delivered?"),
        ("sms", "also, refund please"),
    ]


class _SMTPHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 loopback ESMTP\r\n")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode().strip().upper()
            if cmd.startswith("EHLO"):
                self.wfile.write(b"250-loopback\r\n250 8BITMIME\r\n")
            elif cmd.startswith("DATA"):
                self.wfile.write(b"354 go ahead\r\n")
                data = b""
                while True:
                    chunk = self.rfile.readline()
                    if chunk in (b".\r\n", b".\n", b""):
                        break
                    data += chunk
                self.server.messages.append(data.decode())
                self.wfile.write(b"250 queued\r\n")
            elif cmd.startswith("QUIT"):
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@contextmanager
def smtp_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    server.daemon_threads = True
    server.messages = []
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def twilio_server(status=201):
    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            from urllib.parse import parse_qsl

            body = self.rfile.read(int(self.headers["Content-Length"]))
            self.server.requests.append((self.path, self.headers.get("Authorization"), dict(parse_qsl(body.decode()))))
            out = json.dumps(
                {"sid": "SM" + "f" * 32, "status": "queued"}
                if status < 300
                else {"code": 21211, "message": "Invalid 'To' Phone Number", "status": status}
            ).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    server.requests = []
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_outbox_smtp_twilio_and_file_adapters(db, tmp_path):
    from customario.channels.outbox import Adapters, enqueue, list_outbox, send_pending

    email = enqueue(
        db, channel="email", to="alex.rivera@example.com", body="Your label is attached.", subject="Re: Return"
    )
    sms = enqueue(db, channel="sms", to="+14155550101", body="ORD-1002 ships today")
    with smtp_server() as smtp, twilio_server() as tw:
        a = Adapters(
            outbox_dir=tmp_path / "out",
            smtp_host="127.0.0.1",
            smtp_port=smtp.server_address[1],
            smtp_from="support@voltage.example",
            twilio_sid="AC" + "1" * 32,
            twilio_token="tok",
            twilio_from="+18005550100",
            twilio_base=f"http://127.0.0.1:{tw.server_address[1]}",
        )
        results = send_pending(db, a)
        assert sorted((r["adapter"], r["status"]) for r in results) == [("smtp", "sent"), ("twilio", "sent")]
        assert "Subject: Re: Return" in smtp.messages[0] and "Your label is attached." in smtp.messages[0]
        path, auth, form = tw.requests[0]
        assert path == f"/2010-04-01/Accounts/AC{'1' * 32}/Messages.json"
        assert auth == "Basic " + base64.b64encode(f"AC{'1' * 32}:tok".encode()).decode()
        assert form == {"From": "+18005550100", "To": "+14155550101", "Body": "ORD-1002 ships today"}
    assert {r["id"]: r["status"] for r in list_outbox(db)} == {email["id"]: "sent", sms["id"]: "sent"}
    assert send_pending(db, a) == []  # nothing sent twice
    # Without configuration the message is written to a file.
    f = enqueue(db, channel="sms", to="+14155550101", body="hello")
    [r] = send_pending(db, Adapters(outbox_dir=tmp_path / "out"))
    assert (
        r["adapter"] == "file"
        and json.loads((tmp_path / "out" / f"{f['id']:06d}-sms.json").read_text())["body"] == "hello"
    )


def test_outbox_smtp_down_and_twilio_error_keep_message_queued(db, tmp_path):
    from customario.channels.outbox import MAX_ATTEMPTS, Adapters, enqueue, send_pending

    m = enqueue(db, channel="email", to="alex.rivera@example.com", body="hi")
    down = Adapters(outbox_dir=tmp_path, smtp_host="127.0.0.1", smtp_port=_free_port(), timeout_s=2)
    [r] = send_pending(db, down)
    assert send_pending(db, down) == []  # backing off: not due yet
    assert r["status"] == "queued" and "SMTP delivery failed" in r["error"]
    row = db.execute("SELECT status, attempts, last_error FROM outbox WHERE id = ?", [m["id"]]).fetchone()
    assert row[0] == "queued" and row[1] == 1 and "SMTP" in row[2]
    db.execute("UPDATE outbox SET next_attempt_at = NULL")
    with smtp_server() as smtp:  # the server is back: the retry delivers it
        up = Adapters(outbox_dir=tmp_path, smtp_host="127.0.0.1", smtp_port=smtp.server_address[1])
        assert send_pending(db, up)[0]["status"] == "sent" and len(smtp.messages) == 1
    s = enqueue(db, channel="sms", to="+1415", body="x")
    with twilio_server(status=400) as tw:  # a 4xx is permanent: failed at once, never retried
        a = Adapters(
            outbox_dir=tmp_path,
            twilio_sid="AC1",
            twilio_token="t",
            twilio_from="+18005550100",
            twilio_base=f"http://127.0.0.1:{tw.server_address[1]}",
            retry_base_s=0,
        )
        [r] = send_pending(db, a)
        assert r["status"] == "failed" and "21211" in r["error"]
    assert db.execute("SELECT status, attempts FROM outbox WHERE id = ?", [s["id"]]).fetchone() == ("failed", 1)
    s = enqueue(db, channel="sms", to="+14155550101", body="y")
    with twilio_server(status=503) as tw:  # a 5xx is retried up to MAX_ATTEMPTS
        a = Adapters(
            outbox_dir=tmp_path,
            twilio_sid="AC1",
            twilio_token="t",
            twilio_from="+18005550100",
            twilio_base=f"http://127.0.0.1:{tw.server_address[1]}",
            retry_base_s=0,
        )
        for _ in range(MAX_ATTEMPTS):
            [r] = send_pending(db, a)
    assert db.execute("SELECT status, attempts FROM outbox WHERE id = ?", [s["id"]]).fetchone() == (
        "failed",
        MAX_ATTEMPTS,
    )


def test_inbound_outbox_customers_cli(cli, tmp_path, monkeypatch):
    from urllib.parse import urlencode

    payload = tmp_path / "sms.txt"
    payload.write_text(urlencode(sms_form("SMcli")))
    r = cli("inbound", "sms", str(payload), "--json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["created"] is True
    r = cli("inbound", "sms", str(payload), "--json")
    assert json.loads(r.stdout)["created"] is False and "Duplicate delivery" in r.stderr
    mp, mp_type = sendgrid_multipart()
    raw = tmp_path / "email.txt"
    raw.write_bytes(mp)
    assert cli("inbound", "email", str(raw)).exit_code == 0
    bad = tmp_path / "bad.txt"
    bad.write_text("Hello=world")
    r = cli("inbound", "sms", str(bad))
    assert r.exit_code == ExitCode.DATA and "not a Twilio SMS webhook" in r.stderr
    monkeypatch.setenv("CUSTOMARIO_TWILIO_AUTH_TOKEN", "tok")
    r = cli("inbound", "sms", str(payload), "--signature", "AAAA", "--url", "https://example.com/twilio/sms")
    assert r.exit_code == ExitCode.DATA and "does not match" in r.stderr
    customers = json.loads(cli("customers", "list", "--json").stdout)
    assert len(customers) == 2
    shown = json.loads(cli("customers", "show", "+14155550101", "--timeline", "--json").stdout)
    assert shown["timeline"][0]["text"] == "Where is ORD-1002?"
    assert cli("customers", "show", "999").exit_code == ExitCode.NOT_FOUND
    listed = json.loads(cli("inbound", "list", "--json").stdout)
    assert len(listed) == 2
    r = cli("outbox", "send", "--dry-run", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout) == []
