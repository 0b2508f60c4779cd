"""Nobody is lost on hold: a caller who leaves ends the wait at once, follow-ups carry a way to reach
them, and a late answer goes out through the outbox when they agreed."""

import asyncio
import json
import os
import signal
import shutil
import subprocess
import sys

from _salon import context, drive, salon
from conftest import REPO, ctrl_c_as_from_a_terminal

from customario.escalation.help_requests import answer_help_request, list_followups


def _policy(db, ctx):
    import importlib

    from customario.plugins.manager import discover

    discover()
    return importlib.import_module("customario.campaigns.salon_reception.policy").SalonPolicy(
        ctx.campaign, ctx.contact, ctx
    )


def test_caller_gone_flag_ends_the_wait_at_once(db):
    from customario.escalation.supervisor_tool import EscalateArgs, escalate

    ctx, _ = context(db, salon(db, deadline=600), contact={"e164": "+14155550123"})

    async def hold_then_leave():
        task = asyncio.ensure_future(escalate(ctx, EscalateArgs(question="Do you do henna?")))
        while not db.execute("SELECT 1 FROM help_requests WHERE hold_state = 'waiting'").fetchone():
            await asyncio.sleep(0.01)
        ctx.state["caller_gone"] = True  # EOF, Ctrl-C or the room's disconnect
        return await asyncio.wait_for(task, 30)  # a safety bound: the deadline is 10 minutes

    result = asyncio.run(hold_then_leave())
    assert result["status"] == "caller-left" and result["say"] == ""
    [fu] = list_followups(db)
    assert (fu["reason"], fu["caller"], fu["priority"], fu["status"]) == (
        "caller-left",
        "+14155550123",
        "medium",
        "pending",
    )


def test_timed_out_caller_agrees_to_a_text_and_gets_the_late_answer(db):
    ctx, _ = context(db, salon(db, deadline=0.05), contact={"e164": "+14155550123"})
    lines, _ = asyncio.run(drive(_policy(db, ctx), ctx, ["Do you do henna tattoos?", "yes please"]))
    text = " ".join(lines)
    assert "text you the answer" in text and "by text message as soon as we have it" in text
    [fu] = list_followups(db)
    assert fu["consent"] == "sms" and fu["status"] == "pending"
    answer_help_request(db, fu["help_request_id"], "Yes, henna from $25.", by="ana", learn=False)
    [fu] = list_followups(db)
    assert fu["status"] == "sent" and fu["outbox_id"]
    msg = db.execute("SELECT channel, to_addr, kind, body FROM outbox WHERE id = ?", [fu["outbox_id"]]).fetchone()
    assert msg[:3] == ("sms", "+14155550123", "followup") and "henna from $25" in msg[3]


def test_console_caller_without_a_number_is_asked_for_one(db):
    ctx, _ = context(db, salon(db, deadline=0.05))  # console: no caller ID at all
    lines, _ = asyncio.run(drive(_policy(db, ctx), ctx, ["Do you do henna tattoos?", "it's jo@example.com"]))
    assert any("best phone number or e-mail" in line for line in lines)
    [fu] = list_followups(db)
    assert (fu["email"], fu["consent"]) == ("jo@example.com", "email")
    answer_help_request(db, fu["help_request_id"], "Yes, henna from $25.", by="ana", learn=False)
    row = db.execute("SELECT channel, to_addr, subject, message_id FROM outbox WHERE kind = 'followup'").fetchone()
    assert row[:3] == ("email", "jo@example.com", "The answer to your question") and row[3].startswith("<")


def test_caller_who_declines_gets_a_call_back_only(db):
    ctx, _ = context(db, salon(db, deadline=0.05), contact={"e164": "+14155550123"})
    asyncio.run(drive(_policy(db, ctx), ctx, ["Do you do henna tattoos?", "no thanks, just call me"]))
    [fu] = list_followups(db)
    assert fu["consent"] is None
    answer_help_request(db, fu["help_request_id"], "Yes.", by="ana", learn=False)
    assert db.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'followup'").fetchone()[0] == 0
    assert list_followups(db)[0]["status"] == "ready"


