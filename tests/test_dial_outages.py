"""LiveKit failing during a run: outages are not attempts, the circuit breaker, bounded runs, the
watch loop surviving its own request errors, vanished rooms and recovered claims."""

from __future__ import annotations

import asyncio
import json
import logging
import socket

from customario.adapters.livekit_api import LiveKit
from customario.dialing import claims as d
from customario.dialing.loop import DialOptions, DialRun
from tests.dialer_helpers import SECRET, add_contacts, add_test_campaign, open_zone_now
from tests.twirp_server import LoopbackLiveKit, Outcome


def _env(lk):
    return {"LIVEKIT_URL": lk.url, "LIVEKIT_API_KEY": "devkey", "LIVEKIT_API_SECRET": SECRET}


def _attempts(db) -> int:
    return db.execute("SELECT COALESCE(SUM(attempts), 0) FROM dial_state").fetchone()[0]


def test_outage_mid_run_opens_the_breaker_burns_no_attempt_and_exits_5(db, db_path, cli, monkeypatch):
    add_test_campaign(db, concurrency=10, cps=20)
    add_contacts(db, 30, tz=open_zone_now())
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.1), max_lifetime_s=60) as lk:
        for k, v in _env(lk).items():
            monkeypatch.setenv(k, v)
        # LiveKit answers the preflight, then drops every call set-up request (deterministic on a
        # loaded machine; the watch loop's outage is tested below).
        lk.add_fault("down", methods=("CreateRoom", "CreateDispatch", "CreateSIPParticipant"))
        res = cli("dial", "dialtest", "--json", "-q", "--grace", "1")
        placed = sum(lk.dials.values())
        lk.clear_faults()
        again = cli("dial", "dialtest", "--json", "-q", "--limit", "3")  # LiveKit is back: the leads are eligible
    assert res.exit_code == 5, res.stderr
    errors = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("Error: dialing stopped: LiveKit failed 3 times in a row")
    out = json.loads(res.stdout)
    assert out["stopped"] == "outage" and out["dialed"] == placed == 0 and out["not_placed_outage"] >= 3
    assert _attempts(db) - 3 == out["dialed"]  # only calls that were really placed count (+3 from the second run)
    # No claim is left hanging; answered calls the dialer could not watch are handed to the worker
    # (and closed by a later run once their room is seen gone).
    assert db.execute("SELECT COUNT(*) FROM calls WHERE status IN ('claimed', 'dialing', 'ringing')").fetchone()[0] == 0
    assert (
        db.execute("SELECT COUNT(*) FROM calls WHERE status = 'in-progress' AND answered_at IS NULL").fetchone()[0] == 0
    )
    assert again.exit_code == 0 and json.loads(again.stdout)["dialed"] == 3
    # The lock was released: a third run can take it.
    with d.campaign_lock(str(db_path), "dialtest"):
        pass


def test_watch_loop_down_with_every_slot_held_is_an_outage(db):
    stored, rules = add_test_campaign(db, concurrency=2, cps=20)
    add_contacts(db, 10, tz=open_zone_now())

    async def go(lk):
        async with LiveKit(lk.url, "devkey", SECRET, timeout_s=0.5) as tel:
            o = DialOptions(
                stored.id, "a", "ST_test", poll_s=0.05, concurrency=2, cps=20, grace_s=0.5, outage_after_s=1.0
            )
            run = asyncio.create_task(DialRun(db, rules, tel, o).run())
            # LiveKit goes away once both slots hold a call (not after a fixed delay: on a loaded
            # machine the second dial may come later than any delay chosen here). A dial already
            # received is past the fault check, so both calls stay placed.
            for _ in range(1000):
                if len(lk.dial_times) >= 2 or run.done():
                    break
                await asyncio.sleep(0.01)
            lk.add_fault("down")
            return await run

    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 30), max_lifetime_s=60) as lk:
        summary = asyncio.run(go(lk))
    assert summary.stopped == "outage" and "has not answered" in summary.error and summary.dialed == 2


def test_wrong_credentials_and_vanished_trunk_mid_run_stop_at_once(db, cli, monkeypatch):
    add_test_campaign(db, concurrency=1, cps=20)
    add_contacts(db, 6, tz=open_zone_now())
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.05), max_lifetime_s=60) as lk:
        for k, v in _env(lk).items():
            monkeypatch.setenv(k, v)
        lk.add_fault("auth", methods=("CreateRoom",))  # the preflight passes, then the key is revoked
        auth = cli("dial", "dialtest", "--json", "-q")
        lk.clear_faults()
        orig = lk._create_room

        async def create_room_then_drop_trunk(msg):  # the trunk disappears after the preflight
            lk.remove_trunk("ST_test")
            return await orig(msg)

        lk._create_room = create_room_then_drop_trunk
        trunk = cli("dial", "dialtest", "--json", "-q")
    assert auth.exit_code == 5 and "rejected the credentials" in auth.stderr and json.loads(auth.stdout)["dialed"] == 0
    assert (
        trunk.exit_code == 5 and "SIP trunk does not exist" in trunk.stderr and json.loads(trunk.stdout)["dialed"] == 0
    )
    assert _attempts(db) == 0


