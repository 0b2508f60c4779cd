"""The supervisor roster: who can answer help requests, when they are on duty, and who gets one.

Supervisors (``supervisors`` table) have a role (supervisor | owner), skills, on-duty days and
hours in their own IANA zone, and an availability switch. :func:`assign` picks the supervisor
for a new help request (urgent to an on-duty owner, then by matching skills and fewest pending).
Re-exported by :mod:`customario.escalation.help_requests`, where the help requests themselves live.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Iterable, Sequence

from sqlite_utils import Database

from customario.store.db import immediate, json_col, utc_now
from customario.errors import NotFoundError, UsageError

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# Decodes help-request rows too (customario.escalation.help_requests imports it from here).
def _decode(row: dict | None) -> dict | None:
    if row is None:
        return None
    out = dict(row)
    for key in ("context", "tags", "skills", "days"):
        if key in out and isinstance(out[key], str):
            out[key] = json.loads(out[key])
    return out


def _hours(hours: str | None) -> tuple[str | None, str | None]:
    if not hours or hours.strip().lower() in ("always", "any", "24h"):
        return None, None
    m = re.match(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$", hours)
    if not m or int(m.group(1)) > 23 or int(m.group(3)) > 24 or int(m.group(2)) > 59 or int(m.group(4)) > 59:
        raise UsageError(
            f"on-duty hours {hours!r} are not HH:MM-HH:MM", "Write e.g. --hours 09:00-18:00 or --hours always"
        )
    return f"{int(m.group(1)):02d}:{m.group(2)}", f"{int(m.group(3)):02d}:{m.group(4)}"


def add_supervisor(
    db: Database,
    name: str,
    *,
    skills: Iterable[str] = (),
    role: str = "supervisor",
    hours: str | None = None,
    timezone_name: str = "UTC",
    days: Sequence[str] | None = None,
    phone: str | None = None,
    email: str | None = None,
    available: bool = True,
) -> dict:
    """Add or update supervisor ``name``. ``hours`` is ``HH:MM-HH:MM`` in ``timezone_name`` (an
    IANA zone; overnight spans such as 22:00-06:00 are allowed), None = always on duty.
    Raises UsageError for a bad role, zone, day or hours."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = (name or "").strip()
    if not name:
        raise UsageError("the supervisor name is empty", "Give a name such as ana")
    if role not in ("supervisor", "owner"):
        raise UsageError(f"unknown role {role!r}", "Use supervisor or owner")
    if phone is not None:
        from customario.leads.phones import possible_e164

        e164 = possible_e164(phone, "US") if phone.strip().startswith("+") else None
        if e164 is None:
            raise UsageError(
                f"{phone[:40]!r} is not a phone number in E.164 form",
                "Write it with its country code, e.g. +14155550123",
            )
        phone = e164
    try:
        ZoneInfo(timezone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown time zone {timezone_name!r}", "Use an IANA zone such as America/New_York") from None
    days = [d.lower()[:3] for d in (days or _DAYS)]
    bad = [d for d in days if d not in _DAYS]
    if bad:
        raise UsageError(f"unknown day(s) {', '.join(bad)}", "Use mon, tue, wed, thu, fri, sat, sun")
    start, end = _hours(hours)
    now = utc_now()
    row = {
        "name": name,
        "role": role,
        "skills": json_col(sorted({s.strip().lower() for s in skills if s.strip()})),
        "available": int(available),
        "hours_start": start,
        "hours_end": end,
        "days": json_col(days),
        "timezone": timezone_name,
        "phone": phone,
        "email": email,
        "updated_at": now,
    }
    with immediate(db):
        existing = db.execute("SELECT id FROM supervisors WHERE name = ?", [name]).fetchone()
        if existing:
            db["supervisors"].update(existing[0], row)
        else:
            db["supervisors"].insert({**row, "created_at": now})
    return get_supervisor(db, name)


def get_supervisor(db: Database, name: str) -> dict:
    """Supervisor ``name`` (skills/days decoded). Raises NotFoundError."""
    rows = list(db.query("SELECT * FROM supervisors WHERE name = ?", [name]))
    if not rows:
        raise NotFoundError(f"no supervisor named {name!r}", "Add one with `customario supervisor add NAME`")
    return _decode(rows[0])


def remove_supervisor(db: Database, name: str) -> dict:
    """Delete supervisor ``name``; their requests stay (assigned_to keeps the name). Raises NotFoundError."""
    sup = get_supervisor(db, name)
    with immediate(db):
        db["supervisors"].delete(sup["id"])
    return sup


def set_available(db: Database, name: str, available: bool) -> dict:
    """Set a supervisor's availability status. Raises NotFoundError."""
    sup = get_supervisor(db, name)
    with immediate(db):
        db["supervisors"].update(sup["id"], {"available": int(available), "updated_at": utc_now()})
    return get_supervisor(db, name)


def on_duty(sup: dict, now: datetime | None = None) -> bool:
    """True when ``sup`` is available and ``now`` (UTC) falls in their days and hours (own zone)."""
    from zoneinfo import ZoneInfo

    if not sup.get("available"):
        return False
    local = (now or datetime.now(timezone.utc)).astimezone(ZoneInfo(sup.get("timezone") or "UTC"))
    days = sup["days"] if isinstance(sup["days"], list) else json.loads(sup["days"])
    start, end = sup.get("hours_start"), sup.get("hours_end")
    if not start or not end:
        return _DAYS[local.weekday()] in days
    hhmm = local.strftime("%H:%M")
    if start <= end:
        return _DAYS[local.weekday()] in days and start <= hhmm < end
    # Overnight span: the part after midnight belongs to the previous day's shift.
    if hhmm >= start:
        return _DAYS[local.weekday()] in days
    return hhmm < end and _DAYS[(local.weekday() - 1) % 7] in days


def list_supervisors(db: Database, now: datetime | None = None) -> list[dict]:
    """Every supervisor with ``on_duty`` (bool) and ``pending`` (assigned pending requests)."""
    load = dict(
        db.execute(
            "SELECT assigned_to, count(*) FROM help_requests WHERE status = 'pending' GROUP BY assigned_to"
        ).fetchall()
    )
    out = []
    for row in db.query("SELECT * FROM supervisors ORDER BY name"):
        sup = _decode(row)
        sup["on_duty"] = on_duty(sup, now)
        sup["pending"] = load.get(sup["name"], 0)
        out.append(sup)
    return out


def assign(db: Database, tags: Iterable[str], priority: str, now: datetime | None = None) -> tuple[str | None, str]:
    """Choose a supervisor: urgent requests go to an on-duty owner; otherwise the on-duty supervisor
    whose skills share most tags, then the one with fewest pending requests, then by name.
    Returns (name or None, reason)."""
    roster = list_supervisors(db, now)
    if not roster:
        return None, "no supervisors registered"
    duty = [s for s in roster if s["on_duty"]]
    if not duty:
        return None, "no supervisor on duty"
    tags = {t.lower() for t in tags}
    if priority == "urgent":
        owners = [s for s in duty if s["role"] == "owner"]
        if owners:
            best = min(owners, key=lambda s: (s["pending"], s["name"]))
            return best["name"], "urgent: owner on duty"
    best = min(duty, key=lambda s: (-len(tags & set(s["skills"])), s["pending"], s["name"]))
    overlap = sorted(tags & set(best["skills"]))
    reason = f"skills {', '.join(overlap)}" if overlap else "available, fewest pending"
    if priority == "urgent":
        reason = "urgent but no owner on duty; " + reason
    return best["name"], reason
