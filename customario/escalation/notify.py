"""Supervisor notifications, durable: each event is queued in the outbox and delivered from there.

Events: ``created`` (a new help request), ``answered``, ``timed-out`` (the holding caller's deadline
passed) and ``caller-left`` (the caller hung up while holding). :func:`queue_event` writes, in the
caller's transaction (the same one that changed the help request when called from
:mod:`.help_requests`), one ``notifications`` row per channel and one ``outbox`` row (``kind``
notification) per delivery:

- **webhook** (``settings.webhook_url``): ``POST`` of the JSON :func:`payload` with
  ``X-Customario-Signature: sha256=<HMAC-SHA256 of the raw body keyed with settings.webhook_secret>``
  (verify with :func:`verify_signature`). A URL without a secret is a configuration error: nothing
  is sent unsigned (the notification row says why; ``customario doctor`` reports it);
- **SMS / e-mail** to the assigned supervisor (new requests only), when Twilio / SMTP are set and
  the supervisor has a phone / address.

Delivery (:func:`deliver`) runs in a background thread so a slow or dead endpoint never holds a
call; failures are retried with back-off by that thread for a few seconds and then by any later
process: the next notification, ``customario outbox send``, or ``customario serve``'s background
worker. A process killed before delivery leaves the row queued (or ``sending``, taken again after
``STALE_SENDING_S``): nothing is lost. Caller numbers are masked in every payload.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from datetime import datetime, timezone
from typing import Any

from sqlite_utils import Database

from customario.adapters.messaging import SIGNATURE_HEADER, sign, verify_signature  # noqa: F401  (re-exported)
from customario.errors import ConfigError
from customario.store.db import immediate, utc_now

log = logging.getLogger("customario.escalation.notify")

EVENTS = {
    "created": "help_request.created",
    "answered": "help_request.answered",
    "timed-out": "help_request.timed_out",
    "caller-left": "help_request.caller_left",
}
DELIVER_WAIT_S = 15.0  # how long the background thread keeps retrying before leaving it to others


def _mask(phone: str | None) -> str | None:
    from customario.render.tables import mask_phone

    return mask_phone(phone) if phone else None


def payload(request: dict, event: str = "created") -> dict:
    """The webhook JSON body for ``event`` on a help request (the caller's number masked)."""
    body = {
        "event": EVENTS.get(event, event),
        "help_request": {
            "id": request["id"],
            "question": request["question"],
            "priority": request["priority"],
            "status": request.get("status"),
            "tags": request.get("tags", []),
            "campaign": request.get("campaign"),
            "call_id": request.get("call_id"),
            "caller": _mask(request.get("caller")),
            "assigned_to": request.get("assigned_to"),
            "hold_state": request.get("hold_state"),
            "created_at": request.get("created_at"),
            "deadline_at": request.get("deadline_at"),
            "context": request.get("context", []) if event == "created" else [],
        },
        "sent_at": utc_now(),
    }
    if event == "created":
        body["answer_with"] = f'customario supervisor answer {request["id"]} "..."'
    if event == "answered":
        body["help_request"].update(answered_by=request.get("answered_by"), answered_at=request.get("answered_at"))
    return body


def _text(request: dict) -> str:
    return (
        f"Help request {request['id']} ({request['priority']}): {request['question'][:200]} "
        f'-- answer: customario supervisor answer {request["id"]} "..."'
    )


def _row(
    db: Database,
    request_id: int,
    event: str,
    channel: str,
    target: str | None,
    status: str,
    outbox_id: int | None = None,
    error: str | None = None,
) -> int:
    now = utc_now()
    return (
        db["notifications"]
        .insert(
            {
                "help_request_id": request_id,
                "event": event,
                "channel": channel,
                "target": target,
                "status": status,
                "attempts": 0,
                "last_error": error,
                "outbox_id": outbox_id,
                "created_at": now,
                "updated_at": now,
            }
        )
        .last_pk
    )


def queue_event(db: Database, settings: Any, event: str, request: dict, supervisor: dict | None = None) -> list[int]:
    """Queue the notifications of ``event`` (see the module docstring); returns the outbox ids.
    Runs in the caller's transaction when there is one. Never raises for a bad webhook setting:
    the notification row records the configuration error instead."""
    from customario.adapters.messaging import check_webhook_settings
    from customario.channels.outbox import enqueue

    if settings is None:
        return []
    log.warning(
        "help request %s %s (%s) for %s: %s",
        request["id"],
        event,
        request["priority"],
        request.get("assigned_to") or "any supervisor",
        request.get("campaign") or "-",
    )
    ids: list[int] = []
    sup = supervisor or {}
    with immediate(db):
        _row(db, request["id"], event, "log", None, "sent")
        url = getattr(settings, "webhook_url", None)
        if url:
            from urllib.parse import urlsplit

            host = urlsplit(url).netloc or url[:60]
            try:
                check_webhook_settings(settings)
            except ConfigError as exc:
                _row(db, request["id"], event, "webhook", host, "failed", error="configuration error: " + exc.render())
            else:
                body = json.dumps(payload(request, event), ensure_ascii=False, sort_keys=True)
                msg = enqueue(db, channel="webhook", to=url, body=body, kind="notification")
                _row(db, request["id"], event, "webhook", host, "pending", msg["id"])
                ids.append(msg["id"])
        if event == "created":
            sms_ready = all(
                getattr(settings, k, None) for k in ("twilio_account_sid", "twilio_auth_token", "twilio_from")
            )
            if sup.get("phone") and sms_ready:
                msg = enqueue(db, channel="sms", to=sup["phone"], body=_text(request), kind="notification")
                _row(db, request["id"], event, "sms", _mask(sup["phone"]), "pending", msg["id"])
                ids.append(msg["id"])
            if sup.get("email") and getattr(settings, "smtp_host", None) and getattr(settings, "smtp_from", None):
                msg = enqueue(
                    db,
                    channel="email",
                    to=sup["email"],
                    body=_text(request),
                    kind="notification",
                    subject=f"[customario] {request['priority']} help request {request['id']}",
                    sender=getattr(settings, "smtp_from", None),
                )
                _row(db, request["id"], event, "email", sup["email"], "pending", msg["id"])
                ids.append(msg["id"])
    return ids


def sync_status(db: Database) -> None:
    """Copy the outbox's delivery state (sent / failed / still pending, attempts, last error) onto
    the notification rows that are not final yet."""
    db.execute(
        "UPDATE notifications SET "
        "status = (SELECT CASE o.status WHEN 'sent' THEN 'sent' WHEN 'failed' THEN 'failed' ELSE 'pending' END FROM outbox o WHERE o.id = notifications.outbox_id), "
        "attempts = (SELECT o.attempts FROM outbox o WHERE o.id = notifications.outbox_id), "
        "last_error = (SELECT o.last_error FROM outbox o WHERE o.id = notifications.outbox_id), updated_at = ? "
        "WHERE outbox_id IS NOT NULL AND status NOT IN ('sent', 'failed')",
        [utc_now()],
    )


def deliver(db_file: str, settings: Any, *, messaging: Any = None, wait_s: float = DELIVER_WAIT_S) -> None:
    """Send every due notification (this process's and older ones), retrying for up to ``wait_s``
    seconds; what is still queued then stays for a later process. Never raises."""
    from customario.adapters.messaging import messaging_from_settings
    from customario.channels.outbox import next_due, send_pending
    from customario.store.db import open_db

    db = None
    try:
        db = open_db(db_file, migrate=False)
        m = messaging or messaging_from_settings(settings)
        end = time.monotonic() + wait_s
        while True:
            for r in send_pending(db, m, kinds=("notification",)):
                if r["status"] != "sent":
                    log.warning("notification %s (%s) not delivered: %s", r["id"], r["channel"], r["error"])
            sync_status(db)
            due = next_due(db, ("notification",))
            if due is None:
                break
            wait = (due - datetime.now(timezone.utc)).total_seconds()
            if time.monotonic() + max(0.0, wait) > end:
                break
            time.sleep(max(0.01, wait))
    except Exception:  # a notifier problem must never reach the call; rows stay queued
        log.warning("notification delivery stopped", exc_info=True)
    finally:
        if db is not None:
            db.close()


def deliver_in_background(
    db: Database, settings: Any, *, messaging: Any = None, name: str = "notify", wait_s: float = DELIVER_WAIT_S
) -> threading.Thread | None:
    """Start :func:`deliver` in a daemon thread (None for an in-memory database)."""
    db_file = db.execute("PRAGMA database_list").fetchone()[2]
    if not db_file:
        return None
    thread = threading.Thread(
        target=deliver,
        name=name,
        daemon=True,
        args=(db_file, settings),
        kwargs={"messaging": messaging, "wait_s": wait_s},
    )
    thread.start()
    return thread


def notify_event(
    db: Database, settings: Any, event: str, request: dict, supervisor: dict | None = None, *, messaging: Any = None
) -> threading.Thread | None:
    """Queue ``event`` for ``request`` and start delivering it; returns the delivery thread."""
    ids = queue_event(db, settings, event, request, supervisor)
    if not ids:
        return None
    return deliver_in_background(db, settings, messaging=messaging, name=f"notify-{request['id']}")


def notify_help_request(
    db: Database, settings: Any, request: dict, supervisor: dict | None = None, *, messaging: Any = None
) -> threading.Thread | None:
    """A new help request: :func:`notify_event` with ``created``."""
    return notify_event(db, settings, "created", request, supervisor, messaging=messaging)


def kick(db: Database, settings: Any, *, messaging: Any = None) -> threading.Thread | None:
    """Deliver notifications left queued by earlier processes (if any) in the background."""
    row = db.execute(
        "SELECT 1 FROM outbox WHERE kind = 'notification' AND status IN ('queued', 'sending') LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return deliver_in_background(db, settings, messaging=messaging, name="notify-backlog", wait_s=2.0)


def webhook_check(settings: Any, *, probe: bool = True, timeout_s: float = 5.0) -> dict:
    """The doctor check for the webhook: configured with a secret, and (``probe``) answering a
    signed ``{"event": "ping"}`` with 2xx. Returns ``{check, ok, detail, hint}``; never raises."""
    from urllib.parse import urlsplit

    from customario.adapters.messaging import Messaging, check_webhook_settings
    from customario.errors import CustomarioError

    name = "supervisor webhook"
    url = getattr(settings, "webhook_url", None)
    if not url:
        return {"check": name, "ok": True, "detail": "not configured (log only)", "hint": ""}
    try:
        check_webhook_settings(settings)
    except ConfigError as exc:
        return {"check": name, "ok": False, "detail": exc.message, "hint": exc.hint or ""}
    host = urlsplit(url).netloc
    if not probe:
        return {"check": name, "ok": True, "detail": f"{host}, signed", "hint": ""}
    body = json.dumps({"event": "ping", "sent_at": utc_now()})
    m = Messaging(outbox_dir=".", webhook_secret=settings.webhook_secret, timeout_s=timeout_s)
    try:
        status = m.send({"channel": "webhook", "to_addr": url, "body": body})
    except CustomarioError as exc:
        return {
            "check": name,
            "ok": False,
            "detail": f"{host}: {exc.message}",
            "hint": "Check that the endpoint is up and accepts POST (notifications stay queued until it does)",
        }
    return {"check": name, "ok": True, "detail": f"{host} answered a signed ping ({status})", "hint": ""}
