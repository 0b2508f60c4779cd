"""livekit.rtc room events delivered to an unconnected ``rtc.Room`` the way livekit's FFI listener
does (participant joins and leaves), for tests of room sessions without a LiveKit server."""


def joined(room, identity, kind=0, attributes=None):
    """Deliver a participant_connected event to ``room`` the way livekit's FFI listener does."""
    from livekit.rtc._proto import participant_pb2, room_pb2

    info = participant_pb2.ParticipantInfo(identity=identity, kind=kind, attributes=attributes or {})
    room._on_room_event(
        room_pb2.RoomEvent(
            participant_connected=room_pb2.ParticipantConnected(info=participant_pb2.OwnedParticipant(info=info))
        )
    )


def left(room, identity):
    from livekit.rtc._proto import room_pb2

    room._on_room_event(
        room_pb2.RoomEvent(participant_disconnected=room_pb2.ParticipantDisconnected(participant_identity=identity))
    )
