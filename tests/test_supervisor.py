"""Help requests end to end at the core: escalation tool, waiting, answers from another connection
or process, first answer wins, time-outs, hang-ups, follow-ups, assignment and take-over."""

import asyncio
import json
import threading
from datetime import datetime, timezone

import pytest
from _salon import context, run_tool, salon

from customario.store.db import open_db
from customario.errors import ExitCode, NotFoundError, UsageError
from customario.escalation.help_requests import (
    AlreadyResolved,
    add_supervisor,
    answer_help_request,
    assign,
    classify_priority,
    create_help_request,
    dismiss_help_request,
    get_help_request,
    list_followups,
    on_duty,
)
from customario.escalation.knowledge import search


def answer_when_pending(db_path, text, by="sofia", count=1, learn=True, results=None):
    """Answer the next ``count`` pending requests from a second connection, newest first."""

    def run():
        other = open_db(db_path)
        done = 0
        try:
            while done < count:
                row = other.execute(
                    "SELECT id FROM help_requests WHERE status = 'pending' AND hold_state = 'waiting' "
                    "ORDER BY id DESC LIMIT 1"
                ).fetchone()
                if row is None:
                    threading.Event().wait(0.02)
                    continue
                out = answer_help_request(other, row[0], text.format(id=row[0]), by=by, learn=learn)
                if results is not None:
                    results.append(out)
                done += 1
        finally:
            other.close()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


def test_priority_rules():
    urgent, high = ["allergic reaction", "lawyer"], ["refund", "complaint"]
    assert classify_priority(["I had an allergic reaction to the dye"], urgent, high)[0] == "urgent"
    assert classify_priority(["I want a REFUND"], urgent, high)[0] == "high"
    assert classify_priority(["Do you do perms?"], urgent, high) == ("medium", "default")
    assert classify_priority(["Do you do perms?"], urgent, high, "low")[0] == "low"
    assert classify_priority(["refund please"], urgent, high, "low")[0] == "high"  # rules win over a lower hint
    assert classify_priority(["refundable?"], urgent, high)[0] == "medium"  # whole words only


def test_assignment_by_skills_owner_and_duty(db):
    assert assign(db, ["salon"], "medium") == (None, "no supervisors registered")
    add_supervisor(db, "sofia", role="owner", skills=["colour"])
    add_supervisor(db, "marcus", skills=["men", "billing"])
    assert assign(db, ["billing"], "high")[0] == "marcus"
    assert assign(db, ["billing"], "urgent") == ("sofia", "urgent: owner on duty")
    add_supervisor(db, "sofia", role="owner", skills=["colour"], available=False)
    name, reason = assign(db, ["colour"], "urgent")
    assert name == "marcus" and reason.startswith("urgent but no owner on duty")
    add_supervisor(db, "marcus", skills=["men"], available=False)
    assert assign(db, [], "medium") == (None, "no supervisor on duty")


def test_on_duty_hours_days_and_overnight():
    sup = {
        "available": 1,
        "timezone": "America/New_York",
        "days": ["mon", "tue", "wed", "thu", "fri"],
        "hours_start": "09:00",
        "hours_end": "17:00",
    }
    monday_noon_ny = datetime(2026, 11, 23, 17, 0, tzinfo=timezone.utc)  # 12:00 in New York
    assert on_duty(sup, monday_noon_ny)
    assert not on_duty(sup, datetime(2026, 11, 23, 23, 0, tzinfo=timezone.utc))  # 18:00
    assert not on_duty(sup, datetime(2026, 11, 22, 17, 0, tzinfo=timezone.utc))  # Sunday
    night = {**sup, "hours_start": "22:00", "hours_end": "06:00"}
    assert on_duty(night, datetime(2026, 11, 24, 7, 0, tzinfo=timezone.utc))  # Tue 02:00, Monday's shift
    assert not on_duty(night, datetime(2026, 11, 23, 7, 0, tzinfo=timezone.utc))  # Mon 02:00, Sunday off
    with pytest.raises(UsageError):
        from customario.escalation.roster import _hours

        _hours("9 to 5")


