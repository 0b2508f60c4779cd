"""Live supervisor escalation: the ``escalate_to_supervisor`` agent tool and supervisor take-over.

When the knowledge base has no confident answer the agent calls ``escalate_to_supervisor``. The
handler (:func:`escalate`):

1. classifies the priority (campaign ``escalation.urgent_keywords`` / ``high_keywords`` and the
   agent's own hint), assigns a supervisor (customario.escalation.help_requests.assign) and creates the help
   request with the question, the recent turns, caller and call ids and tags;
2. notifies (log line, signed webhook, optional SMS/email) in the background (customario.escalation.notify);
3. says the campaign's ``hold_message`` (``ctx.say``), starts hold audio when the worker provides
   one (``ctx.state["hold_audio"]`` with async ``start()``/``stop()``), and speaks
   ``filler_message`` every ``filler_every`` seconds;
4. polls the help-request row every :data:`POLL_S` seconds until it is answered or dismissed or the
   campaign's ``escalation.deadline`` passes, then returns what to say: the relayed answer ("My
   supervisor confirmed: ..."), or a callback offer with a recorded follow-up.

Each waiting caller is its own coroutine, so several callers can hold at once. A caller who leaves
while holding ends the wait **at once**: the console sets ``ctx.state["caller_gone"]`` on end of
input or Ctrl-C, a room session on the caller's disconnect, and a cancelled coroutine counts too.
The request's ``hold_state`` becomes ``caller-left``, the follow-up is queued with the caller's
number or e-mail and the priority, and the supervisor is notified (``caller-left``). When the caller
agreed (``send_answer_by`` sms | email, or later ``set_followup_contact``), the late answer is sent
to them through the outbox the moment a supervisor gives it. When nobody is on
duty (supervisors registered, none available) the caller is not held: the follow-up is queued at
once. With no supervisors registered at all the request is unassigned and anyone may answer it.

Take-over: a human who joins the caller's LiveKit room as a standard participant with identity
``supervisor-<name>`` (``customario token``) takes the call; :class:`TakeoverGate` tells the
worker to stop the agent and :func:`supervisor_joined` closes the call's open help requests.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Literal, Mapping

from pydantic import BaseModel, Field

from customario.escalation.help_requests import (  # noqa: F401  (re-exported: the store side of escalation)
    AlreadyResolved,
    answer_help_request,
    assign,
    caller_left,
    classify_priority,
    create_help_request,
    dismiss_help_request,
    get_help_request,
    get_supervisor,
    list_help_requests,
    mark_relayed,
    queue_followup,
    time_out,
)
from customario.dialogue.tools import ToolContext, ToolSpec

log = logging.getLogger("customario.escalation.supervisor_tool")

POLL_S = 0.05
DEFAULT_DEADLINE_S = 60.0
RECENT_TURNS = 8
SUPERVISOR_IDENTITY_PREFIX = "supervisor-"
TAKEN_OVER = "taken-over"

SAY_ANSWER = "My supervisor confirmed: {answer}"
SAY_TIMED_OUT = (
    "I'm sorry, my supervisor couldn't get back to me in time. I've noted your question and "
    "someone will call you back with the answer."
)
SAY_NO_SUPERVISOR = (
    "None of my colleagues is available right now, so I've noted your question and someone "
    "will call you back with the answer."
)
SAY_CALLBACK = "I've passed that on, and someone from the team will call you back."
SAY_DISMISSED = "I'm sorry, I wasn't able to get an answer to that one."
SAY_TIMED_OUT_TEXT = (
    "I'm sorry, my supervisor couldn't get back to me in time. I'll send you the answer by {by} as soon as I have it."
)


class EscalateArgs(BaseModel):
    """Arguments of ``escalate_to_supervisor``."""

    question: str = Field(min_length=1, description="The caller's question, in their words.")
    reason: str | None = Field(None, description="Why the knowledge base could not answer (optional).")
    priority: Literal["low", "medium", "high", "urgent"] | None = Field(
        None, description="Your estimate; the campaign's keyword rules may raise it."
    )
    tags: list[str] = Field(default_factory=list, description="Topic tags used to pick a supervisor.")
    wait: bool = Field(True, description="Keep the caller on hold for the answer (false: queue a callback).")
    send_answer_by: Literal["sms", "email"] | None = Field(
        None, description="Only when the caller agreed: send them the answer by SMS or e-mail if it comes too late."
    )


class FollowupContactArgs(BaseModel):
    """Arguments of ``set_followup_contact``."""

    followup_id: int = Field(description="The follow-up id returned by escalate_to_supervisor.")
    phone: str | None = Field(None, max_length=32, description="The caller's phone number, as they gave it.")
    email: str | None = Field(None, max_length=254, description="The caller's e-mail address.")
    send_answer_by: Literal["sms", "email"] | None = Field(
        None, description="Only when the caller agreed: send the answer by SMS or e-mail when it comes in."
    )


def _escalation(campaign: Any):
    from customario.definitions.models import Escalation

    definition = getattr(campaign, "campaign", campaign)
    return getattr(definition, "escalation", None) or Escalation()


def recent_turns(db, call_id: int | None, limit: int = RECENT_TURNS) -> list[dict]:
    """The last ``limit`` turns of the call, oldest first, as ``[{role, text}]``."""
    if call_id is None:
        return []
    rows = db.execute(
        "SELECT role, text FROM turns WHERE call_id = ? ORDER BY seq DESC LIMIT ?", [call_id, limit]
    ).fetchall()
    return [{"role": r[0], "text": r[1]} for r in reversed(rows)]


async def _say(ctx: ToolContext, text: str) -> None:
    if ctx.say is not None and text:
        try:
            await ctx.say(text)
        except Exception:  # the hold line is best effort; the wait must go on
            log.warning("could not speak the hold line", exc_info=True)


async def _hold_audio(ctx: ToolContext, action: str) -> None:
    player = (ctx.state or {}).get("hold_audio")
    if player is not None:
        try:
            result = getattr(player, action)()
            if asyncio.iscoroutine(result):
                await result
        except Exception:
            log.warning("hold audio %s failed", action, exc_info=True)


async def wait_for_resolution(
    ctx: ToolContext,
    request_id: int,
    deadline_s: float,
    *,
    poll_s: float | None = None,
    filler_every: float | None = None,
    filler_message: str | None = None,
) -> dict:
    """Poll help request ``request_id`` until answered, dismissed or ``deadline_s`` seconds pass.

    Returns the final request row with ``outcome`` = answered | dismissed | timed-out (and
    ``followup_id`` for timed-out). On cancellation (the caller hung up) queues the follow-up and
    re-raises CancelledError."""
    db = ctx.db
    poll_s = POLL_S if poll_s is None else poll_s
    loop = asyncio.get_running_loop()
    start = loop.time()
    end = start + deadline_s
    next_filler = start + filler_every if filler_every else None
    filler: asyncio.Task | None = None
    settings = getattr(ctx, "settings", None)
    state = ctx.state if ctx.state is not None else {}
    try:
        while True:
            row = db.execute("SELECT status FROM help_requests WHERE id = ?", [request_id]).fetchone()
            status = row[0] if row else "dismissed"
            if status in ("answered", "dismissed"):
                break
            if state.get("caller_gone"):
                if filler is not None:
                    filler.cancel()
                followup_id = caller_left(db, request_id, settings)
                _deliver(db, settings)
                return {**get_help_request(db, request_id), "outcome": "caller-left", "followup_id": followup_id}
            now = loop.time()
            if now >= end:
                timed_out, followup_id = time_out(db, request_id, settings)
                if timed_out:
                    _deliver(db, settings)
                    return {**get_help_request(db, request_id), "outcome": "timed-out", "followup_id": followup_id}
                continue  # an answer or dismissal committed just before the deadline: use it
            if next_filler is not None and now >= next_filler and (filler is None or filler.done()):
                filler = asyncio.ensure_future(_say(ctx, filler_message or ""))
                next_filler = now + filler_every
            await asyncio.sleep(min(poll_s, max(0.0, end - now)))
    except asyncio.CancelledError:
        if filler is not None:
            filler.cancel()
        fid = caller_left(db, request_id, settings)
        consent = state.get("followup_consent")
        if fid and consent:
            from customario.escalation.help_requests import set_followup_contact

            try:
                set_followup_contact(db, fid, consent=consent)
            except Exception:  # no address for it: the follow-up still holds the caller's number
                log.warning("could not record the caller's consent on follow-up %s", fid)
        _deliver(db, settings)
        raise
    if filler is not None and not filler.done():
        await filler  # let the filler sentence finish before the answer is spoken
    req = get_help_request(db, request_id)
    if status == "answered":
        mark_relayed(db, request_id)
    return {**req, "outcome": status}


def _deliver(db, settings) -> None:
    if settings is None:
        return
    from customario.escalation.notify import deliver_in_background

    try:
        deliver_in_background(db, settings)
    except Exception:
        log.warning("could not start notification delivery", exc_info=True)


def _consent(db, followup_id: int | None, consent: str | None) -> dict:
    """Record the caller's consent on the follow-up; returns the follow-up (or {})."""
    from customario.escalation.help_requests import set_followup_contact
    from customario.errors import CustomarioError

    if not followup_id:
        return {}
    try:
        if consent:
            return set_followup_contact(db, followup_id, consent=consent)
    except CustomarioError:
        pass
    return dict(next(db.query("SELECT * FROM followups WHERE id = ?", [followup_id])))


