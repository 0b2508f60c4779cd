"""Persistence of a conversation as it happens: the ``calls`` row, each turn, each tool call.

Every write commits at once (``customario.store.db.immediate``), so ``kill -9`` keeps everything said up
to that moment. :func:`recover_interrupted` marks calls whose owning process died as interrupted.
The same :class:`CallRecorder` serves text sessions and LiveKit rooms: :meth:`CallRecorder.attach`
subscribes to an ``AgentSession``'s ``conversation_item_added`` events.
"""

from __future__ import annotations

import json
import logging
import socket
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Mapping

from sqlite_utils import Database

from customario.store.owners import dead_local_owner, owner_id
from customario.store.db import immediate, json_col, utc_now

log = logging.getLogger(__name__)

CHANNELS = ("console", "simulation", "phone", "sms", "email")
METRIC_KEYS = ("transcription_delay", "end_of_turn_delay", "llm_node_ttft", "tts_node_ttfb", "e2e_latency")


def _iso(ts: float | None) -> str | None:
    if not ts:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="microseconds")


# Outcomes the dialer records from the SIP answer; a session never replaces them.
UNANSWERED = ("busy", "no-answer", "declined", "invalid-number", "failed")


class CallRecorder:
    """Writes one call. Create it with :meth:`start` (new row, or an existing row to continue)."""

    def __init__(self, db: Database, call_id: int):
        self.db = db
        self.call_id = call_id
        self.finished = False
        self.disposition: str | None = None
        self.status: str | None = None
        # Called with this recorder once the call row is finished (the plug-ins' call_ended hooks).
        self.on_finish: list[Callable[[CallRecorder], None]] = []
        row = db.execute("SELECT COALESCE(MAX(seq), 0) FROM turns WHERE call_id = ?", [call_id]).fetchone()
        self._seq = row[0]

    @classmethod
    def start(
        cls,
        db: Database,
        *,
        stored: Any,
        contact: Mapping[str, Any] | None = None,
        channel: str = "console",
        stack: str | None = None,
        direction: str = "outbound",
        call_id: int | None = None,
        list_id: int | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> "CallRecorder":
        """Create the ``calls`` row (status in-progress, claimed by this process) or, with
        ``call_id``, take over an existing row (a dialed call, an SMS thread) and mark it in progress.
        ``stored`` is a catalog.StoredCampaign (its ``id`` is the campaign version; 0 = unsaved)."""
        now = utc_now()
        with immediate(db):
            if call_id is not None:
                if db.execute("SELECT 1 FROM calls WHERE id = ?", [call_id]).fetchone() is None:
                    from customario.errors import NotFoundError

                    raise NotFoundError(f"no call with id {call_id}", "List calls with `customario calls list`")
                db.execute(
                    "UPDATE calls SET status = 'in-progress', stack = COALESCE(?, stack), claimed_by = ?,"
                    " heartbeat_at = ?, started_at = COALESCE(started_at, ?), answered_at = COALESCE(answered_at, ?),"
                    " ended_at = NULL WHERE id = ?",
                    [stack, owner_id(), now, now, now, call_id],
                )
            else:
                metadata = dict(metadata or {})
                if contact and contact.get("id") is None and contact.get("e164"):
                    metadata.setdefault("e164", contact["e164"])  # a number that is not a stored contact
                call_id = (
                    db["calls"]
                    .insert(
                        {
                            "campaign_id": getattr(stored, "id", None) or None,
                            "campaign": getattr(stored, "name", None),
                            "contact_id": (contact or {}).get("id"),
                            "list_id": list_id,
                            "channel": channel,
                            "direction": direction,
                            "status": "in-progress",
                            "stack": stack,
                            "claimed_by": owner_id(),
                            "heartbeat_at": now,
                            "created_at": now,
                            "started_at": now,
                            "answered_at": now,
                            "metadata": json_col(metadata),
                        }
                    )
                    .last_pk
                )
        return cls(db, call_id)

    # ---- writes ------------------------------------------------------------------------------
    def add_turn(
        self,
        role: str,
        text: str,
        *,
        started_at: str | None = None,
        ended_at: str | None = None,
        metrics: Mapping[str, Any] | None = None,
    ) -> int:
        """Append a turn (``role`` agent | caller | system | supervisor); returns its ``seq``."""
        now = utc_now()
        with immediate(self.db):
            self._seq = self.db.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM turns WHERE call_id = ?", [self.call_id]
            ).fetchone()[0]
            self.db.execute(
                "INSERT INTO turns (call_id, seq, role, text, started_at, ended_at, metrics) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    self.call_id,
                    self._seq,
                    role,
                    text,
                    started_at or now,
                    ended_at or now,
                    json_col(dict(metrics)) if metrics else None,
                ],
            )
            self.db.execute("UPDATE calls SET heartbeat_at = ? WHERE id = ?", [now, self.call_id])
        return self._seq

    def log_tool_call(
        self,
        name: str,
        arguments: Mapping[str, Any] | None,
        result: Any = None,
        error: str | None = None,
        duration_ms: float | None = None,
    ) -> None:
        with immediate(self.db):
            self.db.execute(
                "INSERT INTO tool_calls (call_id, name, arguments, result, error, duration_ms, called_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    self.call_id,
                    name,
                    json_col(dict(arguments or {})),
                    None if result is None else json_col(result),
                    error,
                    duration_ms,
                    utc_now(),
                ],
            )

    def set_briefing(self, text: str) -> None:
        with immediate(self.db):
            self.db.execute("UPDATE calls SET briefing = ? WHERE id = ?", [text, self.call_id])

    def heartbeat(self) -> None:
        with immediate(self.db):
            self.db.execute("UPDATE calls SET heartbeat_at = ? WHERE id = ?", [utc_now(), self.call_id])

    def finish(self, disposition: str, *, status: str = "ended", error: str | None = None) -> None:
        """Set the disposition and status, ``ended_at`` and ``duration_s`` (idempotent). An
        unanswered outcome the dialer recorded (busy, no-answer, declined, invalid-number, failed on
        an ended row) is never overwritten: the lead keeps its retry."""
        if self.finished:
            return
        now = datetime.now(timezone.utc)
        with immediate(self.db):
            row = self.db.execute(
                "SELECT started_at, answered_at, disposition, status FROM calls WHERE id = ?", [self.call_id]
            ).fetchone()
            if row and row[2] in UNANSWERED and row[3] not in ("in-progress", "claimed", "dialing", "ringing"):
                self.finished, self.disposition = True, row[2]
                return
            duration = None
            if row and row[0]:
                duration = round((now - datetime.fromisoformat(row[0])).total_seconds(), 3)
            self.db.execute(
                "UPDATE calls SET status = ?, disposition = ?, ended_at = ?, duration_s = ?, error = COALESCE(?, error),"
                " heartbeat_at = ? WHERE id = ?",
                [
                    status,
                    disposition,
                    now.isoformat(timespec="microseconds"),
                    duration,
                    error,
                    now.isoformat(timespec="microseconds"),
                    self.call_id,
                ],
            )
        self.finished = True
        self.disposition = disposition
        self.status = status
        for callback in self.on_finish:
            try:
                callback(self)
            except Exception:  # a hook never loses the call that was just written
                log.warning("after-call hook failed for call %s", self.call_id, exc_info=True)

    # ---- livekit session ---------------------------------------------------------------------
    def attach(self, session: Any, *, logged_tools: frozenset[str] | set[str] = frozenset()) -> None:
        """Record every user/assistant message the session adds (text or transcribed speech),
        with livekit's latency metrics (seconds) when present, and every executed function tool
        not in ``logged_tools`` (those wrapped by ``builder.wrap_tools`` log themselves, with timing)."""

        def on_tools(ev: Any) -> None:
            for call, out in ev.zipped():
                if call.name in logged_tools:
                    continue
                try:
                    args = json.loads(call.arguments or "{}")
                except ValueError:
                    args = {"raw": call.arguments}
                try:
                    self.log_tool_call(
                        call.name,
                        args if isinstance(args, dict) else {"value": args},
                        None if out is None or out.is_error else out.output,
                        out.output if out is not None and out.is_error else None,
                    )
                except Exception:
                    log.exception("could not record a tool call of call %s", self.call_id)

        session.on("function_tools_executed", on_tools)

        def on_item(ev: Any) -> None:
            item = ev.item
            if getattr(item, "type", None) != "message" or item.role not in ("user", "assistant"):
                return
            text = item.text_content or ""
            if not text.strip() and item.role == "assistant":
                return
            raw = getattr(item, "metrics", None) or {}
            metrics = {k: raw[k] for k in METRIC_KEYS if isinstance(raw, Mapping) and raw.get(k) is not None}
            started = _iso(raw.get("started_speaking_at")) if isinstance(raw, Mapping) else None
            ended = _iso(raw.get("stopped_speaking_at")) if isinstance(raw, Mapping) else None
            try:
                self.add_turn(
                    "agent" if item.role == "assistant" else "caller",
                    text,
                    started_at=started or _iso(getattr(item, "created_at", None)),
                    ended_at=ended,
                    metrics=metrics or None,
                )
            except Exception:  # never break a live call because a write failed; it is logged
                log.exception("could not record a turn of call %s", self.call_id)

        session.on("conversation_item_added", on_item)