def test_escalation_is_answered_from_another_connection_and_learned(db, db_path):
    campaign = salon(db, deadline=20)
    ctx, said = context(db, campaign, contact={"id": None, "e164": "+14155550123"})
    answer_when_pending(db_path, "Yes, lash lifts are $75.")
    result = asyncio.run(run_tool(ctx, "escalate_to_supervisor", {"question": "Do you do eyelash extensions?"}))
    assert result["status"] == "answered"
    assert result["say"] == "My supervisor confirmed: Yes, lash lifts are $75."
    assert said == [campaign.campaign.escalation.hold_message]
    req = get_help_request(db, result["request_id"])
    assert req["hold_state"] == "relayed" and req["relayed_at"] >= req["answered_at"]
    assert req["caller"] == "+14155550123" and req["tags"] == ["salon"]
    # the next caller who asks a paraphrase gets it from the knowledge base, with its origin
    found = search(db, "can I get eyelash extensions there?", campaign="salon_reception")
    assert found.confident and found.best["source"] == "supervisor"
    assert found.best["help_request_id"] == req["id"] and found.best["created_by"] == "sofia"
    assert req["learned_article_id"] == found.best["id"]


def test_first_answer_wins_and_bad_answers_are_refused(db, db_path):
    req = create_help_request(db, question="Do you do perms?", deadline_s=30)
    with pytest.raises(UsageError, match="empty"):
        answer_help_request(db, req["id"], "   ")
    with pytest.raises(NotFoundError):
        answer_help_request(db, 999, "yes")
    barrier = threading.Barrier(2)
    outcomes = []

    def answer(name):
        other = open_db(db_path)
        barrier.wait()
        try:
            answer_help_request(other, req["id"], f"answer from {name}", by=name)
            outcomes.append(("won", name))
        except AlreadyResolved as exc:
            outcomes.append(("refused", str(exc)))
        finally:
            other.close()

    threads = [threading.Thread(target=answer, args=(n,)) for n in ("ana", "ben")]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(o[0] for o in outcomes) == ["refused", "won"]
    winner = next(o[1] for o in outcomes if o[0] == "won")
    assert get_help_request(db, req["id"])["answer"] == f"answer from {winner}"
    assert f"already answered by {winner}" in next(o[1] for o in outcomes if o[0] == "refused")
    assert db["kb_articles"].count == 1
    with pytest.raises(AlreadyResolved):
        dismiss_help_request(db, req["id"])


def test_supervisor_who_never_answers_times_out_then_late_answer_goes_to_followup(db):
    ctx, said = context(db, salon(db, deadline=0.3, filler_every=0.1, filler_message="Still checking."))
    result = asyncio.run(run_tool(ctx, "escalate_to_supervisor", {"question": "Can you dye eyebrows?"}))
    assert result["status"] == "timed-out" and "call you back" in result["say"]
    assert "Still checking." in said  # periodic filler while holding
    req = get_help_request(db, result["request_id"])
    assert (req["status"], req["hold_state"]) == ("timed-out", "timed-out")
    [fu] = list_followups(db)
    assert (fu["id"], fu["status"], fu["reason"]) == (result["followup_id"], "pending", "timed-out")
    late = answer_help_request(db, req["id"], "Yes, brow tint is $20.", by="sofia")
    assert late["delivery"] == "followup" and late["followup_id"] == fu["id"]
    [fu] = list_followups(db)
    assert (fu["status"], fu["answer"]) == ("ready", "Yes, brow tint is $20.")


def test_caller_who_hangs_up_while_holding_gets_a_followup(db):
    ctx, _ = context(db, salon(db, deadline=30))

    async def call_then_hang_up():
        task = asyncio.ensure_future(run_tool(ctx, "escalate_to_supervisor", {"question": "Do you do henna?"}))
        while not db.execute("SELECT 1 FROM help_requests WHERE hold_state = 'waiting'").fetchone():
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(call_then_hang_up())
    [req] = list(db.query("SELECT * FROM help_requests"))
    assert (req["status"], req["hold_state"]) == ("pending", "caller-left")
    out = answer_help_request(db, req["id"], "No henna, sorry.", by="sofia")
    assert out["delivery"] == "followup"
    [fu] = list_followups(db)
    assert (fu["reason"], fu["status"], fu["answer"]) == ("caller-left", "ready", "No henna, sorry.")


