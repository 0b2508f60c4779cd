"""Shared set-up for dialer tests and benchmarks: a campaign, contacts, and times."""

from __future__ import annotations

from datetime import datetime, timezone

from customario.definitions.catalog import add_campaign
from customario.store.db import utc_now
from customario.definitions import parse_definition
from customario.dialing.eligibility import Rules

# Wednesday 2026-11-18 17:00 UTC = 12:00 in New York (EST), 09:00 in Los Angeles (PST).
WED_NOON_NY = datetime(2026, 11, 18, 17, 0, tzinfo=timezone.utc)


def campaign_def(name: str = "dialtest", **calling) -> dict:
    base = {
        "window": {"start": "09:00", "end": "20:00"},
        "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        "max_attempts": 3,
        "concurrency": 2,
        "cps": 5,
        "ringing_timeout": 5,
        "max_call_duration": 60,
        "trunk_id": "ST_test",
        "caller_id": "+15550100000",
    }
    base.update(calling)
    return {
        "name": name,
        "kind": "outbound",
        "agent": {"instructions": "Be brief."},
        "calling": base,
        "consent": {"required": False},
    }


def add_test_campaign(db, name: str = "dialtest", consent: bool = False, **calling):
    data = campaign_def(name, **calling)
    data["consent"] = {"required": consent}
    stored, _ = add_campaign(db, parse_definition(data, "test"))
    return stored, Rules.from_campaign(stored.campaign)


def add_contacts(
    db, n: int, tz: str = "America/New_York", start: int = 0, consent: str | None = "granted", prefix: str = "+1212555"
) -> list[int]:
    now = utc_now()
    rows = [
        {
            "e164": f"{prefix}{start + i:04d}",
            "name": f"Lead {start + i}",
            "first_name": f"Lead{start + i}",
            "timezone": tz,
            "consent": consent,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    db["contacts"].insert_all(rows, batch_size=1000)
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM contacts WHERE e164 IN (SELECT value FROM json_each(?))",
            [__import__("json").dumps([r["e164"] for r in rows])],
        ).fetchall()
    ]


SECRET = "loopback-secret-0123456789abcdefghijklmnop"  # >= 32 bytes: no PyJWT key-length warning


def open_zone_now(now: datetime | None = None) -> str:
    """An IANA zone (Etc/GMT±N) where the local time is now between 11:00 and 17:59."""
    from zoneinfo import ZoneInfo

    now = now or datetime.now(timezone.utc)
    for off in range(-12, 15):
        name = "Etc/UTC" if off == 0 else f"Etc/GMT{'-' if off > 0 else '+'}{abs(off)}"
        if 11 <= now.astimezone(ZoneInfo(name)).hour <= 17:
            return name
    raise AssertionError("no open zone")


def closed_zone_now(now: datetime | None = None) -> str:
    """An Etc/GMT±N zone where the local time is now between 00:00 and 05:59."""
    from zoneinfo import ZoneInfo

    now = now or datetime.now(timezone.utc)
    for off in range(-12, 15):
        name = "Etc/UTC" if off == 0 else f"Etc/GMT{'-' if off > 0 else '+'}{abs(off)}"
        if 0 <= now.astimezone(ZoneInfo(name)).hour <= 5:
            return name
    raise AssertionError("no closed zone")