def test_slow_livekit_still_dials_and_max_runtime_bounds_the_run(db, db_path, cli, monkeypatch):
    add_test_campaign(db, concurrency=1, cps=20)
    add_contacts(db, 20, tz=open_zone_now())
    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.3), max_lifetime_s=60) as lk:
        for k, v in _env(lk).items():
            monkeypatch.setenv(k, v)
        lk.add_fault("slow", delay_s=0.3, methods=("CreateRoom", "ListRooms"))
        res = cli("dial", "dialtest", "--json", "-q", "--max-runtime", "1.5", "--grace", "1")
    assert res.exit_code == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["stopped"] == "max-runtime" and 1 <= out["dialed"] < 20 and out["not_placed_outage"] == 0
    with d.campaign_lock(str(db_path), "dialtest"):
        pass


def test_watch_loop_survives_listrooms_errors_with_one_warning(db, caplog):
    stored, rules = add_test_campaign(db, concurrency=3, cps=20)
    add_contacts(db, 3, tz=open_zone_now())

    async def go(lk):
        async with LiveKit(lk.url, "devkey", SECRET, timeout_s=1.0) as tel:
            o = DialOptions(stored.id, "a", "ST_test", poll_s=0.05, concurrency=3, cps=20, ringing_timeout_s=3)
            lk.add_fault("http5xx", for_s=1.0, methods=("ListRooms",))
            return await DialRun(db, rules, tel, o).run()

    with caplog.at_level(logging.INFO, logger="customario.dialing.claims"):
        with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.3), max_lifetime_s=60) as lk:
            summary = asyncio.run(go(lk))
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert summary.answered == 3 and summary.dispositions["answered"] == 3
    assert len(warnings) == 1 and "will keep trying" in warnings[0].getMessage()
    assert any("works again" in r.getMessage() for r in caplog.records)


def test_vanished_rooms_close_and_recovered_claims_are_counted(db):
    stored, rules = add_test_campaign(db, concurrency=10, cps=20)
    ids = add_contacts(db, 6, tz=open_zone_now())
    dead = f"{socket.gethostname()}:999999"  # no such pid
    now = d.iso(d.now_utc())
    for i, cid in enumerate(ids[:5]):
        status = "in-progress" if i < 2 else "claimed"
        db.execute(
            """INSERT INTO calls (campaign_id, campaign, contact_id, channel, direction, status, claimed_by,
                          heartbeat_at, created_at, started_at, answered_at, room_name)
                      VALUES (?, 'dialtest', ?, 'phone', 'outbound', ?, ?, ?, ?, ?, ?, ?)""",
            [
                stored.id,
                cid,
                status,
                dead,
                now,
                now,
                now if i < 2 else None,
                now if i < 2 else None,
                f"customario-call-old{i}",
            ],
        )
    db.conn.commit()

    async def go(lk):
        async with LiveKit(lk.url, "devkey", SECRET, timeout_s=1.0) as tel:
            lk.rooms["customario-call-old1"] = {
                "sid": "RM_x",
                "metadata": "",
                "empty_timeout": 0,
                "participants": 1,
                "call": None,
            }
            o = DialOptions(stored.id, "a", "ST_test", poll_s=0.05, concurrency=10, cps=20)
            return await DialRun(db, rules, tel, o).run()

    with LoopbackLiveKit(api_secret=SECRET, default=Outcome.answer(0.05, 0.1), max_lifetime_s=60) as lk:
        summary = asyncio.run(go(lk))
    out = summary.as_dict()
    assert out["recovered_claims"] == 3 and out["closed_vanished_rooms"] == 1
    rows = dict(
        db.execute("SELECT room_name, status FROM calls WHERE room_name LIKE 'customario-call-old%'").fetchall()
    )
    assert rows["customario-call-old0"] == "ended"  # its room was gone
    assert rows["customario-call-old1"] == "in-progress"  # its room still exists: the call goes on
    assert out["dialed"] == 4  # the 3 recovered leads (claimed, never dialed: no attempt) and the untouched one
