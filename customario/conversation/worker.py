"""The agent worker: a livekit-agents ``AgentServer`` that takes explicitly dispatched jobs.

``customario agent start|dev`` registers the worker under ``settings.agent_name`` (explicit
dispatch only) with ``LIVEKIT_URL`` / ``LIVEKIT_API_KEY`` / ``LIVEKIT_API_SECRET``. A job's metadata
is the JSON the dialer put on the dispatch (``{"call_id": N, "campaign": ..., ...}``):

- **outbound** (``call_id`` given): load the call, its campaign version and lead; wait until the
  SIP participant ``sip-<call_id>`` is answered (``sip.callStatus`` ``active``, see
  :mod:`customario.conversation.sip_progress`: nothing is spoken into ringback, and an unanswered
  call is left to the dialer, which records busy / no-answer / declined from the SIP code); start the conversation engine (:mod:`customario.conversation`)
  with the campaign's stack in the room; with answering-machine detection (livekit-agents ``AMD``)
  apply the campaign's voicemail policy (``hangup``, or ``leave-message`` then hang up), both with
  disposition ``voicemail``; otherwise speak the opening and converse; turns are written as they
  happen and the room is removed after the engine's end-call tool, with the disposition recorded.
- **web** (``channel: web``, from ``customario serve``): a website respondent joins as ``participant``
  with a token; the session runs like an outbound call without SIP or AMD.
- **inbound** (no ``call_id``; a SIP dispatch rule sends the caller to the agent): the caller is
  identified by E.164 (``sip.phoneNumber``), a call row is created for the inbound campaign
  (metadata ``campaign``, else the only inbound campaign), and the caller's earlier calls are given
  to the agent as context.

Supervisor take-over (both directions): a person who joins the room as ``supervisor-<name>``
(``customario token``) silences the agent and closes the call's open help requests
(:mod:`customario.conversation.takeover`); when they leave and the caller is still there, the agent says one
line and carries on.

Noise cancellation (``BVCTelephony`` for SIP callers, ``BVC`` for others) is enabled when the server
is LiveKit Cloud (it only works there) and ``livekit-plugins-noise-cancellation`` loads. AMD classifies with an
LLM, so it runs only for model stacks (``anthropic``, ``google-realtime``) or when LiveKit Cloud
inference is available; the offline stack converses with whoever answers.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any, Mapping

from sqlite_utils import Database

from customario.errors import NotFoundError, UsageError

log = logging.getLogger("customario.conversation.worker")

MACHINE_CATEGORIES = ("machine-vm", "machine-unavailable", "machine-ivr")
PARTICIPANT_WAIT_S = 90.0
# How long a job process may take to start and warm up (livekit-agents' default is 10 s).
PREWARM_TIMEOUT_S = 60.0


# -- pure decisions --------------------------------------------------------------------------------
def job_metadata(raw: str | None) -> dict:
    """Parse a job's metadata (JSON object, or empty). Raises UsageError for anything else."""
    if not raw:
        return {}
    try:
        meta = json.loads(raw)
    except ValueError:
        raise UsageError("job metadata is not JSON", 'Dispatch with metadata like {"call_id": 12}') from None
    if not isinstance(meta, dict):
        raise UsageError("job metadata is not a JSON object", 'Dispatch with metadata like {"call_id": 12}')
    return meta


def voicemail_action(campaign: Any, amd_category: str | None) -> str:
    """What to do after answering-machine detection: ``converse`` (a person, or AMD off/uncertain),
    ``hangup`` (IVR, full mailbox, or policy ``hangup``) or ``leave-message`` (voicemail greeting and
    policy ``leave-message``). ``campaign`` is a definitions Campaign."""
    if amd_category not in MACHINE_CATEGORIES:
        return "converse"
    if amd_category == "machine-vm" and campaign.voicemail.policy == "leave-message" and campaign.voicemail.message:
        return "leave-message"
    return "hangup"


def voicemail_text(stored: Any, contact: Mapping[str, Any] | None, settings: Any) -> str:
    """The campaign's scripted voicemail message with the lead's placeholders filled in."""
    from customario.conversation.builder import lead_context
    from customario.definitions import render_template

    return render_template(stored.campaign.voicemail.message or "", lead_context(contact, stored, settings))


