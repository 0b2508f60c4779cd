"""A stand-in for ``livekit.rtc.Room`` as the agent worker sees it, fed by the loopback server.

It is a real ``livekit.rtc.EventEmitter`` and emits what ``livekit.rtc.Room`` emits, with the same
arguments: ``participant_connected(participant)``, ``participant_attributes_changed(changed,
participant)`` (attributes already updated), ``participant_disconnected(participant)`` (with
``disconnect_reason`` set) and ``disconnected(reason)``. Participants carry ``identity``, ``kind``,
``attributes`` and ``disconnect_reason`` (``livekit.protocol.models.DisconnectReason`` values).

:meth:`tests.twirp_server.LoopbackLiveKit.attach_room` returns one bound to a room of the
loopback server, so the Twirp side (``CreateSIPParticipant`` answers) and the room side (the SIP
participant's ``sip.callStatus``) tell the same story.
"""

from __future__ import annotations

import asyncio
from typing import Any

from livekit import rtc
from livekit.protocol import models


class StandInParticipant:
    """A remote participant: identity, kind (SIP), attributes, disconnect reason."""

    def __init__(self, identity: str, attributes: dict[str, str] | None = None, kind: int = 3):
        self.identity = identity
        self.name = identity
        self.kind = kind  # rtc.ParticipantKind.PARTICIPANT_KIND_SIP
        self.attributes: dict[str, str] = dict(attributes or {})
        self.disconnect_reason: int | None = None


class RoomStandIn(rtc.EventEmitter):
    """``name``, ``remote_participants`` and the events above; events are applied on ``loop``
    (the test's event loop) whichever thread sends them."""

    def __init__(self, name: str, loop: asyncio.AbstractEventLoop | None = None):
        super().__init__()
        self.name = name
        self.remote_participants: dict[str, StandInParticipant] = {}
        self.connected = True
        self.log: list[tuple] = []  # (event, identity or reason, details) in the order emitted
        self._loop = loop or asyncio.get_event_loop()

    def isconnected(self) -> bool:
        return self.connected

    # -- called by the server (any thread) ------------------------------------------------------
    def send(self, event: str, *args: Any) -> None:
        self._loop.call_soon_threadsafe(self.apply, event, *args)

    # -- applied on the test loop -----------------------------------------------------------------
    def apply(self, event: str, *args: Any) -> None:
        if event == "join":
            identity, attributes = args
            p = StandInParticipant(identity, attributes)
            self.remote_participants[identity] = p
            self.log.append(("participant_connected", identity, dict(attributes)))
            self.emit("participant_connected", p)
        elif event == "attributes":
            identity, changed = args
            p = self.remote_participants.get(identity)
            if p is None:
                return
            p.attributes.update(changed)
            self.log.append(("participant_attributes_changed", identity, dict(changed)))
            self.emit("participant_attributes_changed", dict(changed), p)
        elif event == "leave":
            identity, reason = args
            p = self.remote_participants.pop(identity, None)
            if p is None:
                return
            p.disconnect_reason = models.DisconnectReason.Value(reason)
            self.log.append(("participant_disconnected", identity, reason))
            self.emit("participant_disconnected", p)
        elif event == "closed":
            (reason,) = args
            if not self.connected:
                return
            self.connected = False
            self.log.append(("disconnected", reason, None))
            self.emit("disconnected", models.DisconnectReason.Value(reason))

    def statuses(self, identity: str) -> list[str]:
        """The ``sip.callStatus`` values ``identity`` went through, in order."""
        out = []
        for _event, who, details in self.log:
            if who == identity and isinstance(details, dict) and "sip.callStatus" in details:
                out.append(details["sip.callStatus"])
        return out


class StandInJobContext:
    """The parts of ``livekit.agents.JobContext`` the worker's outbound path uses before the session
    starts: ``room``, ``connect()``, ``delete_room()``."""

    def __init__(self, room: RoomStandIn):
        self.room = room
        self.deleted = False

    async def connect(self) -> None:
        return None

    async def delete_room(self) -> None:
        self.deleted = True
