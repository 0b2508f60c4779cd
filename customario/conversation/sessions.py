"""Survey sessions over HTTP (the website widget's backend): the same engine as ``console``.

A session is one survey call with a random, URL-safe id (its capability) stored in
``web_sessions``. Shapes (every dict is JSON-ready)::

    create  -> {"session_id", "call_id", "survey", "mode", "opening": [agent lines], "ended",
                "livekit": None | {"url", "room", "token", "identity"}}
    message -> {"replies": [agent lines], "ended": bool, "disposition": str | None}
    complete-> {"score": float | None, "payment": None | {"amount_cents", "currency", "status"}, "message"}
    get     -> {"session_id", "survey", "mode", "status", "call_id", "disposition", "transcript",
                "answers", "score", "payment", "created_at", "completed_at"}

**Text mode** runs :class:`customario.conversation.engine.TextConversation` without a room, on the
event loop that calls these coroutines. Live conversations are kept in memory per session (one
lock each: a session's messages run one at a time). A session whose conversation is not in memory —
the server restarted, or it was idle longer than ``idle_s`` and evicted — is **resumed from its
stored turns** on its next message (the engine replays them; no opening is spoken again), so a
restart loses nothing that was answered. Evicting never finishes the call; ``complete`` does.

**Voice mode** creates the call row, then ``open_room(call_id, room, identity)`` (the web layer
gives one built on :mod:`customario.adapters.livekit_api`: room + agent dispatch + participant
token); the agent worker runs the call in the room. Without it: ConfigError (503 on the web).

**Complete** closes a text conversation (disposition: the survey's, else partial/break-off), runs
the campaign's evaluator on the call and settles its payment with the rules of ``customario
evaluate`` (:func:`customario.analysis.evaluation.evaluate_campaign`), and returns the message the
respondent sees ("Thank you! You've earned $4.10."). A second completion is AlreadyCompleted (409);
completing a voice call still in progress is CallInProgress (409).
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Mapping

from sqlite_utils import Database

from customario.errors import ConfigError, CustomarioError, NotFoundError, UsageError
from customario.store.db import immediate, json_col, utc_now

SURVEY_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
MAX_TEXT_CHARS = 2000
RESPONDENT_FIELDS = ("name", "first_name", "last_name", "email", "phone", "company", "timezone")

# open_room(call_id, room_name, identity) -> {"url", "room", "token", "identity"}
RoomOpener = Callable[[int, str, str], Awaitable[dict]]


class AlreadyCompleted(CustomarioError):
    """The session was completed already (its result stands)."""

    http_status = 409


class CallInProgress(CustomarioError):
    """A voice session's call is still going on."""

    http_status = 409


class SessionEnded(CustomarioError):
    """A message for a session that is completed, or not a text session."""

    http_status = 409


def find_survey(db: Database, name: str, campaigns_dir: str | None = "campaigns") -> Any:
    """The stored survey ``name`` (latest version), adding a shipped module's definition on first
    use. Never reads a file path from ``name``. Raises NotFoundError (unknown, or not a survey)."""
    from customario.definitions.catalog import add_campaign, get_campaign
    from customario.definitions.loader import load_definition

    if not SURVEY_NAME.match(name or ""):
        raise NotFoundError("no survey with that name", "Survey names are letters, digits, _ and -")
    try:
        stored = get_campaign(db, name)
    except NotFoundError:
        from customario.plugins.manager import discover

        files = discover(campaigns_dir).definition_files()
        if name not in files:
            raise NotFoundError(f"no survey named {name!r}", "Add it with `customario survey add FILE`") from None
        stored = add_campaign(db, load_definition(files[name]), str(files[name]))[0]
    if stored.kind != "survey":
        raise NotFoundError(f"no survey named {name!r} ({name} is a {stored.kind} campaign)", "Use a survey's name")
    return stored