def test_several_callers_hold_at_once_and_each_gets_their_answer(db, db_path):
    campaign = salon(db, deadline=20)

    async def three_calls():
        calls = []
        for q in ("Do you do henna?", "Do you do perms?", "Do you do nails?"):
            ctx, _ = context(db, campaign)
            calls.append(run_tool(ctx, "escalate_to_supervisor", {"question": q}))
        answer_when_pending(db_path, "answer for request {id}", count=3, learn=False)
        return await asyncio.gather(*calls)

    results = asyncio.run(three_calls())
    assert [r["status"] for r in results] == ["answered"] * 3
    assert [r["answer"] for r in results] == [f"answer for request {r['request_id']}" for r in results]
    assert db["kb_articles"].count == 0  # --no-learn


def test_no_supervisor_on_duty_queues_a_callback_without_holding(db):
    add_supervisor(db, "sofia", role="owner", available=False)
    ctx, said = context(db, salon(db, deadline=30))
    result = asyncio.run(
        run_tool(ctx, "escalate_to_supervisor", {"question": "I had an allergic reaction after my colour"})
    )
    assert result["status"] == "callback" and "None of my colleagues" in result["say"]
    assert said == []  # nobody to wait for: no hold
    req = get_help_request(db, result["request_id"])
    assert (req["priority"], req["hold_state"], req["assigned_to"]) == ("urgent", "none", None)
    assert list_followups(db)[0]["reason"] == "no-supervisor"


def test_urgent_goes_to_the_owner_and_dismissal_is_relayed(db, db_path):
    add_supervisor(db, "sofia", role="owner", skills=["colour"])
    add_supervisor(db, "marcus", skills=["salon"])
    ctx, _ = context(db, salon(db, deadline=20))

    def dismiss_next():
        other = open_db(db_path)
        while True:
            row = other.execute(
                "SELECT id, assigned_to, priority FROM help_requests WHERE status = 'pending'"
            ).fetchone()
            if row:
                assert (row[1], row[2]) == ("sofia", "urgent")
                dismiss_help_request(other, row[0], by="sofia", reason="handled by phone")
                return
            threading.Event().wait(0.02)

    t = threading.Thread(target=dismiss_next, daemon=True)
    t.start()
    result = asyncio.run(run_tool(ctx, "escalate_to_supervisor", {"question": "My scalp has a burn from the bleach"}))
    t.join(5)
    assert result["status"] == "dismissed" and result["assigned_to"] == "sofia" and result["priority"] == "urgent"


def test_supervisor_joining_the_room_takes_over(db, db_path):
    from customario.escalation.supervisor_tool import TakeoverGate, is_supervisor_participant

    assert is_supervisor_participant("supervisor-sofia", 0)
    assert is_supervisor_participant("ana", "PARTICIPANT_KIND_STANDARD", {"customario.role": "supervisor"})
    assert not is_supervisor_participant("supervisor-sofia", 3)  # a SIP leg is not a supervisor
    assert not is_supervisor_participant("caller-123", 0)
    db["calls"].insert(
        {"id": 7, "channel": "phone", "status": "in-progress", "created_at": "2026-11-21T00:00:00+00:00"}
    )
    ctx, _ = context(db, salon(db, deadline=20), call_id=7)

    async def call():
        task = asyncio.ensure_future(run_tool(ctx, "escalate_to_supervisor", {"question": "Can I speak to the owner?"}))
        while not db.execute("SELECT 1 FROM help_requests WHERE hold_state = 'waiting'").fetchone():
            await asyncio.sleep(0.01)
        gate = TakeoverGate(open_db(db_path), call_id=7, state=ctx.state)
        assert gate.participant_connected("caller-1", 3) is False
        assert gate.participant_connected("supervisor-sofia", 0) is True
        assert gate.human_in_control and ctx.state["taken_over_by"] == "sofia"
        return await task

    result = asyncio.run(call())
    assert result["status"] == "taken-over" and result["say"] == ""


