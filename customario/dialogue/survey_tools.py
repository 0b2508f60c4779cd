"""Built-in agent tools for surveys and every outbound call: record_answer, end_call, opt_out,
schedule_callback.

Plain async core functions over SQLite (see :mod:`customario.dialogue.tools`); the conversation engine wraps
them as livekit-agents function tools and the offline policies call the very same specs. Every write
commits at once so a killed process keeps what was said.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, Field

from customario.store.db import immediate, json_col, utc_now
from customario.dialogue.tools import ToolContext, ToolFailure, ToolSpec

DISPOSITIONS = ("complete", "partial", "break-off", "refused", "opted-out", "callback")


def _now(ctx: ToolContext) -> datetime:
    clock = ctx.state.get("clock")
    return clock() if callable(clock) else datetime.now(timezone.utc)


def _set_disposition(ctx: ToolContext, disposition: str) -> None:
    ctx.state["disposition"] = disposition
    ctx.state["ended"] = True
    if ctx.call_id is not None:
        with immediate(ctx.db):
            ctx.db.execute("UPDATE calls SET disposition = ? WHERE id = ?", [disposition, ctx.call_id])


class RecordAnswerArgs(BaseModel):
    question_id: str = Field(description="id of the survey question being answered")
    answer: str = Field(description="the respondent's words, verbatim")
    status: Literal["valid", "invalid", "dont_know", "refused", "skipped"] | None = Field(
        None, description="leave empty to let the answer be checked; dont_know or refused when the respondent said so"
    )
    value: Any = Field(None, description="the normalised value if already known (number, yes/no, choice code)")
    attempts: int = Field(1, ge=1, description="how many times the question was asked")
    confidence: float | None = Field(None, ge=0, le=1, description="how sure the understanding is (0..1); leave empty")
    method: str | None = Field(None, max_length=200, description="how the value was obtained; leave empty")
    confirmed: bool = Field(False, description="true when the respondent confirmed the value when it was read back")


async def record_answer(ctx: ToolContext, args: RecordAnswerArgs) -> dict:
    """Validate (customario.dialogue.answers) and upsert one answer; raises ToolFailure for an unknown
    question or an answer that does not fit (the message says what is needed, so the agent can re-ask)."""
    from customario.dialogue.answers import normalise, validate_value
    from zoneinfo import ZoneInfo

    campaign = ctx.campaign.campaign if hasattr(ctx.campaign, "campaign") else ctx.campaign
    try:
        q = campaign.question(args.question_id)
    except KeyError:
        ids = ", ".join(q.id for q in campaign.questions)
        raise ToolFailure(f"there is no question {args.question_id!r}; question ids are: {ids}") from None
    status, value = args.status, args.value
    confidence, method = args.confidence, args.method
    tz = (ctx.contact or {}).get("timezone") or getattr(ctx.settings, "default_timezone", "UTC")
    today = _now(ctx).astimezone(ZoneInfo(tz)).date()
    if status in (None, "valid"):
        n = validate_value(q, value) if value is not None else normalise(q, args.answer, today=today)
        if n.status == "invalid":
            raise ToolFailure(f"the answer does not fit question {q.id}: ask again for {n.reason}")
        if confidence is None:
            # A model's value: trust it as far as the respondent's own words support it.
            words = normalise(q, args.answer, today=today)
            if value is None or words.value == n.value:
                confidence, method = words.confidence, method or f"text:{words.method}"
            else:
                confidence, method = 0.5, method or "model"
        status, value = n.status, n.value
    if status != "valid":
        value = None
    if ctx.call_id is not None:
        with immediate(ctx.db):
            ctx.db.execute(
                """INSERT INTO answers (call_id, question_id, value, status, evidence, attempts, recorded_at,
                                        confidence, method, confirmed)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (call_id, question_id) DO UPDATE SET value = excluded.value,
                     status = excluded.status, evidence = excluded.evidence,
                     attempts = MAX(answers.attempts, excluded.attempts), recorded_at = excluded.recorded_at,
                     confidence = excluded.confidence, method = excluded.method, confirmed = excluded.confirmed""",
                [
                    ctx.call_id,
                    q.id,
                    None if value is None else json_col(value),
                    status,
                    args.answer,
                    args.attempts,
                    utc_now(),
                    None if confidence is None else round(float(confidence), 3),
                    method,
                    1 if args.confirmed else 0,
                ],
            )
    ctx.state.setdefault("answers", {})[q.id] = value
    return {
        "question_id": q.id,
        "status": status,
        "value": value,
        "confidence": confidence,
        "confirmed": bool(args.confirmed),
    }


class EndCallArgs(BaseModel):
    disposition: Literal["complete", "partial", "break-off", "refused", "opted-out", "callback"] = Field(
        "complete", description="outcome of the call"
    )
    reason: str | None = Field(None, description="short reason, for the record")


async def end_call(ctx: ToolContext, args: EndCallArgs) -> dict:
    """Record the disposition; the engine hangs up after the goodbye already said."""
    _set_disposition(ctx, args.disposition)
    return {"ended": True, "disposition": args.disposition}


class OptOutArgs(BaseModel):
    reason: str | None = Field(None, description="why, in a few words")
    evidence: str | None = Field(None, description="the caller's words")


async def opt_out(ctx: ToolContext, args: OptOutArgs) -> dict:
    """Put the caller's number on the DNC list at once (TCPA 47 CFR 64.1200(d)), withdraw consent,
    set the disposition ``opted-out`` and end the call after a polite goodbye."""
    return record_opt_out(ctx)


def record_opt_out(ctx: ToolContext) -> dict:
    """The opt-out's writes (synchronous; also used by the engine's guard for model stacks, which
    honours a recognised opt-out even when the model does not call the tool)."""
    from customario.leads.dnc import add_dnc

    contact = ctx.contact or {}
    e164 = contact.get("e164") or contact.get("phone")
    added = False
    if e164:
        source = f"call {ctx.call_id}" if ctx.call_id is not None else ctx.channel
        added = add_dnc(ctx.db, e164, reason="opted-out", source=source, call_id=ctx.call_id)
    if contact.get("id") is not None:
        with immediate(ctx.db):
            ctx.db.execute(
                "INSERT INTO consents (contact_id, granted, channel, source, recorded_at) VALUES (?, 0, ?, ?, ?)",
                [
                    contact["id"],
                    "voice" if ctx.channel in ("phone", "console", "simulation") else ctx.channel,
                    f"call {ctx.call_id}: opt-out",
                    utc_now(),
                ],
            )
            ctx.db.execute(
                "UPDATE contacts SET consent = 'denied', updated_at = ? WHERE id = ?", [utc_now(), contact["id"]]
            )
    _set_disposition(ctx, "opted-out")
    return {
        "dnc": bool(e164),
        "newly_added": added,
        "say": "I've removed your number from our list. You won't be called again. Goodbye.",
    }


class ScheduleCallbackArgs(BaseModel):
    when: str = Field(description="when the caller wants to be called back, in their words (e.g. 'tomorrow at 3pm')")
    due_at: str | None = Field(None, description="ISO-8601 time with offset, if already known")


async def schedule_callback(ctx: ToolContext, args: ScheduleCallbackArgs) -> dict:
    """Understand ``when`` in the caller's time zone, store it in ``callbacks`` as UTC and set the
    disposition ``callback``. Raises ToolFailure when no future time can be understood."""
    from zoneinfo import ZoneInfo

    from customario.dialogue.spoken_dates import parse_datetime_local

    contact = ctx.contact or {}
    tz = contact.get("timezone") or getattr(ctx.settings, "default_timezone", None) or "UTC"
    now = _now(ctx)
    local = None
    if args.due_at:
        try:
            local = datetime.fromisoformat(args.due_at)
            if local.tzinfo is None:
                local = local.replace(tzinfo=ZoneInfo(tz))
        except ValueError:
            local = None
    if local is None:
        local = parse_datetime_local(args.when, now, tz)
    if local is None or local <= now:
        raise ToolFailure("I could not understand a future day and time; ask for one such as 'tomorrow at 3pm'")
    due_utc = local.astimezone(timezone.utc).isoformat(timespec="seconds")
    campaign_name = getattr(ctx.campaign, "name", None)
    if ctx.call_id is not None:
        with immediate(ctx.db):
            ctx.db.execute(
                "INSERT INTO callbacks (call_id, contact_id, campaign, due_at, requested_text, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, 'pending', ?)",
                [ctx.call_id, contact.get("id"), campaign_name, due_utc, args.when, utc_now()],
            )
            ctx.db.execute("UPDATE calls SET next_attempt_at = ? WHERE id = ?", [due_utc, ctx.call_id])
    _set_disposition(ctx, "callback")
    local_text = local.strftime("%A %B %-d at %-I:%M %p").replace(":00 ", " ")
    return {
        "due_at_utc": due_utc,
        "local": local.isoformat(timespec="minutes"),
        "local_text": f"on {local_text}",
        "timezone": tz,
    }


# Registered by customario.plugins.builtins (the register_tools hook), like any plug-in's tools.
SURVEY_TOOLS = (
    ToolSpec(
        "record_answer",
        "Record the respondent's answer to one survey question (validated; re-ask if rejected).",
        RecordAnswerArgs,
        record_answer,
    ),
    ToolSpec("end_call", "End the call after saying goodbye, with its outcome.", EndCallArgs, end_call, ends_call=True),
    ToolSpec(
        "opt_out",
        "The caller asked not to be called again: put the number on the do-not-call list at once.",
        OptOutArgs,
        opt_out,
        ends_call=True,
    ),
    ToolSpec(
        "schedule_callback",
        "The caller asked to be called back at another time: schedule it.",
        ScheduleCallbackArgs,
        schedule_callback,
        ends_call=True,
    ),
)
