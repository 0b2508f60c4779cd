"""The conversation engine API used by console, simulate, the text channels and the dialer's worker.

Text (no server, no audio; FACTS: ``AgentSession(llm=..., vad=None)`` with turn detection off)::

    conv = await TextConversation.start(db, settings, stored_campaign, contact=row, channel="console")
    conv.opening                       # agent lines of the first turn
    replies = await conv.send("a nine")  # agent lines for this caller turn
    conv.ended, conv.call_id, conv.disposition
    await conv.close()                 # disposition: the one set by a tool, else break-off

``start(..., call_id=N)`` continues an existing ``calls`` row (a dialed call, an SMS or e-mail
thread): earlier turns are loaded from ``turns`` (or given as ``history``), replayed into the chat
context (and through an offline policy, silently) and no opening is spoken.

Building blocks for rooms and audio:

- :func:`prepare_session` → :class:`PreparedSession` (session, agent, recorder, tool context, stack
  parts) not started yet: the voice helper assigns ``session.input.audio`` / ``session.output.audio``
  before ``await prep.session.start(prep.agent)``; :meth:`PreparedSession.open` speaks the opening.
- :func:`run_room_session(ctx, db=..., settings=..., call_id=...)` for a livekit-agents job: loads the
  call row (campaign version, contact), builds the audio stack, starts the session in ``ctx.room``,
  speaks the opening, hangs up (deletes the room) after an ``ends_call`` tool and records the
  disposition when the session closes; a ``supervisor-<name>`` joining the room takes the call over
  (:mod:`customario.conversation.takeover`).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Mapping

log = logging.getLogger(__name__)

MAX_TOOL_STEPS = 6


@dataclass
class PreparedSession:
    """A wired but not yet started session (see module docstring)."""

    session: Any
    agent: Any
    recorder: Any
    tool_ctx: Any
    parts: dict
    stack: str
    stored: Any
    context: dict
    history: list = field(default_factory=list)
    ended_by: str | None = None  # name of the ends_call tool that ended the call
    agent_lines: list = field(default_factory=list)
    tasks: list = field(default_factory=list)  # background tasks of a room session
    takeover: Any = None  # customario.conversation.takeover.RoomTakeover of a room session
    keypad: Any = None  # customario.conversation.keypad.KeypadCollector of a phone survey in a room

    @property
    def disposition(self) -> str | None:
        llm = self.parts.get("llm")
        return self.tool_ctx.state.get("disposition") or getattr(llm, "hangup", None)

    @property
    def ended(self) -> bool:
        return self.ended_by is not None or bool(getattr(self.parts.get("llm"), "hangup", None))

    def fallback_disposition(self) -> str:
        """Disposition when the conversation stops without one: the offline policy's
        ``early_end_disposition()`` (partial or break-off), else ``break-off``."""
        early = getattr(self.parts.get("policy"), "early_end_disposition", None)
        return early() if callable(early) else "break-off"

    async def open(self) -> None:
        """Speak the opening (offline: the policy's opening; models: the opening line)."""
        from customario.definitions import render_template

        if self.history:
            return
        if self.stack == "offline":
            handle = self.session.generate_reply()
        else:
            c = self.stored.campaign
            handle = self.session.generate_reply(
                instructions="Greet the person with this opening line: " + render_template(c.opening, self.context)
            )
        await handle


async def prepare_session(
    db: Any,
    settings: Any,
    stored: Any,
    *,
    contact: Mapping[str, Any] | None = None,
    channel: str = "console",
    stack: str | None = None,
    call_id: int | None = None,
    history: list[Mapping[str, Any]] | None = None,
    audio: bool = False,
    now: Callable[[], datetime] | None = None,
    session_kwargs: Mapping[str, Any] | None = None,
    http_client: Any = None,
) -> PreparedSession:
    """Create/continue the call row, build context, stack, briefing, agent and session.

    Raises ConfigError (missing key for a model stack), UsageError (unknown stack), NotFoundError
    (unknown ``call_id``)."""
    from livekit.agents import AgentSession, TurnHandlingOptions

    from customario.conversation import builder
    from customario.conversation.recorder import CallRecorder, call_history
    from customario.conversation.stacks import make_stack, stack_name
    from customario.dialogue.tools import ToolContext
    from customario.escalation.warmup import warm_up_in_background
    from customario.plugins.manager import discover

    # the caller's first line must not pay for loading the urgency readers and the embedding model
    # (a no-op in a worker's job process, warmed before it took the job)
    warm_up_in_background()
    plugins = discover(getattr(settings, "campaigns_dir", None))
    name = stack_name(stored, settings, stack)
    contact = dict(contact) if contact else None
    context = plugins.call_context(
        db=db,
        campaign=stored.campaign,
        contact=contact,
        settings=settings,
        base=builder.lead_context(contact, stored, settings, now=now() if now else None),
    )
    if call_id is not None and history is None:
        history = call_history(db, call_id)
    history = [dict(h) for h in (history or []) if h.get("role") in ("agent", "caller")]
    tool_ctx = ToolContext(db=db, campaign=stored, settings=settings, call_id=None, contact=contact, channel=channel)
    if now is not None:
        tool_ctx.state["clock"] = now
    parts = make_stack(name, stored, settings, context=context, tool_ctx=tool_ctx, audio=audio, now=now)
    recorder = CallRecorder.start(db, stored=stored, contact=contact, channel=channel, stack=name, call_id=call_id)
    recorder.on_finish.append(
        lambda rec: plugins.call_ended(
            db=db,
            campaign=stored.campaign,
            call_id=rec.call_id,
            disposition=rec.disposition,
            status=rec.status,
            settings=settings,
        )
    )
    tool_ctx.call_id = recorder.call_id
    briefing = builder.make_briefing(stored, context, settings, stack=name, history=history, http_client=http_client)
    recorder.set_briefing(briefing)
    instructions = builder.build_instructions(stored, context, briefing)
    specs = builder.enabled_tools(stored, plugins.tools())
    prep_holder: dict[str, PreparedSession] = {}

    def on_end(tool_name: str, _result: Any) -> None:
        prep_holder["prep"].ended_by = tool_name

    quiet = frozenset(getattr(parts.get("policy"), "quiet_tools", ()) or ()) if name == "offline" else frozenset()
    tools = builder.wrap_tools(specs, tool_ctx, recorder, on_end, quiet=quiet)
    agent = builder.build_agent(instructions, tools, history=history)
    kwargs: dict[str, Any] = {"llm": parts["llm"], "max_tool_steps": MAX_TOOL_STEPS}
    if audio:
        kwargs.update({k: parts[k] for k in ("stt", "tts", "vad") if parts.get(k) is not None})
        if parts.get("vad") is None:
            kwargs["vad"] = None
        if parts.get("turn_handling") is not None:  # offline voice: VAD turns, tuned endpointing
            kwargs["turn_handling"] = parts["turn_handling"]
    else:
        kwargs.update(vad=None, turn_handling=TurnHandlingOptions(turn_detection=None))
    kwargs.update(session_kwargs or {})
    session = AgentSession(**kwargs)
    recorder.attach(session, logged_tools=frozenset(specs))
    prep = PreparedSession(
        session=session,
        agent=agent,
        recorder=recorder,
        tool_ctx=tool_ctx,
        parts=parts,
        stack=name,
        stored=stored,
        context=context,
        history=history,
    )
    prep_holder["prep"] = prep
    session.on("conversation_item_added", lambda ev: _collect(prep, ev))
    if name != "offline" and "opt_out" in specs:
        session.on("conversation_item_added", lambda ev: _guard_opt_out(prep, ev))
    if history and name == "offline":
        _replay(prep, history)
    return prep


def _guard_opt_out(prep: PreparedSession, ev: Any) -> None:
    """Model stacks: a caller turn that :mod:`customario.dialogue.optout` reads as an opt-out puts
    the number on the DNC list at once, whatever the model does next (TCPA 47 CFR 64.1200(d);
    FCC 24-24). The offline policies call ``opt_out`` themselves."""
    item = ev.item
    if getattr(item, "type", None) != "message" or item.role != "user":
        return
    from customario.dialogue.optout import detect

    text = item.text_content or ""
    verdict = detect(text, prep.tool_ctx.channel or "voice")
    if verdict.kind != "opt-out" or prep.tool_ctx.state.get("disposition") == "opted-out":
        return
    from customario.dialogue.survey_tools import record_opt_out

    try:
        result = record_opt_out(prep.tool_ctx)
        prep.recorder.log_tool_call(
            "opt_out", {"reason": f"recognised ({verdict.rule})", "evidence": text[:500], "by": "guard"}, result
        )
    except Exception:  # never break a live call; the model's own opt_out tool may still record it
        log.exception("could not record the opt-out of call %s", prep.recorder.call_id)


def _collect(prep: PreparedSession, ev: Any) -> None:
    item = ev.item
    if getattr(item, "type", None) == "message" and item.role == "assistant" and (item.text_content or "").strip():
        prep.agent_lines.append(item.text_content)


def _replay(prep: PreparedSession, history: list[dict]) -> None:
    """Bring an offline policy to where a continued conversation stands (its actions are dropped)."""
    llm = prep.parts["llm"]
    policy = prep.parts.get("policy")
    if policy is None:
        return
    policy.opening()
    for turn in history:
        if turn["role"] == "caller":
            policy.respond(turn["text"])
    llm.mark_seen(prep.agent.chat_ctx)


class TextConversation:
    """A text conversation on the engine (console --text, simulate, SMS/e-mail). See module docstring."""

    def __init__(self, prep: PreparedSession):
        self._prep = prep
        self.opening: list[str] = []
        self.closed = False

    @classmethod
    async def start(
        cls,
        db: Any,
        settings: Any,
        stored_campaign: Any,
        *,
        contact: Mapping[str, Any] | None = None,
        channel: str = "console",
        stack: str | None = None,
        call_id: int | None = None,
        history: list[Mapping[str, Any]] | None = None,
        now: Callable[[], datetime] | None = None,
        http_client: Any = None,
    ) -> "TextConversation":
        """Create (or continue, with ``call_id``) the call and run the opening (``conv.opening``)."""
        prep = await prepare_session(
            db,
            settings,
            stored_campaign,
            contact=contact,
            channel=channel,
            stack=stack,
            call_id=call_id,
            history=history,
            now=now,
            http_client=http_client,
        )
        conv = cls(prep)
        try:
            await prep.session.start(prep.agent, record=False)
            before = len(prep.agent_lines)
            await prep.open()
            conv.opening = prep.agent_lines[before:]
        except BaseException:
            await conv.close("failed" if not prep.recorder.finished else None, status="failed")
            raise
        conv._finish_if_ended()
        return conv

    @property
    def call_id(self) -> int:
        return self._prep.recorder.call_id

    @property
    def ended(self) -> bool:
        return self._prep.ended or self.closed

    @property
    def disposition(self) -> str | None:
        return self._prep.recorder.disposition or self._prep.disposition

    @property
    def session(self) -> Any:
        return self._prep.session

    @property
    def policy(self) -> Any:
        return self._prep.parts.get("policy")

    @property
    def prepared(self) -> PreparedSession:
        return self._prep

    async def send(self, caller_text: str) -> list[str]:
        """Deliver one caller turn; returns the agent's lines for it (``[]`` once ended)."""
        if self.ended:
            return []
        before = len(self._prep.agent_lines)
        await self._prep.session.run(user_input=caller_text or "")
        await self._settle()
        self._finish_if_ended()
        return self._prep.agent_lines[before:]

    async def _settle(self) -> None:
        """Wait for tools still running after the turn and for their deferred replies: a tool that
        spoke an interim line (``ctx.say`` → livekit ``RunContext.update``, e.g. the supervisor
        hold line) releases the turn early, but in text the caller is on hold until it returns.
        livekit-agents 1.8.9 has no public API for this; the tool executor is read defensively."""
        activity = getattr(self._prep.session, "_activity", None)
        executor = getattr(activity, "_tool_executor", None)
        if executor is None:
            return
        while True:
            reply = getattr(executor, "_reply_task", None)
            if executor.has_running_tasks:
                await asyncio.sleep(0.01)
            elif reply is not None and not reply.done():
                await asyncio.wait({reply})
            else:
                break

    def _finish_if_ended(self) -> None:
        if self._prep.ended and not self._prep.recorder.finished:
            self._prep.recorder.finish(self._prep.disposition or "complete")

    async def close(self, disposition: str | None = None, *, status: str = "ended") -> None:
        """End the conversation: records ``disposition`` (else the one a tool set, else the offline
        policy's ``early_end_disposition()`` — partial or break-off — else ``break-off``) unless
        already recorded, and closes the session."""
        if self.closed:
            return
        self.closed = True
        rec = self._prep.recorder
        if not rec.finished:
            rec.finish(disposition or self._prep.disposition or self._prep.fallback_disposition(), status=status)
        try:
            await self._prep.session.aclose()
        except Exception:  # closing must not mask the result
            log.debug("session close failed", exc_info=True)

    async def __aenter__(self) -> "TextConversation":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


async def run_room_session(
    ctx: Any,
    *,
    db: Any,
    settings: Any,
    call_id: int | None = None,
    prep: PreparedSession | None = None,
    stored: Any = None,
    contact: Mapping[str, Any] | None = None,
    stack: str | None = None,
    channel: str = "phone",
    room_options: Any = None,
    caller_identity: str | None = None,
    screen: Callable[[PreparedSession], Any] | None = None,
    heartbeat_s: float = 30.0,
) -> PreparedSession:
    """The one room-session lifecycle (outbound and inbound calls) in a livekit-agents job
    (``ctx``: JobContext, connected, the caller already answered).

    Uses ``prep`` (an inbound call prepared by the worker) or prepares the session of ``call_id``
    (campaign version and contact from the call row unless given); starts it in ``ctx.room``;
    records when the callee's greeting ends and the agent's first audio starts (``calls.greeting_end_at``,
    ``first_audio_at``, ``answer_to_audio_ms``, ``greeting_to_audio_ms``: :class:`~.sip_progress.AnswerTiming`);
    runs ``screen(prep)`` (answering-machine detection: return True when it handled the call) before
    the opening; attaches the supervisor take-over; speaks the opening; deletes the room after an
    ``ends_call`` tool's goodbye; collects the caller's keypad (DTMF) entries for an offline survey
    on a phone call (:mod:`customario.conversation.keypad`); refreshes ``calls.heartbeat_at`` every ``heartbeat_s`` seconds; and
    records the disposition when the session closes (a tool's, else partial/break-off; the recorder
    never overwrites an unanswered outcome the dialer recorded). Returns the PreparedSession (the
    session keeps running). Runs against a real LiveKit server only in production; tests drive it
    with a room stand-in."""
    from customario.conversation.sip_progress import AnswerTiming, vad_silence_s

    if prep is None:
        if call_id is None:
            raise ValueError("run_room_session needs call_id or prep")
        stored, contact = _load_call_parts(db, call_id, stored, contact)
        prep = await prepare_session(
            db, settings, stored, contact=contact, channel=channel, stack=stack, call_id=call_id, history=[], audio=True
        )
    call_id = prep.recorder.call_id
    session = prep.session

    def on_close(ev: Any) -> None:
        if not prep.recorder.finished:
            error = getattr(ev, "error", None)
            prep.recorder.finish(
                prep.disposition or prep.fallback_disposition(),
                status="failed" if error else "ended",
                error=str(error) if error else None,
            )
            log.info("call %s closed (%s)", call_id, getattr(ev, "reason", None))

    timing = AnswerTiming(db, call_id, vad_silence_s=vad_silence_s(session))

    def on_state(ev: Any) -> None:
        if not timing.first_audio and getattr(ev, "new_state", None) == "speaking":
            ms = timing.on_agent_state(ev)
            log.info("call %s: first agent audio %s ms after the answer", call_id, ms)

    async def hang_up_after_goodbye() -> None:
        while not prep.ended:
            await asyncio.sleep(0.2)
        speech = session.current_speech
        if speech is not None:
            await speech.wait_for_playout()
        prep.recorder.finish(prep.disposition or "complete")
        session.shutdown(drain=True)
        await _delete_room(ctx, call_id)

    async def heartbeat() -> None:
        while not prep.recorder.finished:
            await asyncio.sleep(heartbeat_s)
            if not prep.recorder.finished:
                prep.recorder.heartbeat()

    session.on("close", on_close)
    session.on("agent_state_changed", on_state)
    session.on("user_state_changed", timing.on_user_state)  # the callee's greeting (abandonment, 16 CFR 310.4(b)(4))
    start_kwargs: dict[str, Any] = {"room": ctx.room}
    if room_options is not None:
        start_kwargs["room_options"] = room_options
    await session.start(prep.agent, **start_kwargs)
    prep.tasks = [asyncio.ensure_future(heartbeat())]
    if screen is not None and await screen(prep):
        return prep
    from customario.conversation.keypad import attach_keypad
    from customario.conversation.takeover import attach_takeover

    prep.takeover = attach_takeover(ctx.room, prep, db, caller_identity=caller_identity)
    prep.keypad = attach_keypad(ctx.room, prep, caller_identity=caller_identity)
    await prep.open()
    prep.tasks.append(asyncio.ensure_future(hang_up_after_goodbye()))
    return prep


async def _delete_room(ctx: Any, call_id: int) -> None:
    try:
        await ctx.delete_room()
    except Exception:  # the dialer sees the row ended either way
        log.warning("could not delete the room of call %s", call_id)


def _load_call_parts(db: Any, call_id: int, stored: Any, contact: Mapping[str, Any] | None) -> tuple[Any, Any]:
    from customario.definitions.catalog import get_campaign_by_id

    row = db.execute("SELECT campaign_id, contact_id FROM calls WHERE id = ?", [call_id]).fetchone()
    if row is None:
        from customario.errors import NotFoundError

        raise NotFoundError(f"no call with id {call_id}", "The dialer creates the call row before dispatch")
    if stored is None:
        stored = get_campaign_by_id(db, row[0])
    if contact is None and row[1] is not None:
        crow = db.execute("SELECT * FROM contacts WHERE id = ?", [row[1]])
        cols = [d[0] for d in crow.description]
        found = crow.fetchone()
        contact = dict(zip(cols, found)) if found else None
    return stored, contact
