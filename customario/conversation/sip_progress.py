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
from datetime import datetime, timezone
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

    handlers = {"participant_connected": on_connected, "participant_attributes_changed": on_attributes,
                "participant_disconnected": on_disconnected, "disconnected": on_room_closed}
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
        db.execute("UPDATE calls SET answered_at = COALESCE(answered_at, ?), status = 'in-progress', heartbeat_at = ?"
                   " WHERE id = ? AND status IN ('claimed', 'dialing', 'ringing', 'in-progress')",
                   [_iso(at), _iso(at), call_id])


def record_first_audio(db: Any, call_id: int, at: datetime) -> float | None:
    """The agent's first audio of the call started at ``at``: store it and the milliseconds since the
    answer (``answer_to_audio_ms``). Only the first call counts. Returns the milliseconds, or None
    when the row has no answer time or already has a first audio."""
    from customario.store.db import immediate

    with immediate(db):
        row = db.execute("SELECT answered_at, first_audio_at FROM calls WHERE id = ?", [call_id]).fetchone()
        if row is None or row[1] is not None:
            return None
        ms = None
        if row[0]:
            ms = round(max(0.0, (at - datetime.fromisoformat(row[0])).total_seconds()) * 1000.0, 1)
        db.execute("UPDATE calls SET first_audio_at = ?, answer_to_audio_ms = ? WHERE id = ?", [_iso(at), ms, call_id])
        return ms
