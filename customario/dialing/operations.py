"""Core behind the dialing commands: resolving a dial run, monitoring, hang-up, doctor checks.

Functions take a Database and plain values (settings passed in), raise CustomarioErrors and never
print. The LiveKit adapter is imported inside the functions that need the network.
"""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlite_utils import Database

from customario.definitions.catalog import StoredCampaign, resolve_campaign
from customario.store.db import immediate, utc_now
from customario.dialing.loop import DialOptions
from customario.dialing.claims import LIVE_STATUSES, iso, now_utc
from customario.dialing.eligibility import Rules
from customario.errors import ConfigError, NotFoundError, UsageError
from customario.render.tables import mask_phone


@dataclass
class DialPlan:
    """A resolved dial run: the campaign version, its rules and the run options."""

    stored: StoredCampaign
    rules: Rules
    opts: DialOptions


def list_id_for(db: Database, name: str | None) -> int | None:
    """The id of lead list ``name`` (None for all contacts); raises NotFoundError."""
    if not name:
        return None
    row = db.execute("SELECT id FROM lists WHERE name = ?", [name]).fetchone()
    if not row:
        known = [r[0] for r in db.execute("SELECT name FROM lists ORDER BY name LIMIT 20")]
        raise NotFoundError(
            f"no lead list named {name!r}",
            f"Known lists: {', '.join(known) or 'none'}. Import one with `customario leads import`",
        )
    return row[0]


def resolve_dial(
    db: Database,
    settings: Any,
    campaign_ref: str,
    *,
    list_name: str | None = None,
    limit: int | None = None,
    concurrency: int | None = None,
    cps: float | None = None,
    wait: bool = False,
    trunk_id: str | None = None,
    caller_id: str | None = None,
    grace_s: float = 30.0,
    require_trunk: bool = True,
    rules_file: str | None = None,
) -> DialPlan:
    """Resolve campaign, rules and options. Precedence: flag > campaign ``calling`` > settings.
    Raises NotFoundError (campaign, list), ConfigError (no trunk), UsageError (bad numbers)."""
    stored = resolve_campaign(db, campaign_ref, settings.campaigns_dir)
    calling = stored.campaign.calling
    if stored.kind == "inbound":
        raise UsageError(f"{stored.name} is an inbound campaign", "Inbound campaigns answer calls; they are not dialed")
    trunk = trunk_id or calling.trunk_id or settings.sip_trunk_id
    if require_trunk and not trunk:
        raise ConfigError(
            f"no outbound SIP trunk for campaign {stored.name}",
            "Set calling.trunk_id in the campaign, CUSTOMARIO_SIP_TRUNK_ID, or pass --trunk "
            "(create one with `customario trunk create`)",
        )
    k = concurrency or calling.concurrency
    r = cps or calling.cps
    if k < 1 or r <= 0:
        raise UsageError("--concurrency must be >= 1 and --cps > 0", "For example --concurrency 5 --cps 1")
    opts = DialOptions(
        campaign_id=stored.id or None,
        agent_name=settings.agent_name,
        trunk_id=trunk or "",
        caller_id=caller_id or calling.caller_id or settings.caller_id,
        list_id=list_id_for(db, list_name),
        limit=limit,
        concurrency=k,
        cps=r,
        wait=wait,
        ringing_timeout_s=calling.ringing_timeout or 30.0,
        max_call_duration_s=calling.max_call_duration or 900.0,
        claim_timeout_s=settings.claim_timeout_s,
        grace_s=grace_s,
        stack=stored.campaign.agent.stack or settings.stack,
    )
    return DialPlan(stored, campaign_rules(stored.campaign, settings, rules_file), opts)