def amd_enabled(stack: str, livekit_url: str | None) -> bool:
    """AMD needs an LLM classifier: a model stack, or LiveKit Cloud inference."""
    return stack != "offline" or bool(livekit_url and ".livekit.cloud" in livekit_url)


# -- database --------------------------------------------------------------------------------------
def _row(db: Database, sql: str, params: list) -> dict | None:
    cur = db.execute(sql, params)
    found = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], found)) if found else None


def load_call(db: Database, call_id: int) -> tuple[Any, dict | None, dict]:
    """(campaign version, contact row or None, call row) of an outbound call. Raises NotFoundError."""
    from customario.definitions.catalog import get_campaign_by_id

    call = _row(db, "SELECT * FROM calls WHERE id = ?", [call_id])
    if call is None:
        raise NotFoundError(f"no call with id {call_id}", "The dialer creates the call before dispatching the agent")
    if not call["campaign_id"]:
        raise NotFoundError(f"call {call_id} has no campaign version", "Dial through `customario dial`")
    stored = get_campaign_by_id(db, call["campaign_id"])
    contact = _row(db, "SELECT * FROM contacts WHERE id = ?", [call["contact_id"]]) if call["contact_id"] else None
    return stored, contact, call


def identify_caller(db: Database, number: str | None, region: str = "US") -> dict | None:
    """The contact whose E.164 number is ``number`` (normalised with phonenumbers), or None."""
    if not number:
        return None
    import phonenumbers

    raw = number.removeprefix("tel:").removeprefix("sip:").split("@")[0]
    try:
        e164 = phonenumbers.format_number(phonenumbers.parse(raw, region), phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return None
    return _row(db, "SELECT * FROM contacts WHERE e164 = ?", [e164]) or {"id": None, "e164": e164}


def prior_calls(db: Database, contact_id: int | None, *, exclude_call: int | None = None, limit: int = 5) -> list[dict]:
    """The contact's latest calls on any channel (newest first) with their last caller words."""
    if contact_id is None:
        return []
    rows = db.execute(
        """SELECT c.id, c.campaign, c.channel, c.direction, c.created_at, c.disposition,
                  (SELECT text FROM turns t WHERE t.call_id = c.id AND t.role = 'caller' ORDER BY seq DESC LIMIT 1)
           FROM calls c WHERE c.contact_id = ? AND c.id != ? ORDER BY c.id DESC LIMIT ?""",
        [contact_id, exclude_call or -1, limit],
    ).fetchall()
    return [
        {
            "call_id": r[0],
            "campaign": r[1],
            "channel": r[2],
            "direction": r[3],
            "at": r[4],
            "disposition": r[5],
            "last_caller_words": r[6],
        }
        for r in rows
    ]


def prior_calls_note(calls: list[dict]) -> str:
    """A short system note for the agent about earlier contacts (empty when there are none)."""
    if not calls:
        return ""
    lines = ["Earlier contacts with this caller (newest first):"]
    for c in calls:
        said = f'; they last said: "{c["last_caller_words"]}"' if c["last_caller_words"] else ""
        lines.append(
            f"- {c['at'][:16]} {c['direction']} {c['channel']} ({c['campaign']}): {c['disposition'] or 'no outcome'}{said}"
        )
    return "\n".join(lines)


def inbound_campaign(db: Database, meta: Mapping[str, Any], settings: Any) -> Any:
    """The campaign an inbound call runs: metadata ``campaign``, else the only inbound campaign."""
    from customario.definitions.catalog import list_campaigns, resolve_campaign

    name = meta.get("campaign") or (getattr(settings, "extra", {}) or {}).get("inbound_campaign")
    if name:
        return resolve_campaign(db, name, settings.campaigns_dir)
    inbound = [c for c in list_campaigns(db) if c.kind in ("inbound", "support")]
    if len(inbound) != 1:
        raise NotFoundError(
            "cannot tell which inbound campaign this call is for",
            'Put {"campaign": NAME} in the SIP dispatch rule\'s agent metadata',
        )
    return inbound[0]


# -- the job ---------------------------------------------------------------------------------------
def room_options(settings: Any, participant_identity: str | None) -> Any:
    """RoomOptions bound to the caller, with noise cancellation on LiveKit Cloud (:func:`noise_selector`)."""
    from livekit.agents import room_io

    kwargs: dict[str, Any] = {}
    if participant_identity:
        kwargs["participant_identity"] = participant_identity
    selector = noise_selector(settings.livekit_url)
    if selector is not None:
        kwargs["audio_input"] = room_io.AudioInputOptions(noise_cancellation=selector)
    return room_io.RoomOptions(**kwargs)


def noise_selector(livekit_url: str | None) -> Any:
    """The noise-cancellation selector for a room on ``livekit_url``, or None.

    BVCTelephony (tuned for 8 kHz phone audio) for SIP participants, BVC for everyone else (web and
    app callers), from ``livekit-plugins-noise-cancellation``. None when the server is not LiveKit
    Cloud (the filter runs only there; elsewhere audio passes unfiltered) or when the plug-in cannot
    be loaded (not installed, or its native library fails to load): the call then runs without it.
    """
    if not livekit_url or ".livekit.cloud" not in livekit_url:
        return None
    try:
        from livekit import rtc
        from livekit.plugins import noise_cancellation

        telephony, general = noise_cancellation.BVCTelephony(), noise_cancellation.BVC()
    except Exception as exc:  # optional at run time: never lose a call over noise cancellation
        log.warning("noise cancellation unavailable (%s): audio passes unfiltered", type(exc).__name__)
        return None
    sip = rtc.ParticipantKind.PARTICIPANT_KIND_SIP

    def select(params: Any) -> Any:
        return telephony if params.participant.kind == sip else general

    return select


async def _finish_machine(prep: Any, ctx: Any, action: str, text: str | None) -> None:
    """An answering machine: leave the scripted message (policy ``leave-message``), record
    ``voicemail``, leave and remove the room."""
    from customario.conversation.engine import _delete_room

    if action == "leave-message" and text:
        handle = prep.session.say(text, allow_interruptions=False)
        await handle.wait_for_playout()
    prep.recorder.finish("voicemail")
    prep.session.shutdown(drain=True)
    await _delete_room(ctx, prep.recorder.call_id)


def answer_wait_s(meta: Mapping[str, Any]) -> float:
    """How long the worker waits for the callee (seconds): the ringing timeout the dialer put in the
    job metadata (at least 30) plus 30 s for dialing and network set-up."""
    try:
        ring = float(meta.get("ringing_timeout_s") or 0)
    except (ValueError, TypeError):
        ring = 0.0
    return max(ring, 30.0) + 30.0


async def run_outbound(
    ctx: Any, db: Database, settings: Any, call_id: int, *, meta: Mapping[str, Any] | None = None, runner: Any = None
) -> Any:
    """Run a dialed call in ``ctx.room`` (see module docstring).

    Waits until the SIP participant ``sip-<call_id>`` is ``active`` (:func:`await_answer`); before
    that nothing is spoken and nothing is written: an unanswered call (busy, no answer, declined,
    trunk failure) is recorded by the dialer from the SIP code. Once answered: ``answered_at`` is
    set, then the one room lifecycle (:func:`customario.conversation.engine.run_room_session`, or
    ``runner`` with the same keywords) runs with answering-machine detection as its screen. Returns
    the PreparedSession, or None when the call was not answered."""
    from customario.conversation.engine import run_room_session
    from customario.conversation.sip_progress import await_answer, record_answered
    from customario.conversation.stacks import stack_name

    stored, contact, _call = load_call(db, call_id)
    identity = f"sip-{call_id}"
    await ctx.connect()
    progress = await await_answer(ctx.room, identity, timeout_s=answer_wait_s(meta or {}))
    if not progress.answered:
        log.info(
            "call %s not answered (%s%s): nothing spoken; the dialer records the outcome",
            call_id,
            progress.status,
            f", {progress.reason}" if progress.reason else "",
        )
        return None
    record_answered(db, call_id, progress.at)
    use_amd = amd_enabled(stack_name(stored, settings), settings.livekit_url)

    async def screen(prep: Any) -> bool:
        if not use_amd:
            return False
        from livekit.agents import AMD

        async with AMD(prep.session, participant_identity=identity) as detector:
            category = (await detector.execute()).category.value
        action = voicemail_action(stored.campaign, category)
        log.info("call %s: AMD %s -> %s", call_id, category, action)
        if action == "converse":
            return False
        await _finish_machine(prep, ctx, action, voicemail_text(stored, contact, settings))
        return True

    run = runner or run_room_session
    return await run(
        ctx,
        db=db,
        settings=settings,
        call_id=call_id,
        stored=stored,
        contact=contact,
        room_options=room_options(settings, identity),
        caller_identity=identity,
        screen=screen,
    )


async def run_web(ctx: Any, db: Database, settings: Any, call_id: int, identity: str) -> Any:
    """Run a website voice session (``customario serve``, mode voice): the respondent joins the room
    as ``identity`` with a token from the session API; no SIP, no answering-machine detection; the
    room lifecycle is :func:`customario.conversation.engine.run_room_session`'s.
    Not exercised against a real LiveKit server in this repository's tests."""
    from customario.conversation.engine import run_room_session

    await ctx.connect()
    await asyncio.wait_for(ctx.wait_for_participant(identity=identity), PARTICIPANT_WAIT_S)
    return await run_room_session(
        ctx,
        db=db,
        settings=settings,
        call_id=call_id,
        channel="web",
        room_options=room_options(settings, identity),
        caller_identity=identity,
    )


async def run_inbound(ctx: Any, db: Database, settings: Any, meta: Mapping[str, Any], *, runner: Any = None) -> Any:
    """Answer an inbound call: identify the caller by E.164, create the call row, brief the agent
    with the caller's earlier calls, then the one room lifecycle (``run_room_session``)."""
    from livekit import rtc

    from customario.conversation.engine import run_room_session

    stored = inbound_campaign(db, meta, settings)
    await ctx.connect()
    participant = await asyncio.wait_for(
        ctx.wait_for_participant(kind=rtc.ParticipantKind.PARTICIPANT_KIND_SIP), PARTICIPANT_WAIT_S
    )
    contact = identify_caller(db, participant.attributes.get("sip.phoneNumber"), settings.region)
    prep = await start_inbound_session(db, settings, stored, contact)
    run = runner or run_room_session
    return await run(
        ctx,
        db=db,
        settings=settings,
        prep=prep,
        room_options=room_options(settings, participant.identity),
        caller_identity=participant.identity,
    )


async def start_inbound_session(
    db: Database, settings: Any, stored: Any, contact: Mapping[str, Any] | None, *, audio: bool = True
) -> Any:
    """Prepare the session of an inbound call: the call row is marked ``inbound`` and the caller's
    earlier calls are added to the agent's context as a system note. Not started yet."""
    from customario.conversation.engine import prepare_session
    from customario.store.db import immediate

    prep = await prepare_session(db, settings, stored, contact=contact, channel="phone", audio=audio)
    with immediate(db):
        db.execute("UPDATE calls SET direction = 'inbound' WHERE id = ?", [prep.recorder.call_id])
    note = prior_calls_note(prior_calls(db, (contact or {}).get("id"), exclude_call=prep.recorder.call_id))
    if note:
        chat_ctx = prep.agent.chat_ctx.copy()
        chat_ctx.add_message(role="system", content=note)
        await prep.agent.update_chat_ctx(chat_ctx)
    prep.context["prior_calls_note"] = note
    return prep


async def handle_job(ctx: Any, settings: Any, db: Database | None = None) -> Any:
    """The job entry: outbound when the metadata names a call, inbound otherwise."""
    from customario.plugins.manager import discover
    from customario.store.db import open_db

    meta = job_metadata(ctx.job.metadata)
    db = db or open_db(settings.db, plugins=discover(settings.campaigns_dir))
    if meta.get("call_id") is not None and meta.get("channel") == "web":
        return await run_web(ctx, db, settings, int(meta["call_id"]), str(meta.get("participant") or ""))
    if meta.get("call_id") is not None:
        return await run_outbound(ctx, db, settings, int(meta["call_id"]), meta=meta)
    return await run_inbound(ctx, db, settings, meta)


async def _entrypoint(ctx: Any) -> None:
    from customario.config import load_settings

    await handle_job(ctx, load_settings())


@dataclass(frozen=True)
class WorkerOptions:
    """How one ``customario agent start`` runs (livekit-agents 1.8.9 ``AgentServer`` options).

    ``host``/``port``: the worker's HTTP health server (``GET /`` → ``OK``, ``GET /worker`` → JSON);
    default 127.0.0.1 and port 0 = a free port, so several workers run on one host (livekit-agents'
    own default, all interfaces on 8081, lets only one start). ``agent_name``: explicit dispatch
    name (default: the ``agent_name`` setting). ``log_level``: DEBUG/INFO/WARNING/ERROR.
    ``load_threshold`` (0..1): the worker reports itself full above this load (livekit-agents measures
    CPU; production default 0.7). ``max_jobs``: instead of CPU, full at this many concurrent calls.
    ``idle_processes``: job processes kept warm (livekit's default: the CPU count)."""

    host: str = "127.0.0.1"
    port: int = 0
    agent_name: str | None = None
    log_level: str = "INFO"
    load_threshold: float | None = None
    max_jobs: int | None = None
    idle_processes: int | None = None


def load_by_jobs(max_jobs: int):
    """A livekit-agents ``load_fnc``: the share of ``max_jobs`` taken by running jobs (0..1+)."""

    def load(server: Any) -> float:
        return len(server.active_jobs) / max_jobs

    return load


def build_server(settings: Any, *, dev: bool = False, options: WorkerOptions | None = None) -> Any:
    """The AgentServer for ``customario agent start|dev`` (explicit dispatch by agent name).
    Raises ConfigError when the LiveKit settings are missing, UsageError for bad options."""
    from livekit.agents import AgentServer

    from customario.errors import ConfigError

    o = options or WorkerOptions()
    missing = [
        n
        for n, v in (
            ("LIVEKIT_URL", settings.livekit_url),
            ("LIVEKIT_API_KEY", settings.livekit_api_key),
            ("LIVEKIT_API_SECRET", settings.livekit_api_secret),
        )
        if not v
    ]
    if missing:
        raise ConfigError(
            f"{', '.join(missing)} not set", "The worker connects to LiveKit: export them or add them to .env"
        )
    level = o.log_level.upper()
    if level not in ("DEBUG", "INFO", "WARNING", "WARN", "ERROR", "CRITICAL"):
        raise UsageError(f"unknown log level {o.log_level!r}", "Use DEBUG, INFO, WARNING or ERROR")
    kwargs: dict[str, Any] = {
        "ws_url": settings.livekit_url,
        "api_key": settings.livekit_api_key,
        "api_secret": settings.livekit_api_secret,
        "host": o.host,
        "port": o.port,
        "log_level": "WARN" if level == "WARNING" else level,
    }
    if o.max_jobs is not None:
        if o.max_jobs < 1:
            raise UsageError("--max-jobs must be at least 1", "For example --max-jobs 4")
        kwargs["load_fnc"] = load_by_jobs(o.max_jobs)
        kwargs["load_threshold"] = (o.max_jobs - 0.5) / o.max_jobs  # full once max_jobs calls run
    elif o.load_threshold is not None:
        if not 0 < o.load_threshold <= 1:
            raise UsageError(f"--load-threshold {o.load_threshold} is outside 0..1", "For example --load-threshold 0.7")
        kwargs["load_threshold"] = o.load_threshold
    if o.idle_processes is not None:
        kwargs["num_idle_processes"] = o.idle_processes
    # every job process loads what a caller's first line needs (urgency readers, WordNet, the
    # embedding model) before it is given a job: seconds on a busy host, more than livekit's 10 s
    # default allows for a process to initialise
    from customario.escalation.warmup import prewarm

    kwargs["setup_fnc"] = prewarm
    kwargs["initialize_process_timeout"] = PREWARM_TIMEOUT_S
    server = AgentServer(**kwargs)
    server.rtc_session(_entrypoint, agent_name=o.agent_name or settings.agent_name)
    return server
