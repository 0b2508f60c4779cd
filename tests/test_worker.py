"""The agent worker's job on livekit-agents' fake job context with the offline stack (text I/O:
no LiveKit room exists in tests)."""

from __future__ import annotations

import asyncio
import json

import pytest

from customario.dialing import claims as d
from customario.conversation import worker
from customario.definitions.catalog import add_campaign
from customario.definitions import parse_definition
from customario.dialing.eligibility import Rules, count_reasons
from tests.dialer_helpers import WED_NOON_NY, add_contacts

SURVEY = {
    "name": "phone_survey",
    "kind": "survey",
    "consent": {"required": False},
    "calling": {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]},
    "voicemail": {"policy": "leave-message", "message": "Hi {{first_name|there}}, we will call back tomorrow."},
    "questions": [{"id": "recommend", "type": "nps", "text": "How likely are you to recommend us?"}],
}


@pytest.fixture
def settings(db_path):
    from customario.config import load_settings

    return load_settings(env={"CUSTOMARIO_DB": str(db_path), "CUSTOMARIO_STACK": "offline"}, load_dotenv_file=False)


def _answered_calls(db, n=1, data=SURVEY):
    stored, _ = add_campaign(db, parse_definition(data, "test"))
    rules = Rules.from_campaign(stored.campaign)
    add_contacts(db, n, tz="Etc/GMT+5")
    claims, _ = d.claim_leads(
        db, rules, campaign_id=stored.id, n=n, concurrency=5, cps=10, owner=d.owner_id(), now=WED_NOON_NY
    )
    for c in claims:
        d.mark_dialing(db, c.call_id)
        d.record_dial_result(
            db, c.call_id, rules, disposition="answered", sip_status=200, sip_status_text="OK", error=None
        )
    return stored, rules, claims


def test_voicemail_policy_and_metadata():
    c = parse_definition(SURVEY, "t")
    assert worker.voicemail_action(c, None) == "converse"
    assert worker.voicemail_action(c, "human") == worker.voicemail_action(c, "uncertain") == "converse"
    assert worker.voicemail_action(c, "machine-vm") == "leave-message"
    assert worker.voicemail_action(c, "machine-unavailable") == worker.voicemail_action(c, "machine-ivr") == "hangup"
    hang = parse_definition({**SURVEY, "voicemail": {"policy": "hangup"}}, "t")
    assert worker.voicemail_action(hang, "machine-vm") == "hangup"
    assert worker.job_metadata('{"call_id": 7}') == {"call_id": 7} and worker.job_metadata("") == {}
    from customario.errors import UsageError

    with pytest.raises(UsageError):
        worker.job_metadata("[1]")
    assert not worker.amd_enabled("offline", "ws://127.0.0.1:7880")
    assert worker.amd_enabled("anthropic", None) and worker.amd_enabled("offline", "wss://x.livekit.cloud")


def test_dispatched_call_runs_on_the_dialers_row_and_completes_the_lead(db, settings):
    from livekit.agents.testing import fake_job_context

    from customario.conversation.engine import TextConversation

    stored, rules, claims = _answered_calls(db)
    call_id = claims[0].call_id

    async def job():
        with fake_job_context(job_metadata=json.dumps({"call_id": call_id, "campaign": "phone_survey"})) as ctx:
            meta = worker.job_metadata(ctx.job.metadata)
            st, contact, call = worker.load_call(db, meta["call_id"])
            assert st.id == stored.id and contact["e164"] == "+12125550000" and call["status"] == "in-progress"
            conv = await TextConversation.start(db, settings, st, contact=contact, channel="phone", call_id=call_id)
            replies = await conv.send("nine")
            await conv.close()
            return conv.opening, replies, conv.disposition

    opening, replies, disposition = asyncio.run(job())
    assert "Lead0" in opening[0] and disposition == "complete"
    turns = [r["role"] for r in db.query("SELECT role FROM turns WHERE call_id = ? ORDER BY seq", [call_id])]
    assert turns == ["agent", "caller", "agent"]
    row = db.execute("SELECT status, disposition, direction, channel FROM calls WHERE id = ?", [call_id]).fetchone()
    assert row == ("ended", "complete", "outbound", "phone")
    assert count_reasons(db, rules, now=WED_NOON_NY)["completed"] == 1  # never dialed again


def test_voicemail_leaves_the_scripted_message_and_records_voicemail(db, settings):
    from livekit.agents.testing import fake_job_context

    from customario.conversation.engine import prepare_session

    stored, rules, claims = _answered_calls(db)
    call_id = claims[0].call_id

    async def job():
        with fake_job_context(job_metadata=json.dumps({"call_id": call_id})) as ctx:
            st, contact, _ = worker.load_call(db, call_id)
            prep = await prepare_session(
                db, settings, st, contact=contact, channel="phone", call_id=call_id, history=[]
            )
            await prep.session.start(prep.agent, record=False)
            action = worker.voicemail_action(st.campaign, "machine-vm")
            await worker._finish_machine(prep, ctx, action, worker.voicemail_text(st, contact, settings))

    asyncio.run(job())
    assert db.execute("SELECT disposition FROM calls WHERE id = ?", [call_id]).fetchone()[0] == "voicemail"
    said = [r[0] for r in db.execute("SELECT text FROM turns WHERE call_id = ?", [call_id])]
    assert said == ["Hi Lead0, we will call back tomorrow."]
    counts = count_reasons(db, rules, now=WED_NOON_NY)
    assert counts["backoff"] == 1  # voicemail back-off (1 day by default), then dialed again


def test_inbound_caller_is_identified_and_prior_calls_are_context(db, settings):
    from livekit.agents.testing import fake_job_context

    stored, rules, claims = _answered_calls(db)
    d.finish_answered(db, claims[0].call_id, rules)
    db.execute(
        "INSERT INTO turns (call_id, seq, role, text, started_at) VALUES (?, 1, 'caller', 'call me after five', ?)",
        [claims[0].call_id, WED_NOON_NY.isoformat()],
    )
    db.conn.commit()
    inbound, _ = add_campaign(
        db, parse_definition({"name": "front_desk", "kind": "inbound", "consent": {"required": False}}, "t")
    )
    contact = worker.identify_caller(db, "sip:+1 (212) 555-0000@pstn.example", "US")
    assert contact["id"] == claims[0].lead.contact_id
    assert worker.identify_caller(db, "+442071838750")["id"] is None  # unknown caller: number only
    assert worker.inbound_campaign(db, {}, settings).name == "front_desk"

    async def job():
        with fake_job_context(job_metadata=""):
            prep = await worker.start_inbound_session(db, settings, inbound, contact, audio=False)
            return prep, [m.text_content for m in prep.agent.chat_ctx.items if getattr(m, "role", None) == "system"]

    prep, system_lines = asyncio.run(job())
    assert any("call me after five" in (s or "") for s in system_lines)
    row = db.execute(
        "SELECT direction, channel, contact_id, campaign FROM calls WHERE id = ?", [prep.recorder.call_id]
    ).fetchone()
    assert row == ("inbound", "phone", contact["id"], "front_desk")


def test_agent_start_without_livekit_settings_is_a_config_error(cli, monkeypatch):
    for name in ("LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"):
        monkeypatch.setenv(name, "")
    res = cli("agent", "start")
    assert res.exit_code == 3 and "LIVEKIT_URL" in res.stderr