def campaign_rules(campaign: Any, settings: Any, rules_file: str | None = None) -> Rules:
    """The campaign's Rules with the calling rules: the shipped file, then ``calling_rules.yaml`` in
    the campaigns folder when present, then ``rules_file``. Raises InputDataError for a bad file."""
    from pathlib import Path

    from customario.dialing.calling_rules import load_calling_rules

    extra = []
    local = (
        Path(settings.campaigns_dir or ".") / "calling_rules.yaml" if getattr(settings, "campaigns_dir", None) else None
    )
    if local is not None and local.is_file():
        extra.append(str(local))
    if rules_file:
        if not Path(rules_file).is_file():
            raise NotFoundError(
                f"no calling rules file {rules_file}", "Pass a YAML file shaped like customario/data/calling_rules.yaml"
            )
        extra.append(rules_file)
    return Rules.from_campaign(
        campaign, region=getattr(settings, "region", None) or "US", calling_rules=load_calling_rules(extra)
    )


def livekit_client(settings: Any, timeout_s: float = 10.0):
    """A :class:`customario.adapters.livekit_api.LiveKit` from settings (raises ConfigError when unset)."""
    from customario.adapters.livekit_api import LiveKit

    return LiveKit(settings.livekit_url, settings.livekit_api_key, settings.livekit_api_secret, timeout_s=timeout_s)


# -- monitoring ---------------------------------------------------------------------------------
def monitor_snapshot(
    db: Database, campaign: str | None = None, *, now: datetime | None = None, window_s: float = 3600.0
) -> dict:
    """Live calls with durations, dispositions of attempts ended in the last ``window_s`` seconds,
    answer rate (answered / attempts ended), dial rate (attempts started in the last 60 s, per
    minute) and, per campaign, the abandonment rate of the last 30 days
    (:func:`customario.dialing.abandonment.abandonment`). Phone numbers are masked."""
    now = now or now_utc()
    since, minute = iso(now - timedelta(seconds=window_s)), iso(now - timedelta(seconds=60))
    where, params = "c.direction = 'outbound' AND c.channel = 'phone'", []
    if campaign:
        where += " AND c.campaign = ?"
        params.append(campaign)
    live = []
    for row in db.execute(
        f"""SELECT c.id, c.campaign, ct.e164, c.status, c.created_at, c.started_at, c.answered_at, c.claimed_by
            FROM calls c LEFT JOIN contacts ct ON ct.id = c.contact_id
            WHERE {where} AND c.status IN ('claimed', 'dialing', 'ringing', 'in-progress') ORDER BY c.id""",
        params,
    ):
        ref = row[6] or row[5] or row[4]
        dur = (now - datetime.fromisoformat(ref)).total_seconds() if ref else None
        live.append(
            {
                "call_id": row[0],
                "campaign": row[1],
                "phone": mask_phone(row[2]),
                "status": row[3],
                "duration_s": round(dur, 1) if dur is not None else None,
                "owner": row[7],
            }
        )
    disp = dict(
        db.execute(
            f"""SELECT COALESCE(c.disposition, c.status), COUNT(*) FROM calls c WHERE {where}
            AND c.started_at IS NOT NULL AND c.ended_at >= ? GROUP BY 1 ORDER BY 2 DESC""",
            params + [since],
        ).fetchall()
    )
    attempts = sum(disp.values())
    answered = db.execute(
        f"SELECT COUNT(*) FROM calls c WHERE {where} AND c.answered_at IS NOT NULL AND c.ended_at >= ?",
        params + [since],
    ).fetchone()[0]
    per_min = db.execute(
        f"SELECT COUNT(*) FROM calls c WHERE {where} AND c.started_at >= ?", params + [minute]
    ).fetchone()[0]
    from customario.dialing.abandonment import abandonment

    return {
        "now": iso(now),
        "campaign": campaign,
        "window_s": window_s,
        "live": live,
        "in_progress": len(live),
        "dispositions": disp,
        "attempts": attempts,
        "answered": answered,
        "answer_rate": round(answered / attempts, 3) if attempts else None,
        "dial_rate_per_min": per_min,
        "abandonment": abandonment(db, campaign, now=now),
    }