def _followup_extra(f: dict) -> dict:
    return {
        "needs_contact": not (f.get("caller") or f.get("email")),
        "answer_by": f.get("consent"),
        "can_text": bool(f.get("caller")),
        "can_email": bool(f.get("email")),
    }


async def escalate(ctx: ToolContext, args: EscalateArgs) -> dict:
    """The ``escalate_to_supervisor`` handler (see the module docstring).

    Returns ``{"status": answered|dismissed|timed-out|callback|taken-over, "request_id", "say",
    "answer"?, "followup_id"?, "priority", "assigned_to"}``; ``say`` is what the agent tells the caller."""
    esc = _escalation(ctx.campaign)
    db = ctx.db
    campaign_name = getattr(ctx.campaign, "name", None)
    contact = dict(ctx.contact or {})
    context = recent_turns(db, ctx.call_id)
    priority, why = classify_priority(
        [args.question, args.reason or ""], esc.urgent_keywords, esc.high_keywords, args.priority
    )
    tags = list(dict.fromkeys([*esc.tags, *args.tags]))
    assigned, assign_reason = assign(db, tags, priority)
    nobody_on_duty = assign_reason == "no supervisor on duty"
    hold = args.wait and esc.enabled and not nobody_on_duty
    deadline = float(esc.deadline if esc.deadline is not None else DEFAULT_DEADLINE_S)
    req = create_help_request(
        db,
        question=args.question,
        context=context,
        call_id=ctx.call_id,
        campaign=campaign_name,
        contact_id=contact.get("id"),
        caller=contact.get("e164") or contact.get("phone"),
        channel=ctx.channel,
        priority=priority,
        tags=tags,
        assigned_to=assigned,
        assignment_reason=f"{assign_reason}; priority: {why}",
        deadline_s=deadline if hold else None,
    )
    supervisor = None
    if assigned:
        try:
            supervisor = get_supervisor(db, assigned)
        except Exception:
            supervisor = None
    from customario.escalation.notify import notify_help_request

    notify_help_request(db, ctx.settings, req, supervisor)
    base = {"request_id": req["id"], "priority": priority, "assigned_to": assigned}
    if args.send_answer_by and ctx.state is not None:
        ctx.state["followup_consent"] = args.send_answer_by
    if not hold:
        reason = "no-supervisor" if nobody_on_duty else ("escalation-disabled" if not esc.enabled else "requested")
        followup_id = queue_followup(db, req, reason)
        f = _consent(db, followup_id, args.send_answer_by)
        say = SAY_NO_SUPERVISOR if nobody_on_duty else SAY_CALLBACK
        return {**base, "status": "callback", "followup_id": followup_id, "say": say, **_followup_extra(f)}
    await _say(ctx, esc.hold_message)
    await _hold_audio(ctx, "start")
    try:
        final = await wait_for_resolution(
            ctx, req["id"], deadline, filler_every=esc.filler_every, filler_message=esc.filler_message
        )
    finally:
        await _hold_audio(ctx, "stop")
    if final["outcome"] == "answered":
        return {
            **base,
            "status": "answered",
            "answer": final["answer"],
            "answered_by": final["answered_by"],
            "say": SAY_ANSWER.format(answer=final["answer"]),
        }
    if final["outcome"] == "timed-out":
        f = _consent(db, final["followup_id"], args.send_answer_by)
        say = (
            SAY_TIMED_OUT
            if not f.get("consent")
            else SAY_TIMED_OUT_TEXT.format(by="text message" if f["consent"] == "sms" else "e-mail")
        )
        return {**base, "status": "timed-out", "followup_id": final["followup_id"], "say": say, **_followup_extra(f)}
    if final["outcome"] == "caller-left":
        _consent(db, final["followup_id"], args.send_answer_by)
        return {**base, "status": "caller-left", "followup_id": final["followup_id"], "say": ""}
    if final.get("dismiss_reason") == TAKEN_OVER:
        return {**base, "status": TAKEN_OVER, "say": ""}
    return {**base, "status": "dismissed", "say": SAY_DISMISSED}


