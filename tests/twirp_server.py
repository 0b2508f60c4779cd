"""A loopback LiveKit server for tests and benchmarks: speaks LiveKit's Twirp protocol.

Requests are ``POST /twirp/livekit.<Service>/<Method>`` with binary protobuf bodies decoded with
``livekit.protocol``'s generated classes; the ``Authorization: Bearer`` JWT is verified (HS256,
issuer = API key, signature with the secret, expiry) and its grants checked per method; answers are
protobuf, errors Twirp JSON ``{code, msg, meta}``. It implements the Room (CreateRoom, ListRooms,
DeleteRoom), AgentDispatch (CreateDispatch) and SIP (CreateSIPParticipant, ListSIPOutboundTrunk,
CreateSIPOutboundTrunk) methods customario uses, and the agent-worker WebSocket (``/agent``:
registration, recorded in ``workers``). Outcomes are programmable per number
(:class:`Outcome`): answer after a delay and hang up after a call length, a SIP error (486, 480,
603, 404 ...), HTTP 500, or hang (never answer). Every request is recorded (``requests``), calls in
flight and dial times are tracked, and the server stops itself after ``max_lifetime_s``.

The room side tells the same story as the Twirp side: :meth:`LoopbackLiveKit.attach_room` gives a
``tests.room_standin.RoomStandIn`` that sees the SIP participant join when dialing starts
(``sip.callStatus`` ``dialing``), change to ``ringing`` and then ``active`` at the moment the
``CreateSIPParticipant`` answer is sent, or ``hangup`` and leave with the disconnect reason LiveKit
gives (``USER_REJECTED`` for 486/603, ``USER_UNAVAILABLE`` for 408/480/487, ``SIP_TRUNK_FAILURE``
otherwise), then leave with ``CLIENT_INITIATED`` when the callee hangs up or ``ROOM_DELETED`` when
the room is removed. Without ``wait_until_answered`` the request returns at once while it dials.

Scripted faults (:class:`Fault`) break the whole server or some methods for a time window:
``down`` (the connection is dropped: unreachable), ``http5xx`` (503), ``slow`` (answers after
``delay_s``), ``hang`` (never answers), ``auth`` (every token rejected: wrong credentials). A trunk can
be removed mid-run (:meth:`LoopbackLiveKit.remove_trunk`).

Run it by hand: ``python tests/twirp_server.py --port 7880`` (key ``devkey``, secret ``secret``).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections import Counter
from dataclasses import dataclass

from aiohttp import web
from google.protobuf.json_format import MessageToDict
from livekit import api

TWIRP_STATUS = {
    "unauthenticated": 401,
    "permission_denied": 403,
    "not_found": 404,
    "bad_route": 404,
    "malformed": 400,
    "invalid_argument": 400,
    "internal": 500,
    "unavailable": 503,
    "deadline_exceeded": 504,
    "resource_exhausted": 429,
    "failed_precondition": 412,
}
SIP_TWIRP_CODE = {
    486: "resource_exhausted",
    600: "resource_exhausted",
    480: "unavailable",
    408: "deadline_exceeded",
    603: "permission_denied",
    404: "not_found",
    484: "invalid_argument",
}
SIP_TEXT = {
    486: "Busy Here",
    480: "Temporarily Unavailable",
    408: "Request Timeout",
    603: "Decline",
    404: "Not Found",
    484: "Address Incomplete",
    500: "Server Internal Error",
    503: "Service Unavailable",
}


@dataclass(frozen=True)
class Outcome:
    """What happens when a number is dialed. Times in seconds."""

    kind: str  # answer | sip | http500 | hang
    delay_s: float = 0.0  # ringing time before the answer or the error
    length_s: float = 1.0  # call length after answering (then the callee hangs up: room removed)
    sip_code: int = 0

    @classmethod
    def answer(cls, after_s: float = 0.05, length_s: float = 0.5) -> "Outcome":
        return cls("answer", after_s, length_s)

    @classmethod
    def sip(cls, code: int, after_s: float = 0.02) -> "Outcome":
        return cls("sip", after_s, 0.0, code)

    @classmethod
    def http500(cls, after_s: float = 0.0) -> "Outcome":
        return cls("http500", after_s)

    @classmethod
    def hang(cls) -> "Outcome":
        return cls("hang")


@dataclass(frozen=True)
class Fault:
    """A scripted fault from ``after_s`` to ``after_s + for_s`` seconds after the server started
    (``for_s`` None = until cleared), for ``methods`` (None = all). ``kind``: down | http5xx | slow
    | hang | auth; ``delay_s`` for slow."""

    kind: str
    after_s: float = 0.0
    for_s: float | None = None
    methods: tuple[str, ...] | None = None
    delay_s: float = 0.0

    def active(self, elapsed: float, method: str) -> bool:
        if self.methods is not None and method not in self.methods:
            return False
        return elapsed >= self.after_s and (self.for_s is None or elapsed < self.after_s + self.for_s)


SIP_REASON = {
    486: "USER_REJECTED",
    600: "USER_REJECTED",
    603: "USER_REJECTED",
    607: "USER_REJECTED",
    408: "USER_UNAVAILABLE",
    480: "USER_UNAVAILABLE",
    487: "USER_UNAVAILABLE",
}


class _TwirpError(Exception):
    def __init__(self, code: str, msg: str, meta: dict | None = None, status: int | None = None):
        super().__init__(msg)
        self.code, self.msg, self.meta = code, msg, meta or {}
        self.status = status or TWIRP_STATUS.get(code, 500)


# method -> (request class, grant check)
def _video(claims, **need):
    return all(getattr(claims.video, k) == v for k, v in need.items())


class LoopbackLiveKit:
    """``with LoopbackLiveKit(outcomes={...}) as lk: lk.url`` — see the module docstring.

    ``outcomes``: ``{e164: Outcome or [Outcome per attempt]}`` or a callable ``(e164, attempt) ->
    Outcome``; numbers not listed get ``default``. ``fail_methods``: ``{"CreateRoom": Outcome.http500()
    or Outcome.hang()}`` to break a whole method.
    """

    def __init__(
        self,
        api_key: str = "devkey",
        api_secret: str = "secret",
        *,
        outcomes=None,
        default: Outcome | None = None,
        trunks: tuple[str, ...] = ("ST_test",),
        fail_methods: dict | None = None,
        max_lifetime_s: float = 120.0,
        faults: list | None = None,
    ):
        self.api_key, self.api_secret = api_key, api_secret
        self.outcomes = outcomes or {}
        self.default = default or Outcome.answer()
        self.trunks = {t: {"name": t, "address": "sip.example.test", "numbers": ["+15550100000"]} for t in trunks}
        self.fail_methods = dict(fail_methods or {})
        self.faults: list[Fault] = list(faults or [])
        self.listeners: dict[str, list] = {}  # room name -> RoomStandIns
        self.identity_status: dict[str, str] = {}  # SIP participant identity -> last sip.callStatus
        self._t0 = time.monotonic()
        self.max_lifetime_s = max_lifetime_s
        self.requests: list[dict] = []
        self.workers: list[dict] = []  # agent workers registered on /agent (WebSocket)
        self.rooms: dict[str, dict] = {}
        self.dispatches: list[dict] = []
        self.dial_times: list[float] = []  # monotonic receipt times of CreateSIPParticipant
        self.dials = Counter()  # e164 -> CreateSIPParticipant count
        self.in_flight = 0
        self.max_in_flight = 0
        self.url = ""
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopped: asyncio.Event | None = None
        self._ready = threading.Event()
        self._verifier = api.TokenVerifier(api_key, api_secret)

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self) -> "LoopbackLiveKit":
        self._thread = threading.Thread(target=self._serve, name="loopback-livekit", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("loopback LiveKit server did not start")
        return self

    def stop(self) -> None:
        if self._loop and self._stopped and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stopped.set)
        if self._thread:
            self._thread.join(10)

    def __enter__(self) -> "LoopbackLiveKit":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        loop.run_until_complete(self._main())
        loop.close()

    async def _main(self) -> None:
        self._stopped = asyncio.Event()
        app = web.Application()
        app.router.add_post("/twirp/livekit.{service}/{method}", self._handle)
        app.router.add_get("/agent", self._agent_ws)
        runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self._ready.set()
        try:
            await asyncio.wait_for(self._stopped.wait(), self.max_lifetime_s)
        except asyncio.TimeoutError:
            pass
        self._stopped.set()
        await runner.cleanup()

    async def _agent_ws(self, request: web.Request) -> web.StreamResponse:
        """The worker side of LiveKit: an agent worker connects a WebSocket to ``/agent`` with a
        bearer token holding the ``agent`` grant, sends ``WorkerMessage.register`` (protobuf, binary
        frames) and gets ``ServerMessage.register`` with its worker id; status updates are recorded.
        No jobs are assigned here (the job logic is tested on room stand-ins)."""
        from livekit.protocol import agent

        try:
            claims = self._auth(request)
        except _TwirpError as err:
            return web.json_response({"code": err.code, "msg": err.msg}, status=err.status)
        if not claims.video or not claims.video.agent:
            return web.json_response({"code": "permission_denied", "msg": "token lacks the agent grant"}, status=403)
        ws = web.WebSocketResponse(heartbeat=None)
        await ws.prepare(request)
        record = {"worker_id": None, "agent_name": None, "type": None, "version": None, "status": [], "load": []}
        async for frame in ws:
            if frame.type != web.WSMsgType.BINARY:
                continue
            msg = agent.WorkerMessage.FromString(frame.data)
            if msg.HasField("register"):
                record.update(
                    worker_id=f"AW_{next(self._ids)}",
                    agent_name=msg.register.agent_name,
                    type=agent.JobType.Name(msg.register.type),
                    version=msg.register.version,
                )
                with self._lock:
                    self.workers.append(record)
                reply = agent.ServerMessage()
                reply.register.worker_id = record["worker_id"]
                reply.register.server_info.version = "loopback"
                await ws.send_bytes(reply.SerializeToString())
            elif msg.HasField("update_worker"):
                record["status"].append(agent.WorkerStatus.Name(msg.update_worker.status))
                record["load"].append(msg.update_worker.load)
        record["closed"] = True
        return ws

    # -- scripted faults and the room side --------------------------------------------------------
    def add_fault(
        self,
        kind: str,
        *,
        for_s: float | None = None,
        methods: tuple[str, ...] | None = None,
        delay_s: float = 0.0,
        after_s: float | None = None,
    ) -> Fault:
        """Start a fault now (or ``after_s`` seconds from now) for ``for_s`` seconds (None = until cleared)."""
        start = (time.monotonic() - self._t0) + (after_s or 0.0)
        fault = Fault(kind, start, for_s, methods, delay_s)
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def remove_trunk(self, trunk_id: str) -> None:
        with self._lock:
            self.trunks.pop(trunk_id, None)

    def attach_room(self, name: str, loop: asyncio.AbstractEventLoop | None = None):
        """A ``RoomStandIn`` that receives this room's participant events from now on."""
        from tests.room_standin import RoomStandIn

        room = RoomStandIn(name, loop)
        with self._lock:
            self.listeners.setdefault(name, []).append(room)
        return room

    def _tell(self, room_name: str, event: str, *args) -> None:
        if event in ("join", "attributes"):
            identity, attrs = args
            if "sip.callStatus" in attrs:
                self.identity_status[identity] = attrs["sip.callStatus"]
        with self._lock:
            targets = list(self.listeners.get(room_name, ()))
        for room in targets:
            room.send(event, *args)

    # -- helpers for tests ------------------------------------------------------------------------
    def calls(self, method: str) -> list[dict]:
        with self._lock:
            return [r for r in self.requests if r["method"] == method]

    def max_dials_in_window(self, window_s: float = 1.0) -> int:
        """Most CreateSIPParticipant requests received in any half-open window of ``window_s``."""
        times = sorted(self.dial_times)
        best, j = 0, 0
        for i, t in enumerate(times):
            while times[j] <= t - window_s:
                j += 1
            best = max(best, i - j + 1)
        return best

    # -- request handling -------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        service, method = request.match_info["service"], request.match_info["method"]
        record = {
            "t": time.monotonic(),
            "service": service,
            "method": method,
            "auth": None,
            "body": None,
            "status": None,
            "content_type": request.headers.get("Content-Type"),
        }
        with self._lock:
            self.requests.append(record)
        try:
            spec = self._methods().get((service, method))
            if spec is None:
                raise _TwirpError("bad_route", f"no handler for {service}/{method}")
            req_cls, check, handler = spec
            if request.headers.get("Content-Type") != "application/protobuf":
                raise _TwirpError("malformed", "expected application/protobuf")
            await self._apply_faults(request, method)
            claims = self._auth(request)
            record["auth"] = claims.identity or "api"
            try:
                msg = req_cls.FromString(await request.read())
            except Exception:
                raise _TwirpError("malformed", "body is not a valid protobuf message") from None
            record["body"] = MessageToDict(msg, preserving_proto_field_name=True)
            if not check(claims, msg):
                raise _TwirpError("permission_denied", f"token lacks the grant for {method}")
            broken = self.fail_methods.get(method)
            if broken is not None:
                await self._apply_failure(broken)
            reply = await handler(msg)
            record["status"] = 200
            return web.Response(body=reply.SerializeToString(), content_type="application/protobuf")
        except _TwirpError as err:
            record["status"] = err.status
            return web.json_response({"code": err.code, "msg": err.msg, "meta": err.meta}, status=err.status)

    async def _apply_faults(self, request: web.Request, method: str) -> None:
        elapsed = time.monotonic() - self._t0
        with self._lock:
            active = [f for f in self.faults if f.active(elapsed, method)]
        for fault in active:
            if fault.kind == "down":
                request.transport.close()  # the client sees the connection drop: unreachable
                raise _TwirpError("unavailable", "connection dropped")
            if fault.kind == "slow":
                await asyncio.sleep(fault.delay_s)
            elif fault.kind == "hang":
                await self._stopped.wait()
                raise _TwirpError("unavailable", "server shutting down")
            elif fault.kind == "http5xx":
                raise _TwirpError("unavailable", "service unavailable", status=503)
            elif fault.kind == "auth":
                raise _TwirpError("unauthenticated", "invalid API key")

    def _auth(self, request: web.Request):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            raise _TwirpError("unauthenticated", "missing bearer token")
        try:
            return self._verifier.verify(header[len("Bearer ") :])
        except Exception as exc:
            raise _TwirpError("unauthenticated", f"invalid token: {type(exc).__name__}") from None

    async def _apply_failure(self, outcome: Outcome) -> None:
        if outcome.kind == "hang":
            await self._stopped.wait()
            raise _TwirpError("unavailable", "server shutting down")
        await asyncio.sleep(outcome.delay_s)
        if outcome.kind == "http500":
            raise _TwirpError("internal", "internal error", status=500)
        if outcome.kind == "sip":
            raise _TwirpError(
                SIP_TWIRP_CODE.get(outcome.sip_code, "internal"),
                "sip failure",
                {"sip_status_code": str(outcome.sip_code), "sip_status": SIP_TEXT.get(outcome.sip_code, "")},
            )

    def _methods(self) -> dict:
        return {
            ("RoomService", "CreateRoom"): (
                api.CreateRoomRequest,
                lambda c, m: _video(c, room_create=True),
                self._create_room,
            ),
            ("RoomService", "ListRooms"): (
                api.ListRoomsRequest,
                lambda c, m: _video(c, room_list=True),
                self._list_rooms,
            ),
            ("RoomService", "DeleteRoom"): (
                api.DeleteRoomRequest,
                lambda c, m: _video(c, room_create=True),
                self._delete_room,
            ),
            ("AgentDispatchService", "CreateDispatch"): (
                api.CreateAgentDispatchRequest,
                lambda c, m: _video(c, room_admin=True, room=m.room),
                self._create_dispatch,
            ),
            ("SIP", "CreateSIPParticipant"): (
                api.CreateSIPParticipantRequest,
                lambda c, m: bool(c.sip.call),
                self._create_sip_participant,
            ),
            ("SIP", "ListSIPOutboundTrunk"): (
                api.ListSIPOutboundTrunkRequest,
                lambda c, m: bool(c.sip.admin),
                self._list_trunks,
            ),
            ("SIP", "CreateSIPOutboundTrunk"): (
                api.CreateSIPOutboundTrunkRequest,
                lambda c, m: bool(c.sip.admin),
                self._create_trunk,
            ),
        }

    async def _create_room(self, msg):
        with self._lock:
            room = self.rooms.setdefault(
                msg.name,
                {
                    "sid": f"RM_{next(self._ids)}",
                    "metadata": msg.metadata,
                    "empty_timeout": msg.empty_timeout,
                    "participants": 0,
                    "call": None,
                },
            )
        return api.Room(sid=room["sid"], name=msg.name, metadata=room["metadata"], empty_timeout=room["empty_timeout"])

    async def _list_rooms(self, msg):
        with self._lock:
            names = [n for n in self.rooms if not msg.names or n in msg.names]
            return api.ListRoomsResponse(
                rooms=[
                    api.Room(
                        sid=self.rooms[n]["sid"],
                        name=n,
                        metadata=self.rooms[n]["metadata"],
                        num_participants=self.rooms[n]["participants"],
                    )
                    for n in names
                ]
            )

    async def _delete_room(self, msg):
        if not self._end_room(msg.room):
            raise _TwirpError("not_found", f"room {msg.room} not found")
        return api.DeleteRoomResponse()

    def _end_room(self, name: str, reason: str = "ROOM_DELETED") -> bool:
        with self._lock:
            room = self.rooms.pop(name, None)
            if room is None:
                return False
            if room.get("call") == "live":
                self.in_flight -= 1
            identity = room.get("identity")
        if identity and room.get("call") in ("live", "ringing"):
            self._tell(name, "attributes", identity, {"sip.callStatus": "hangup"})
            self._tell(name, "leave", identity, reason)
        self._tell(name, "closed", "ROOM_DELETED")
        return True

    async def _create_dispatch(self, msg):
        d = {"id": f"AD_{next(self._ids)}", "agent_name": msg.agent_name, "room": msg.room, "metadata": msg.metadata}
        with self._lock:
            self.dispatches.append(d)
        return api.AgentDispatch(**d)

    async def _list_trunks(self, msg):
        with self._lock:
            items = [
                api.SIPOutboundTrunkInfo(sip_trunk_id=t, name=v["name"], address=v["address"], numbers=v["numbers"])
                for t, v in self.trunks.items()
                if not msg.trunk_ids or t in msg.trunk_ids
            ]
        return api.ListSIPOutboundTrunkResponse(items=items)

    async def _create_trunk(self, msg):
        tid = f"ST_{next(self._ids)}"
        with self._lock:
            self.trunks[tid] = {
                "name": msg.trunk.name,
                "address": msg.trunk.address,
                "numbers": list(msg.trunk.numbers),
            }
        return api.SIPOutboundTrunkInfo(
            sip_trunk_id=tid, name=msg.trunk.name, address=msg.trunk.address, numbers=list(msg.trunk.numbers)
        )

    def _outcome_for(self, number: str, attempt: int) -> Outcome:
        spec = self.outcomes(number, attempt) if callable(self.outcomes) else self.outcomes.get(number)
        if isinstance(spec, (list, tuple)):
            spec = spec[min(attempt - 1, len(spec) - 1)]
        return spec or self.default

    async def _create_sip_participant(self, msg):
        if msg.sip_trunk_id not in self.trunks:
            raise _TwirpError("not_found", f"SIP trunk {msg.sip_trunk_id} not found")
        with self._lock:
            self.dial_times.append(time.monotonic())
            self.dials[msg.sip_call_to] += 1
            attempt = self.dials[msg.sip_call_to]
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            room = self.rooms.setdefault(
                msg.room_name,
                {"sid": f"RM_{next(self._ids)}", "metadata": "", "empty_timeout": 0, "participants": 0, "call": None},
            )
            room["call"] = "ringing"
            room["identity"] = msg.participant_identity
        outcome = self._outcome_for(msg.sip_call_to, attempt)
        identity = msg.participant_identity
        self._tell(
            msg.room_name,
            "join",
            identity,
            {"sip.callStatus": "dialing", "sip.phoneNumber": msg.sip_call_to, **dict(msg.participant_attributes)},
        )
        story = asyncio.ensure_future(self._ring(msg, room, outcome))
        if not msg.wait_until_answered:
            return api.SIPParticipantInfo(
                participant_id=f"PA_{next(self._ids)}",
                participant_identity=identity,
                room_name=msg.room_name,
                sip_call_id=f"SCL_{next(self._ids)}",
            )
        return await story

    async def _ring(self, msg, room: dict, outcome: Outcome):
        identity = msg.participant_identity
        ring_limit = msg.ringing_timeout.seconds if msg.HasField("ringing_timeout") else 30
        try:
            await asyncio.sleep(min(0.01, outcome.delay_s))
            self._tell(msg.room_name, "attributes", identity, {"sip.callStatus": "ringing"})
            if outcome.kind == "answer" and outcome.delay_s > ring_limit:
                await asyncio.sleep(ring_limit)  # LiveKit gives up ringing: an error without a SIP code
                self._tell(msg.room_name, "attributes", identity, {"sip.callStatus": "hangup"})
                self._tell(msg.room_name, "leave", identity, "USER_UNAVAILABLE")
                raise _TwirpError("deadline_exceeded", "ringing timeout")
            if outcome.kind != "answer":
                try:
                    await self._apply_failure(outcome)
                except _TwirpError as err:
                    code = int(err.meta.get("sip_status_code") or 0)
                    self._tell(msg.room_name, "attributes", identity, {"sip.callStatus": "hangup"})
                    self._tell(msg.room_name, "leave", identity, SIP_REASON.get(code, "SIP_TRUNK_FAILURE"))
                    raise
            await asyncio.sleep(outcome.delay_s)
        except BaseException:
            with self._lock:
                self.in_flight -= 1
                room["call"] = None
            raise
        with self._lock:
            if self.rooms.get(msg.room_name) is not room:  # room deleted while ringing
                self.in_flight -= 1
                raise _TwirpError(
                    "not_found",
                    "room closed while ringing",
                    {"sip_status_code": "487", "sip_status": "Request Terminated"},
                )
            room["call"] = "live"
            room["participants"] = 1
        self._tell(msg.room_name, "attributes", identity, {"sip.callStatus": "active"})
        length = min(outcome.length_s, msg.max_call_duration.seconds or outcome.length_s)
        self._loop.call_later(length, self._end_room_if, msg.room_name, room)
        return api.SIPParticipantInfo(
            participant_id=f"PA_{next(self._ids)}",
            participant_identity=identity,
            room_name=msg.room_name,
            sip_call_id=f"SCL_{next(self._ids)}",
        )

    def _end_room_if(self, name: str, room: dict) -> None:
        with self._lock:
            if self.rooms.get(name) is not room:
                return
        self._end_room(name, reason="CLIENT_INITIATED")  # the callee hung up


def main() -> None:  # pragma: no cover - manual use
    import argparse

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lifetime", type=float, default=600.0)
    args = p.parse_args()
    with LoopbackLiveKit(max_lifetime_s=args.lifetime) as lk:
        print(
            json.dumps(
                {
                    "LIVEKIT_URL": lk.url,
                    "LIVEKIT_API_KEY": lk.api_key,
                    "LIVEKIT_API_SECRET": lk.api_secret,
                    "trunk": "ST_test",
                }
            ),
            flush=True,
        )
        lk._thread.join()


if __name__ == "__main__":  # pragma: no cover
    main()