def recover_interrupted(db: Database, *, stale_after_s: float = 900.0, now: datetime | None = None) -> list[int]:
    """Mark calls left ``in-progress`` by a dead process as status/disposition ``interrupted``.

    A call is dead when it was claimed on this host by a pid that no longer exists, or when its
    heartbeat is older than ``stale_after_s`` seconds (any host). Returns the call ids marked.
    """
    host = socket.gethostname()
    now = now or datetime.now(timezone.utc)
    cutoff = (now - timedelta(seconds=stale_after_s)).isoformat(timespec="microseconds")
    marked: list[int] = []
    rows = db.execute("SELECT id, claimed_by, heartbeat_at FROM calls WHERE status = 'in-progress'").fetchall()
    for call_id, claimed_by, heartbeat in rows:
        dead = claimed_by != owner_id() and dead_local_owner(claimed_by, host)
        if heartbeat and heartbeat < cutoff:
            dead = True
        if dead:
            marked.append(call_id)
    if marked:
        with immediate(db):
            for call_id in marked:
                db.execute(
                    "UPDATE calls SET status = 'interrupted', disposition = 'interrupted', ended_at = COALESCE(ended_at, ?)"
                    " WHERE id = ? AND status = 'in-progress'",
                    [now.isoformat(timespec="microseconds"), call_id],
                )
    return marked


def call_history(db: Database, call_id: int) -> list[dict]:
    """Turns of a call as ``[{"role": "agent"|"caller"|..., "text": ...}]`` in order."""
    return [
        {"role": r[0], "text": r[1]}
        for r in db.execute("SELECT role, text FROM turns WHERE call_id = ? ORDER BY seq", [call_id])
    ]


def loads(value: str | None) -> Any:
    return json.loads(value) if value else None