def respondent_contact(respondent: Mapping[str, Any] | None) -> dict | None:
    """The engine's contact mapping for a widget respondent: the known fields (bounded strings) plus
    ``attributes`` (at most 20 string keys/values), usable as ``{{placeholders}}``. Never a stored
    contact: a public page must not be able to pull a lead's details by guessing a number."""
    if not respondent:
        return None
    out: dict[str, Any] = {}
    for key in RESPONDENT_FIELDS:
        value = respondent.get(key)
        if value is not None:
            out[key] = str(value)[:200]
    attrs = respondent.get("attributes") or {}
    if isinstance(attrs, Mapping):
        out["attributes"] = {str(k)[:64]: str(v)[:200] for k, v in list(attrs.items())[:20]}
    if "phone" in out:
        out["e164"] = None  # keep it out of the contact lookups; stays a placeholder value
    return out or None


def payment_message(payment: Mapping[str, Any] | None, pays: bool) -> str:
    """What the respondent is told after completing (amounts in integer cents)."""
    if not payment:
        return "Thank you for taking part." if pays else "Thank you for your answers."
    amount = _money(payment.get("amount_cents") or 0, payment.get("currency") or "USD")
    status = payment.get("status")
    if status in ("pending", "approved", "paid") and (payment.get("amount_cents") or 0) > 0:
        return f"Thank you! You've earned {amount}."
    if status == "held":
        return f"Thank you! Your reward of {amount} is being reviewed; you will hear from us."
    if status == "test":
        return f"Thank you! This was a test session: {amount} would have been earned, nothing is paid."
    return "Thank you for taking part."


def _money(cents: int, currency: str) -> str:
    if currency.upper() == "USD":
        return f"${cents // 100:,}.{cents % 100:02d}"
    return f"{cents // 100:,}.{cents % 100:02d} {currency.upper()}"


@dataclass
class _Live:
    conv: Any
    last_used: float = field(default_factory=time.monotonic)


