"""Claims and attempt records: the database side of dialing (sync, short transactions).

A claim is a ``calls`` row (``status='claimed'``, ``claimed_by='host:pid'``, ``heartbeat_at``)
inserted inside ``BEGIN IMMEDIATE`` after re-running eligibility, so overlapping dialers (cron
every minute, several hosts on one file) can never claim one lead twice; a partial unique index
(``calls_one_live_per_lead``) makes the database refuse it as well. Concurrency ``K`` counts every
live call of the campaign in the database, whoever owns it. The dial-rate limit ``R`` is global
too: each claim gets a rate slot ``dial_at`` spaced ``1/R`` s after the campaign's previous slot.

A claim left by a dead process is recovered (``status='interrupted'``) when its owner on this host
no longer exists or its heartbeat is older than the claim timeout; an answered call is only
recovered after ``max_call_duration`` (the SIP layer ends the call by then). A recovered claim that
never dialed is not an attempt; one that dialed is an ``interrupted`` attempt with a retry time.

The async loop that drives the calls is :mod:`customario.dialing.loop`.
"""

from __future__ import annotations

import contextlib
import fcntl
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from customario.store.owners import dead_local_owner, owner_id  # noqa: F401 (owner_id is re-exported)
from customario.store.db import immediate, json_col
from customario.dialing.eligibility import Lead, Rules, pick_eligible
from customario.errors import LockedError

LIVE_STATUSES = ("claimed", "dialing", "ringing", "in-progress")
_LIVE_SQL = "('claimed', 'dialing', 'ringing', 'in-progress')"
# Dials are spaced 1.05/R apart: the 5 % leaves ~50 ms for request delivery jitter, so no 1-second
# window at the server ever sees more than R dials.
RATE_FACTOR = 1.05


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="microseconds")


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def room_name_for(call_id: int) -> str:
    """The LiveKit room of call ``call_id`` (the agent worker finds the call from it too)."""
    return f"customario-call-{call_id}"


@dataclass
class Claim:
    """A claimed lead: the ``calls`` row id, the lead, its room and its rate slot (UTC)."""

    call_id: int
    lead: Lead
    room_name: str
    dial_at: datetime
    attempt: int


def live_calls(db: Database, campaign: str) -> int:
    """Live outbound phone calls of ``campaign`` in the database (all processes)."""
    return db.execute(
        f"SELECT COUNT(*) FROM calls WHERE campaign = ? AND status IN {_LIVE_SQL} "
        "AND direction = 'outbound' AND channel = 'phone'",
        [campaign],
    ).fetchone()[0]


def recover_stale(
    db: Database,
    campaign: str | None,
    *,
    now: datetime,
    claim_timeout_s: float,
    call_timeout_s: float,
    host: str | None = None,
) -> int:
    """Mark live calls whose owner died as ``interrupted``; returns how many. Joins the caller's
    transaction. Claimed/dialing rows: owner pid gone on this host, or heartbeat older than
    ``claim_timeout_s``. Answered rows: heartbeat older than ``call_timeout_s``."""
    host = host or socket.gethostname()
    sql = (
        f"SELECT id, status, claimed_by, heartbeat_at, started_at FROM calls WHERE status IN {_LIVE_SQL} "
        "AND direction = 'outbound' AND channel = 'phone'"
    )
    params: list = []
    if campaign:
        sql += " AND campaign = ?"
        params.append(campaign)
    stale_claim = iso(now - timedelta(seconds=claim_timeout_s))
    stale_call = iso(now - timedelta(seconds=call_timeout_s))
    n = 0
    for cid, status, owner, hb, _started in db.execute(sql, params).fetchall():
        if status == "in-progress":
            dead = (hb or "") < stale_call
        else:
            dead = dead_local_owner(owner, host) or (hb or "") < stale_claim
        if not dead:
            continue
        n += 1
        db.execute(
            """UPDATE calls SET status = 'interrupted', ended_at = ?,
                   disposition = CASE WHEN started_at IS NULL THEN NULL ELSE COALESCE(disposition, 'interrupted') END,
                   next_attempt_at = CASE WHEN started_at IS NULL THEN NULL ELSE ? END,
                   error = COALESCE(error || '; ', '') || ?
               WHERE id = ?""",
            [iso(now), iso(now), f"owner {owner} stopped heartbeating; claim recovered", cid],
        )
    return n


