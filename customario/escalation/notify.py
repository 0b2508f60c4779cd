"""Supervisor notifications for new help requests: a log line, a signed webhook, optional SMS/email.

:func:`notify_help_request` returns at once: it writes the log line and one ``notifications`` row
per channel, then delivers in a daemon thread, so a slow or dead endpoint never holds up a call.

Webhook: ``POST settings.webhook_url`` with a JSON body and the header
``X-Customario-Signature: sha256=<hex HMAC-SHA256 of the raw body with settings.webhook_secret>``
(the GitHub webhook convention; verify with :func:`verify_signature`). Retried with exponential
back-off (0.5 s, 1 s, 2 s; :data:`WEBHOOK_BACKOFF_S`) on connection errors, timeouts, 408, 429 and
5xx; other 4xx fail at once. Each attempt's outcome is recorded in ``notifications``.

SMS (Twilio REST API, when ``twilio_account_sid``/``twilio_auth_token``/``twilio_from`` are set and
the supervisor has a phone) and email (SMTP, when ``smtp_host``/``smtp_from`` are set and the
supervisor has an address) are optional adapters; nothing requires them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from typing import Any, Sequence

from sqlite_utils import Database

from customario.store.db import immediate, utc_now

log = logging.getLogger("customario.escalation.notify")

SIGNATURE_HEADER = "X-Customario-Signature"
WEBHOOK_TIMEOUT_S = 5.0
WEBHOOK_BACKOFF_S: Sequence[float] = (0.5, 1.0, 2.0)
TWILIO_API = "https://api.twilio.com"
_RETRY_STATUS = {408, 429}


def sign(secret: str | None, body: bytes) -> str:
    """``sha256=<hex>``: HMAC-SHA256 of ``body`` keyed with ``secret`` ('' when unset)."""
    return "sha256=" + hmac.new((secret or "").encode(), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str | None, body: bytes, header: str | None) -> bool:
    """Constant-time check of a received :data:`SIGNATURE_HEADER` value."""
    return bool(header) and hmac.compare_digest(sign(secret, body), header)


def _mask(phone: str | None) -> str | None:
    from customario.render.tables import mask_phone

    return mask_phone(phone) if phone else None


def payload(request: dict) -> dict:
    """The webhook JSON body for a new help request (the caller's number masked)."""
    return {
        "event": "help_request.created",
        "help_request": {
            "id": request["id"], "question": request["question"], "priority": request["priority"],
            "tags": request.get("tags", []), "campaign": request.get("campaign"), "call_id": request.get("call_id"),
            "caller": _mask(request.get("caller")), "assigned_to": request.get("assigned_to"),
            "hold_state": request.get("hold_state"), "created_at": request.get("created_at"),
            "deadline_at": request.get("deadline_at"), "context": request.get("context", []),
        },
        "answer_with": f'customario supervisor answer {request["id"]} "..."',
        "sent_at": utc_now(),
    }


def _record(db: Database, request_id: int, channel: str, target: str | None, status: str) -> int:
    now = utc_now()
    return db["notifications"].insert({"help_request_id": request_id, "channel": channel, "target": target,
                                       "status": status, "attempts": 0, "created_at": now, "updated_at": now}).last_pk


def notify_help_request(db: Database, settings: Any, request: dict, supervisor: dict | None = None, *,
                        backoff: Sequence[float] = WEBHOOK_BACKOFF_S, twilio_api: str = TWILIO_API) -> threading.Thread | None:
    """Log the request, record a notification row per channel and start delivery in a daemon
    thread. Returns the thread (None when there is nothing to deliver). Never raises for a
    delivery failure: it is recorded on the ``notifications`` row."""
    log.warning("help request %s (%s) for %s: %s", request["id"], request["priority"],
                request.get("assigned_to") or "any supervisor", request.get("campaign") or "-")
    jobs: list[tuple[int, str, Any]] = []
    sup = supervisor or {}
    with immediate(db):
        _record(db, request["id"], "log", None, "sent")
        url = getattr(settings, "webhook_url", None)
        if url:
            from urllib.parse import urlsplit

            jobs.append((_record(db, request["id"], "webhook", urlsplit(url).netloc, "pending"), "webhook", url))
        sms_ready = all(getattr(settings, k, None) for k in ("twilio_account_sid", "twilio_auth_token", "twilio_from"))
        if sup.get("phone") and sms_ready:
            jobs.append((_record(db, request["id"], "sms", _mask(sup["phone"]), "pending"), "sms", sup["phone"]))
        if sup.get("email") and getattr(settings, "smtp_host", None) and getattr(settings, "smtp_from", None):
            jobs.append((_record(db, request["id"], "email", sup["email"], "pending"), "email", sup["email"]))
    if not jobs:
        return None
    db_file = db.execute("PRAGMA database_list").fetchone()[2]
    body = json.dumps(payload(request), ensure_ascii=False, sort_keys=True).encode()
    thread = threading.Thread(target=_deliver, name=f"notify-{request['id']}", daemon=True,
                              args=(db_file, settings, request, jobs, body, tuple(backoff), twilio_api))
    thread.start()
    return thread


def _deliver(db_file: str, settings: Any, request: dict, jobs, body: bytes, backoff, twilio_api: str) -> None:
    db = None
    if db_file:
        from customario.store.db import open_db

        db = open_db(db_file, migrate=False)
    try:
        for row_id, channel, target in jobs:
            try:
                if channel == "webhook":
                    attempts, error = _post_webhook(target, body, getattr(settings, "webhook_secret", None), backoff)
                elif channel == "sms":
                    attempts, error = _send_sms(settings, target, request, twilio_api)
                else:
                    attempts, error = _send_email(settings, target, request)
            except Exception as exc:  # a notifier bug must never reach the call
                attempts, error = 1, f"{type(exc).__name__}: {exc}"
            if error:
                log.warning("help request %s: %s notification failed after %d attempt(s): %s",
                            request["id"], channel, attempts, error)
            if db is not None:
                db["notifications"].update(row_id, {"status": "failed" if error else "sent", "attempts": attempts,
                                                    "last_error": error, "updated_at": utc_now()})
    finally:
        if db is not None:
            db.close()


def _post_webhook(url: str, body: bytes, secret: str | None, backoff: Sequence[float]) -> tuple[int, str | None]:
    import httpx2

    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body),
               "User-Agent": "customario-webhook"}
    error = None
    attempts = 0
    with httpx2.Client(timeout=WEBHOOK_TIMEOUT_S) as client:
        for attempt in range(len(backoff) + 1):
            attempts = attempt + 1
            try:
                resp = client.post(url, content=body, headers=headers)
            except httpx2.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"[:300]
            else:
                if resp.status_code < 300:
                    return attempts, None
                error = f"HTTP {resp.status_code}"
                if resp.status_code < 500 and resp.status_code not in _RETRY_STATUS:
                    return attempts, error
            if attempt < len(backoff):
                time.sleep(backoff[attempt])
    return attempts, error


