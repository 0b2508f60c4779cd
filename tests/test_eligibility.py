"""Eligibility: calling windows in the lead's zone (TCPA hours, DST, days, holidays), DNC, consent,
attempts, back-off, callbacks, and the claims that keep dialers apart."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from customario.dialing import claims as d
from customario.store.db import utc_now
from customario.leads.dnc import add_dnc
from customario.dialing.eligibility import Rules, count_reasons, pick_eligible, plan, zone_status
from tests.dialer_helpers import WED_NOON_NY, add_contacts, add_test_campaign


def _utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


def test_window_is_campaign_window_within_legal_hours(db):
    _, rules = add_test_campaign(db, window={"start": "07:00", "end": "22:00"})
    assert (rules.window_start.hour, rules.window_end.hour) == (8, 21)  # TCPA 08:00-21:00 local
    ny = "America/New_York"
    assert not zone_status(rules, ny, _utc(2026, 11, 18, 12, 59)).open  # 07:59 EST
    assert zone_status(rules, ny, _utc(2026, 11, 18, 13, 0)).open  # 08:00 EST
    assert zone_status(rules, ny, _utc(2026, 11, 19, 1, 59)).open  # 20:59 EST
    assert not zone_status(rules, ny, _utc(2026, 11, 19, 2, 0)).open  # 21:00 EST: end is exclusive


def test_dst_follows_wall_time(db):
    _, rules = add_test_campaign(db, window={"start": "09:00", "end": "20:00"})
    ny = "America/New_York"
    # 2026-03-08: clocks jump 02:00 -> 03:00 in New York. 09:00 EDT = 13:00 UTC (was 14:00 UTC the day before).
    assert not zone_status(rules, ny, _utc(2026, 3, 7, 13, 30)).open  # 08:30 EST on Saturday
    assert zone_status(rules, ny, _utc(2026, 3, 8, 13, 30)).open  # 09:30 EDT on Sunday
    # 2026-11-01: back to EST; 19:59 EST = 00:59 UTC next day; 20:00 EST closed.
    assert zone_status(rules, ny, _utc(2026, 11, 2, 0, 59)).open
    assert not zone_status(rules, ny, _utc(2026, 11, 2, 1, 0)).open
    st = zone_status(rules, ny, _utc(2026, 3, 8, 13, 30))
    assert st.closes_at == _utc(2026, 3, 9, 0, 0)  # 20:00 EDT


def test_days_holidays_and_zone_edges(db):
    _, rules = add_test_campaign(db, days=["mon", "tue", "wed", "thu", "fri"], holidays=["2026-11-26"])
    # Friday 23:30 UTC: still Friday 18:30 in New York, but already Saturday 09:30 in Sydney... (AEDT +11)
    fri = _utc(2026, 11, 20, 23, 30)
    assert zone_status(rules, "America/New_York", fri).open
    assert not zone_status(rules, "Australia/Sydney", fri).open  # Saturday locally
    thanksgiving = _utc(2026, 11, 26, 17, 0)  # noon in New York on the holiday
    assert not zone_status(rules, "America/New_York", thanksgiving).open
    assert zone_status(rules, "America/New_York", thanksgiving + timedelta(days=1)).open
    # Half-hour and 45-minute zones: Kathmandu is UTC+5:45.
    assert not zone_status(rules, "Asia/Kathmandu", _utc(2026, 11, 18, 3, 14)).open  # 08:59
    assert zone_status(rules, "Asia/Kathmandu", _utc(2026, 11, 18, 3, 15)).open  # 09:00
    assert not zone_status(rules, "Not/AZone", fri).valid


def test_busy_and_declined_are_never_redialed_at_once(db):
    _, rules = add_test_campaign(db, backoff={"busy": 0, "declined": "0s", "no-answer": "never"})
    assert rules.backoff_for("busy") == 300.0
    assert rules.backoff_for("declined") == 3600.0
    assert rules.backoff_for("no-answer") is None
    assert rules.backoff_for("complete") is None


def _attempt(db, campaign, contact_id, disposition, ended: datetime, status="ended", next_at=None):
    iso = ended.isoformat(timespec="microseconds")
    db.execute(
        """INSERT INTO calls (campaign, contact_id, channel, direction, status, disposition, created_at, started_at,
               ended_at, next_attempt_at) VALUES (?, ?, 'phone', 'outbound', ?, ?, ?, ?, ?, ?)""",
        [campaign, contact_id, status, disposition, iso, iso, iso, next_at],
    )
    db.conn.commit()


def test_reasons_and_next_leads(db):
    now = WED_NOON_NY
    _, rules = add_test_campaign(db, consent=True, max_attempts=2)
    ids = add_contacts(db, 12)
    add_contacts(db, 1, tz="Europe/Berlin", start=100, prefix="+4930555")  # 18:00 Berlin: open
    add_contacts(db, 1, tz="Asia/Tokyo", start=200, prefix="+8131555")  # 02:00 Tokyo: closed
    no_consent = add_contacts(db, 1, consent=None, start=300)[0]
    no_tz = add_contacts(db, 1, tz=None, start=400)[0]
    add_contacts(db, 1, tz="Mars/Olympus", start=500)
    add_dnc(db, "+12125550000", reason="manual")
    _attempt(db, "dialtest", ids[1], "busy", now - timedelta(minutes=10))  # busy back-off 30 min: wait
    _attempt(db, "dialtest", ids[2], "busy", now - timedelta(hours=1))  # back-off over: retry
    _attempt(db, "dialtest", ids[3], "complete", now - timedelta(days=1))
    _attempt(db, "dialtest", ids[4], "opted-out", now - timedelta(days=1))
    _attempt(db, "dialtest", ids[5], "no-answer", now - timedelta(days=1))
    _attempt(db, "dialtest", ids[5], "no-answer", now - timedelta(days=1))  # 2 attempts = max
    _attempt(db, "dialtest", ids[6], None, now, status="in-progress")
    _attempt(db, "dialtest", ids[7], "invalid-number", now - timedelta(days=1))
    _attempt(db, "dialtest", ids[8], "failed", now - timedelta(hours=2), next_at=(now + timedelta(hours=1)).isoformat())
    # ids[9] in back-off but with a due callback: eligible again (legal window only).
    _attempt(db, "dialtest", ids[9], "busy", now - timedelta(minutes=1))
    db["callbacks"].insert(
        {
            "contact_id": ids[9],
            "campaign": "dialtest",
            "due_at": (now - timedelta(minutes=1)).isoformat(),
            "status": "pending",
            "created_at": utc_now(),
        }
    )
    counts = count_reasons(db, rules, now=now)
    assert counts["dnc"] == 1 and counts["no-consent"] == 1 and counts["no-timezone"] == 1
    assert counts["bad-timezone"] == 1 and counts["backoff"] == 2 and counts["completed"] == 1
    assert counts["opted-out"] == 1 and counts["max-attempts"] == 1 and counts["in-progress"] == 1
    # Berlin and Tokyo numbers are outside the campaign's countries (default: the US region).
    assert counts["final-disposition"] == 1 and counts["country-not-allowed"] == 2 and counts["outside-window"] == 0
    leads = pick_eligible(db, rules, limit=50, now=now)
    assert counts["eligible"] == len(leads) == 4  # ids 2, 9 (callback), 10, 11
    _, world = add_test_campaign(db, name="world", consent=True, max_attempts=2, countries=["US", "DE", "JP"])
    wc = count_reasons(db, world, now=now)
    assert wc["country-not-allowed"] == 0 and wc["outside-window"] == 1  # Tokyo at 02:00; Berlin (18:00) eligible
    world_leads = pick_eligible(db, world, limit=50, now=now)
    # Berlin closes (20:00 CET = 19:00 UTC) before New York: its leads come first (no callbacks here).
    assert world_leads[0].timezone == "Europe/Berlin" and world_leads[0].e164.startswith("+49")
    assert leads[0].contact_id == ids[9] and leads[0].source == "callback"
    chosen = {lead.contact_id for lead in leads}
    assert {ids[2], ids[10], ids[11]} <= chosen and no_consent not in chosen and no_tz not in chosen
    assert ids[0] not in chosen and ids[1] not in chosen
    p = plan(db, rules, limit=3, now=now).as_dict()
    assert p["eligible"] == 4 and len(p["next"]) == 3 and p["next"][0]["phone"].startswith("******")


def test_no_window_today_and_lead_list(db):
    _, rules = add_test_campaign(db, days=["sat"])
    add_contacts(db, 3)
    assert pick_eligible(db, rules, now=WED_NOON_NY) == []
    assert count_reasons(db, rules, now=WED_NOON_NY)["outside-window"] == 3


def test_claims_never_overlap_and_db_refuses_a_second_live_call(db_path):
    from customario.store.db import open_db

    db1, db2 = open_db(db_path), open_db(db_path)
    _, rules = add_test_campaign(db1, concurrency=10)
    add_contacts(db1, 5, tz="Etc/GMT+5")  # 12:00 local at WED_NOON_NY
    c1, _ = d.claim_leads(db1, rules, campaign_id=None, n=3, concurrency=10, cps=100, owner="h:1", now=WED_NOON_NY)
    c2, _ = d.claim_leads(db2, rules, campaign_id=None, n=10, concurrency=10, cps=100, owner="h:2", now=WED_NOON_NY)
    assert len(c1) == 3 and len(c2) == 2
    assert not {c.lead.contact_id for c in c1} & {c.lead.contact_id for c in c2}
    with pytest.raises(sqlite3.IntegrityError):
        db1.execute(
            """INSERT INTO calls (campaign, contact_id, channel, direction, status, created_at)
                       VALUES ('dialtest', ?, 'phone', 'outbound', 'claimed', ?)""",
            [c1[0].lead.contact_id, utc_now()],
        )
    # Concurrency counts live calls of every process: none left.
    c3, free = d.claim_leads(db2, rules, campaign_id=None, n=10, concurrency=5, cps=100, owner="h:2", now=WED_NOON_NY)
    assert c3 == [] and free == 0
    # Rate slots are spaced 1/R (+ margin) across both processes.
    slots = sorted(c.dial_at for c in c1 + c2)
    assert all((b - a).total_seconds() >= 0.01 for a, b in zip(slots, slots[1:]))


def test_dead_owner_claim_is_recovered_without_counting_an_attempt(db):
    _, rules = add_test_campaign(db)
    add_contacts(db, 2, tz="Etc/GMT+5")
    host = __import__("socket").gethostname()
    dead = f"{host}:{2**22 + 12345}"  # beyond pid_max on most systems: no such process
    claims, _ = d.claim_leads(db, rules, campaign_id=None, n=2, concurrency=5, cps=10, owner=dead, now=WED_NOON_NY)
    d.mark_dialing(db, claims[1].call_id, now=WED_NOON_NY)  # this one had sent its dial request
    again, _ = d.claim_leads(
        db,
        rules,
        campaign_id=None,
        n=2,
        concurrency=5,
        cps=10,
        owner=d.owner_id(),
        now=WED_NOON_NY + timedelta(seconds=1),
    )
    assert [c.lead.contact_id for c in again] == [claims[0].lead.contact_id]  # the undialed one, at once
    rows = {r["id"]: r for r in db.query("SELECT * FROM calls")}
    assert rows[claims[0].call_id]["status"] == "interrupted" and rows[claims[0].call_id]["disposition"] is None
    assert rows[claims[1].call_id]["disposition"] == "interrupted" and rows[claims[1].call_id]["next_attempt_at"]
    state = {r["contact_id"]: r for r in db.query("SELECT * FROM dial_state")}
    assert state[claims[1].lead.contact_id]["attempts"] == 1 and state[claims[0].lead.contact_id]["active"] == 1


def test_stale_heartbeat_from_another_host_is_recovered(db):
    _, rules = add_test_campaign(db)
    add_contacts(db, 1, tz="Etc/GMT+5")
    claims, _ = d.claim_leads(
        db,
        rules,
        campaign_id=None,
        n=1,
        concurrency=5,
        cps=10,
        owner="otherhost:1",
        now=WED_NOON_NY - timedelta(hours=1),
    )
    assert d.recover_stale(db, "dialtest", now=WED_NOON_NY, claim_timeout_s=900, call_timeout_s=2000) == 1
    db.conn.commit()
    assert db.execute("SELECT status FROM calls").fetchone()[0] == "interrupted"
    assert d.live_calls(db, "dialtest") == 0


def test_campaign_lock_is_exclusive(db_path):
    from customario.errors import LockedError

    with d.campaign_lock(str(db_path), "dialtest"):
        pid = os.fork()
        if pid == 0:  # a second process must be refused
            try:
                with d.campaign_lock(str(db_path), "dialtest"):
                    os._exit(0)
            except LockedError:
                os._exit(75)
        _, code = os.waitpid(pid, 0)
        assert os.WEXITSTATUS(code) == 75
    with d.campaign_lock(str(db_path), "dialtest"):
        pass  # released when the holder leaves


def test_rules_from_every_shipped_campaign():
    from customario.definitions import load_definition
    from pathlib import Path

    for path in Path("campaigns").glob("*/*.yaml"):
        rules = Rules.from_campaign(load_definition(path))
        assert rules.window_start.hour >= 8 and rules.window_end.hour <= 21