# -- hang-up ------------------------------------------------------------------------------------
def live_call(db: Database, call_id: int) -> dict:
    """The calls row of ``call_id``; raises NotFoundError, or UsageError when it is not live."""
    row = db.execute("SELECT id, status, room_name FROM calls WHERE id = ?", [call_id]).fetchone()
    if not row:
        raise NotFoundError(f"no call with id {call_id}", "List calls with `customario calls list`")
    if row[1] not in LIVE_STATUSES:
        raise UsageError(f"call {call_id} is not live (status {row[1]})", "Only calls in progress can be hung up")
    if not row[2]:
        raise UsageError(
            f"call {call_id} has no LiveKit room", "Only phone calls placed through LiveKit can be hung up"
        )
    return {"id": row[0], "status": row[1], "room_name": row[2]}


def mark_hung_up(db: Database, call_id: int) -> None:
    """Record an operator hang-up: status ended, disposition ``hung-up`` unless the agent set one."""
    now = utc_now()
    with immediate(db):
        db.execute(
            """UPDATE calls SET status = 'ended', disposition = COALESCE(disposition, 'hung-up'), ended_at = ?,
                   duration_s = CASE WHEN answered_at IS NULL THEN 0
                       ELSE (julianday(?) - julianday(answered_at)) * 86400.0 END,
                   error = COALESCE(error || '; ', '') || 'hung up by operator'
               WHERE id = ? AND status IN ('claimed', 'dialing', 'ringing', 'in-progress')""",
            [now, now, call_id],
        )


async def hangup_call(db: Database, settings: Any, call_id: int) -> dict:
    """End a live call by removing its LiveKit room, then record it. Returns ``{call_id, room, removed}``."""
    call = live_call(db, call_id)
    async with livekit_client(settings) as lk:
        removed = await lk.delete_room(call["room_name"])
    mark_hung_up(db, call_id)
    return {"call_id": call_id, "room": call["room_name"], "removed": removed}


# -- doctor -------------------------------------------------------------------------------------
def _check(name: str, ok: bool, detail: str, hint: str = "", skipped: bool = False) -> dict:
    return {"check": name, "ok": ok, "detail": detail, "hint": "" if ok else hint, "skipped": skipped}


def _skipped(name: str, why: str, hint: str) -> dict:
    """A check that could not run because an earlier one failed: listed, not dropped (not ok)."""
    return _check(name, False, f"skipped: {why}", hint, skipped=True)


def _db_writable(db: Database) -> dict:
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("CREATE TABLE _customario_doctor_probe (x)")
        db.conn.execute("ROLLBACK")
        return _check("database writable", True, db.execute("PRAGMA database_list").fetchone()[2] or ":memory:")
    except Exception as exc:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        return _check(
            "database writable",
            False,
            str(exc),
            "Check the file's permissions and free disk space (--db / CUSTOMARIO_DB)",
        )