def _text(request: dict) -> str:
    return (f"Help request {request['id']} ({request['priority']}): {request['question'][:200]} "
            f"-- answer: customario supervisor answer {request['id']} \"...\"")


def _send_sms(settings: Any, to: str, request: dict, api: str) -> tuple[int, str | None]:
    import httpx2

    url = f"{api.rstrip('/')}/2010-04-01/Accounts/{settings.twilio_account_sid}/Messages.json"
    resp = httpx2.post(url, data={"To": to, "From": settings.twilio_from, "Body": _text(request)},
                       auth=(settings.twilio_account_sid, settings.twilio_auth_token), timeout=WEBHOOK_TIMEOUT_S)
    return 1, None if resp.status_code < 300 else f"HTTP {resp.status_code}"


def _send_email(settings: Any, to: str, request: dict) -> tuple[int, str | None]:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = f"[customario] {request['priority']} help request {request['id']}"
    msg["From"], msg["To"] = settings.smtp_from, to
    msg.set_content(_text(request))
    with smtplib.SMTP(settings.smtp_host, int(settings.smtp_port or 587), timeout=WEBHOOK_TIMEOUT_S) as smtp:
        if int(settings.smtp_port or 587) != 25:
            smtp.starttls()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password or "")
        smtp.send_message(msg)
    return 1, None
