"""The SIP call lifecycle at the event level: the dialer against the loopback LiveKit server and
the agent worker's outbound path on a room stand-in fed by the same server (tests/room_standin.py),
so the Twirp answers and the room events tell one story."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest

from customario.adapters.livekit_api import LiveKit
from customario.conversation import worker
from customario.conversation.sip_progress import await_answer, record_first_audio
from customario.dialing.loop import DialOptions, DialRun
from tests.dialer_helpers import SECRET, add_contacts, add_test_campaign, open_zone_now
from tests.room_standin import RoomStandIn, StandInJobContext
from tests.twirp_server import LoopbackLiveKit, Outcome


@pytest.fixture
def settings(db_path):
    from customario.config import load_settings

    return load_settings(env={"CUSTOMARIO_DB": str(db_path), "CUSTOMARIO_STACK": "offline"}, load_dotenv_file=False)


def _dial_with_worker(db, settings, outcomes, n):
    """Run a dial pass; for every call, the worker's outbound path runs on a stand-in room attached
    to the loopback room as soon as the agent is dispatched. Returns (summary, rooms, runner log)."""
    import livekit.agents  # noqa: F401  (imported before the clock starts: ~1.3 s, far more on a loaded machine)

    from customario.conversation.engine import TextConversation

    stored, rules = add_test_campaign(db, concurrency=n, cps=20)
    add_contacts(db, n, tz=open_zone_now())
    seen: list[dict] = []

    async def runner(ctx, *, db, settings, call_id, stored, contact, room_options, caller_identity, screen):
        # Runs only after the answer: what does the row look like, and does the conversation work?
        row = db.execute("SELECT status, answered_at FROM calls WHERE id = ?", [call_id]).fetchone()
        seen.append(
            {
                "call_id": call_id,
                "status": row[0],
                "answered_at": row[1],
                "statuses": ctx.room.statuses(caller_identity),
            }
        )
        conv = await TextConversation.start(db, settings, stored, contact=contact, channel="phone", call_id=call_id)
        record_first_audio(db, call_id, datetime.now(timezone.utc))
        await conv.send("yes")
        await conv.close()

    async def go():
        loop = asyncio.get_running_loop()
        jobs: list[asyncio.Task] = []
        with LoopbackLiveKit(api_secret=SECRET, outcomes=outcomes, max_lifetime_s=60) as lk:
            rooms: dict[str, RoomStandIn] = {}

            async with LiveKit(
                lk.url, "devkey", SECRET, timeout_s=30.0
            ) as tel:  # dial deadline = ringing + 2 s + this: a loaded machine needs the margin
                real_prepare = tel.prepare_call

                async def prepare_and_dispatch(req):  # the agent job starts when LiveKit dispatches it
                    res = await real_prepare(req)
                    if res is None:
                        room = rooms[req.room_name] = lk.attach_room(req.room_name, loop)
                        jobs.append(
                            asyncio.create_task(
                                worker.run_outbound(
                                    StandInJobContext(room),
                                    db,
                                    settings,
                                    req.call_id,
                                    meta={"ringing_timeout_s": 3},
                                    runner=runner,
                                )
                            )
                        )
                    return res

                tel.prepare_call = prepare_and_dispatch
                o = DialOptions(
                    stored.id,
                    "customario-agent",
                    "ST_test",
                    poll_s=0.1,
                    ringing_timeout_s=3,
                    max_call_duration_s=60,
                    concurrency=n,
                    cps=20,
                )
                summary = await DialRun(db, rules, tel, o).run()
                results = await asyncio.gather(*jobs)
        return summary, rooms, results

    summary, rooms, results = asyncio.run(go())
    return summary, rooms, results, seen


def test_nothing_is_spoken_before_active_and_unanswered_outcomes_stay(db, settings):
    outcomes = {
        "+12125550000": Outcome.answer(0.3, 0.6),
        "+12125550001": Outcome.sip(486, 0.2),
        "+12125550002": Outcome.answer(5.0),
    }  # rings past the 3 s ringing timeout
    summary, rooms, results, seen = _dial_with_worker(db, settings, outcomes, 3)
    rows = {r["contact_id"]: r for r in db.query("SELECT * FROM calls ORDER BY id")}
    answered, busy, silent = rows[1], rows[2], rows[3]
    # The answered call: the conversation started only once the participant was active.
    assert [s["call_id"] for s in seen] == [answered["id"]]
    assert seen[0]["statuses"] == ["dialing", "ringing", "active"] and seen[0]["answered_at"]
    assert (
        answered["disposition"] in ("complete", "partial", "break-off") and answered["answer_to_audio_ms"] is not None
    )
    assert db.execute("SELECT COUNT(*) FROM turns WHERE call_id = ?", [answered["id"]]).fetchone()[0] >= 2
    assert answered["answer_to_audio_ms"] >= 0 and answered["first_audio_at"] >= answered["answered_at"]
    # Busy: the participant joined while dialing, rang, left rejected; the worker wrote nothing.
    room = rooms[busy["room_name"]]
    assert room.statuses(f"sip-{busy['id']}") == ["dialing", "ringing", "hangup"]
    assert ("participant_disconnected", f"sip-{busy['id']}", "USER_REJECTED") in room.log
    assert (busy["status"], busy["disposition"], busy["sip_status"], busy["answered_at"]) == (
        "ended",
        "busy",
        486,
        None,
    )
    assert (
        busy["next_attempt_at"]
        and db.execute("SELECT COUNT(*) FROM turns WHERE call_id = ?", [busy["id"]]).fetchone()[0] == 0
    )
    # Ringing timeout without a SIP code: no-answer, retried later; nothing spoken.
    assert (silent["disposition"], silent["sip_status"], silent["answered_at"]) == ("no-answer", None, None), str(
        {k: v for k, v in dict(silent).items() if v is not None}
    )
    assert ("participant_disconnected", f"sip-{silent['id']}", "USER_UNAVAILABLE") in rooms[silent["room_name"]].log
    assert summary.answered == 1 and len(results) == 3


def test_await_answer_reads_the_rtc_events():
    async def go():
        room = RoomStandIn("r")
        # Joined while dialing; attributes change; answered.
        task = asyncio.create_task(await_answer(room, "sip-1", timeout_s=5))
        await asyncio.sleep(0)
        room.apply("join", "sip-1", {"sip.callStatus": "dialing"})
        room.apply("join", "someone-else", {})
        room.apply("attributes", "sip-1", {"sip.callStatus": "ringing"})
        await asyncio.sleep(0)
        assert not task.done()
        room.apply("attributes", "sip-1", {"sip.callStatus": "active"})
        first = await task
        # Already present and active when the worker looks.
        second = await await_answer(room, "sip-1", timeout_s=1)
        # Declined: hangup then leave with USER_REJECTED.
        room2 = RoomStandIn("r2")
        task = asyncio.create_task(await_answer(room2, "sip-2", timeout_s=5))
        await asyncio.sleep(0)
        room2.apply("join", "sip-2", {"sip.callStatus": "dialing"})
        room2.apply("leave", "sip-2", "USER_REJECTED")
        third = await task
        # The room is deleted while it rings; and a call nobody ever joins times out.
        room3 = RoomStandIn("r3")
        task = asyncio.create_task(await_answer(room3, "sip-3", timeout_s=5))
        await asyncio.sleep(0)
        room3.apply("join", "sip-3", {"sip.callStatus": "ringing"})
        room3.apply("closed", "ROOM_DELETED")
        fourth = await task
        fifth = await await_answer(RoomStandIn("r4"), "sip-4", timeout_s=0.05)
        return first, second, third, fourth, fifth, room

    first, second, third, fourth, fifth, room = asyncio.run(go())
    assert first.answered and second.answered
    assert (third.status, third.reason) == ("hangup", "USER_REJECTED")
    assert (fourth.status, fourth.reason) == ("room-closed", "ROOM_DELETED")
    assert fifth.status == "timeout" and not fifth.answered
    assert room._events == {} or all(not handlers for handlers in room._events.values())  # handlers removed


def test_session_never_overwrites_a_dialer_outcome(db, settings):
    """A session that took the row over during ringing (an old worker) closes after the dialer
    recorded busy: the busy outcome and its retry stay."""
    from customario.conversation.recorder import CallRecorder
    from customario.definitions.catalog import get_campaign_by_id
    from customario.dialing import claims as d

    stored, rules = add_test_campaign(db)
    add_contacts(db, 1, tz=open_zone_now())
    (claim,), _ = d.claim_leads(db, rules, campaign_id=stored.id, n=1, concurrency=1, cps=5, owner=d.owner_id())
    d.mark_dialing(db, claim.call_id)
    rec = CallRecorder.start(db, stored=get_campaign_by_id(db, stored.id), channel="phone", call_id=claim.call_id)
    d.record_dial_result(
        db, claim.call_id, rules, disposition="busy", sip_status=486, sip_status_text="Busy Here", error=None
    )
    rec.finish("break-off")
    row = db.execute(
        "SELECT disposition, status, answered_at, next_attempt_at FROM calls WHERE id = ?", [claim.call_id]
    ).fetchone()
    assert row[:3] == ("busy", "ended", None) and row[3]
