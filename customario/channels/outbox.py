"""The outbox: every SMS and email the agent sends, and the adapters that deliver them.

Messages are queued in ``outbox`` and delivered by :func:`send_pending` through the first adapter
configured for their channel: SMS through Twilio's Messages REST API
(``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` with ``From``, ``To``, ``Body``, HTTP basic
auth with the account SID and auth token) when ``twilio_account_sid``, ``twilio_auth_token`` and
``twilio_from`` are set; email through SMTP (``smtp_host``, ``smtp_port``, ``smtp_user``,
``smtp_password``, ``smtp_from``; STARTTLS when the server offers it, implicit TLS on port 465) when ``smtp_host`` is set;
otherwise the message is written to a file in the outbox folder (``<db folder>/outbox`` unless
``outbox_dir`` is set in the config file). A delivery that fails leaves the message queued with
``attempts`` and ``last_error`` for the next run; after :data:`MAX_ATTEMPTS` it is marked failed.
Nothing is ever dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import ExternalServiceError, UsageError

MAX_ATTEMPTS = 5
STALE_SENDING_S = 600          # a message claimed longer ago than this (crashed sender) is retried
TWILIO_API_BASE = "https://api.twilio.com"


def enqueue(db: Database, *, channel: str, to: str, body: str, subject: str | None = None,
            customer_id: int | None = None, call_id: int | None = None, batch_id: int | None = None) -> dict:
    """Queue one message (``to`` is E.164 for sms, an address for email); returns the row.
    Raises UsageError for an unknown channel or an empty body."""
    if channel not in ("sms", "email"):
        raise UsageError(f"the outbox cannot send on {channel!r}", "Use sms or email")
    if not body or not body.strip():
        raise UsageError("an outbox message needs a body", "Say something")
    row = {"customer_id": customer_id, "channel": channel, "to_addr": to, "subject": subject, "body": body.strip(),
           "status": "queued", "attempts": 0, "call_id": call_id, "batch_id": batch_id, "created_at": utc_now()}
    row["id"] = db["outbox"].insert(row).last_pk
    return row


def list_outbox(db: Database, status: str | None = None, limit: int | None = None) -> list[dict]:
    sql, params = "SELECT * FROM outbox", []
    if status:
        sql, params = sql + " WHERE status = ?", [status]
    sql += " ORDER BY id DESC" + (f" LIMIT {int(limit)}" if limit else "")
    return list(db.query(sql, params))


@dataclass
class Adapters:
    """Where messages go. Built from Settings by :func:`adapters_from_settings`; tests point
    ``twilio_base`` at a loopback server."""

    outbox_dir: Path
    twilio_sid: str | None = None
    twilio_token: str | None = None
    twilio_from: str | None = None
    twilio_base: str = TWILIO_API_BASE
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    timeout_s: float = 10.0

    def name_for(self, channel: str) -> str:
        if channel == "sms" and self.twilio_sid and self.twilio_token and self.twilio_from:
            return "twilio"
        if channel == "email" and self.smtp_host:
            return "smtp"
        return "file"


def adapters_from_settings(settings: Any) -> Adapters:
    """Adapters for these Settings: Twilio/SMTP only when configured, else files under the outbox folder."""
    extra = dict(getattr(settings, "extra", {}) or {})
    folder = extra.get("outbox_dir") or str(Path(settings.db).expanduser().parent / "outbox")
    return Adapters(outbox_dir=Path(folder), twilio_sid=settings.twilio_account_sid, twilio_token=settings.twilio_auth_token,
                    twilio_from=settings.twilio_from, twilio_base=str(extra.get("twilio_api_base") or TWILIO_API_BASE),
                    smtp_host=settings.smtp_host, smtp_port=int(settings.smtp_port or 587), smtp_user=settings.smtp_user,
                    smtp_password=settings.smtp_password, smtp_from=settings.smtp_from)


def _send_twilio(a: Adapters, msg: dict) -> str:
    import httpx2

    url = f"{a.twilio_base.rstrip('/')}/2010-04-01/Accounts/{a.twilio_sid}/Messages.json"
    try:
        resp = httpx2.post(url, data={"From": a.twilio_from, "To": msg["to_addr"], "Body": msg["body"]},
                           auth=(a.twilio_sid, a.twilio_token), timeout=a.timeout_s)
    except httpx2.HTTPError as exc:
        raise ExternalServiceError(f"Twilio could not be reached ({type(exc).__name__})", "The message stays queued") from None
    if resp.status_code >= 300:
        try:
            err = resp.json()
            detail = f"{err.get('code')}: {err.get('message')}"
        except ValueError:
            detail = resp.text[:200]
        raise ExternalServiceError(f"Twilio refused the message (HTTP {resp.status_code}, {detail})", "Check the number and account")
    return str(resp.json().get("sid") or "")


def _send_smtp(a: Adapters, msg: dict) -> str:
    import smtplib
    import ssl
    from email.message import EmailMessage
    from email.utils import make_msgid

    em = EmailMessage()
    em["From"] = a.smtp_from or a.smtp_user or "support@localhost"
    em["To"] = msg["to_addr"]
    em["Subject"] = msg["subject"] or "Your support request"
    mid = make_msgid(domain=(em["From"].split("@")[-1].strip("> ") or "localhost"))
    em["Message-ID"] = mid
    em.set_content(msg["body"])
    try:
        if a.smtp_port == 465:   # implicit TLS (SMTPS)
            client = smtplib.SMTP_SSL(a.smtp_host, a.smtp_port, timeout=a.timeout_s, context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(a.smtp_host, a.smtp_port, timeout=a.timeout_s)
        with client as smtp:
            smtp.ehlo()
            if a.smtp_port != 465 and smtp.has_extn("starttls"):
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if a.smtp_user:
                smtp.login(a.smtp_user, a.smtp_password or "")
            smtp.send_message(em)
    except (smtplib.SMTPException, OSError) as exc:
        raise ExternalServiceError(f"SMTP delivery failed ({type(exc).__name__}: {str(exc)[:120]})", "The message stays queued") from None
    return mid


def _send_file(a: Adapters, msg: dict) -> str:
    a.outbox_dir.mkdir(parents=True, exist_ok=True)
    path = a.outbox_dir / f"{msg['id']:06d}-{msg['channel']}.json"
    record = {k: msg[k] for k in ("id", "channel", "to_addr", "subject", "body", "customer_id", "call_id", "created_at")}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return str(path)


_SENDERS = {"twilio": _send_twilio, "smtp": _send_smtp, "file": _send_file}


def _claim(db: Database, limit: int | None, ids: list[int] | None) -> list[dict]:
    stale = (datetime.now(timezone.utc) - timedelta(seconds=STALE_SENDING_S)).isoformat(timespec="microseconds")
    with immediate(db):
        sql = "SELECT * FROM outbox WHERE (status = 'queued' OR (status = 'sending' AND claimed_at < ?))"
        params: list[Any] = [stale]
        if ids:
            sql += f" AND id IN ({','.join('?' * len(ids))})"
            params += ids
        rows = list(db.query(sql + " ORDER BY id" + (f" LIMIT {int(limit)}" if limit else ""), params))
        now = utc_now()
        for r in rows:
            db.execute("UPDATE outbox SET status = 'sending', claimed_at = ? WHERE id = ?", [now, r["id"]])
    return rows


def send_pending(db: Database, adapters: Adapters, *, limit: int | None = None, dry_run: bool = False,
                 ids: list[int] | None = None) -> list[dict]:
    """Deliver queued messages (oldest first); returns ``[{id, channel, adapter, status, error}]``.
    A failure keeps the message queued (attempts + 1, last_error) until MAX_ATTEMPTS, then 'failed'.
    With ``dry_run`` nothing is claimed or sent: the adapter each message would use is reported."""
    if dry_run:
        rows = [r for r in list_outbox(db, "queued") if not ids or r["id"] in ids][::-1][: limit or None]
        return [{"id": r["id"], "channel": r["channel"], "adapter": adapters.name_for(r["channel"]), "status": "would-send",
                 "error": None} for r in rows]
    results = []
    for msg in _claim(db, limit, ids):
        adapter = adapters.name_for(msg["channel"])
        try:
            provider_id = _SENDERS[adapter](adapters, msg)
        except ExternalServiceError as exc:
            attempts = msg["attempts"] + 1
            status = "failed" if attempts >= MAX_ATTEMPTS else "queued"
            db.execute("UPDATE outbox SET status = ?, attempts = ?, last_error = ?, adapter = ?, claimed_at = NULL WHERE id = ?",
                       [status, attempts, exc.render(), adapter, msg["id"]])
            results.append({"id": msg["id"], "channel": msg["channel"], "adapter": adapter, "status": status, "error": exc.render()})
            continue
        db.execute("UPDATE outbox SET status = 'sent', attempts = attempts + 1, last_error = NULL, adapter = ?, "
                   "provider_message_id = ?, sent_at = ? WHERE id = ?", [adapter, provider_id, utc_now(), msg["id"]])
        results.append({"id": msg["id"], "channel": msg["channel"], "adapter": adapter, "status": "sent", "error": None})
    return results
