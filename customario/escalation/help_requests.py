"""Help requests, the supervisor roster, assignment and follow-ups (the store side of escalation).

A help request is created by the agent tool ``escalate_to_supervisor`` (customario.escalation.supervisor_tool)
while the caller holds. Its life:

    pending ──answer──► answered      (first answer wins: guarded UPDATE ... WHERE status IN
       │                               ('pending', 'timed-out'); a second answer gets AlreadyResolved)
       ├──dismiss──► dismissed
       └──deadline──► timed-out ──answer──► answered (the caller is called back with it)

``hold_state`` tracks the caller: ``waiting`` (on hold), ``relayed`` (the agent picked the answer
up), ``timed-out`` (deadline passed, callback offered), ``caller-left`` (hung up, EOF or Ctrl-C
while holding) or ``none`` (no caller waiting). An answer that cannot be relayed live fills in (or
creates) the request's follow-up, so an answer is never lost. A follow-up carries how to reach
the caller (E.164 ``caller``, ``email``), the request's ``priority`` and, when the caller agreed,
``consent`` (sms | email): the late answer is then queued to them through the outbox at once
(follow-up status ``sent``). With ``settings`` given, the state changes also queue the supervisor
notifications (:mod:`.notify`: created, answered, timed-out, caller-left) in the same transaction.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from typing import Iterable, Sequence

from sqlite_utils import Database

from customario.store.db import immediate, json_col, utc_now
from customario.errors import CustomarioError, NotFoundError, UsageError

PRIORITIES = ("low", "medium", "high", "urgent")
STATUSES = ("pending", "answered", "dismissed", "timed-out")
FOLLOWUP_STATUSES = ("pending", "ready", "sent", "done", "cancelled")
# An agent that stopped updating a waiting request (crashed worker) is presumed gone this long
# after the deadline; the answer then goes to a follow-up instead of a live relay.
ORPHAN_GRACE_S = 5.0
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class AlreadyResolved(CustomarioError):
    """The help request was answered or dismissed already (e.g. by another supervisor first)."""


def _parse(ts: str | None) -> datetime | None:
    return datetime.fromisoformat(ts) if ts else None


def _decode(row: dict | None) -> dict | None:
    if row is None:
        return None
    out = dict(row)
    for key in ("context", "tags", "skills", "days"):
        if key in out and isinstance(out[key], str):
            out[key] = json.loads(out[key])
    return out


# --- supervisors ------------------------------------------------------------------------------


def _hours(hours: str | None) -> tuple[str | None, str | None]:
    if not hours or hours.strip().lower() in ("always", "any", "24h"):
        return None, None
    m = re.match(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$", hours)
    if not m or int(m.group(1)) > 23 or int(m.group(3)) > 24 or int(m.group(2)) > 59 or int(m.group(4)) > 59:
        raise UsageError(
            f"on-duty hours {hours!r} are not HH:MM-HH:MM", "Write e.g. --hours 09:00-18:00 or --hours always"
        )
    return f"{int(m.group(1)):02d}:{m.group(2)}", f"{int(m.group(3)):02d}:{m.group(4)}"


def add_supervisor(
    db: Database,
    name: str,
    *,
    skills: Iterable[str] = (),
    role: str = "supervisor",
    hours: str | None = None,
    timezone_name: str = "UTC",
    days: Sequence[str] | None = None,
    phone: str | None = None,
    email: str | None = None,
    available: bool = True,
) -> dict:
    """Add or update supervisor ``name``. ``hours`` is ``HH:MM-HH:MM`` in ``timezone_name`` (an
    IANA zone; overnight spans such as 22:00-06:00 are allowed), None = always on duty.
    Raises UsageError for a bad role, zone, day or hours."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = (name or "").strip()
    if not name:
        raise UsageError("the supervisor name is empty", "Give a name such as ana")
    if role not in ("supervisor", "owner"):
        raise UsageError(f"unknown role {role!r}", "Use supervisor or owner")
    if phone is not None:
        from customario.leads.phones import possible_e164

        e164 = possible_e164(phone, "US") if phone.strip().startswith("+") else None
        if e164 is None:
            raise UsageError(
                f"{phone[:40]!r} is not a phone number in E.164 form",
                "Write it with its country code, e.g. +14155550123",
            )
        phone = e164
    try:
        ZoneInfo(timezone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown time zone {timezone_name!r}", "Use an IANA zone such as America/New_York") from None
    days = [d.lower()[:3] for d in (days or _DAYS)]
    bad = [d for d in days if d not in _DAYS]
    if bad:
        raise UsageError(f"unknown day(s) {', '.join(bad)}", "Use mon, tue, wed, thu, fri, sat, sun")
    start, end = _hours(hours)
    now = utc_now()
    row = {
        "name": name,
        "role": role,
        "skills": json_col(sorted({s.strip().lower() for s in skills if s.strip()})),
        "available": int(available),
        "hours_start": start,
        "hours_end": end,
        "days": json_col(days),
        "timezone": timezone_name,
        "phone": phone,
        "email": email,
        "updated_at": now,
    }
    with immediate(db):
        existing = db.execute("SELECT id FROM supervisors WHERE name = ?", [name]).fetchone()
        if existing:
            db["supervisors"].update(existing[0], row)
        else:
            db["supervisors"].insert({**row, "created_at": now})
    return get_supervisor(db, name)


def get_supervisor(db: Database, name: str) -> dict:
    """Supervisor ``name`` (skills/days decoded). Raises NotFoundError."""
    rows = list(db.query("SELECT * FROM supervisors WHERE name = ?", [name]))
    if not rows:
        raise NotFoundError(f"no supervisor named {name!r}", "Add one with `customario supervisor add NAME`")
    return _decode(rows[0])


def remove_supervisor(db: Database, name: str) -> dict:
    """Delete supervisor ``name``; their requests stay (assigned_to keeps the name). Raises NotFoundError."""
    sup = get_supervisor(db, name)
    with immediate(db):
        db["supervisors"].delete(sup["id"])
    return sup


def set_available(db: Database, name: str, available: bool) -> dict:
    """Set a supervisor's availability status. Raises NotFoundError."""
    sup = get_supervisor(db, name)
    with immediate(db):
        db["supervisors"].update(sup["id"], {"available": int(available), "updated_at": utc_now()})
    return get_supervisor(db, name)


def on_duty(sup: dict, now: datetime | None = None) -> bool:
    """True when ``sup`` is available and ``now`` (UTC) falls in their days and hours (own zone)."""
    from zoneinfo import ZoneInfo

    if not sup.get("available"):
        return False
    local = (now or datetime.now(timezone.utc)).astimezone(ZoneInfo(sup.get("timezone") or "UTC"))
    days = sup["days"] if isinstance(sup["days"], list) else json.loads(sup["days"])
    start, end = sup.get("hours_start"), sup.get("hours_end")
    if not start or not end:
        return _DAYS[local.weekday()] in days
    hhmm = local.strftime("%H:%M")
    if start <= end:
        return _DAYS[local.weekday()] in days and start <= hhmm < end
    # Overnight span: the part after midnight belongs to the previous day's shift.
    if hhmm >= start:
        return _DAYS[local.weekday()] in days
    return hhmm < end and _DAYS[(local.weekday() - 1) % 7] in days


def list_supervisors(db: Database, now: datetime | None = None) -> list[dict]:
    """Every supervisor with ``on_duty`` (bool) and ``pending`` (assigned pending requests)."""
    load = dict(
        db.execute(
            "SELECT assigned_to, count(*) FROM help_requests WHERE status = 'pending' GROUP BY assigned_to"
        ).fetchall()
    )
    out = []
    for row in db.query("SELECT * FROM supervisors ORDER BY name"):
        sup = _decode(row)
        sup["on_duty"] = on_duty(sup, now)
        sup["pending"] = load.get(sup["name"], 0)
        out.append(sup)
    return out


def assign(db: Database, tags: Iterable[str], priority: str, now: datetime | None = None) -> tuple[str | None, str]:
    """Choose a supervisor: urgent requests go to an on-duty owner; otherwise the on-duty supervisor
    whose skills share most tags, then the one with fewest pending requests, then by name.
    Returns (name or None, reason)."""
    roster = list_supervisors(db, now)
    if not roster:
        return None, "no supervisors registered"
    duty = [s for s in roster if s["on_duty"]]
    if not duty:
        return None, "no supervisor on duty"
    tags = {t.lower() for t in tags}
    if priority == "urgent":
        owners = [s for s in duty if s["role"] == "owner"]
        if owners:
            best = min(owners, key=lambda s: (s["pending"], s["name"]))
            return best["name"], "urgent: owner on duty"
    best = min(duty, key=lambda s: (-len(tags & set(s["skills"])), s["pending"], s["name"]))
    overlap = sorted(tags & set(best["skills"]))
    reason = f"skills {', '.join(overlap)}" if overlap else "available, fewest pending"
    if priority == "urgent":
        reason = "urgent but no owner on duty; " + reason
    return best["name"], reason


# --- help requests -----------------------------------------------------------------------------


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(r"\b" + re.escape(phrase.lower()) + r"\b", text.lower()) is not None


def classify_priority(
    texts: Iterable[str], urgent_keywords: Iterable[str], high_keywords: Iterable[str], requested: str | None = None
) -> tuple[str, str]:
    """Priority from the content and the campaign's rules (``escalation.urgent_keywords`` /
    ``high_keywords``, whole-word, case-insensitive) and the priority the agent asked for: the
    higher wins; default ``medium``. An emergency or urgent situation found by
    :func:`customario.escalation.urgency.assess` (stems and phrases: "burned", "can't breathe",
    "I'll sue you") is always ``urgent``. Returns (priority, reason)."""
    text = " ".join(t for t in texts if t)
    from customario.escalation.urgency import assess

    heard = assess(text)
    if heard.urgent:
        return "urgent", f"{heard.level}: {heard.reason!r}"
    for kw in urgent_keywords:
        if _has_phrase(text, kw):
            return "urgent", f"keyword {kw!r}"
    rule = None
    for kw in high_keywords:
        if _has_phrase(text, kw):
            rule = ("high", f"keyword {kw!r}")
            break
    if requested in PRIORITIES and (rule is None or PRIORITIES.index(requested) > PRIORITIES.index(rule[0])):
        return requested, "asked by the agent"
    return rule or ("medium", "default")


def create_help_request(
    db: Database,
    *,
    question: str,
    context: Sequence[dict] = (),
    call_id: int | None = None,
    campaign: str | None = None,
    contact_id: int | None = None,
    caller: str | None = None,
    channel: str | None = None,
    priority: str = "medium",
    tags: Iterable[str] = (),
    assigned_to: str | None = None,
    assignment_reason: str | None = None,
    deadline_s: float | None = None,
) -> dict:
    """Insert a pending help request. ``deadline_s`` set = a caller is holding (``hold_state``
    ``waiting`` until ``deadline_at``). Raises UsageError for an empty question or bad priority."""
    question = (question or "").strip()
    if not question:
        raise UsageError("the help request has no question", "Pass the caller's question")
    if priority not in PRIORITIES:
        raise UsageError(f"unknown priority {priority!r}", f"Use one of {', '.join(PRIORITIES)}")
    now = datetime.now(timezone.utc)
    row = {
        "call_id": call_id,
        "campaign": campaign,
        "contact_id": contact_id,
        "caller": caller,
        "channel": channel,
        "question": question,
        "context": json_col(list(context)),
        "priority": priority,
        "tags": json_col(sorted({t.lower() for t in tags if t})),
        "status": "pending",
        "hold_state": "waiting" if deadline_s is not None else "none",
        "assigned_to": assigned_to,
        "assignment_reason": assignment_reason,
        "deadline_at": (now + timedelta(seconds=deadline_s)).isoformat(timespec="microseconds")
        if deadline_s is not None
        else None,
        "created_at": now.isoformat(timespec="microseconds"),
        "updated_at": now.isoformat(timespec="microseconds"),
    }
    with immediate(db):
        rid = db["help_requests"].insert(row).last_pk
    return get_help_request(db, rid)


def get_help_request(db: Database, request_id: int) -> dict:
    """One help request (context and tags decoded). Raises NotFoundError."""
    rows = list(db.query("SELECT * FROM help_requests WHERE id = ?", [request_id]))
    if not rows:
        raise NotFoundError(f"no help request {request_id}", "List them with `customario supervisor list`")
    return _decode(rows[0])


LIST_COLUMNS = (
    "id",
    "status",
    "priority",
    "assigned_to",
    "hold_state",
    "created_at",
    "deadline_at",
    "call_id",
    "campaign",
    "caller",
    "question",
    "context",
    "tags",
    "answer",
    "answered_by",
    "answered_at",
)


def list_help_requests(
    db: Database,
    *,
    status: str | None = None,
    campaign: str | None = None,
    assigned_to: str | None = None,
    limit: int | None = 50,
    now: datetime | None = None,
) -> list[dict]:
    """Newest first (index ``help_requests_status`` serves the status filter). Each row has
    ``on_hold_s``: seconds the caller has been holding (None unless ``hold_state`` is waiting)."""
    if status and status not in STATUSES:
        raise UsageError(f"unknown status {status!r}", f"Use one of {', '.join(STATUSES)}")
    filters = {k: v for k, v in (("status", status), ("campaign", campaign), ("assigned_to", assigned_to)) if v}
    rows = db["help_requests"].rows_where(
        " AND ".join(f"{k} = ?" for k in filters) or None,
        list(filters.values()),
        select=", ".join(LIST_COLUMNS),
        order_by="id DESC",
        limit=int(limit) if limit else None,
    )
    now = now or datetime.now(timezone.utc)
    out = []
    for row in rows:
        r = _decode(row)
        r["on_hold_s"] = (
            round((now - _parse(r["created_at"])).total_seconds(), 1) if r["hold_state"] == "waiting" else None
        )
        out.append(r)
    return out


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


def _notify(db: Database, settings, event: str, request_id: int) -> None:
    if settings is not None:
        from customario.escalation.notify import queue_event

        queue_event(db, settings, event, get_help_request(db, request_id))


def _caller_still_holding(req: dict, now: datetime) -> bool:
    if req["hold_state"] != "waiting" or req["status"] != "pending":
        return False
    deadline = _parse(req["deadline_at"])
    return deadline is None or now <= deadline + timedelta(seconds=ORPHAN_GRACE_S)


def answer_help_request(
    db: Database,
    request_id: int,
    answer: str,
    *,
    by: str | None = None,
    learn: bool = True,
    settings=None,
    caller_only: bool = False,
    learn_mode: str = "review-if-personal",
) -> dict:
    """Record the answer (first answer wins) and, unless ``learn=False``, learn it (all in one
    transaction): straight into the knowledge base when nothing personal is in it, else into the
    review queue (:mod:`.learning`; ``learn_mode`` review sends every answer there);
    ``caller_only`` answers are relayed but never learned.

    If the caller is still holding, the waiting agent relays it (it polls the row); otherwise the
    answer goes to the request's callback follow-up. Returns ``{"request", "delivery":
    "live"|"followup", "followup_id", "article_id"}``. Raises UsageError (empty answer),
    NotFoundError, AlreadyResolved (answered or dismissed already, e.g. by another supervisor)."""
    answer = (answer or "").strip()
    if not answer:
        raise UsageError("the answer is empty", 'Give the answer text: customario supervisor answer ID "..."')
    now = datetime.now(timezone.utc)
    with immediate(db):
        req = get_help_request(db, request_id)
        live = _caller_still_holding(req, now)
        cur = db.execute(
            "UPDATE help_requests SET status = 'answered', answer = ?, answered_by = ?, answered_at = ?, updated_at = ? "
            "WHERE id = ? AND status IN ('pending', 'timed-out')",
            [answer, by, now.isoformat(timespec="microseconds"), utc_now(), request_id],
        )
        if cur.rowcount == 0:
            raise AlreadyResolved(
                f"help request {request_id} was already {req['status']}"
                + (f" by {req['answered_by']}" if req.get("answered_by") else "")
                + (f" at {req['answered_at']}" if req.get("answered_at") else ""),
                "Nothing was changed; see it with `customario supervisor show " + str(request_id) + "`",
            )
        followup_id = None
        if not live:
            reason = {"timed-out": "timed-out", "caller-left": "caller-left"}.get(req["hold_state"], "answered-later")
            followup_id = _followup_for(db, req, reason, answer)
        _notify(db, settings, "answered", request_id)
        learned = {"status": "not-learned", "article_id": None, "review_id": None, "findings": []}
        if learn or caller_only:
            from customario.escalation.learning import learn_answer

            learned = learn_answer(db, req, answer, by=by, mode=learn_mode, caller_only=caller_only)
        else:
            db["help_requests"].update(request_id, {"learn_status": "not-learned"})
    return {
        "request": get_help_request(db, request_id),
        "delivery": "live" if live else "followup",
        "followup_id": followup_id,
        "article_id": learned["article_id"],
        "learn": learned["status"],
        "review_id": learned["review_id"],
        "personal": learned["findings"],
    }


def dismiss_help_request(db: Database, request_id: int, *, by: str | None = None, reason: str | None = None) -> dict:
    """Close a request without an answer (the holding caller is told and offered nothing further).
    Raises NotFoundError, AlreadyResolved."""
    with immediate(db):
        req = get_help_request(db, request_id)
        cur = db.execute(
            "UPDATE help_requests SET status = 'dismissed', answered_by = ?, dismiss_reason = ?, updated_at = ? "
            "WHERE id = ? AND status IN ('pending', 'timed-out')",
            [by, reason, utc_now(), request_id],
        )
        if cur.rowcount == 0:
            raise AlreadyResolved(f"help request {request_id} was already {req['status']}", "Nothing was changed")
        db.execute(
            "UPDATE followups SET status = 'cancelled', updated_at = ? WHERE help_request_id = ? AND status = 'pending'",
            [utc_now(), request_id],
        )
    return get_help_request(db, request_id)


def mark_relayed(db: Database, request_id: int) -> None:
    """The agent has picked the answer up and is relaying it to the holding caller."""
    now = utc_now()
    with immediate(db):
        db.execute(
            "UPDATE help_requests SET hold_state = 'relayed', relayed_at = ?, updated_at = ? WHERE id = ?",
            [now, now, request_id],
        )


def time_out(db: Database, request_id: int, settings=None) -> tuple[bool, int | None]:
    """At the deadline: if still pending, mark it ``timed-out`` and queue the callback follow-up.
    Returns (timed_out, followup_id); (False, None) when an answer or dismissal won the race."""
    with immediate(db):
        cur = db.execute(
            "UPDATE help_requests SET status = 'timed-out', hold_state = 'timed-out', updated_at = ? "
            "WHERE id = ? AND status = 'pending'",
            [utc_now(), request_id],
        )
        if cur.rowcount == 0:
            return False, None
        fid = _followup_for(db, get_help_request(db, request_id), "timed-out")
        _notify(db, settings, "timed-out", request_id)
        return True, fid


def caller_left(db: Database, request_id: int, settings=None) -> int | None:
    """The caller hung up (or the console ended) while holding: ``hold_state`` becomes
    ``caller-left`` and the callback follow-up is queued (with the answer if one came in but was not
    relayed yet). Returns the follow-up id, or None if nothing is owed."""
    with immediate(db):
        req = get_help_request(db, request_id)
        if req["hold_state"] != "waiting":
            return None
        db["help_requests"].update(request_id, {"hold_state": "caller-left", "updated_at": utc_now()})
        fid = None
        if req["status"] == "pending":
            fid = _followup_for(db, req, "caller-left")
        elif req["status"] == "answered":
            fid = _followup_for(db, req, "caller-left", req["answer"])
        _notify(db, settings, "caller-left", request_id)
        return fid


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
