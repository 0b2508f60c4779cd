"""LiveKit telephony adapter: the only module that imports ``livekit.api``.

One outbound call = a room named after the call id (empty timeout, metadata with the call id),
an explicit agent dispatch (agent name from config, metadata with the call id) and a
``CreateSIPParticipant`` on the outbound trunk that waits until the callee answers. SIP results
become dispositions (:func:`disposition_for_sip`); call-level failures never raise, they come back
as a :class:`DialResult` so that every attempt is recorded. Credential, reachability and trunk
problems found by :meth:`LiveKit.preflight` raise CustomarioErrors with a fix hint.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import aiohttp
from livekit import api

from customario.errors import ConfigError, ExternalServiceError, NotFoundError

log = logging.getLogger("customario.adapters.livekit_api")

ANSWERED = "answered"


def disposition_for_sip(code: int | None) -> str:
    """Map a final SIP response code (RFC 3261 section 21) to a disposition.

    486 Busy Here / 600 Busy Everywhere → ``busy``; 408 Request Timeout / 480 Temporarily
    Unavailable / 487 Request Terminated (ringing timeout) → ``no-answer``; 603 Decline / 607
    Unwanted → ``declined``; 404 Not Found / 484 Address Incomplete / 410 Gone / 604 Does Not Exist
    Anywhere / 485 Ambiguous → ``invalid-number``; 2xx → ``answered``; anything else (5xx, other
    4xx, missing) → ``failed``.
    """
    if code is None:
        return "failed"
    if 200 <= code < 300:
        return ANSWERED
    if code in (486, 600):
        return "busy"
    if code in (408, 480, 487):
        return "no-answer"
    if code in (603, 607):
        return "declined"
    if code in (404, 410, 484, 485, 604):
        return "invalid-number"
    return "failed"


@dataclass(frozen=True)
class CallRequest:
    """Everything needed to place one outbound call. Durations in seconds; ``to`` is E.164."""

    call_id: int
    to: str
    trunk_id: str
    agent_name: str
    room_name: str
    caller_id: str | None = None
    ringing_timeout_s: float = 30.0
    max_call_duration_s: float = 900.0
    empty_timeout_s: int = 60
    metadata: dict = field(default_factory=dict)
    krisp: bool = False


@dataclass
class DialResult:
    """Outcome of one dial request: ``disposition`` is ``answered`` or a failure disposition."""

    disposition: str
    sip_status: int | None = None
    sip_status_text: str | None = None
    error: str | None = None
    sip_call_id: str | None = None
    participant_identity: str | None = None
    fatal: bool = False  # a configuration problem: stop dialing (bad credentials, unknown trunk)
    infra: bool = False  # LiveKit failed (unreachable, 5xx, timeout, auth): nobody was called, not an attempt

    @property
    def answered(self) -> bool:
        return self.disposition == ANSWERED


def make_token(
    api_key: str,
    api_secret: str,
    room: str,
    identity: str,
    *,
    name: str | None = None,
    ttl_s: float = 3600.0,
    can_publish: bool = True,
    attributes: dict[str, str] | None = None,
) -> str:
    """A join token (HS256 JWT) for ``identity`` in ``room`` valid for ``ttl_s`` seconds, with optional
    participant ``attributes`` set on join. No network."""
    tok = (
        api.AccessToken(api_key, api_secret)
        .with_identity(identity)
        .with_ttl(timedelta(seconds=ttl_s))
        .with_grants(api.VideoGrants(room_join=True, room=room, can_publish=can_publish, can_subscribe=True))
    )
    if name:
        tok = tok.with_name(name)
    if attributes:
        tok = tok.with_attributes(dict(attributes))
    return tok.to_jwt()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, api.ServerError):
        return f"{exc.code}: {exc.message}" if exc.message else str(exc.code)
    if isinstance(exc, asyncio.TimeoutError):
        return "no response from LiveKit (timeout)"
    return f"{type(exc).__name__}: {exc}"


def infra_result(exc: BaseException, what: str) -> DialResult:
    """An infrastructure failure as a DialResult: ``infra`` always; ``fatal`` when LiveKit rejected
    the credentials or the SIP trunk does not exist (retrying cannot help)."""
    fatal = False
    detail = _describe(exc)
    if isinstance(exc, api.ServerError):
        if exc.status == 401 or exc.code in ("unauthenticated", "permission_denied"):
            fatal, detail = True, f"LiveKit rejected the credentials ({exc.code})"
        elif exc.code == "not_found" and "trunk" in (exc.message or "").lower():
            fatal, detail = True, f"the SIP trunk does not exist ({exc.message})"
    return DialResult("failed", error=f"{what}: {detail}", fatal=fatal, infra=True)


class LiveKit:
    """Async client for the Room, AgentDispatch and SIP services (``async with LiveKit(...)``).

    ``timeout_s`` bounds every request except the dial itself, which lasts the ringing timeout
    plus a margin (livekit-api sets it). Raises ConfigError for missing settings.
    """

    def __init__(self, url: str | None, api_key: str | None, api_secret: str | None, *, timeout_s: float = 10.0):
        missing = [
            n
            for n, v in (("LIVEKIT_URL", url), ("LIVEKIT_API_KEY", api_key), ("LIVEKIT_API_SECRET", api_secret))
            if not v
        ]
        if missing:
            raise ConfigError(
                f"{', '.join(missing)} not set",
                "Export them (LiveKit Cloud: project settings → API keys) or put them in .env",
            )
        self.url = url
        self.timeout_s = timeout_s
        self._key, self._secret = api_key, api_secret
        self._api: api.LiveKitAPI | None = None

    async def __aenter__(self) -> "LiveKit":
        self._api = api.LiveKitAPI(
            self.url, self._key, self._secret, timeout=aiohttp.ClientTimeout(total=self.timeout_s), failover=False
        )
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._api is not None:
            await self._api.aclose()
            self._api = None

    async def _bounded(self, coro, timeout_s: float | None = None):
        """Await a livekit-api request with a deadline. livekit-api 1.2.2 passes ``timeout=None`` per
        request, which aiohttp 3.14 reads as "no timeout", so the session default never applies."""
        return await asyncio.wait_for(coro, timeout_s or self.timeout_s)

    @property
    def lk(self) -> api.LiveKitAPI:
        if self._api is None:
            raise RuntimeError("use `async with LiveKit(...)`")
        return self._api

    def _raise_for(self, exc: BaseException, what: str) -> None:
        """Turn a non-call failure into a CustomarioError with a fix hint."""
        if isinstance(exc, api.ServerError):
            if exc.status == 401 or exc.code in ("unauthenticated", "permission_denied"):
                raise ConfigError(
                    f"LiveKit rejected the credentials while trying to {what} ({exc.code})",
                    "Check LIVEKIT_API_KEY and LIVEKIT_API_SECRET belong to the project at LIVEKIT_URL",
                ) from None
            raise ExternalServiceError(
                f"LiveKit could not {what}: {_describe(exc)}", "Check `customario doctor` and the LiveKit server logs"
            ) from None
        raise ExternalServiceError(
            f"cannot reach LiveKit at {self.url} to {what} ({_describe(exc)})",
            "Check LIVEKIT_URL and that the server is running (`customario doctor`)",
        ) from None

    async def list_rooms(self, names: list[str] | None = None) -> list[dict]:
        """Active rooms (optionally only ``names``) as ``{name, num_participants, metadata}``."""
        try:
            res = await self._bounded(self.lk.room.list_rooms(api.ListRoomsRequest(names=names or [])))
        except (api.ServerError, aiohttp.ClientError, asyncio.TimeoutError) as exc:
            self._raise_for(exc, "list rooms")
        return [{"name": r.name, "num_participants": r.num_participants, "metadata": r.metadata} for r in res.rooms]

    async def delete_room(self, name: str) -> bool:
        """Remove room ``name`` (hangs up everyone in it). False if LiveKit says it does not exist."""
        try:
            await self._bounded(self.lk.room.delete_room(api.DeleteRoomRequest(room=name)))
        except api.ServerError as exc:
            if exc.code == "not_found":
                return False
            self._raise_for(exc, f"delete room {name}")
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            self._raise_for(exc, f"delete room {name}")
        return True

    async def list_outbound_trunks(self, trunk_ids: list[str] | None = None) -> list[dict]:
        """Outbound SIP trunks as ``{sip_trunk_id, name, address, numbers}`` (needs the SIP admin grant)."""
        try:
            res = await self._bounded(
                self.lk.sip.list_outbound_trunk(api.ListSIPOutboundTrunkRequest(trunk_ids=trunk_ids or []))
            )
        except (api.ServerError, aiohttp.ClientError, asyncio.TimeoutError) as exc:
            self._raise_for(exc, "list outbound SIP trunks")
        return [
            {"sip_trunk_id": t.sip_trunk_id, "name": t.name, "address": t.address, "numbers": list(t.numbers)}
            for t in res.items
        ]

    async def create_outbound_trunk(
        self,
        *,
        name: str,
        address: str,
        numbers: list[str],
        auth_username: str | None = None,
        auth_password: str | None = None,
    ) -> dict:
        """Create an outbound SIP trunk; returns ``{sip_trunk_id, name, address, numbers}``."""
        info = api.SIPOutboundTrunkInfo(
            name=name,
            address=address,
            numbers=numbers,
            auth_username=auth_username or "",
            auth_password=auth_password or "",
        )
        try:
            t = await self._bounded(self.lk.sip.create_outbound_trunk(api.CreateSIPOutboundTrunkRequest(trunk=info)))
        except (api.ServerError, aiohttp.ClientError, asyncio.TimeoutError) as exc:
            self._raise_for(exc, "create the outbound SIP trunk")
        return {"sip_trunk_id": t.sip_trunk_id, "name": t.name, "address": t.address, "numbers": list(t.numbers)}

    async def preflight(self, trunk_id: str | None) -> dict:
        """Check reachability, credentials and (if given) that ``trunk_id`` exists, before any claim.

        Raises ConfigError (bad credentials), ExternalServiceError (unreachable) or NotFoundError.
        """
        await self.list_rooms(["customario-preflight"])
        if trunk_id:
            trunks = await self.list_outbound_trunks([trunk_id])
            if not any(t["sip_trunk_id"] == trunk_id for t in trunks):
                raise NotFoundError(
                    f"outbound SIP trunk {trunk_id} does not exist on {self.url}",
                    "List trunks with `customario trunk list` or create one with `customario trunk create`",
                )
            return trunks[0]
        return {}

    async def prepare_call(self, req: CallRequest) -> DialResult | None:
        """Create the call's room and dispatch the agent into it. None on success; else an
        infrastructure DialResult (``infra``: nobody was called, so not an attempt; ``fatal`` for
        rejected credentials)."""
        meta = json.dumps({"call_id": req.call_id, **req.metadata}, sort_keys=True)
        step = "create the room"
        try:
            await self._bounded(
                self.lk.room.create_room(
                    api.CreateRoomRequest(
                        name=req.room_name, empty_timeout=int(req.empty_timeout_s), departure_timeout=10, metadata=meta
                    )
                )
            )
            step = "dispatch the agent"
            await self._bounded(
                self.lk.agent_dispatch.create_dispatch(
                    api.CreateAgentDispatchRequest(agent_name=req.agent_name, room=req.room_name, metadata=meta)
                )
            )
            return None
        except (api.ServerError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            result = infra_result(exc, f"could not {step}")
        await self.cleanup_room(req.room_name)
        return result

    async def open_room(self, room_name: str, agent_name: str, metadata: dict, *, empty_timeout_s: int = 300) -> None:
        """Create room ``room_name`` and dispatch agent ``agent_name`` into it with ``metadata`` (the
        web widget's voice sessions: the respondent joins with a token, no SIP). Raises ConfigError
        (credentials rejected) or ExternalServiceError (unreachable, server error); the room is
        removed again when the dispatch fails."""
        meta = json.dumps(metadata, sort_keys=True)
        try:
            await self._bounded(
                self.lk.room.create_room(
                    api.CreateRoomRequest(
                        name=room_name, empty_timeout=int(empty_timeout_s), departure_timeout=20, metadata=meta
                    )
                )
            )
        except (api.ServerError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            self._raise_for(exc, "create the room")
        try:
            await self._bounded(
                self.lk.agent_dispatch.create_dispatch(
                    api.CreateAgentDispatchRequest(agent_name=agent_name, room=room_name, metadata=meta)
                )
            )
        except (api.ServerError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            await self.cleanup_room(room_name)
            self._raise_for(exc, "dispatch the agent")

    async def dial(self, req: CallRequest) -> DialResult:
        """``CreateSIPParticipant`` into the prepared room, waiting until answered (ringing timeout
        and maximum call duration from ``req``). Never raises. SIP errors map through
        :func:`disposition_for_sip`; a ringing timeout reported without a SIP code is ``no-answer``;
        everything else (unreachable, 5xx, our deadline, rejected credentials, unknown trunk) is an
        infrastructure result (``infra``: not an attempt; ``fatal`` for credentials and a trunk that
        does not exist). On failure the room is removed (best effort)."""
        create = api.CreateSIPParticipantRequest(
            sip_trunk_id=req.trunk_id,
            sip_call_to=req.to,
            room_name=req.room_name,
            participant_identity=f"sip-{req.call_id}",
            participant_name="callee",
            participant_attributes={"customario.call_id": str(req.call_id)},
            wait_until_answered=True,
            play_dialtone=False,
            krisp_enabled=req.krisp,
        )
        if req.caller_id:
            create.sip_number = req.caller_id
        create.ringing_timeout.seconds = max(1, int(req.ringing_timeout_s))
        create.max_call_duration.seconds = max(1, int(req.max_call_duration_s))
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            # livekit-api bounds the dial itself by ringing timeout + 2 s; add our own deadline on top.
            info = await self._bounded(
                self.lk.sip.create_sip_participant(create), req.ringing_timeout_s + 2.0 + self.timeout_s
            )
            return DialResult(
                ANSWERED,
                200,
                "OK",
                sip_call_id=info.sip_call_id or None,
                participant_identity=info.participant_identity or None,
            )
        except api.SipCallError as exc:
            code = exc.sip_status_code
            if code is None:  # no SIP code: LiveKit gave up ringing
                result = DialResult("no-answer", None, exc.sip_status, error=f"no answer ({_describe(exc)})")
            else:
                result = DialResult(
                    disposition_for_sip(code), code, exc.sip_status, error=f"SIP {code} {exc.sip_status or ''}".strip()
                )
        except api.ServerError as exc:
            if exc.code == "deadline_exceeded" and loop.time() - started >= req.ringing_timeout_s:
                result = DialResult("no-answer", None, None, error=f"no answer within {req.ringing_timeout_s:.0f} s")
            elif exc.code in ("invalid_argument", "malformed") and exc.status == 400:
                result = DialResult("failed", error=f"LiveKit refused the dial request: {_describe(exc)}")
            else:
                result = infra_result(exc, "could not dial")
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            result = infra_result(exc, "could not dial")
        await self.cleanup_room(req.room_name)
        return result

    async def cleanup_room(self, name: str, timeout_s: float = 5.0) -> None:
        """Delete a room, ignoring every error (used after failed or interrupted dials)."""
        try:
            await asyncio.wait_for(self.lk.room.delete_room(api.DeleteRoomRequest(room=name)), timeout_s)
        except Exception as exc:  # best effort: the room's empty timeout removes it anyway
            log.debug("room cleanup failed: %s", _describe(exc))


def is_api_error(exc: BaseException) -> bool:
    """True for errors of the LiveKit API client (for callers that must not import livekit.api)."""
    return isinstance(exc, (api.ServerError, aiohttp.ClientError, asyncio.TimeoutError))
