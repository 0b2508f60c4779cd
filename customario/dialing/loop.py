"""The dial loop: claims leads, paces dials, watches answered calls, stops cleanly (asyncio).

:class:`DialRun` is what ``customario dial`` and ``survey run --via phone`` run. It never holds
more than ``concurrency`` live calls in the campaign (counted in the database), never dials faster
than ``cps`` (global rate slots, see :mod:`customario.dialing.claims`), and records every attempt. With
``wait`` it keeps claiming while leads are or become eligible (calls ending, zones opening,
back-offs ending within :data:`WAIT_HORIZON_S`) and stops when nothing is eligible or every
window has closed; without it, it dials the leads eligible at the start. Setting
``stop`` (the CLI does it on SIGINT/SIGTERM, the run itself after ``max_runtime_s``) stops new dials: claims still waiting for their slot
are released, dial requests in flight are recorded, answered calls are watched for ``grace_s``
seconds and then left to the agent worker (it records their end; a dead worker's call is recovered
after ``max_call_duration``). Setting ``hard_stop`` cancels everything and records dials in flight
as ``interrupted``.

LiveKit failing (unreachable, 5xx, timeouts, rejected credentials, a trunk that vanished) is not an
attempt: the claim is given back and the lead keeps its attempts; after
:data:`BREAKER_FAILURES` such failures in a row (or one that retrying cannot fix) the run stops
with ``stopped = "outage"`` (the CLI exits 5 with one line). Every run ends within
``max_runtime_s + grace_s + 15`` seconds.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Callable

from sqlite_utils import Database

from customario.dialing import claims as d
from customario.dialing.eligibility import Rules, count_reasons, next_due, still_eligible, window_closes_in
from customario.render.tables import mask_phone

log = logging.getLogger("customario.dialing.claims")

# ``--wait`` sleeps for a lead whose back-off or callback ends at most this far ahead (seconds);
# anything later is the next cron run's work.
WAIT_HORIZON_S = 60.0
# A run stops dialing after this long (seconds) unless ``--max-runtime`` says otherwise; answered
# calls then get the grace period and are handed to the agent worker. Cron starts the next run.
DEFAULT_MAX_RUNTIME_S = 3600.0
# Consecutive infrastructure failures (LiveKit unreachable, 5xx, timeouts) that open the circuit
# breaker: the run stops with exit 5 instead of burning through the lead list.
BREAKER_FAILURES = 3
# Answered calls of other processes whose row has not been refreshed for this long (seconds; the
# dialer beats every 5 s, the agent worker every 30 s) are checked against LiveKit's room list.
ORPHAN_AFTER_S = 75.0
# The watch loop failing without a break for this long (seconds) is an outage too: the run stops
# (exit 5) instead of waiting for --max-runtime with every concurrency slot held.
OUTAGE_AFTER_S = 30.0


@dataclass
class DialOptions:
    """Options of one run. Durations in seconds, ``cps`` calls per second."""

    campaign_id: int | None
    agent_name: str
    trunk_id: str
    caller_id: str | None = None
    list_id: int | None = None
    limit: int | None = None
    concurrency: int = 2
    cps: float = 1.0
    wait: bool = False
    ringing_timeout_s: float = 30.0
    max_call_duration_s: float = 900.0
    claim_timeout_s: float = 900.0
    grace_s: float = 30.0
    poll_s: float = 0.5
    stack: str | None = None
    extra_metadata: dict = field(default_factory=dict)
    max_runtime_s: float = DEFAULT_MAX_RUNTIME_S
    breaker_failures: int = BREAKER_FAILURES
    outage_after_s: float = OUTAGE_AFTER_S


@dataclass
class DialSummary:
    """What a run did. ``skipped`` counts leads excluded at the start, per reason; ``not_dialed``
    claims given back (DNC added mid-run, window closed, stopping)."""

    campaign: str
    started_at: str = ""
    finished_at: str = ""
    dialed: int = 0
    answered: int = 0
    dispositions: Counter = field(default_factory=Counter)
    skipped: dict = field(default_factory=dict)
    not_dialed: Counter = field(default_factory=Counter)
    recovered: int = 0
    closed_vanished: int = 0
    not_placed: int = 0
    stopped: str = "done"
    error: str | None = None
    abandonment_rate: float | None = None  # the campaign's last 30 days (16 CFR 310.4(b)(4)) when the run started
    paced: dict | None = None  # {"concurrency", "cps", "from"} when over the 3 % cap

    @property
    def failed(self) -> int:
        return self.dispositions.get("failed", 0) + self.dispositions.get("interrupted", 0)

    def as_dict(self) -> dict:
        disp = self.dispositions
        return {
            "campaign": self.campaign,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "dialed": self.dialed,
            "answered": self.answered,
            "busy": disp.get("busy", 0),
            "no_answer": disp.get("no-answer", 0),
            "declined": disp.get("declined", 0),
            "invalid_number": disp.get("invalid-number", 0),
            "voicemail": disp.get("voicemail", 0),
            "failed": self.failed,
            "dispositions": dict(sorted(disp.items())),
            "skipped": {k: v for k, v in self.skipped.items() if v},
            "not_dialed": dict(self.not_dialed),
            "recovered_claims": self.recovered,
            "closed_vanished_rooms": self.closed_vanished,
            "not_placed_outage": self.not_placed,
            "stopped": self.stopped,
            "error": self.error,
            "abandonment_rate": self.abandonment_rate,
            "paced_for_abandonment": self.paced,
        }


class _Watch:
    __slots__ = ("claim", "future", "answered_at")

    def __init__(self, claim: d.Claim, future: asyncio.Future, answered_at: datetime):
        self.claim, self.future, self.answered_at = claim, future, answered_at


class DialRun:
    """One dial run over one campaign. ``tel`` is an entered :class:`customario.adapters.livekit_api.LiveKit`
    (or anything with ``prepare_call``, ``dial``, ``list_rooms``, ``delete_room``, ``cleanup_room``)."""

    def __init__(
        self,
        db: Database,
        rules: Rules,
        tel: Any,
        opts: DialOptions,
        *,
        stop: asyncio.Event | None = None,
        hard_stop: asyncio.Event | None = None,
        owner: str | None = None,
        on_event: Callable[[str], None] | None = None,
    ):
        self.db, self.rules, self.tel, self.opts = db, rules, tel, opts
        self.stop = stop or asyncio.Event()
        self.hard_stop = hard_stop or asyncio.Event()
        self.owner = owner or d.owner_id()
        self.summary = DialSummary(rules.campaign)
        self.on_event = on_event or (lambda msg: None)
        self.tasks: set[asyncio.Task] = set()
        self.local_calls: set[int] = set()
        self.watch: dict[int, _Watch] = {}
        self.dialed_contacts: set[int] = set()
        self.changed = asyncio.Event()
        self.fatal: str | None = None
        self.stop_reason: str | None = None  # max-runtime | outage | None (signal)
        self.infra_streak = 0
        self.poll_failing: str | None = None
        self._recovered: list[int] = []

    # -- main loop -------------------------------------------------------------------------------
    async def run(self) -> DialSummary:
        o = self.opts
        self.summary.started_at = d.iso(d.now_utc())
        with d.immediate(self.db):  # claims of dead dialers first, so their leads count as eligible
            self._recovered.append(
                d.recover_stale(
                    self.db,
                    self.rules.campaign,
                    now=d.now_utc(),
                    claim_timeout_s=o.claim_timeout_s,
                    call_timeout_s=o.max_call_duration_s + 120,
                )
            )
        counts = count_reasons(self.db, self.rules, list_id=o.list_id)
        self.summary.skipped = {k: v for k, v in counts.items() if k != "eligible"}
        self._pace_for_abandonment()
        budget = o.limit if o.limit is not None else math.inf
        if not o.wait:
            budget = min(budget, counts.get("eligible", 0))
        claimed = 0
        burst = max(1, min(int(o.cps * 2) + 1, 50))
        poller = asyncio.create_task(self._poll_loop())
        hard = asyncio.create_task(self.hard_stop.wait())
        timer = asyncio.create_task(self._runtime_limit())
        try:
            await self._close_vanished(initial=True)
            while not self.stop.is_set() and not self.fatal and claimed < budget:
                claims, free = d.claim_leads(
                    self.db,
                    self.rules,
                    campaign_id=o.campaign_id,
                    n=int(min(budget - claimed, burst)),
                    concurrency=o.concurrency,
                    cps=o.cps,
                    owner=self.owner,
                    list_id=o.list_id,
                    exclude=() if o.wait else self.dialed_contacts,
                    trunk_id=o.trunk_id,
                    claim_timeout_s=o.claim_timeout_s,
                    call_timeout_s=o.max_call_duration_s + 120,
                    stack=o.stack,
                    recovered=self._recovered,
                )
                for claim in claims:
                    claimed += 1
                    self.dialed_contacts.add(claim.lead.contact_id)
                    self.local_calls.add(claim.call_id)
                    task = asyncio.create_task(self._call(claim))
                    self.tasks.add(task)
                    task.add_done_callback(self._task_done)
                if claims:
                    # Claim again shortly before the last slot is due, so slots stay close to now.
                    lead_time = (claims[-1].dial_at - d.now_utc()).total_seconds() - 0.05
                    await self._wait_change(max(lead_time, 0.0), wake_on_change=False)
                    continue
                if free <= 0:
                    await self._wait_change(o.poll_s)
                    continue
                if not o.wait:
                    break
                if window_closes_in(self.db, self.rules) is None:
                    self.summary.stopped = "window-closed"
                    break
                if self.tasks:  # calls still in flight may free leads (and slots): look again when one ends
                    await self._wait_change(o.poll_s)
                    continue
                due = next_due(self.db, self.rules)
                wait_s = None if due is None else (due - d.now_utc()).total_seconds()
                if wait_s is None or wait_s > WAIT_HORIZON_S:
                    break  # nothing eligible now or within the horizon
                await self._wait_change(max(0.2, wait_s))
            if claimed >= budget and o.limit is not None and claimed >= o.limit:
                self.summary.stopped = "limit"
            await self._drain()
        finally:
            poller.cancel()
            hard.cancel()
            timer.cancel()
            for t in list(self.tasks):
                t.cancel()
            if self.tasks:
                await asyncio.gather(*self.tasks, return_exceptions=True)
            await asyncio.gather(poller, hard, timer, return_exceptions=True)
        self.summary.recovered = sum(self._recovered)
        if self.stop.is_set():
            self.summary.stopped = self.stop_reason or "signal"
        if self.fatal:
            self.summary.stopped = "outage" if self.stop_reason == "outage" else "error"
            self.summary.error = self.fatal
        self.summary.finished_at = d.iso(d.now_utc())
        return self.summary

    def _pace_for_abandonment(self) -> None:
        """Over the Telemarketing Sales Rule's cap (more than 3 % of the campaign's answered calls in
        30 days abandoned, 16 CFR 310.4(b)(4)): halve ``concurrency`` and ``cps`` for this run, so fewer
        answered calls wait for a free agent. See :mod:`customario.dialing.abandonment`."""
        from customario.dialing.abandonment import campaign_abandonment, paced_for_abandonment

        o = self.opts
        ab = campaign_abandonment(self.db, self.rules.campaign)
        self.summary.abandonment_rate = ab["rate"]
        if not ab["over_cap"]:
            return
        k, r = paced_for_abandonment(o.concurrency, o.cps)
        self.summary.paced = {"concurrency": k, "cps": r, "from": {"concurrency": o.concurrency, "cps": o.cps}}
        self.on_event(
            f"Abandonment {ab['rate']:.1%} of {ab['answered']} answered calls in 30 days is over the 3 % cap "
            f"(16 CFR 310.4(b)(4)): dialing slower, --concurrency {o.concurrency} -> {k}, --cps {o.cps:g} -> {r:g}."
        )
        o.concurrency, o.cps = k, r

    async def _runtime_limit(self) -> None:
        """Stop new dials after ``max_runtime_s``; abort whatever is left ``grace_s + 15`` s later, so
        every run ends within ``max_runtime_s + grace_s + 15`` seconds whatever LiveKit does."""
        await asyncio.sleep(self.opts.max_runtime_s)
        if not self.stop.is_set():
            self.stop_reason = self.stop_reason or "max-runtime"
            self.on_event(f"Stopping: --max-runtime {self.opts.max_runtime_s:.0f} s reached; no new dials.")
            self.stop.set()
        await asyncio.sleep(self.opts.grace_s + 15.0)
        self.hard_stop.set()

    async def _drain(self) -> None:
        """Wait for the run's calls; after a stop (or an outage), answered calls get ``grace_s`` more
        seconds of watching, then they are left to the agent worker."""
        stop_deadline: float | None = None
        loop = asyncio.get_running_loop()
        while self.tasks:
            if self.hard_stop.is_set():
                for t in list(self.tasks):
                    t.cancel()
                await asyncio.gather(*self.tasks, return_exceptions=True)
                return
            if (self.stop.is_set() or self.fatal) and stop_deadline is None:
                stop_deadline = loop.time() + self.opts.grace_s
            if stop_deadline is not None and loop.time() >= stop_deadline:
                for w in list(self.watch.values()):
                    if not w.future.done():
                        w.future.set_result(None)  # handed off to the agent worker
            await self._wait_change(self.opts.poll_s)

    def _task_done(self, task: asyncio.Task) -> None:
        self.tasks.discard(task)
        self.changed.set()
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            log.error("dial task failed: %s: %s", type(exc).__name__, exc)
            self.fatal = self.fatal or f"internal error: {type(exc).__name__}: {exc}"

    async def _wait_change(self, timeout: float, wake_on_change: bool = True) -> None:
        self.changed.clear()
        waits = [asyncio.ensure_future(self.stop.wait()), asyncio.ensure_future(self.hard_stop.wait())]
        if wake_on_change:
            waits.append(asyncio.ensure_future(self.changed.wait()))
        try:
            await asyncio.wait(waits, timeout=max(timeout, 0), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waits:
                w.cancel()

    async def _sleep_until(self, when: datetime) -> bool:
        """Sleep until ``when``; False when a stop arrives first."""
        delay = (when - d.now_utc()).total_seconds()
        if delay <= 0:
            return not self.stop.is_set()
        try:
            await asyncio.wait_for(self.stop.wait(), delay)
            return False
        except asyncio.TimeoutError:
            return True

    # -- one call --------------------------------------------------------------------------------
    async def _call(self, claim: d.Claim) -> None:
        from customario.adapters.livekit_api import CallRequest, DialResult

        o, lead = self.opts, claim.lead
        started = False
        req = CallRequest(
            call_id=claim.call_id,
            to=lead.e164,
            trunk_id=o.trunk_id,
            agent_name=o.agent_name,
            room_name=claim.room_name,
            caller_id=o.caller_id,
            ringing_timeout_s=o.ringing_timeout_s,
            max_call_duration_s=o.max_call_duration_s,
            metadata={
                "campaign": self.rules.campaign,
                "campaign_id": o.campaign_id,
                "contact_id": lead.contact_id,
                "ringing_timeout_s": o.ringing_timeout_s,
                **o.extra_metadata,
            },
        )
        try:
            reason = None if not self.fatal else "run aborted"
            reason = reason or still_eligible(
                self.db, self.rules, lead.contact_id, lead.e164, lead.timezone, callback=lead.source == "callback"
            )
            if reason:
                return self._release(claim, reason)
            lead_s = min(2.0, 1.0 / max(o.cps, 0.1))
            if not await self._sleep_until(claim.dial_at - timedelta(seconds=lead_s)):
                return self._release(claim, "stopping")
            result = await self.tel.prepare_call(req)  # room + dispatch, before the rate slot
            if result is None:
                late_reason = still_eligible(
                    self.db, self.rules, lead.contact_id, lead.e164, lead.timezone, callback=lead.source == "callback"
                )
                if late_reason or not await self._sleep_until(claim.dial_at) or not await self._rate_slot(claim):
                    await self.tel.cleanup_room(claim.room_name)  # nobody was called
                    return self._release(claim, late_reason or "stopping")
                started = True
                result = await self.tel.dial(req)
            assert isinstance(result, DialResult)
            if result.infra:  # LiveKit failed: nobody was called, so this is not an attempt
                started = False
                return self._not_placed(claim, result)
            self.infra_streak = 0
            self.summary.dialed += 1
            nxt = d.record_dial_result(
                self.db,
                claim.call_id,
                self.rules,
                disposition=result.disposition,
                sip_status=result.sip_status,
                sip_status_text=result.sip_status_text,
                error=result.error,
                sip_call_id=result.sip_call_id,
            )
            self.on_event(
                f"call {claim.call_id} to {mask_phone(lead.e164)}: {result.disposition}"
                + (f" (SIP {result.sip_status})" if result.sip_status and not result.answered else "")
                + (f" - {result.error}" if result.error and not result.sip_status else "")
                + (f"; next attempt after {nxt[:16]}Z" if nxt else "")
            )
            if not result.answered:
                self.summary.dispositions[result.disposition] += 1
                return
            self.summary.answered += 1
            fut = asyncio.get_running_loop().create_future()
            self.watch[claim.call_id] = _Watch(claim, fut, d.now_utc())
            disp = await fut
            self.watch.pop(claim.call_id, None)
            self.summary.dispositions[disp or "in-progress"] += 1
            if disp:
                self.on_event(f"call {claim.call_id} to {mask_phone(lead.e164)} ended: {disp}")
        except asyncio.CancelledError:
            if started:
                await asyncio.shield(self._interrupt(claim))
            else:
                self._release(claim, "stopping")
            raise
        finally:
            self.local_calls.discard(claim.call_id)

    async def _rate_slot(self, claim: d.Claim) -> bool:
        """Wait until the global dial rate allows this dial, then mark it dialing. False on stop."""
        while True:
            wait = d.start_dial(self.db, claim.call_id, self.rules.campaign, cps=self.opts.cps)
            if wait <= 0:
                return True
            if not await self._sleep_until(d.now_utc() + timedelta(seconds=wait)):
                return False

    async def _interrupt(self, claim: d.Claim) -> None:
        d.record_interrupted(self.db, claim.call_id, self.rules, error="dialer stopped while the call was dialing")
        self.summary.dispositions["interrupted"] += 1
        try:
            await self.tel.cleanup_room(claim.room_name, 2.0)
        except Exception:  # best effort
            pass

    def _not_placed(self, claim: d.Claim, result: Any) -> None:
        """An infrastructure failure: give the claim back (the lead keeps its attempts and is eligible
        again as soon as LiveKit answers) and count towards the circuit breaker."""
        d.release_not_placed(self.db, claim.call_id, result.error or "LiveKit unavailable")
        self.summary.not_placed += 1
        self.summary.not_dialed["livekit-unavailable"] += 1
        self.infra_streak += 1
        if not self.fatal and (result.fatal or self.infra_streak >= self.opts.breaker_failures):
            self.stop_reason = "outage"
            self.fatal = (
                result.error
                if result.fatal
                else f"LiveKit failed {self.infra_streak} times in a row ({result.error}); no lead lost an attempt"
            )
            self.stop.set()  # claims waiting for their slot are given back; answered calls get the grace period
            self.changed.set()
        self.on_event(f"call {claim.call_id} to {mask_phone(claim.lead.e164)} not placed: {result.error}")

    def _release(self, claim: d.Claim, reason: str) -> None:
        d.release_claim(self.db, claim.call_id, reason)
        self.summary.not_dialed[reason] += 1
        self.on_event(f"call {claim.call_id} to {mask_phone(claim.lead.e164)} not dialed: {reason}")

    # -- watching answered calls -----------------------------------------------------------------
    async def _poll_loop(self) -> None:
        """Every ``poll_s``: end answered calls whose row the worker closed or whose room is gone,
        hang up calls past ``max_call_duration``, close answered calls of dead processes whose room
        vanished, and heartbeat this process's live calls. Its own request errors never end it: one
        WARNING when they start, one INFO when LiveKit answers again, and it polls less often
        meanwhile (up to every 10 s)."""
        last_beat = 0.0
        last_orphans = 0.0
        loop = asyncio.get_running_loop()
        delay = self.opts.poll_s
        failing_since: float | None = None
        while True:
            await asyncio.sleep(delay)
            try:
                await self._poll_once()
                if loop.time() - last_orphans >= 15.0:
                    last_orphans = loop.time()
                    await self._close_vanished()
                if self.poll_failing:
                    log.info("watching calls works again (LiveKit answers)")
                self.poll_failing, delay, failing_since = None, self.opts.poll_s, None
            except Exception as exc:  # keep watching: a LiveKit hiccup must not orphan calls
                text = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
                if self.poll_failing is None:
                    log.warning("watching calls failed, will keep trying: %s", text)
                    failing_since = loop.time()
                self.poll_failing, delay = text, min(max(delay * 2, self.opts.poll_s), 10.0)
                if loop.time() - failing_since >= self.opts.outage_after_s and not self.fatal:
                    self.stop_reason = "outage"
                    self.fatal = f"LiveKit has not answered for {loop.time() - failing_since:.0f} s ({text})"
                    self.stop.set()
                    self.changed.set()
            if loop.time() - last_beat >= 5.0:
                try:
                    d.heartbeat(self.db, sorted(self.local_calls))
                    last_beat = loop.time()
                except Exception as exc:  # a locked database: beat at the next turn
                    log.debug("heartbeat failed: %s", exc)

    async def _poll_once(self) -> None:
        open_watch = {cid: w for cid, w in self.watch.items() if not w.future.done()}
        if not open_watch:
            return
        states = d.call_states(self.db, list(open_watch))
        for cid, (status, disp) in states.items():
            if status not in d.LIVE_STATUSES:
                open_watch.pop(cid).future.set_result(disp or status)
        if not open_watch:
            return
        now = d.now_utc()
        rooms = {r["name"] for r in await self.tel.list_rooms([w.claim.room_name for w in open_watch.values()])}
        for cid, w in open_watch.items():
            over = (now - w.answered_at).total_seconds() > self.opts.max_call_duration_s + 30
            if over:
                await self.tel.cleanup_room(w.claim.room_name)
                w.future.set_result(d.finish_answered(self.db, cid, self.rules, note="ended after max_call_duration"))
            elif w.claim.room_name not in rooms:
                w.future.set_result(d.finish_answered(self.db, cid, self.rules))

    async def _close_vanished(self, initial: bool = False) -> None:
        """Answered calls of the campaign that no live process watches (a killed dialer, a dead
        worker) and whose LiveKit room no longer exists are ended now instead of holding a
        concurrency slot until ``max_call_duration``. ``initial``: errors are left to the poll loop."""
        candidates = d.orphaned_answered(
            self.db, self.rules.campaign, now=d.now_utc(), stale_s=ORPHAN_AFTER_S, exclude=set(self.watch)
        )
        if not candidates:
            return
        try:
            rooms = {r["name"] for r in await self.tel.list_rooms([room for _, room in candidates])}
        except Exception:
            if initial:
                return
            raise
        for cid, room in candidates:
            if room not in rooms:
                d.finish_answered(
                    self.db, cid, self.rules, note=f"room {room} no longer exists; closed by {self.owner}"
                )
                self.summary.closed_vanished += 1
                self.on_event(f"call {cid}: its room is gone; closed")
        self.changed.set()
