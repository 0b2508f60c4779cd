"""Supervisor take-over in a LiveKit room: wires room participant events to the running agent.

A human joins the caller's room with ``customario token --room customario-call-N --identity
supervisor-<name>``. :class:`RoomTakeover` listens to the room's ``participant_connected`` /
``participant_disconnected`` events (livekit ``rtc.Room``) and forwards them to
:class:`customario.escalation.supervisor_tool.TakeoverGate`, which decides who is a supervisor (a *standard*
participant, identity ``supervisor-...`` or attribute ``customario.role=supervisor``) and closes
the call's open help requests as ``taken-over``. When a supervisor joins, the agent steps back:

1. ``session.interrupt(force=True)`` stops the current and queued speech;
2. the session's audio input (it stops hearing the caller, so no user turns start) and audio
   output are disabled (``session.input/output.set_audio_enabled(False)``, livekit-agents public API);
3. every speech created while the supervisor is in the room (a tool's deferred reply, a text
   message from the caller) is interrupted as soon as it is created (``speech_created`` event);
4. a ``turns`` row ``system: supervisor <name> took over`` is written.

When the last supervisor leaves and the caller is still in the room, the agent resumes: audio in
and out are enabled again, a ``system`` turn records it, model stacks get a system note that a
human handled part of the call (they did not hear it), and the agent says :data:`RESUME_LINE`
(``session.say``; a realtime model without TTS is asked to say it with ``generate_reply``). With
``resume=False`` the agent stays silent instead and the call ends when the caller leaves (the
room's caller disconnect closes the session as usual). If the caller leaves while a supervisor is
in the room, the session closes as usual and the disposition is the usual fallback (partial or
break-off); the ``system`` turns show the take-over.

Source of the event names and participant fields: livekit ``rtc.Room`` (1.1.x) and
livekit-agents 1.8.9 ``AgentSession`` (``interrupt``, ``input``/``output``, ``speech_created``).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from customario.escalation.supervisor_tool import TakeoverGate, is_supervisor_participant, supervisor_name

log = logging.getLogger("customario.conversation.takeover")

RESUME_LINE = "Thanks for waiting, I'm back with you. Is there anything else I can help with?"
RESUME_NOTE = (
    "A human supervisor ({name}) spoke with the caller directly for a while; you did not hear that part "
    "of the call. Do not repeat what you said before; help with anything that is still open."
)
TOOK_OVER = "supervisor {name} took over"
JOINED = "supervisor {name} joined"
LEFT = "supervisor {name} left"
RESUMED = "supervisor {name} left; the agent resumed"
LEFT_SILENT = "supervisor {name} left; the agent stays silent"


class RoomTakeover:
    """Connects ``room`` participant events to a :class:`TakeoverGate` and the prepared session.

    ``room``: a livekit ``rtc.Room`` (anything with ``.on(event, callback)``; ``remote_participants``
    is read when present). ``prep``: the engine's PreparedSession (its ``session`` must be started
    before a supervisor can interrupt it). ``db``: the database the gate closes help requests in.
    ``caller_identity``: the caller's participant identity (``sip-<call_id>`` for dialed calls); when
    None, the session's linked room participant is used to tell whether the caller is still there.
    ``resume``: let the agent speak again when the last supervisor leaves (see module docstring).
    """

    def __init__(self, room: Any, prep: Any, db: Any, *, caller_identity: str | None = None, resume: bool = True):
        self.room, self.prep, self.db = room, prep, db
        self.caller_identity = caller_identity
        self.resume = resume
        self.gate = TakeoverGate(db, call_id=prep.recorder.call_id, state=prep.tool_ctx.state, resume_when_left=resume)
        self.tasks: list[asyncio.Future] = []
        self._audio_was: tuple[bool, bool] | None = None

    # -- wiring ------------------------------------------------------------------------------------
    def attach(self) -> "RoomTakeover":
        """Subscribe to the room and the session; a supervisor already in the room takes over now."""
        self.room.on("participant_connected", self.on_participant_connected)
        self.room.on("participant_disconnected", self.on_participant_disconnected)
        self.prep.session.on("speech_created", self._on_speech_created)
        for participant in list((getattr(self.room, "remote_participants", None) or {}).values()):
            self.on_participant_connected(participant)
        return self

    @property
    def human_in_control(self) -> bool:
        return self.gate.human_in_control

    # -- room events -------------------------------------------------------------------------------
    def on_participant_connected(self, participant: Any) -> None:
        """``participant_connected`` handler: a supervisor takes the call over (see module docstring)."""
        identity = getattr(participant, "identity", None) or ""
        kind = getattr(participant, "kind", None)
        attributes = dict(getattr(participant, "attributes", None) or {})
        if not is_supervisor_participant(identity, kind, attributes) or identity in self.gate.supervisors:
            return
        first = self.gate.participant_connected(identity, kind, attributes)
        name = supervisor_name(identity)
        if first:
            self._step_back()
            self._turn(TOOK_OVER.format(name=name))
            log.info("call %s: supervisor %s took over", self.gate.call_id, name)
        else:
            self._turn(JOINED.format(name=name))

    def on_participant_disconnected(self, participant: Any) -> None:
        """``participant_disconnected`` handler: when the last supervisor leaves and the caller is
        still there, the agent resumes (``resume=True``) or stays silent."""
        identity = getattr(participant, "identity", None) or ""
        if identity not in self.gate.supervisors:
            kind = getattr(getattr(participant, "kind", None), "name", getattr(participant, "kind", None))
            if identity and (
                identity == self.caller_identity or identity.startswith("sip-") or str(kind).upper().endswith("SIP")
            ):
                # The caller hung up: a supervisor hold in progress ends at once (caller-left).
                self.gate.state["caller_gone"] = True
            return
        name = supervisor_name(identity)
        last = len(self.gate.supervisors) == 1
        if not last:
            self.gate.participant_disconnected(identity)
            self._turn(LEFT.format(name=name))
            return
        if not self._caller_present() or not self._session_running():
            self.gate.supervisors.discard(identity)  # the call is ending anyway: stay silent
            self._turn(LEFT.format(name=name))
            return
        if self.gate.participant_disconnected(identity):
            self._turn(RESUMED.format(name=name))
            self.tasks.append(asyncio.ensure_future(self._resume(name)))
        else:
            self._turn(LEFT_SILENT.format(name=name))

    # -- the agent ---------------------------------------------------------------------------------
    def _on_speech_created(self, ev: Any) -> None:
        if self.gate.human_in_control:
            handle = getattr(ev, "speech_handle", None)
            if handle is not None:
                handle.interrupt(force=True)

    def _step_back(self) -> None:
        session = self.prep.session
        try:
            fut = session.interrupt(force=True)
            fut.add_done_callback(lambda f: f.cancelled() or f.exception())  # consume errors quietly
        except RuntimeError:  # the session is not running (yet / any more): nothing to interrupt
            log.debug("interrupt on a session that is not running", exc_info=True)
        self._audio_was = (
            session.input.audio is not None and session.input.audio_enabled,
            session.output.audio is not None and session.output.audio_enabled,
        )
        if self._audio_was[0]:
            session.input.set_audio_enabled(False)
        if self._audio_was[1]:
            session.output.set_audio_enabled(False)

    async def _resume(self, name: str) -> None:
        session = self.prep.session
        audio_in, audio_out = self._audio_was or (False, False)
        self._audio_was = None
        if audio_in:
            session.input.set_audio_enabled(True)
        if audio_out:
            session.output.set_audio_enabled(True)
        if self.prep.stack != "offline":
            chat_ctx = self.prep.agent.chat_ctx.copy()
            chat_ctx.add_message(role="system", content=RESUME_NOTE.format(name=name))
            await self.prep.agent.update_chat_ctx(chat_ctx)
        try:
            if session.tts is None and session.output.audio is not None:
                handle = session.generate_reply(instructions=f"Say exactly this to the caller: {RESUME_LINE}")
            else:
                handle = session.say(RESUME_LINE)
            await handle
        except RuntimeError:  # the session closed meanwhile (the caller hung up): nothing to say
            log.info("call %s: session closed before the agent could resume", self.gate.call_id)

    def _session_running(self) -> bool:
        return not self.prep.recorder.finished

    def _caller_present(self) -> bool:
        participants = getattr(self.room, "remote_participants", None)
        if self.caller_identity is not None and participants is not None:
            return self.caller_identity in participants
        try:
            linked = self.prep.session.room_io.linked_participant
        except RuntimeError:  # no room I/O (a text session): the caller is whoever talks to the session
            return True
        return linked is not None

    def _turn(self, text: str) -> None:
        try:
            self.prep.recorder.add_turn("system", text)
        except Exception:  # the take-over must happen even if the note cannot be written
            log.warning("call %s: could not record %r", self.gate.call_id, text, exc_info=True)


def attach_takeover(
    room: Any, prep: Any, db: Any, *, caller_identity: str | None = None, resume: bool = True
) -> RoomTakeover:
    """Create and attach a :class:`RoomTakeover` (the worker calls this after ``session.start``)."""
    return RoomTakeover(room, prep, db, caller_identity=caller_identity, resume=resume).attach()