async def followup_contact(ctx: ToolContext, args: FollowupContactArgs) -> dict:
    """The ``set_followup_contact`` handler: record the caller's number/e-mail (and consent) on a follow-up."""
    from customario.escalation.help_requests import set_followup_contact
    from customario.errors import CustomarioError
    from customario.dialogue.tools import ToolFailure

    phone = email = None
    try:
        if args.phone:
            from customario.leads.customers import normalise_e164

            phone = normalise_e164(args.phone, getattr(ctx.settings, "region", "US"))
        if args.email:
            from customario.leads.customers import normalise_email

            email = normalise_email(args.email)
        f = set_followup_contact(ctx.db, args.followup_id, phone=phone, email=email, consent=args.send_answer_by)
    except CustomarioError as exc:
        raise ToolFailure(exc.message + ".") from None
    how = {"sms": "by text message", "email": "by e-mail"}.get(f.get("consent") or "", "with a call back")
    return {
        "followup_id": f["id"],
        "answer_by": f.get("consent"),
        "status": f["status"],
        "say": f"Thanks, we'll get the answer to you {how} as soon as we have it.",
    }


# Registered by customario.plugins.builtins (the register_tools hook).
FOLLOWUP_CONTACT_TOOL = ToolSpec(
    name="set_followup_contact",
    description=(
        "Record how to reach a caller whose question is waiting for a supervisor (phone or e-mail) and, only "
        "when they agreed, that the answer may be sent to them by SMS or e-mail."
    ),
    parameters=FollowupContactArgs,
    handler=followup_contact,
)


