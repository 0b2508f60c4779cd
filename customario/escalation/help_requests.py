"""Help requests and their state machine: create, list, answer, dismiss, time out, caller left.

A help request is created by the agent tool ``escalate_to_supervisor`` (customario.escalation.supervisor_tool)
while the caller holds. Its life:

    pending ──answer──► answered      (first answer wins: guarded UPDATE ... WHERE status IN
       │                               ('pending', 'timed-out'); a second answer gets AlreadyResolved)
       ├──dismiss──► dismissed
       └──deadline──► timed-out ──answer──► answered (the caller is called back with it)

``hold_state`` tracks the caller: ``waiting`` (on hold), ``relayed`` (the agent picked the answer
up), ``timed-out`` (deadline passed, callback offered), ``caller-left`` (hung up, EOF or Ctrl-C
while holding) or ``none`` (no caller waiting). An answer that cannot be relayed live fills in (or
creates) the request's follow-up (:mod:`.followups`: how to reach the caller, consent, the late
answer queued through the outbox), so an answer is never lost. With ``settings`` given, the
state changes also queue the supervisor notifications (:mod:`.notify`: created, answered,
timed-out, caller-left) in the same transaction.

This is the store side of escalation. The supervisor roster and assignment live in :mod:`.roster`,
the callback follow-ups in :mod:`.followups`; their public names are re-exported here, so callers
keep importing them from this module.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Iterable, Sequence

from sqlite_utils import Database

from customario.store.db import immediate, json_col, utc_now
from customario.errors import CustomarioError, NotFoundError, UsageError
from customario.escalation.followups import (  # noqa: F401  (re-exported: callers import them from here)
    FOLLOWUP_STATUSES,
    _followup_for,
    list_followups,
    queue_followup,
    set_followup_contact,
    set_followup_status,
)
from customario.escalation.roster import (  # noqa: F401  (re-exported: callers import them from here)
    _decode,
    add_supervisor,
    assign,
    get_supervisor,
    list_supervisors,
    on_duty,
    remove_supervisor,
    set_available,
)

PRIORITIES = ("low", "medium", "high", "urgent")
STATUSES = ("pending", "answered", "dismissed", "timed-out")
# An agent that stopped updating a waiting request (crashed worker) is presumed gone this long
# after the deadline; the answer then goes to a follow-up instead of a live relay.
ORPHAN_GRACE_S = 5.0


class AlreadyResolved(CustomarioError):
    """The help request was answered or dismissed already (e.g. by another supervisor first)."""


def _parse(ts: str | None) -> datetime | None:
    return datetime.fromisoformat(ts) if ts else None


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
