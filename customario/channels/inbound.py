"""Text channels: provider webhook payloads, signatures, the inbound queue and batching.

- Twilio Programmable Messaging posts an incoming SMS as form fields (``MessageSid``, ``From``,
  ``To``, ``Body``, ...) and signs it in ``X-Twilio-Signature``: base64 of HMAC-SHA1, keyed with
  the account's auth token, over the full URL followed by every POST parameter name and value
  sorted by name (Twilio, "Webhooks security").
- SendGrid Inbound Parse posts an email as ``multipart/form-data`` fields (``from``, ``to``,
  ``subject``, ``text``, ``html``, ``headers``, ``envelope``, ...). With a security policy it adds
  an ECDSA (P-256, SHA-256) signature over timestamp + raw body in
  ``X-Twilio-Email-Event-Webhook-Signature`` with ``X-Twilio-Email-Event-Webhook-Timestamp``; the
  secret configured here is the verification public key (base64 DER or PEM).

Every message is stored once (``UNIQUE(provider, provider_message_id)``: duplicate deliveries are
no-ops) in ``inbound_messages``, linked to a customer. SMS keywords and opt-outs (STOP, HELP,
START ...) are answered at once by :mod:`customario.channels.keywords` and never batched. Messages that one customer sends in quick
succession become one batch = one agent turn: a customer's pending messages are claimed once the
newest is older than the batch window (seconds).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping

from sqlite_utils import Database

from customario.store.db import immediate, json_col, utc_now
from customario.errors import InputDataError, UsageError

TWILIO_SIGNATURE_HEADER = "X-Twilio-Signature"
MAX_SMS_CHARS = 1600
SENDGRID_SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
SENDGRID_TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"


@dataclass(frozen=True)
class InboundMessage:
    """One provider message, normalised. ``from_addr`` is E.164 (sms) or a lower-case address (email)."""

    provider: str
    provider_message_id: str
    channel: str
    from_addr: str
    body: str
    to_addr: str | None = None
    subject: str | None = None
    name: str | None = None
    payload: Mapping[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------------------- Twilio


def twilio_signature(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    """The ``X-Twilio-Signature`` Twilio would send for a POST of ``params`` to ``url``."""
    data = url + "".join(f"{k}{params[k]}" for k in sorted(params))
    digest = hmac.new(auth_token.encode(), data.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def validate_twilio_signature(auth_token: str, url: str, params: Mapping[str, str], signature: str | None) -> bool:
    """True when ``signature`` matches (constant-time comparison); False when missing or wrong."""
    if not signature:
        return False
    return hmac.compare_digest(twilio_signature(auth_token, url, params), signature.strip())


class MessageTooLong(InputDataError):
    """An inbound message longer than its channel allows (the web face answers 413)."""

    http_status = 413


def parse_twilio_sms(form: Mapping[str, str], region: str = "US") -> InboundMessage:
    """An incoming-SMS webhook (form fields) → InboundMessage. Raises InputDataError when
    ``MessageSid``/``SmsSid``, ``From`` or ``Body`` is missing, MessageTooLong when ``Body`` has more
    than :data:`MAX_SMS_CHARS` characters (Twilio: "the maximum message body length is 1,600
    characters"; a longer one cannot be a real inbound SMS)."""
    from customario.leads.customers import normalise_e164

    sid = form.get("MessageSid") or form.get("SmsMessageSid") or form.get("SmsSid")
    missing = [n for n, v in (("MessageSid", sid), ("From", form.get("From")), ("Body", form.get("Body"))) if v is None]
    if missing:
        raise InputDataError(
            f"not a Twilio SMS webhook: missing {', '.join(missing)}",
            "Pass the form fields Twilio posts (MessageSid, From, To, Body)",
        )
    if len(str(form["Body"])) > MAX_SMS_CHARS:
        raise MessageTooLong(
            f"the SMS body has {len(str(form['Body']))} characters, more than {MAX_SMS_CHARS}",
            "Twilio never posts a longer SMS; nothing was stored",
        )
    return InboundMessage(
        provider="twilio",
        provider_message_id=str(sid),
        channel="sms",
        from_addr=normalise_e164(form["From"], region),
        to_addr=form.get("To"),
        body=str(form["Body"]).strip(),
        payload=dict(form),
    )


# ------------------------------------------------------------------------------------- SendGrid


def parse_multipart(body: bytes, content_type: str) -> dict[str, str]:
    """Text fields of a ``multipart/form-data`` body (file parts are skipped). Raises InputDataError."""
    from email.parser import BytesParser
    from email.policy import HTTP

    if "boundary=" not in content_type:
        raise InputDataError(
            "multipart body without a boundary", "Send Content-Type: multipart/form-data; boundary=..."
        )
    msg = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    if not msg.is_multipart():
        raise InputDataError("body is not multipart/form-data", "Send the fields SendGrid Inbound Parse posts")
    out: dict[str, str] = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name or part.get_filename():
            continue
        payload = part.get_payload(decode=True) or b""
        out[str(name)] = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    return out


def boundary_of(body: bytes) -> str | None:
    """The boundary of a raw multipart body saved without its headers (first line ``--BOUNDARY``)."""
    first = body.lstrip().split(b"\n", 1)[0].strip()
    return first[2:].decode("latin-1") if first.startswith(b"--") and len(first) > 2 else None


_REPLY_MARKERS = re.compile(r"^(On .+wrote:|-----Original Message-----|From: .+)$", re.MULTILINE)


def _strip_quoted(text: str) -> str:
    m = _REPLY_MARKERS.search(text)
    if m:
        text = text[: m.start()]
    return "\n".join(line for line in text.splitlines() if not line.startswith(">")).strip()


def _message_id(headers: str) -> str | None:
    m = re.search(r"^Message-ID:\s*(<[^>]+>|\S+)", headers or "", re.IGNORECASE | re.MULTILINE)
    return m.group(1) if m else None


def parse_sendgrid_inbound(fields: Mapping[str, str]) -> InboundMessage:
    """SendGrid Inbound Parse fields → InboundMessage. The provider message id is the email's
    ``Message-ID`` header, else a SHA-256 of from/subject/text (stable across re-deliveries).
    Raises InputDataError without ``from`` or without any text."""
    from email.utils import parseaddr

    from customario.leads.customers import normalise_email

    if not fields.get("from"):
        raise InputDataError(
            "not a SendGrid Inbound Parse payload: missing 'from'",
            "Pass the fields SendGrid posts (from, to, subject, text)",
        )
    text = fields.get("text")
    if not text and fields.get("html"):
        text = re.sub(r"<[^>]+>", " ", fields["html"])
    if not text or not text.strip():
        raise InputDataError("the email has no text", "SendGrid posts the body in the 'text' field")
    name, _ = parseaddr(fields["from"])
    mid = _message_id(fields.get("headers", ""))
    if not mid:
        mid = (
            "sha256:"
            + hashlib.sha256("\x1f".join([fields["from"], fields.get("subject", ""), text]).encode()).hexdigest()
        )
    return InboundMessage(
        provider="sendgrid",
        provider_message_id=mid,
        channel="email",
        from_addr=normalise_email(fields["from"]),
        to_addr=fields.get("to"),
        subject=fields.get("subject") or None,
        body=_strip_quoted(text) or text.strip(),
        name=name or None,
        payload={k: v for k, v in fields.items() if k != "html"},
    )


def verify_sendgrid_signature(public_key: str, signature_b64: str | None, timestamp: str | None, body: bytes) -> bool:
    """ECDSA P-256/SHA-256 check of ``timestamp + body`` against the base64 ``signature_b64``
    with ``public_key`` (base64 DER or PEM). False when missing or wrong; ConfigError-free."""
    if not signature_b64 or not timestamp:
        return False
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        key_text = public_key.strip()
        if "BEGIN PUBLIC KEY" in key_text:
            key = serialization.load_pem_public_key(key_text.encode())
        else:
            key = serialization.load_der_public_key(base64.b64decode(key_text))
        key.verify(base64.b64decode(signature_b64), timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


# ---------------------------------------------------------------------------------------- queue


def enqueue_inbound(
    db: Database, msg: InboundMessage, received_at: str | None = None, settings: Any = None
) -> tuple[dict, bool]:
    """Store ``msg`` for its customer (found or created); returns (row, created). A second delivery
    of the same provider message id returns the stored row with ``created=False``. An SMS that is a
    carrier keyword or an opt-out is handled in the same transaction
    (:func:`customario.channels.keywords.handle_sms`: DNC + one confirmation; ``row["keyword"]``)
    and is not batched for the agent."""
    from customario.leads.customers import resolve_customer

    with immediate(db):
        rows = list(
            db.query(
                "SELECT * FROM inbound_messages WHERE provider = ? AND provider_message_id = ?",
                [msg.provider, msg.provider_message_id],
            )
        )
        if rows:
            return rows[0], False
        if msg.channel == "sms":
            customer = resolve_customer(db, e164=msg.from_addr, name=msg.name)
        else:
            customer = resolve_customer(db, email=msg.from_addr, name=msg.name)
        row = {
            "provider": msg.provider,
            "provider_message_id": msg.provider_message_id,
            "channel": msg.channel,
            "customer_id": customer["id"],
            "from_addr": msg.from_addr,
            "to_addr": msg.to_addr,
            "subject": msg.subject,
            "body": msg.body,
            "payload": json_col(dict(msg.payload)),
            "status": "pending",
            "received_at": received_at or utc_now(),
        }
        row["id"] = db["inbound_messages"].insert(row).last_pk
        if msg.channel == "sms":
            from customario.channels.keywords import handle_sms

            row["keyword"] = handle_sms(db, row, settings)
    return row, True


def claim_ready_batches(
    db: Database,
    window_s: float,
    *,
    now: datetime | None = None,
    force: bool = False,
    limit: int | None = None,
    campaign: str | None = None,
) -> list[dict]:
    """Group each customer's pending messages into one batch once their newest message is at least
    ``window_s`` seconds old (``force`` ignores the window). One transaction; returns the new
    ``inbound_batches`` rows (``text`` = the messages joined by newlines, oldest first)."""
    if window_s < 0:
        raise UsageError("the batch window cannot be negative", "Set batch_window_s to 0 or more seconds")
    now = now or datetime.now(timezone.utc)
    cutoff = (now - timedelta(seconds=window_s)).isoformat(timespec="microseconds")
    batches = []
    with immediate(db):
        sql = (
            "SELECT customer_id, MAX(received_at) AS newest FROM inbound_messages WHERE status = 'pending' "
            "GROUP BY customer_id" + ("" if force else " HAVING MAX(received_at) <= ?") + " ORDER BY MIN(id)"
        )
        ready = list(db.query(sql + (f" LIMIT {int(limit)}" if limit else ""), [] if force else [cutoff]))
        stamp = utc_now()
        for r in ready:
            msgs = list(
                db.query(
                    "SELECT id, channel, subject, body FROM inbound_messages WHERE status = 'pending' "
                    "AND customer_id = ? ORDER BY received_at, id",
                    [r["customer_id"]],
                )
            )
            text = "\n".join(m["body"] for m in msgs)
            bid = (
                db["inbound_batches"]
                .insert(
                    {
                        "customer_id": r["customer_id"],
                        "channel": msgs[-1]["channel"],
                        "message_count": len(msgs),
                        "text": text,
                        "status": "pending",
                        "campaign": campaign,
                        "created_at": stamp,
                    }
                )
                .last_pk
            )
            db.execute(
                f"UPDATE inbound_messages SET status = 'batched', batch_id = ? WHERE id IN "
                f"({','.join('?' * len(msgs))})",
                [bid, *[m["id"] for m in msgs]],
            )
            batches.append(next(db.query("SELECT * FROM inbound_batches WHERE id = ?", [bid])))
    return batches


def list_inbound(db: Database, status: str | None = None, limit: int | None = None) -> list[dict]:
    sql = "SELECT id, provider, provider_message_id, channel, customer_id, from_addr, subject, body, status, batch_id, received_at FROM inbound_messages"
    params: list = []
    if status:
        sql, params = sql + " WHERE status = ?", [status]
    sql += " ORDER BY id DESC" + (f" LIMIT {int(limit)}" if limit else "")
    return list(db.query(sql, params))


def choose_reply_channel(db: Database, call_id: int, channel: str) -> None:
    """Record the agent's structured choice to answer call ``call_id``'s conversation on ``channel``
    (``calls.metadata.reply_channel``). Raises UsageError for anything but sms/email."""
    if channel not in ("sms", "email"):
        raise UsageError(f"cannot reply on {channel!r}", "Use sms or email")
    db.execute(
        "UPDATE calls SET metadata = json_set(COALESCE(metadata, '{}'), '$.reply_channel', ?) WHERE id = ?",
        [channel, call_id],
    )


def reply_channel_of(db: Database, call_id: int) -> str | None:
    row = db.execute("SELECT json_extract(metadata, '$.reply_channel') FROM calls WHERE id = ?", [call_id]).fetchone()
    return row[0] if row else None


def load_payload(text: str) -> dict[str, str]:
    """Form-encoded (``a=1&b=2``) or JSON-object text → dict of strings. Raises InputDataError."""
    from urllib.parse import parse_qsl

    text = text.strip()
    if not text:
        raise InputDataError("the payload is empty", "Pass the provider's form fields (a file or stdin)")
    if text.startswith("{"):
        from customario.definitions.files import load_json_text

        data = load_json_text(text, "the JSON payload")
        if not isinstance(data, dict):
            raise InputDataError("the JSON payload must be an object", "Pass form fields or a JSON object")
        return {str(k): "" if v is None else str(v) for k, v in data.items()}
    pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False)
    if not pairs:
        raise InputDataError("the payload has no form fields", "Pass form fields like MessageSid=...&From=...&Body=...")
    return dict(pairs)