# Registered by customario.plugins.builtins (the register_tools hook).
ESCALATE_TOOL = ToolSpec(
    name="escalate_to_supervisor",
    description=(
        "Ask a human supervisor when the knowledge base has no confident answer. Tells the caller you are "
        "checking, keeps them on hold until the supervisor answers or the deadline passes, and returns "
        "what to tell the caller in 'say' (the confirmed answer, or a callback offer). Never guess instead."
    ),
    parameters=EscalateArgs,
    handler=escalate,
)


# --- take-over by a human in the room -------------------------------------------------------------


def is_supervisor_participant(
    identity: str | None, kind: Any = None, attributes: Mapping[str, str] | None = None
) -> bool:
    """True for a human supervisor in the room: a *standard* participant (not SIP, not an agent)
    whose identity starts with ``supervisor-`` or whose attribute ``customario.role`` is
    ``supervisor``. ``kind`` may be livekit's ParticipantKind value (0 = STANDARD) or its name."""
    if kind is not None:
        name = getattr(kind, "name", kind)
        if isinstance(name, int):
            if name != 0:
                return False
        elif not str(name).upper().endswith("STANDARD"):
            return False
    if (attributes or {}).get("customario.role") == "supervisor":
        return True
    return bool(identity) and identity.startswith(SUPERVISOR_IDENTITY_PREFIX)


def supervisor_name(identity: str) -> str:
    return identity[len(SUPERVISOR_IDENTITY_PREFIX) :] if identity.startswith(SUPERVISOR_IDENTITY_PREFIX) else identity


def supervisor_joined(db, call_id: int | None, identity: str) -> list[int]:
    """A supervisor joined the call: close its open help requests as ``taken-over`` (the holding
    agent then stays silent). Returns the ids closed."""
    from customario.store.db import immediate, utc_now

    if call_id is None:
        return []
    with immediate(db):
        ids = [
            r[0]
            for r in db.execute(
                "SELECT id FROM help_requests WHERE call_id = ? AND status IN ('pending', 'timed-out')", [call_id]
            ).fetchall()
        ]
        for rid in ids:
            db.execute(
                "UPDATE help_requests SET status = 'dismissed', dismiss_reason = ?, answered_by = ?, updated_at = ? "
                "WHERE id = ? AND status IN ('pending', 'timed-out')",
                [TAKEN_OVER, supervisor_name(identity), utc_now(), rid],
            )
    return ids


class TakeoverGate:
    """Decides whether the agent may speak, from room participant events.

    The worker forwards ``participant_connected`` / ``participant_disconnected`` here and, when a
    method returns True, interrupts the session (``session.interrupt()``) and stops replying while
    :attr:`human_in_control` is set; :attr:`state` is shared with ``ToolContext.state`` so
    policies see ``taken_over``."""

    def __init__(self, db=None, call_id: int | None = None, state: dict | None = None, resume_when_left: bool = False):
        self.db, self.call_id = db, call_id
        self.state = state if state is not None else {}
        self.resume_when_left = resume_when_left
        self.supervisors: set[str] = set()

    @property
    def human_in_control(self) -> bool:
        return bool(self.state.get("taken_over"))

    def participant_connected(
        self, identity: str, kind: Any = None, attributes: Mapping[str, str] | None = None
    ) -> bool:
        """Returns True when this participant takes the call over (the agent must step back now)."""
        if not is_supervisor_participant(identity, kind, attributes):
            return False
        first = not self.supervisors
        self.supervisors.add(identity)
        self.state["taken_over"] = True
        self.state["taken_over_by"] = supervisor_name(identity)
        if self.db is not None:
            supervisor_joined(self.db, self.call_id, identity)
        return first

    def participant_disconnected(self, identity: str) -> bool:
        """Returns True when the agent may resume (last supervisor left and ``resume_when_left``)."""
        self.supervisors.discard(identity)
        if not self.supervisors and self.resume_when_left and self.human_in_control:
            self.state["taken_over"] = False
            return True
        return False