class SurveySessions:
    """The registry of survey sessions of one server process (see module docstring).

    ``db`` is used on the calling event loop only; ``db_path`` opens the connection of the worker
    thread that runs evaluations. ``idle_s``: seconds after which an idle conversation leaves memory
    (it resumes from its turns); ``max_live``: conversations kept in memory at most (least recently
    used leave first)."""

    def __init__(
        self,
        db: Database,
        settings: Any,
        *,
        db_path: str | None = None,
        idle_s: float = 900.0,
        max_live: int = 2000,
        stack: str | None = None,
    ):
        self.db = db
        self.settings = settings
        self.db_path = db_path or settings.db
        self.idle_s = idle_s
        self.max_live = max_live
        self.stack = stack
        self._live: dict[str, _Live] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    # -- lookups -------------------------------------------------------------------------------
    def row(self, session_id: str) -> dict:
        """The ``web_sessions`` row (respondent/result decoded). Raises NotFoundError."""
        rows = (
            list(self.db.query("SELECT * FROM web_sessions WHERE id = ?", [session_id]))
            if SESSION_ID.match(session_id or "")
            else []
        )
        if not rows:
            raise NotFoundError("no such session", "Start one with POST /api/surveys/{name}/sessions")
        row = dict(rows[0])
        row["respondent"] = json.loads(row["respondent"] or "{}")
        row["result"] = json.loads(row["result"]) if row["result"] else None
        return row

    def _lock(self, session_id: str) -> asyncio.Lock:
        return self._locks.setdefault(session_id, asyncio.Lock())

    @property
    def live_count(self) -> int:
        return len(self._live)

    # -- create ----------------------------------------------------------------------------------
    async def create(
        self,
        survey: str,
        *,
        mode: str = "text",
        respondent: Mapping[str, Any] | None = None,
        open_room: RoomOpener | None = None,
        campaigns_dir: str | None = "campaigns",
    ) -> dict:
        """Start a session (see module docstring). Raises NotFoundError (survey), UsageError (mode),
        ConfigError (voice without LiveKit), ExternalServiceError (LiveKit failed)."""
        if mode not in ("text", "voice"):
            raise UsageError(f"unknown mode {mode!r}", "Use text or voice")
        stored = find_survey(self.db, survey, campaigns_dir)
        if mode == "voice" and open_room is None:
            raise ConfigError(
                "voice sessions need LiveKit, which is not configured",
                "Set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET, or use mode text",
            )
        session_id = secrets.token_urlsafe(24)
        contact = respondent_contact(respondent)
        if mode == "text":
            from customario.conversation.engine import TextConversation

            await self._make_room_for_one()
            conv = await TextConversation.start(
                self.db, self.settings, stored, contact=contact, channel="web", stack=self.stack
            )
            self._mark_call(conv.call_id, session_id, respondent)
            self._insert(session_id, stored, conv.call_id, "text", respondent, None)
            self._live[session_id] = _Live(conv)
            return {
                "session_id": session_id,
                "call_id": conv.call_id,
                "survey": stored.name,
                "mode": "text",
                "opening": list(conv.opening),
                "ended": conv.ended,
                "livekit": None,
            }
        call_id = self._voice_call_row(stored, session_id)
        self._mark_call(call_id, session_id, respondent)
        room = f"web-{call_id}-{secrets.token_hex(4)}"
        identity = f"web-{call_id}"
        try:
            lk = await open_room(call_id, room, identity)
        except BaseException:
            with immediate(self.db):
                self.db.execute(
                    "UPDATE calls SET status = 'failed', disposition = 'failed', ended_at = ? WHERE id = ?",
                    [utc_now(), call_id],
                )
            raise
        with immediate(self.db):
            self.db.execute("UPDATE calls SET room_name = ? WHERE id = ?", [room, call_id])
        self._insert(session_id, stored, call_id, "voice", respondent, room)
        return {
            "session_id": session_id,
            "call_id": call_id,
            "survey": stored.name,
            "mode": "voice",
            "opening": [],
            "ended": False,
            "livekit": lk,
        }

    def _voice_call_row(self, stored: Any, session_id: str) -> int:
        now = utc_now()
        with immediate(self.db):
            return (
                self.db["calls"]
                .insert(
                    {
                        "campaign_id": stored.id or None,
                        "campaign": stored.name,
                        "channel": "web",
                        "direction": "inbound",
                        "status": "dialing",
                        "created_at": now,
                        "metadata": "{}",
                    }
                )
                .last_pk
            )

    def _mark_call(self, call_id: int, session_id: str, respondent: Mapping[str, Any] | None) -> None:
        """Link the call to its session and name the payee: a respondent who gave an e-mail address
        is paid as ``{"kind": "web", "ref": email, "email": email}`` (the payment rules' web payee);
        without one the payment is held ("no payee")."""
        email = str((respondent or {}).get("email") or "").strip().lower()
        meta: dict[str, Any] = {"web_session": session_id[:8]}
        if email and "@" in email:
            meta["payee"] = {"kind": "web", "ref": email, "email": email}
        with immediate(self.db):
            self.db.execute(
                "UPDATE calls SET metadata = json_patch(COALESCE(metadata, '{}'), ?) WHERE id = ?",
                [json_col(meta), call_id],
            )

    def _insert(self, session_id: str, stored: Any, call_id: int, mode: str, respondent: Any, room: str | None) -> None:
        now = utc_now()
        with immediate(self.db):
            self.db["web_sessions"].insert(
                {
                    "id": session_id,
                    "survey": stored.name,
                    "campaign_id": stored.id or None,
                    "call_id": call_id,
                    "mode": mode,
                    "status": "open",
                    "room_name": room,
                    "respondent": json_col(dict(respondent or {})),
                    "created_at": now,
                    "updated_at": now,
                }
            )

    # -- messages --------------------------------------------------------------------------------
    async def message(self, session_id: str, text: str) -> dict:
        """One respondent turn of a text session. Raises NotFoundError, SessionEnded (completed or
        voice), UsageError (text too long)."""
        if len(text or "") > MAX_TEXT_CHARS:
            raise UsageError(
                f"the message has {len(text)} characters, more than {MAX_TEXT_CHARS}", "Send a shorter answer"
            )
        self.row(session_id)  # unknown ids never get a lock (no memory per guess)
        async with self._lock(session_id):
            row = self.row(session_id)
            if row["mode"] != "text":
                raise SessionEnded(
                    "this is a voice session", "Talk in the LiveKit room; messages are for text sessions"
                )
            if row["status"] != "open":
                raise SessionEnded("this session is completed", "Start a new session")
            live = self._live.get(session_id) or await self._resume(row)
            if live is None:
                return {"replies": [], "ended": True, "disposition": self._disposition(row["call_id"])}
            live.last_used = time.monotonic()
            replies = await live.conv.send(text or "")
            return {"replies": list(replies), "ended": live.conv.ended, "disposition": live.conv.disposition}

    async def _resume(self, row: dict) -> _Live | None:
        """Bring a session back into memory from its stored turns; None when its call has ended."""
        from customario.conversation.engine import TextConversation
        from customario.definitions.catalog import get_campaign, get_campaign_by_id

        status = self.db.execute("SELECT status FROM calls WHERE id = ?", [row["call_id"]]).fetchone()
        if status is None or status[0] in ("ended", "failed"):
            return None
        stored = (
            get_campaign_by_id(self.db, row["campaign_id"])
            if row["campaign_id"]
            else get_campaign(self.db, row["survey"])
        )
        await self._make_room_for_one()
        conv = await TextConversation.start(
            self.db,
            self.settings,
            stored,
            contact=respondent_contact(row["respondent"]),
            channel="web",
            call_id=row["call_id"],
            stack=self.stack,
        )
        live = _Live(conv)
        self._live[row["id"]] = live
        return live

    def _disposition(self, call_id: int) -> str | None:
        found = self.db.execute("SELECT disposition FROM calls WHERE id = ?", [call_id]).fetchone()
        return found[0] if found else None

    # -- completion ------------------------------------------------------------------------------
    async def complete(self, session_id: str) -> dict:
        """Close, evaluate and pay (see module docstring). Raises NotFoundError, AlreadyCompleted,
        CallInProgress."""
        self.row(session_id)
        async with self._lock(session_id):
            row = self.row(session_id)
            if row["status"] != "open":
                raise AlreadyCompleted(
                    f"this session was completed at {row['completed_at'] or row['updated_at']}",
                    "Its result stands; GET the session to see it",
                )
            if row["mode"] == "text":
                live = self._live.pop(session_id, None) or await self._resume(row)
                if live is not None:
                    self._live.pop(session_id, None)
                    await live.conv.close()
            else:
                status = self.db.execute("SELECT status FROM calls WHERE id = ?", [row["call_id"]]).fetchone()
                if status and status[0] in ("dialing", "claimed", "in-progress"):
                    raise CallInProgress(
                        "the voice call is still in progress", "Complete the session after the call ends"
                    )
            with immediate(self.db):
                cur = self.db.execute(
                    "UPDATE web_sessions SET status = 'completing', updated_at = ? WHERE id = ? AND status = 'open'",
                    [utc_now(), session_id],
                )
                if cur.rowcount == 0:
                    raise AlreadyCompleted("this session was completed meanwhile", "Its result stands")
            try:
                result = await asyncio.to_thread(_evaluate_call, self.db_path, self.settings, row["call_id"])
            except BaseException:
                with immediate(self.db):
                    self.db.execute(
                        "UPDATE web_sessions SET status = 'open', updated_at = ? WHERE id = ?", [utc_now(), session_id]
                    )
                raise
            now = utc_now()
            with immediate(self.db):
                self.db.execute(
                    "UPDATE web_sessions SET status = 'completed', result = ?, completed_at = ?, updated_at = ? WHERE id = ?",
                    [json_col(result), now, now, session_id],
                )
        self._locks.pop(session_id, None)
        return result

    # -- reading ---------------------------------------------------------------------------------
    def get(self, session_id: str) -> dict:
        """The session with its transcript, answers, score and payment. Raises NotFoundError."""
        row = self.row(session_id)
        call_id = row["call_id"]
        call = self.db.execute("SELECT status, disposition FROM calls WHERE id = ?", [call_id]).fetchone() or (
            None,
            None,
        )
        transcript = [
            {"role": r[0], "text": r[1], "at": r[2]}
            for r in self.db.execute(
                "SELECT role, text, started_at FROM turns WHERE call_id = ? AND role IN ('agent', 'caller', 'supervisor') ORDER BY seq",
                [call_id],
            )
        ]
        answers = [
            {"question_id": r[0], "value": json.loads(r[1]) if r[1] else None, "status": r[2]}
            for r in self.db.execute(
                "SELECT question_id, value, status FROM answers WHERE call_id = ? ORDER BY id", [call_id]
            )
        ]
        outcome = _outcome(self.db, call_id)
        return {
            "session_id": row["id"],
            "survey": row["survey"],
            "mode": row["mode"],
            "status": row["status"],
            "call_id": call_id,
            "call_status": call[0],
            "disposition": call[1],
            "transcript": transcript,
            "answers": answers,
            "score": outcome["score"],
            "payment": outcome["payment"],
            "message": (row["result"] or {}).get("message"),
            "created_at": row["created_at"],
            "completed_at": row["completed_at"],
        }

    # -- memory ----------------------------------------------------------------------------------
    async def _detach(self, session_id: str) -> None:
        live = self._live.pop(session_id, None)
        if live is not None:
            try:
                await live.conv.session.aclose()  # the call stays open: it resumes from its turns
            except Exception:
                pass

    async def _make_room_for_one(self) -> None:
        if len(self._live) >= self.max_live:
            oldest = min(self._live, key=lambda k: self._live[k].last_used)
            await self._detach(oldest)

    async def evict_idle(self, now: float | None = None) -> int:
        """Drop conversations idle longer than ``idle_s`` from memory; returns how many."""
        now = time.monotonic() if now is None else now
        idle = [k for k, v in self._live.items() if now - v.last_used > self.idle_s and not self._lock(k).locked()]
        for k in idle:
            await self._detach(k)
            self._locks.pop(k, None)
        return len(idle)

    async def detach_all(self) -> None:
        """Server shutdown: let go of every conversation without finishing the calls."""
        for k in list(self._live):
            await self._detach(k)