def test_ctrl_c_on_hold_does_not_keep_the_process_alive(db_path, run_cli, tmp_path):
    text = (REPO / "customario/campaigns/salon_reception/salon_reception.yaml").read_text()
    # definitions name files only inside their own folder (issue 16): bring the profile along
    shutil.copytree(REPO / "customario/campaigns/salon_reception/knowledge", tmp_path / "knowledge")
    text = text.replace("name: salon_reception", "name: salon_slow").replace("deadline: 60s", "deadline: 600s")
    slow = tmp_path / "salon_slow.yaml"
    slow.write_text(text)
    assert run_cli("campaign", "add", str(slow)).returncode == 0
    env = {**os.environ, "CUSTOMARIO_DB": str(db_path), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "customario", "console", "salon_slow", "--text", "--phone", "+14155550123"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
        preexec_fn=ctrl_c_as_from_a_terminal,
    )
    try:
        proc.stdin.write("Can you dye my eyebrows purple?\n")
        proc.stdin.flush()
        seen = ""
        while "let me check with my manager" not in seen:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            seen += line
        proc.send_signal(signal.SIGINT)  # stdin stays open: only Ctrl-C ends it
        code = proc.wait(timeout=60)  # a safety bound far under the 10-minute hold deadline it guards
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 130
    [req] = json.loads(run_cli("supervisor", "list", "--json").stdout)
    assert req["hold_state"] == "caller-left"
    [fu] = json.loads(run_cli("followups", "list", "--json").stdout)
    assert fu["reason"] == "caller-left" and fu["caller"] == "+14155550123"


def test_the_callers_room_disconnect_ends_the_hold():
    from types import SimpleNamespace

    from customario.conversation.takeover import RoomTakeover

    class Emitter:
        def on(self, *_a):
            pass

    state: dict = {}
    prep = SimpleNamespace(
        recorder=SimpleNamespace(call_id=None), tool_ctx=SimpleNamespace(state=state), session=Emitter()
    )
    t = RoomTakeover(Emitter(), prep, None, caller_identity="sip-12")
    t.on_participant_disconnected(SimpleNamespace(identity="observer-1", kind=0))
    assert "caller_gone" not in state  # someone else left: the caller still holds
    t.on_participant_disconnected(SimpleNamespace(identity="sip-12", kind=3))
    assert state["caller_gone"] is True


def test_doctor_reports_the_webhook(db):
    import asyncio as aio

    from customario.config import Settings
    from customario.dialing.operations import doctor_checks

    checks = aio.run(doctor_checks(db, Settings(db="x", webhook_url="http://127.0.0.1:9/h"), timeout_s=1))
    [hook] = [c for c in checks if c["check"] == "supervisor webhook"]
    assert not hook["ok"] and "webhook_secret" in hook["detail"]


def test_caller_who_agreed_then_left_gets_the_late_answer_by_text(db):
    """A model agent escalates with the caller's agreement (send_answer_by); the caller hangs up while
    holding: the wait ends at once and the supervisor's later answer goes out by SMS."""
    from customario.escalation.supervisor_tool import EscalateArgs, escalate

    ctx, _ = context(db, salon(db, deadline=600), contact={"e164": "+14155550123"})

    async def hold_then_leave():
        task = asyncio.ensure_future(escalate(ctx, EscalateArgs(question="Do you do henna?", send_answer_by="sms")))
        while not db.execute("SELECT 1 FROM help_requests WHERE hold_state = 'waiting'").fetchone():
            await asyncio.sleep(0.01)
        ctx.state["caller_gone"] = True
        return await asyncio.wait_for(task, 30)

    result = asyncio.run(hold_then_leave())
    assert result["status"] == "caller-left"
    [fu] = list_followups(db)
    assert (fu["reason"], fu["consent"], fu["caller"]) == ("caller-left", "sms", "+14155550123")
    answer_help_request(db, fu["help_request_id"], "Yes, henna from $25.", by="ana", learn=False)
    msg = db.execute("SELECT channel, to_addr, kind, body FROM outbox WHERE kind = 'followup'").fetchone()
    assert msg[:3] == ("sms", "+14155550123", "followup") and "henna from $25" in msg[3]
