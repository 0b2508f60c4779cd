"""Live state for the supervisor dashboard, pushed as server-sent events.

One :class:`EventHub` per server polls SQLite's ``PRAGMA data_version`` on its own connection every
``poll_s`` seconds (0.1 by default): the number changes whenever any other connection — an agent
worker, a console, a CLI ``supervisor answer``, this server's own writes — commits. Only then is
the dashboard snapshot (:func:`snapshot`) recomputed, and only a changed snapshot is pushed to the
subscribers. Each subscriber holds at most one pending snapshot (a slow browser gets the latest
state, never a backlog). The page itself never polls: the hold timers tick in the browser from
``created_at``. ``close()`` ends every stream (server shutdown).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, Callable

log = logging.getLogger("customario.web.events")

_CLOSED = object()


def snapshot(db: Any) -> dict:
    """What the dashboard shows: open help requests (pending or timed-out, newest first, with
    question, context, priority, hold state, deadline), the last 10 resolved ones, open follow-ups,
    and the knowledge-base review queue (when the store has one). JSON-ready, no volatile fields."""
    from customario.escalation.help_requests import LIST_COLUMNS, list_followups, list_help_requests

    keep = LIST_COLUMNS  # the columns `supervisor list` shows

    def trim(r: dict) -> dict:
        out = {k: r.get(k) for k in keep}
        out["context"] = [{"role": t.get("role"), "text": t.get("text")} for t in (r.get("context") or [])][-6:]
        out["caller"] = _mask(out["caller"])
        return out

    open_ = [trim(r) for s in ("pending", "timed-out") for r in list_help_requests(db, status=s, limit=100)]
    open_.sort(key=lambda r: r["id"], reverse=True)
    resolved = [
        trim({**r, "context": []})
        for r in db.query(
            "SELECT * FROM help_requests WHERE status IN ('answered', 'dismissed') ORDER BY updated_at DESC LIMIT 10"
        )
    ]
    followups = [
        {
            k: f.get(k)
            for k in (
                "id",
                "status",
                "reason",
                "help_request_id",
                "call_id",
                "campaign",
                "question",
                "answer",
                "created_at",
            )
        }
        | {"caller": _mask(f.get("caller"))}
        for s in ("pending", "ready")
        for f in list_followups(db, status=s, limit=50)
    ]
    return {"requests": open_, "resolved": resolved, "followups": followups, "kb_review": kb_review_queue(db)}


def kb_review_queue(db: Any) -> list[dict] | None:
    """Learned answers waiting for review (pending entries of the knowledge base's review queue,
    :func:`customario.escalation.learning.list_reviews`, as ``customario kb review`` lists them);
    None when this customario has no review queue."""
    try:
        from customario.escalation.learning import list_reviews
    except ImportError:
        return None
    keep = (
        "id",
        "question",
        "answer",
        "redacted_question",
        "redacted_answer",
        "personal",
        "campaign",
        "reason",
        "help_request_id",
        "created_at",
    )
    return [{k: r.get(k) for k in keep} for r in list_reviews(db, "pending", 50)]


def _mask(value: Any) -> Any:
    if not value:
        return value
    from customario.errors import mask_pii

    return mask_pii(str(value))


def _data_version(db: Any) -> int:
    """SQLite's ``PRAGMA data_version`` with the statement closed at once: a statement left open
    keeps a WAL read snapshot on this connection, and then no later commit is ever seen."""
    cur = db.conn.execute("PRAGMA data_version")
    try:
        return cur.fetchall()[0][0]
    finally:
        cur.close()


class EventHub:
    """Poll-and-push hub (see module docstring). ``open_db`` opens its connection in ``run()``."""

    def __init__(self, open_db: Callable[[], Any], *, poll_s: float = 0.1, build: Callable[[Any], dict] = snapshot):
        self._open_db = open_db
        self.poll_s = poll_s
        self._build = build
        self._subs: set[asyncio.Queue] = set()
        self._wake: asyncio.Event | None = None
        self.closed = False
        self.current: dict | None = None
        self.version = 0
        self.changed_at = 0.0  # time.time() of the last change seen (for latency figures)

    def subscribe(self) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue(maxsize=1)
        self._subs.add(q)
        if self.current is not None:
            q.put_nowait(self._message())
        return q

    def unsubscribe(self, q: asyncio.Queue) -> None:
        self._subs.discard(q)

    def poke(self) -> None:
        """Look now instead of at the next poll (after a write this process made)."""
        if self._wake is not None:
            self._wake.set()

    def close(self) -> None:
        self.closed = True
        for q in list(self._subs):
            self._offer(q, _CLOSED)
        self.poke()

    def _message(self) -> str:
        return json.dumps(
            {"version": self.version, "server_time": time.time(), **(self.current or {})},
            ensure_ascii=False,
            default=str,
        )

    @staticmethod
    def _offer(q: asyncio.Queue, item: Any) -> None:
        while True:
            try:
                q.put_nowait(item)
                return
            except asyncio.QueueFull:
                try:
                    q.get_nowait()
                except asyncio.QueueEmpty:
                    pass

    async def run(self) -> None:
        self._wake = asyncio.Event()
        db = self._open_db()
        last_dv = None
        try:
            while not self.closed:
                try:
                    dv = _data_version(db)
                    if dv != last_dv or self._wake.is_set():
                        self._wake.clear()
                        last_dv = dv
                        snap = self._build(db)
                        if snap != self.current:
                            self.current = snap
                            self.version += 1
                            self.changed_at = time.time()
                            msg = self._message()
                            for q in list(self._subs):
                                self._offer(q, msg)
                except Exception:
                    log.exception("dashboard snapshot failed")
                try:
                    await asyncio.wait_for(self._wake.wait(), self.poll_s)
                except asyncio.TimeoutError:
                    pass
        finally:
            db.close()

    async def stream(self, is_disconnected: Callable[[], Any], ping_s: float = 15.0):
        """Server-sent events for one browser: ``event: state`` with the snapshot JSON, a comment
        line every ``ping_s`` seconds to keep proxies from closing the stream."""
        q = self.subscribe()
        try:
            yield "retry: 2000\n\n"
            while not self.closed:
                try:
                    item = await asyncio.wait_for(q.get(), ping_s)
                except asyncio.TimeoutError:
                    if await is_disconnected():
                        return
                    yield ": ping\n\n"
                    continue
                if item is _CLOSED:
                    return
                yield f"event: state\ndata: {item}\n\n"
        finally:
            self.unsubscribe(q)
