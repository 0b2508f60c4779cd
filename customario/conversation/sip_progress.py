"""The SIP call lifecycle as the agent worker sees it in a LiveKit room (no livekit import).

An outbound SIP participant joins the room when dialing *starts*, not when the callee answers.
Its attribute ``sip.callStatus`` moves ``dialing`` → ``ringing`` → ``active`` → ``hangup``;
LiveKit's protocol says the participant "is ready when it reaches ``active`` status". So the
worker waits for ``active`` before it speaks, runs answering-machine detection or records the
call as answered (:func:`await_answer`). A participant that leaves, or a room that closes, before
``active`` is an unanswered call: the dialer records it from ``CreateSIPParticipant``'s SIP code
(busy, no-answer, declined ...) and the worker writes nothing.

``room`` is anything shaped like ``livekit.rtc.Room``: ``remote_participants`` (identity →
participant with ``identity``, ``attributes``, ``disconnect_reason``), ``on``/``off`` for the
events ``participant_connected(p)``, ``participant_attributes_changed(changed, p)``,
``participant_disconnected(p)`` and ``disconnected(reason)``. Tests drive it with a stand-in
(``tests/room_standin.py``) fed by the loopback LiveKit server.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

SIP_STATUS_ATTR = "sip.callStatus"
ACTIVE = "active"


@dataclass(frozen=True)
class CallProgress:
    """How waiting for the callee ended. ``status``: ``active`` (answered), ``hangup`` (the SIP
    participant left or reported hangup before answering), ``room-closed`` or ``timeout``.
    ``reason`` is the disconnect reason name when LiveKit gave one (``USER_REJECTED`` busy/decline,
    ``USER_UNAVAILABLE`` no answer, ``SIP_TRUNK_FAILURE``). ``at`` is when it was seen (UTC)."""

    status: str
    reason: str | None
    at: datetime
    participant: Any = None

    @property
    def answered(self) -> bool:
        return self.status == ACTIVE


def _reason_name(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        from livekit.protocol import models

        return models.DisconnectReason.Name(int(value))
    except (ImportError, ValueError, TypeError):
        return str(value)


async def await_answer(room: Any, identity: str, *, timeout_s: float) -> CallProgress:
    """Wait until participant ``identity`` reaches ``sip.callStatus == active`` in ``room``, it
    leaves (or reports ``hangup``), the room disconnects, or ``timeout_s`` seconds pass. A SIP
    participant without the attribute (an old server) counts as answered when it joins."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future = loop.create_future()

    def settle(status: str, reason: Any = None, participant: Any = None) -> None:
        if not done.done():
            done.set_result(CallProgress(status, _reason_name(reason), datetime.now(timezone.utc), participant))

    def look(p: Any) -> None:
        if getattr(p, "identity", None) != identity:
            return
        state = (getattr(p, "attributes", None) or {}).get(SIP_STATUS_ATTR)
        if state == ACTIVE or state is None:
            settle(ACTIVE, participant=p)
        elif state == "hangup":
            settle("hangup", getattr(p, "disconnect_reason", None), p)

    def on_connected(p: Any) -> None:
        look(p)

    def on_attributes(changed: Any, p: Any) -> None:
        look(p)

    def on_disconnected(p: Any) -> None:
        if getattr(p, "identity", None) == identity:
            settle("hangup", getattr(p, "disconnect_reason", None), p)

    def on_room_closed(reason: Any = None) -> None:
        settle("room-closed", reason)

    handlers = {
        "participant_connected": on_connected,
        "participant_attributes_changed": on_attributes,
        "participant_disconnected": on_disconnected,
        "disconnected": on_room_closed,
    }
    for event, fn in handlers.items():
        room.on(event, fn)
    try:
        present = (getattr(room, "remote_participants", None) or {}).get(identity)
        if present is not None:
            look(present)
        try:
            return await asyncio.wait_for(asyncio.shield(done), timeout_s)
        except asyncio.TimeoutError:
            return CallProgress("timeout", None, datetime.now(timezone.utc))
    finally:
        for event, fn in handlers.items():
            room.off(event, fn)


def _iso(at: datetime) -> str:
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")