def claim_leads(
    db: Database,
    rules: Rules,
    *,
    campaign_id: int | None,
    n: int,
    concurrency: int,
    cps: float,
    owner: str,
    now: datetime | None = None,
    list_id: int | None = None,
    exclude=(),
    trunk_id: str | None = None,
    claim_timeout_s: float = 900.0,
    call_timeout_s: float = 1020.0,
    stack: str | None = None,
    recovered: list[int] | None = None,
) -> tuple[list[Claim], int]:
    """Atomically claim up to ``n`` eligible leads, never more than ``concurrency`` live calls in
    the campaign. Returns (claims, free slots before claiming). One ``BEGIN IMMEDIATE``. The number
    of stale claims recovered on the way is appended to ``recovered`` when given."""
    now = now or now_utc()
    spacing = RATE_FACTOR / cps
    with immediate(db):
        n_recovered = recover_stale(
            db, rules.campaign, now=now, claim_timeout_s=claim_timeout_s, call_timeout_s=call_timeout_s
        )
        if recovered is not None:
            recovered.append(n_recovered)
        free = concurrency - live_calls(db, rules.campaign)
        if free <= 0 or n <= 0:
            return [], max(free, 0)
        leads = pick_eligible(db, rules, limit=min(n, free), now=now, list_id=list_id, exclude=exclude)
        last = db.execute("SELECT MAX(dial_at) FROM calls WHERE campaign = ?", [rules.campaign]).fetchone()[0]
        slot = now if not last else max(now, datetime.fromisoformat(last) + timedelta(seconds=spacing))
        claims: list[Claim] = []
        for lead in leads:
            meta = {"source": lead.source}
            if lead.callback_id:
                meta["callback_id"] = lead.callback_id
            call_id = db.execute(
                """INSERT INTO calls (campaign_id, campaign, contact_id, list_id, channel, direction, status,
                       attempt, trunk_id, stack, claimed_by, heartbeat_at, created_at, dial_at, metadata)
                   VALUES (?, ?, ?, ?, 'phone', 'outbound', 'claimed', ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    campaign_id,
                    rules.campaign,
                    lead.contact_id,
                    list_id,
                    lead.attempts + 1,
                    trunk_id,
                    stack,
                    owner,
                    iso(now),
                    iso(now),
                    iso(slot),
                    json_col(meta),
                ],
            ).lastrowid
            room = room_name_for(call_id)
            db.execute("UPDATE calls SET room_name = ? WHERE id = ?", [room, call_id])
            if lead.callback_id:
                db.execute("UPDATE callbacks SET status = 'dialed' WHERE id = ?", [lead.callback_id])
            claims.append(Claim(call_id, lead, room, slot, lead.attempts + 1))
            slot = slot + timedelta(seconds=spacing)
    return claims, free


def release_claim(db: Database, call_id: int, reason: str, *, now: datetime | None = None) -> None:
    """Give a claim back without dialing (not an attempt): DNC added, window closed, stopping."""
    now = now or now_utc()
    with immediate(db):
        row = db.execute("SELECT metadata FROM calls WHERE id = ?", [call_id]).fetchone()
        db.execute(
            "UPDATE calls SET status = 'skipped', ended_at = ?, error = ? WHERE id = ? AND status = 'claimed'",
            [iso(now), f"not dialed: {reason}", call_id],
        )
        import json

        cb = json.loads(row[0] or "{}").get("callback_id") if row else None
        if cb and reason != "dnc":
            db.execute("UPDATE callbacks SET status = 'pending' WHERE id = ? AND status = 'dialed'", [cb])


def release_not_placed(db: Database, call_id: int, error: str, *, now: datetime | None = None) -> None:
    """LiveKit failed before anyone was called (unreachable, 5xx, timeout, credentials): the row is
    ``skipped`` with ``started_at`` cleared, so it is not an attempt (``dial_state.attempts`` counts
    rows with ``started_at``) and the lead is eligible again at once. A pending callback stays pending."""
    now = now or now_utc()
    with immediate(db):
        row = db.execute("SELECT metadata FROM calls WHERE id = ?", [call_id]).fetchone()
        db.execute(
            f"""UPDATE calls SET status = 'skipped', started_at = NULL, disposition = NULL, next_attempt_at = NULL,
                           ended_at = ?, error = ? WHERE id = ? AND status IN {_LIVE_SQL}""",
            [iso(now), f"not placed: {error}", call_id],
        )
        import json

        cb = json.loads(row[0] or "{}").get("callback_id") if row else None
        if cb:
            db.execute("UPDATE callbacks SET status = 'pending' WHERE id = ? AND status = 'dialed'", [cb])


def orphaned_answered(
    db: Database, campaign: str, *, now: datetime, stale_s: float, exclude=(), host: str | None = None
) -> list[tuple[int, str]]:
    """``(call_id, room_name)`` of answered (``in-progress``) outbound calls of ``campaign`` that no
    live process looks after: owner dead on this host, or ``heartbeat_at`` older than ``stale_s``.
    The caller checks LiveKit for their rooms. Read-only."""
    host = host or socket.gethostname()
    stale = iso(now - timedelta(seconds=stale_s))
    out = []
    for cid, room, owner, hb in db.execute(
        "SELECT id, room_name, claimed_by, heartbeat_at FROM calls WHERE campaign = ? AND status = 'in-progress'"
        " AND direction = 'outbound' AND channel = 'phone' AND room_name IS NOT NULL",
        [campaign],
    ).fetchall():
        if cid in exclude:
            continue
        if dead_local_owner(owner, host) or (hb or "") < stale:
            out.append((cid, room))
    return out


def mark_dialing(db: Database, call_id: int, *, now: datetime | None = None) -> None:
    """The dial request is about to be sent: from now on the row is an attempt."""
    now = now or now_utc()
    with immediate(db):
        db.execute(
            "UPDATE calls SET status = 'dialing', started_at = ?, heartbeat_at = ? WHERE id = ?",
            [iso(now), iso(now), call_id],
        )


def start_dial(db: Database, call_id: int, campaign: str, *, cps: float) -> float:
    """Mark the call ``dialing`` (an attempt from now on) unless the campaign's previous dial, by any
    process, started less than ``1.05/cps`` seconds ago; then return the seconds to wait and write
    nothing. The check and the write are one ``BEGIN IMMEDIATE``, so the rate holds across dialers."""
    gap = RATE_FACTOR / cps
    with immediate(db):
        now = now_utc()
        last = db.execute(
            "SELECT MAX(started_at) FROM calls WHERE campaign = ? AND channel = 'phone' AND direction = 'outbound'",
            [campaign],
        ).fetchone()[0]
        if last:
            wait = gap - (now - datetime.fromisoformat(last)).total_seconds()
            if wait > 0:
                return wait
        db.execute(
            "UPDATE calls SET status = 'dialing', started_at = ?, heartbeat_at = ? WHERE id = ?",
            [iso(now), iso(now), call_id],
        )
    return 0.0


def record_dial_result(
    db: Database,
    call_id: int,
    rules: Rules,
    *,
    disposition: str,
    sip_status: int | None,
    sip_status_text: str | None,
    error: str | None,
    sip_call_id: str | None = None,
    now: datetime | None = None,
) -> str | None:
    """Record the result of the dial request. ``answered`` → status ``in-progress``; anything else
    ends the attempt with its disposition and ``next_attempt_at`` from the back-off rules (None =
    never). Returns the next attempt time (ISO) or None."""
    now = now or now_utc()
    with immediate(db):
        if disposition == "answered":
            db.execute(
                # The worker may have seen the participant go active first (it then started the
                # conversation and timed the first audio from that answer): keep the first answer time.
                """UPDATE calls SET status = 'in-progress', answered_at = COALESCE(answered_at, ?), sip_status = ?, sip_status_text = ?,
                              sip_call_id = ?, heartbeat_at = ? WHERE id = ?""",
                [iso(now), sip_status, sip_status_text, sip_call_id, iso(now), call_id],
            )
            return None
        backoff = rules.backoff_for(disposition)
        nxt = iso(now + timedelta(seconds=backoff)) if backoff is not None else None
        db.execute(
            """UPDATE calls SET status = ?, disposition = ?, sip_status = ?, sip_status_text = ?, error = ?,
                   ended_at = ?, duration_s = 0, next_attempt_at = ?, heartbeat_at = ?, answered_at = NULL WHERE id = ?""",
            [
                "failed" if disposition == "failed" else "ended",
                disposition,
                sip_status,
                sip_status_text,
                error,
                iso(now),
                nxt,
                iso(now),
                call_id,
            ],
        )
        return nxt


def finish_answered(
    db: Database, call_id: int, rules: Rules, *, now: datetime | None = None, note: str | None = None
) -> str | None:
    """The room of an answered call is gone (or the call hit its limit): end the row if the agent
    worker has not. Keeps the worker's disposition; ``answered`` when it set none. Returns it."""
    now = now or now_utc()
    with immediate(db):
        row = db.execute("SELECT status, disposition, answered_at FROM calls WHERE id = ?", [call_id]).fetchone()
        if row is None:
            return None
        status, disp, answered_at = row
        if status not in LIVE_STATUSES:
            return disp
        disp = disp or "answered"
        dur = (now - datetime.fromisoformat(answered_at)).total_seconds() if answered_at else None
        backoff = rules.backoff_for(disp)
        db.execute(
            """UPDATE calls SET status = 'ended', disposition = ?, ended_at = ?, duration_s = ?,
                   next_attempt_at = COALESCE(next_attempt_at, ?), error = COALESCE(?, error) WHERE id = ?""",
            [
                disp,
                iso(now),
                dur,
                iso(now + timedelta(seconds=backoff)) if backoff is not None else None,
                note,
                call_id,
            ],
        )
        return disp


def record_interrupted(db: Database, call_id: int, rules: Rules, *, error: str, now: datetime | None = None) -> None:
    """The dialer was stopped hard while this call was dialing: an ``interrupted`` attempt."""
    now = now or now_utc()
    backoff = rules.backoff_for("interrupted")
    with immediate(db):
        db.execute(
            f"""UPDATE calls SET status = 'interrupted', disposition = COALESCE(disposition, 'interrupted'),
                   ended_at = ?, error = ?, next_attempt_at = ? WHERE id = ? AND status IN {_LIVE_SQL}""",
            [iso(now), error, iso(now + timedelta(seconds=backoff)) if backoff is not None else None, call_id],
        )


def heartbeat(db: Database, call_ids: list[int], *, now: datetime | None = None) -> None:
    """Refresh ``heartbeat_at`` of this process's live calls (one short transaction)."""
    if not call_ids:
        return
    now = now or now_utc()
    with immediate(db):
        db.execute(
            f"UPDATE calls SET heartbeat_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND status IN {_LIVE_SQL}",
            [iso(now), json_col(call_ids)],
        )


def call_states(db: Database, call_ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """``{call_id: (status, disposition)}`` for the given calls."""
    if not call_ids:
        return {}
    rows = db.execute(
        "SELECT id, status, disposition FROM calls WHERE id IN (SELECT value FROM json_each(?))", [json_col(call_ids)]
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


@contextlib.contextmanager
def campaign_lock(db_path: str, campaign: str) -> Iterator[Path]:
    """Hold the campaign's dial lock (an ``fcntl`` lock on ``<db>.dial-<campaign>.lock``) for the
    block. The kernel releases it when the process dies, so a killed dialer never blocks cron.
    Raises LockedError (exit 75) when another process holds it."""
    path = Path(str(db_path) + f".dial-{campaign}.lock")
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise LockedError(
                f"another dial run holds the lock of campaign {campaign} ({holder})",
                "Nothing to do: that run keeps dialing. Use --no-lock to run dialers side by side",
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(owner_id())
        fh.flush()
        try:
            yield path
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)
    finally:
        fh.close()