async def doctor_checks(
    db: Database, settings: Any, *, trunk_id: str | None = None, timeout_s: float = 5.0
) -> list[dict]:
    """Environment, LiveKit reachability and authentication, trunk, database and model keys.
    Each check is ``{check, ok, detail, hint, skipped}``; a check that cannot run because LiveKit is
    unreachable is listed as ``skipped: LiveKit unreachable`` (not ok), never dropped; nothing raises."""
    checks = []
    env = {
        "LIVEKIT_URL": settings.livekit_url,
        "LIVEKIT_API_KEY": settings.livekit_api_key,
        "LIVEKIT_API_SECRET": settings.livekit_api_secret,
    }
    for name, value in env.items():
        checks.append(
            _check(
                f"{name} set",
                bool(value),
                "set" if value else "missing",
                f"export {name}=... (LiveKit Cloud: project settings → API keys) or add it to .env",
            )
        )
    trunk = trunk_id or settings.sip_trunk_id
    if all(env.values()):
        from customario.errors import CustomarioError

        try:
            async with livekit_client(settings, timeout_s) as lk:
                try:
                    rooms = await lk.list_rooms()
                    checks.append(
                        _check(
                            "LiveKit reachable and authenticated",
                            True,
                            f"{settings.livekit_url}: {len(rooms)} active rooms",
                        )
                    )
                except CustomarioError as exc:
                    checks.append(_check("LiveKit reachable and authenticated", False, exc.message, exc.hint or ""))
                    rooms = None
                if rooms is None and trunk:
                    checks.append(
                        _skipped(
                            "outbound SIP trunk exists",
                            "LiveKit unreachable",
                            "Fix the LiveKit check first, then run `customario doctor` again",
                        )
                    )
                if rooms is not None and trunk:
                    try:
                        found = await lk.list_outbound_trunks([trunk])
                        ok = any(t["sip_trunk_id"] == trunk for t in found)
                        checks.append(
                            _check(
                                "outbound SIP trunk exists",
                                ok,
                                trunk if ok else f"{trunk} not found",
                                "Create one with `customario trunk create` and set CUSTOMARIO_SIP_TRUNK_ID",
                            )
                        )
                    except CustomarioError as exc:
                        checks.append(_check("outbound SIP trunk exists", False, exc.message, exc.hint or ""))
        except CustomarioError as exc:
            if not any(c["check"] == "LiveKit reachable and authenticated" for c in checks):
                checks.append(_check("LiveKit reachable and authenticated", False, exc.message, exc.hint or ""))
            if trunk and not any(c["check"] == "outbound SIP trunk exists" for c in checks):
                checks.append(
                    _skipped(
                        "outbound SIP trunk exists",
                        "LiveKit unreachable",
                        "Fix the LiveKit check first, then run `customario doctor` again",
                    )
                )
    else:
        checks.append(
            _skipped(
                "LiveKit reachable and authenticated",
                "credentials missing",
                "Set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET first",
            )
        )
        if trunk:
            checks.append(
                _skipped(
                    "outbound SIP trunk exists",
                    "LiveKit credentials missing",
                    "Set the LiveKit credentials first, then run `customario doctor` again",
                )
            )
    if not trunk:
        checks.append(
            _check(
                "outbound SIP trunk exists",
                False,
                "no trunk configured",
                "Set CUSTOMARIO_SIP_TRUNK_ID (or calling.trunk_id in the campaign); create one with `customario trunk create`",
            )
        )
    checks.append(_db_writable(db))
    from customario.escalation.notify import webhook_check

    checks.append(webhook_check(settings, timeout_s=timeout_s))
    stack = settings.stack
    if stack == "anthropic":
        checks.append(
            _check(
                "ANTHROPIC_API_KEY set",
                bool(settings.anthropic_api_key),
                f"stack {stack}",
                "export ANTHROPIC_API_KEY=... or use CUSTOMARIO_STACK=offline",
            )
        )
    elif stack == "google-realtime":
        checks.append(
            _check(
                "GOOGLE_API_KEY set",
                bool(settings.google_api_key),
                f"stack {stack}",
                "export GOOGLE_API_KEY=... or use CUSTOMARIO_STACK=offline",
            )
        )
    else:
        found = shutil.which("espeak-ng")
        checks.append(
            _check(
                "offline stack (espeak-ng)",
                bool(found),
                found or "espeak-ng not on PATH",
                "Install it: bash scripts/install.sh (apt-get install espeak-ng sox)",
            )
        )
    if settings.evaluator == "anthropic":
        checks.append(
            _check(
                "ANTHROPIC_API_KEY set (evaluator)",
                bool(settings.anthropic_api_key),
                "evaluator anthropic",
                "export ANTHROPIC_API_KEY=... or use CUSTOMARIO_EVALUATOR=offline",
            )
        )
    return checks


def run(coro):
    """Run a coroutine from sync CLI code."""
    return asyncio.run(coro)


def utc(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc)