def record_answered(db: Any, call_id: int, at: datetime) -> None:
    """The callee answered at ``at``: status ``in-progress`` and ``answered_at`` (kept when the
    dialer recorded it first). Never touches a row that already ended."""
    from customario.store.db import immediate

    with immediate(db):
        db.execute(
            "UPDATE calls SET answered_at = COALESCE(answered_at, ?), status = 'in-progress', heartbeat_at = ?"
            " WHERE id = ? AND status IN ('claimed', 'dialing', 'ringing', 'in-progress')",
            [_iso(at), _iso(at), call_id],
        )


def record_first_audio(db: Any, call_id: int, at: datetime) -> float | None:
    """The agent's first audio of the call started at ``at``: store it, the milliseconds since the
    answer (``answer_to_audio_ms``) and since the callee's greeting ended (``greeting_to_audio_ms``,
    when one was recorded). Only the first call counts. Returns the milliseconds since the answer,
    or None when the row has no answer time or already has a first audio."""
    from customario.store.db import immediate

    with immediate(db):
        row = db.execute(
            "SELECT answered_at, first_audio_at, greeting_end_at FROM calls WHERE id = ?", [call_id]
        ).fetchone()
        if row is None or row[1] is not None:
            return None
        ms = None
        if row[0]:
            ms = round(max(0.0, (at - datetime.fromisoformat(row[0])).total_seconds()) * 1000.0, 1)
        greeting_ms = round((at - datetime.fromisoformat(row[2])).total_seconds() * 1000.0, 1) if row[2] else None
        db.execute(
            "UPDATE calls SET first_audio_at = ?, answer_to_audio_ms = ?, greeting_to_audio_ms = ? WHERE id = ?",
            [_iso(at), ms, greeting_ms, call_id],
        )
        return ms


def record_greeting_end(db: Any, call_id: int, at: datetime) -> bool:
    """The callee's first speech ended at ``at`` (their greeting, "Hello?"): stored when the call is
    answered and the agent has not spoken yet; never before the answer (clamped). Returns True
    when stored (16 CFR 310.4(b)(4): a live voice within 2 s of the completed greeting)."""
    from customario.store.db import immediate

    with immediate(db):
        row = db.execute(
            "SELECT answered_at, first_audio_at, greeting_end_at FROM calls WHERE id = ?", [call_id]
        ).fetchone()
        if row is None or not row[0] or row[1] is not None or row[2] is not None:
            return False
        at = max(at, datetime.fromisoformat(row[0]))
        db.execute("UPDATE calls SET greeting_end_at = ? WHERE id = ?", [_iso(at), call_id])
        return True


def _event_time(ev: Any) -> datetime:
    created = getattr(ev, "created_at", None)
    return (
        datetime.fromtimestamp(created, timezone.utc)
        if isinstance(created, (int, float))
        else datetime.now(timezone.utc)
    )


class AnswerTiming:
    """Session events → the abandonment timestamps of one answered call.

    ``on_user_state`` (livekit-agents ``user_state_changed``): the callee's first speaking →
    listening before the agent's first audio is the end of their greeting; the event is raised
    after the VAD's silence window, so ``vad_silence_s`` (silero's ``min_silence_duration``) is taken
    off to get the moment the speech stopped. ``on_agent_state`` (``agent_state_changed`` →
    speaking) is the agent's first audio. Times come from the events' ``created_at``."""

    def __init__(self, db: Any, call_id: int, *, vad_silence_s: float = 0.0):
        self.db, self.call_id, self.vad_silence_s = db, call_id, max(0.0, float(vad_silence_s or 0.0))
        self.first_audio = False
        self.greeting = False

    def on_user_state(self, ev: Any) -> None:
        if self.first_audio or self.greeting:
            return
        if getattr(ev, "old_state", None) == "speaking" and getattr(ev, "new_state", None) == "listening":
            self.greeting = True
            at = _event_time(ev) - timedelta(seconds=self.vad_silence_s)
            record_greeting_end(self.db, self.call_id, at)

    def on_agent_state(self, ev: Any) -> float | None:
        if self.first_audio or getattr(ev, "new_state", None) != "speaking":
            return None
        self.first_audio = True
        return record_first_audio(self.db, self.call_id, _event_time(ev))


def vad_silence_s(session: Any) -> float:
    """The silence (seconds) a session's VAD waits before it reports the end of speech, when known
    (silero: ``min_silence_duration``); 0 otherwise (a server-side VAD)."""
    opts = getattr(getattr(session, "vad", None), "_opts", None)
    value = getattr(opts, "min_silence_duration", None)
    return float(value) if isinstance(value, (int, float)) else 0.0
