"""The outbox: every SMS, e-mail and webhook customario sends, queued first and delivered by one sender.

Messages are queued in ``outbox`` (:func:`enqueue`, in the caller's transaction when there is one)
and delivered by :func:`send_pending` through :class:`customario.adapters.messaging.Messaging`:
SMS through Twilio's Messages REST API when ``twilio_account_sid``, ``twilio_auth_token`` and
``twilio_from`` are set; e-mail through SMTP (``smtp_host``, ``smtp_port``, ``smtp_user``,
``smtp_password``, ``smtp_from``) when ``smtp_host`` is set, with ``Message-ID``, ``In-Reply-To``
and ``References`` for threading; webhooks (``kind`` notification) signed with
``webhook_secret``; otherwise SMS and e-mail are written to files in the outbox folder
(``<db folder>/outbox`` unless ``outbox_dir`` is set in the config file).

A delivery that fails leaves the message queued with ``attempts``, ``last_error`` and
``next_attempt_at`` (exponential back-off); any later process (``customario outbox send``,
``customario serve``, the next notification) retries it; after :data:`MAX_ATTEMPTS` it is marked
failed, and at once when the provider refused it for good (4xx). A message claimed by a process
that died (``sending`` for longer than :data:`STALE_SENDING_S`) is taken again. Nothing is dropped.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlite_utils import Database

from customario.adapters.messaging import Messaging, PermanentDelivery, make_message_id, messaging_from_settings
from customario.errors import ConfigError, ExternalServiceError, UsageError
from customario.store.db import immediate, utc_now

MAX_ATTEMPTS = 5
STALE_SENDING_S = 60  # a message claimed longer ago than this (crashed sender) is retried
MAX_BACKOFF_S = 600
CHANNELS = ("sms", "email", "webhook")
KINDS = ("message", "notification", "code", "followup")

# Older names (the sender used to live here).
Adapters = Messaging
adapters_from_settings = messaging_from_settings


def enqueue(
    db: Database,
    *,
    channel: str,
    to: str,
    body: str,
    subject: str | None = None,
    customer_id: int | None = None,
    call_id: int | None = None,
    batch_id: int | None = None,
    kind: str = "message",
    in_reply_to: str | None = None,
    references: list[str] | str | None = None,
    sender: str | None = None,
) -> dict:
    """Queue one message (``to`` is E.164 for sms, an address for email, a URL for webhook); returns
    the row. E-mails get their ``Message-ID`` now (stable across retries) and keep ``In-Reply-To``
    and ``References`` (the thread's ids, oldest first). Raises UsageError for an unknown channel
    or kind, or an empty body."""
    if channel not in CHANNELS:
        raise UsageError(f"the outbox cannot send on {channel!r}", "Use sms, email or webhook")
    if kind not in KINDS:
        raise UsageError(f"unknown outbox kind {kind!r}", f"Use one of {', '.join(KINDS)}")
    if not body or not body.strip():
        raise UsageError("an outbox message needs a body", "Say something")
    refs = " ".join(references) if isinstance(references, (list, tuple)) else references
    row = {
        "customer_id": customer_id,
        "channel": channel,
        "to_addr": to,
        "subject": subject,
        "body": body.strip(),
        "status": "queued",
        "attempts": 0,
        "call_id": call_id,
        "batch_id": batch_id,
        "created_at": utc_now(),
        "kind": kind,
        "message_id": make_message_id(sender) if channel == "email" else None,
        "in_reply_to": in_reply_to if channel == "email" else None,
        "references_ids": refs if channel == "email" else None,
    }
    row["id"] = db["outbox"].insert(row).last_pk
    return row


def list_outbox(db: Database, status: str | None = None, limit: int | None = None) -> list[dict]:
    sql, params = "SELECT * FROM outbox", []
    if status:
        sql, params = sql + " WHERE status = ?", [status]
    sql += " ORDER BY id DESC" + (f" LIMIT {int(limit)}" if limit else "")
    return list(db.query(sql, params))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _claim(
    db: Database, limit: int | None, ids: list[int] | None, kinds: tuple[str, ...] | None, stale_s: float
) -> list[dict]:
    """Take due messages for this process (status → sending) in one transaction."""
    now = _now()
    stale = (now - timedelta(seconds=stale_s)).isoformat(timespec="microseconds")
    with immediate(db):
        sql = (
            "SELECT * FROM outbox WHERE ((status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) "
            "OR (status = 'sending' AND claimed_at < ?))"
        )
        params: list[Any] = [now.isoformat(timespec="microseconds"), stale]
        if ids:
            sql += f" AND id IN ({','.join('?' * len(ids))})"
            params += ids
        if kinds:
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params += list(kinds)
        rows = list(db.query(sql + " ORDER BY id" + (f" LIMIT {int(limit)}" if limit else ""), params))
        stamp = utc_now()
        for r in rows:
            db.execute("UPDATE outbox SET status = 'sending', claimed_at = ? WHERE id = ?", [stamp, r["id"]])
    return rows


def send_pending(
    db: Database,
    adapters: Messaging,
    *,
    limit: int | None = None,
    dry_run: bool = False,
    ids: list[int] | None = None,
    kinds: tuple[str, ...] | None = None,
    stale_s: float = STALE_SENDING_S,
) -> list[dict]:
    """Deliver due messages (oldest first); returns ``[{id, channel, kind, adapter, status, error}]``.
    A failure keeps the message queued (attempts + 1, last_error, next_attempt_at) until
    MAX_ATTEMPTS, then 'failed'; a permanent refusal fails at once; a configuration problem (no
    webhook secret) leaves it queued without using an attempt. With ``dry_run`` nothing is claimed
    or sent: the adapter each message would use is reported."""
    if dry_run:
        rows = [
            r for r in list_outbox(db, "queued") if (not ids or r["id"] in ids) and (not kinds or r["kind"] in kinds)
        ]
        rows = rows[::-1][: limit or None]
        return [
            {
                "id": r["id"],
                "channel": r["channel"],
                "kind": r["kind"],
                "adapter": adapters.name_for(r["channel"]),
                "status": "would-send",
                "error": None,
            }
            for r in rows
        ]
    results = []
    for msg in _claim(db, limit, ids, kinds, stale_s):
        adapter = adapters.name_for(msg["channel"])
        out = {"id": msg["id"], "channel": msg["channel"], "kind": msg["kind"], "adapter": adapter}
        try:
            provider_id = adapters.send(msg)
        except ConfigError as exc:
            db.execute(
                "UPDATE outbox SET status = 'queued', last_error = ?, adapter = ?, claimed_at = NULL WHERE id = ?",
                [exc.render(), adapter, msg["id"]],
            )
            results.append({**out, "status": "queued", "error": exc.render()})
            continue
        except ExternalServiceError as exc:
            attempts = msg["attempts"] + 1
            final = isinstance(exc, PermanentDelivery) or attempts >= MAX_ATTEMPTS
            delay = min(MAX_BACKOFF_S, adapters.retry_base_s * (2 ** (attempts - 1)))
            due = (_now() + timedelta(seconds=delay)).isoformat(timespec="microseconds")
            db.execute(
                "UPDATE outbox SET status = ?, attempts = ?, last_error = ?, adapter = ?, claimed_at = NULL, "
                "next_attempt_at = ? WHERE id = ?",
                ["failed" if final else "queued", attempts, exc.render(), adapter, None if final else due, msg["id"]],
            )
            results.append(
                {**out, "status": "failed" if final else "queued", "error": exc.render(), "attempts": attempts}
            )
            continue
        db.execute(
            "UPDATE outbox SET status = 'sent', attempts = attempts + 1, last_error = NULL, adapter = ?, "
            "provider_message_id = ?, sent_at = ?, next_attempt_at = NULL WHERE id = ?",
            [adapter, provider_id, utc_now(), msg["id"]],
        )
        results.append({**out, "status": "sent", "error": None, "attempts": msg["attempts"] + 1})
    return results


def next_due(db: Database, kinds: tuple[str, ...] | None = None) -> datetime | None:
    """When the earliest queued message (of ``kinds``) may be tried again; None when nothing waits."""
    sql = "SELECT MIN(COALESCE(next_attempt_at, created_at)) FROM outbox WHERE status = 'queued'"
    params: list[Any] = []
    if kinds:
        sql += f" AND kind IN ({','.join('?' * len(kinds))})"
        params += list(kinds)
    row = db.execute(sql, params).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None