def test_supervisor_cli_from_a_second_process(db, db_path, run_cli):
    """The caller holds in this process; `customario supervisor answer` runs as another process."""
    ctx, _ = context(db, salon(db, deadline=60))
    results = {}

    async def call():
        task = asyncio.ensure_future(run_tool(ctx, "escalate_to_supervisor", {"question": "Do you do hair tinsel?"}))
        while not db.execute("SELECT 1 FROM help_requests WHERE hold_state = 'waiting'").fetchone():
            await asyncio.sleep(0.01)
        listing = await asyncio.to_thread(run_cli, "supervisor", "list", "--status", "pending", "--json")
        results["list"] = listing
        rid = json.loads(listing.stdout)[0]["id"]
        results["answer"] = await asyncio.to_thread(
            run_cli, "supervisor", "answer", str(rid), "Yes, tinsel is $2 a strand.", "--by", "sofia"
        )
        results["again"] = await asyncio.to_thread(run_cli, "supervisor", "answer", str(rid), "No.", "--by", "marcus")
        return await task

    result = asyncio.run(call())
    [row] = json.loads(results["list"].stdout)
    assert row["on_hold_s"] is not None and row["question"] == "Do you do hair tinsel?"
    assert results["answer"].returncode == 0, results["answer"].stderr
    assert "relays it to the caller on hold" in results["answer"].stderr
    assert result["say"] == "My supervisor confirmed: Yes, tinsel is $2 a strand."
    assert results["again"].returncode == ExitCode.ERROR and "already answered by sofia" in results["again"].stderr
    assert run_cli("supervisor", "answer", "999", "x").returncode == ExitCode.NOT_FOUND
    assert run_cli("supervisor", "answer", str(row["id"]), " ").returncode == ExitCode.USAGE


def test_roster_and_followups_cli(cli):
    assert (
        cli(
            "supervisor",
            "add",
            "sofia",
            "--owner",
            "--skills",
            "colour,bridal",
            "--hours",
            "09:00-18:00",
            "--timezone",
            "America/Los_Angeles",
        ).exit_code
        == 0
    )
    assert cli("supervisor", "add", "x", "--hours", "25:00-26:00").exit_code == ExitCode.USAGE
    assert cli("supervisor", "available", "sofia", "off").exit_code == 0
    [sup] = json.loads(cli("supervisor", "roster", "--json").stdout)
    assert sup["skills"] == ["bridal", "colour"] and sup["available"] == 0 and sup["on_duty"] is False
    assert cli("supervisor", "available", "nobody", "on").exit_code == ExitCode.NOT_FOUND
    assert cli("supervisor", "remove", "sofia").exit_code == 0
    assert json.loads(cli("followups", "list", "--json").stdout) == []
    assert cli("followups", "done", "42").exit_code == ExitCode.NOT_FOUND


def test_hold_audio_hook_starts_and_stops(db):
    class Player:
        def __init__(self):
            self.events = []

        async def start(self):
            self.events.append("start")

        def stop(self):
            self.events.append("stop")

    ctx, _ = context(db, salon(db, deadline=0.05))
    ctx.state["hold_audio"] = player = Player()
    result = asyncio.run(run_tool(ctx, "escalate_to_supervisor", {"question": "Do you do henna?"}))
    assert result["status"] == "timed-out" and player.events == ["start", "stop"]


def test_supervisor_list_watch_refreshes_until_interrupted(db_path, run_cli):
    import os
    import signal
    import subprocess
    import sys

    from conftest import REPO, ctrl_c_as_from_a_terminal

    db = open_db(db_path)
    create_help_request(db, question="Do you do henna?", caller="+14155550123", deadline_s=60)
    db.close()
    env = {**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "customario", "supervisor", "list", "--watch", "--interval", "0.2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
        preexec_fn=ctrl_c_as_from_a_terminal,  # a test run started in the background ignores SIGINT
    )
    try:
        header = proc.stdout.readline()
        row = proc.stdout.readline()
        proc.stdout.readline()
        again = proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGINT)
        # Reading both pipes while it stops rules out a child blocked on a full pipe.
        proc.communicate(timeout=60)
        code = proc.returncode
    assert header.split()[:3] == ["id", "priority", "status"] and again == header
    assert "Do you do henna?" in row and "******0123" in row and "+14155550123" not in row
    assert code == 0
