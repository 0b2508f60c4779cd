"""Callback follow-ups: what is owed to a caller whose help request was not answered while they held.

A follow-up (``followups`` table, one per help request) is created when the deadline passes, the
caller leaves, or an answer comes too late to relay live. It carries how to reach the caller
(E.164 ``caller``, ``email``), the request's ``priority`` and, when the caller agreed, ``consent``
(sms | email): a known answer is then queued to them through the outbox at once (status ``sent``).
Statuses: pending (no answer yet) | ready (answer known) | sent | done | cancelled. The state
machine in :mod:`customario.escalation.help_requests` calls :func:`_followup_for` inside its own
transactions and re-exports the public functions here.
"""

from __future__ import annotations

from sqlite_utils import Database

from customario.store.db import immediate, utc_now
from customario.errors import NotFoundError, UsageError

FOLLOWUP_STATUSES = ("pending", "ready", "sent", "done", "cancelled")


def _followup_for(db: Database, req: dict, reason: str, answer: str | None = None) -> int:
    """Create (or fill in) the request's callback follow-up; returns its id. With an answer and the
    caller's consent, the answer is queued to them (SMS or e-mail) through the outbox. Call inside
    a transaction."""
    now = utc_now()
    existing = db.execute("SELECT id FROM followups WHERE help_request_id = ?", [req["id"]]).fetchone()
    if existing:
        fid = existing[0]
        if answer is not None:
            db["followups"].update(fid, {"answer": answer, "status": "ready", "updated_at": now})
    else:
        phone, email = _reach(db, req)
        fid = (
            db["followups"]
            .insert(
                {
                    "help_request_id": req["id"],
                    "call_id": req.get("call_id"),
                    "contact_id": req.get("contact_id"),
                    "campaign": req.get("campaign"),
                    "caller": phone,
                    "email": email,
                    "priority": req.get("priority"),
                    "kind": "callback",
                    "reason": reason,
                    "question": req["question"],
                    "answer": answer,
                    "status": "ready" if answer is not None else "pending",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            .last_pk
        )
    if answer is not None:
        _send_late_answer(db, fid)
    return fid


def _reach(db: Database, req: dict) -> tuple[str | None, str | None]:
    """(E.164, e-mail) to reach the caller of ``req``: the request's caller, its contact, the
    cross-channel customer of its call."""
    phone, email = req.get("caller"), None
    if req.get("contact_id"):
        row = db.execute("SELECT e164, email FROM contacts WHERE id = ?", [req["contact_id"]]).fetchone()
        if row:
            phone, email = phone or row[0], row[1]
    if req.get("call_id") and (not phone or not email):
        try:
            row = db.execute(
                "SELECT c.e164, c.email FROM customer_calls cc JOIN customers c ON c.id = cc.customer_id "
                "WHERE cc.call_id = ?",
                [req["call_id"]],
            ).fetchone()
        except Exception:  # the channels tables are core, but be lenient with old files
            row = None
        if row:
            phone, email = phone or row[0], email or row[1]
    return phone, (email or "").lower() or None


def _send_late_answer(db: Database, followup_id: int) -> int | None:
    """Queue the answer of a follow-up to the caller when they agreed (consent) and can be reached."""
    f = dict(next(db.query("SELECT * FROM followups WHERE id = ?", [followup_id])))
    if (
        not f.get("answer")
        or f.get("outbox_id")
        or f.get("consent") not in ("sms", "email")
        or f["status"] == "cancelled"
    ):
        return None
    to = f["caller"] if f["consent"] == "sms" else f.get("email")
    if not to:
        return None
    from customario.channels.outbox import enqueue

    body = f'About your question "{(f["question"] or "")[:160]}": {f["answer"]}'
    msg = enqueue(
        db,
        channel=f["consent"],
        to=to,
        body=body,
        call_id=f.get("call_id"),
        kind="followup",
        subject="The answer to your question" if f["consent"] == "email" else None,
    )
    db["followups"].update(followup_id, {"outbox_id": msg["id"], "status": "sent", "updated_at": utc_now()})
    return msg["id"]


def set_followup_contact(
    db: Database, followup_id: int, *, phone: str | None = None, email: str | None = None, consent: str | None = None
) -> dict:
    """Record how to reach the caller of a follow-up and whether they agreed to get the answer by
    ``consent`` (sms | email); an answer already known is queued to them at once. Raises
    NotFoundError, UsageError (bad consent or missing address for it)."""
    if consent not in (None, "sms", "email"):
        raise UsageError(f"unknown consent channel {consent!r}", "Use sms or email")
    with immediate(db):
        rows = list(db.query("SELECT * FROM followups WHERE id = ?", [followup_id]))
        if not rows:
            raise NotFoundError(f"no follow-up {followup_id}", "List them with `customario followups list`")
        f = rows[0]
        values = {"updated_at": utc_now()}
        if phone:
            values["caller"] = phone
        if email:
            values["email"] = email.lower()
        if consent:
            if (
                not (values.get("caller") or f["caller"])
                and consent == "sms"
                or not (values.get("email") or f["email"])
                and consent == "email"
            ):
                raise UsageError(
                    f"no {'phone number' if consent == 'sms' else 'e-mail address'} to send the answer to",
                    "Ask the caller for it",
                )
            values["consent"] = consent
        db["followups"].update(followup_id, values)
        _send_late_answer(db, followup_id)
    return dict(next(db.query("SELECT * FROM followups WHERE id = ?", [followup_id])))


def queue_followup(db: Database, request: dict, reason: str) -> int:
    """Queue a callback follow-up for ``request`` (no caller holding) and return its id."""
    with immediate(db):
        return _followup_for(db, request, reason)


def list_followups(db: Database, *, status: str | None = None, limit: int | None = 50) -> list[dict]:
    """Follow-ups newest first, optionally by status (pending | ready | done | cancelled)."""
    if status and status not in FOLLOWUP_STATUSES:
        raise UsageError(f"unknown status {status!r}", f"Use one of {', '.join(FOLLOWUP_STATUSES)}")
    sql, params = "SELECT * FROM followups", []
    if status:
        sql += " WHERE status = ?"
        params.append(status)
    sql += " ORDER BY id DESC" + (f" LIMIT {int(limit)}" if limit else "")
    return list(db.query(sql, params))


def set_followup_status(db: Database, followup_id: int, status: str) -> dict:
    """Mark a follow-up done or cancelled. Raises NotFoundError, UsageError."""
    if status not in FOLLOWUP_STATUSES:
        raise UsageError(f"unknown status {status!r}", f"Use one of {', '.join(FOLLOWUP_STATUSES)}")
    with immediate(db):
        cur = db.execute(
            "UPDATE followups SET status = ?, updated_at = ? WHERE id = ?", [status, utc_now(), followup_id]
        )
        if cur.rowcount == 0:
            raise NotFoundError(f"no follow-up {followup_id}", "List them with `customario followups list`")
    return list(db.query("SELECT * FROM followups WHERE id = ?", [followup_id]))[0]