def _outcome(db: Database, call_id: int) -> dict:
    ev = db.execute(
        "SELECT score FROM evaluations WHERE call_id = ? AND status = 'done' ORDER BY updated_at DESC, id DESC LIMIT 1",
        [call_id],
    ).fetchone()
    pay = db.execute("SELECT amount_cents, currency, status FROM payments WHERE call_id = ?", [call_id]).fetchone()
    return {
        "score": ev[0] if ev else None,
        "payment": {"amount_cents": pay[0], "currency": pay[1], "status": pay[2]} if pay else None,
    }


def _evaluate_call(db_path: str, settings: Any, call_id: int) -> dict:
    """Evaluate one call with its campaign's evaluator and settle its payment (own connection: runs
    in a worker thread). Returns the ``complete`` dict."""
    from customario.analysis.evaluation import evaluate_campaign
    from customario.definitions.catalog import get_campaign, get_campaign_by_id
    from customario.store.db import open_db

    db = open_db(db_path, migrate=False)
    try:
        cid, name = db.execute("SELECT campaign_id, campaign FROM calls WHERE id = ?", [call_id]).fetchone()
        stored = get_campaign_by_id(db, cid) if cid else get_campaign(db, name)
        evaluate_campaign(db, stored, settings, call_ids=[call_id], concurrency=1)
        out = _outcome(db, call_id)
        pays = stored.campaign.payment is not None
        return {"score": out["score"], "payment": out["payment"], "message": payment_message(out["payment"], pays)}
    finally:
        db.close()
