"""Supervisor take-over wired to room events (customario.conversation.takeover).

The room is a real, unconnected livekit ``rtc.Room`` fed with the protobuf room events its FFI
listener would deliver (``participant_connected`` / ``participant_disconnected``); the session is a
real livekit-agents AgentSession in text mode on the offline stack; the gate, help requests and
turns are real SQLite writes. What needs a real LiveKit server (audio muting, SIP caller) is not run."""

import asyncio
import json
import shutil

import numpy as np
import pytest
from _rtc_events import joined, left
from _salon import salon
from conftest import REPO

from customario.conversation.takeover import RESUME_LINE, attach_takeover

SURVEY = {
    "name": "phone_survey",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend us?"},
        {"id": "why", "type": "open", "text": "What is the main reason for your score?"},
    ],
}


@pytest.fixture
def settings(db_path, monkeypatch):
    from customario.config import load_settings

    monkeypatch.chdir(REPO)
    return load_settings(env={"CUSTOMARIO_DB": str(db_path), "CUSTOMARIO_STACK": "offline"}, load_dotenv_file=False)


def turns(db, call_id):
    return [(r[0], r[1]) for r in db.execute("SELECT role, text FROM turns WHERE call_id = ? ORDER BY seq", [call_id])]


def test_supervisor_joins_a_holding_call_takes_over_and_hands_back(db, settings):
    from livekit import rtc

    from customario.conversation.engine import TextConversation

    async def call():
        room = rtc.Room()
        conv = await TextConversation.start(db, settings, salon(db, deadline=30), channel="phone")
        joined(room, "sip-caller", kind=3)
        tk = attach_takeover(room, conv.prepared, db, caller_identity="sip-caller")
        asking = asyncio.ensure_future(conv.send("Do you do eyelash extensions?"))
        while not any("check" in line for line in conv.prepared.agent_lines):  # the hold line was said
            await asyncio.sleep(0.01)
        assert db.execute("SELECT hold_state FROM help_requests").fetchone() == ("waiting",)
        joined(room, "supervisor-sofia")
        on_hold = await asking  # the escalation tool returns taken-over: nothing more is said
        state = dict(conv.prepared.tool_ctx.state)
        during = await conv.send("hello?")  # the caller talks to the supervisor, not the agent
        left(room, "supervisor-sofia")
        await asyncio.gather(*tk.tasks)
        after = await conv.send("that's all, bye")
        await conv.close()
        return conv, tk, on_hold, state, during, after

    conv, tk, on_hold, state, during, after = asyncio.run(call())
    assert len(on_hold) == 1 and "check" in on_hold[0]  # only the hold line
    assert state["taken_over"] is True and state["taken_over_by"] == "sofia"
    assert during == []
    [req] = db.execute("SELECT status, dismiss_reason, answered_by FROM help_requests").fetchall()
    assert req == ("dismissed", "taken-over", "sofia")
    rows = turns(db, conv.call_id)
    system = [t for r, t in rows if r == "system"]
    assert system == ["supervisor sofia took over", "supervisor sofia left; the agent resumed"]
    took = rows.index(("system", "supervisor sofia took over"))
    back = rows.index(("system", "supervisor sofia left; the agent resumed"))
    assert [r for r, _ in rows[took:back]].count("agent") == 0  # silent while the human had the call
    assert rows[back + 1] == ("agent", RESUME_LINE)
    assert after and "Thanks for calling" in after[-1] and conv.disposition == "complete"
    assert not tk.human_in_control


def test_agent_stays_silent_with_a_policy_that_would_speak_and_when_the_caller_has_gone(db, settings):
    """The survey policy knows nothing about take-overs: the session-level guard keeps it quiet."""
    from livekit import rtc

    from customario.definitions.catalog import add_campaign
    from customario.conversation.engine import TextConversation
    from customario.definitions import parse_definition

    stored, _ = add_campaign(db, parse_definition(SURVEY, "test"))

    async def call():
        room = rtc.Room()
        joined(room, "supervisor-ana")  # already in the room when the agent arrives
        conv = await TextConversation.start(db, settings, stored, channel="phone")
        joined(room, "sip-7", kind=3)
        tk = attach_takeover(room, conv.prepared, db, caller_identity="sip-7")
        silent = await conv.send("nine")
        handle = conv.session.generate_reply(instructions="say something")  # any reply is cut at creation
        await handle
        joined(room, "supervisor-marcus", attributes={"customario.role": "supervisor"})
        joined(room, "sip-8", kind=3, attributes={"customario.role": "x"})  # another SIP leg: no effect
        left(room, "supervisor-ana")
        still = await conv.send("ten")
        left(room, "sip-7")  # the caller hangs up while marcus is there
        left(room, "supervisor-marcus")
        await conv.close()
        return conv, tk, silent, handle, still

    conv, tk, silent, handle, still = asyncio.run(call())
    assert silent == [] and still == [] and handle.interrupted
    rows = turns(db, conv.call_id)
    assert [t for r, t in rows if r == "system"] == [
        "supervisor ana took over",
        "supervisor marcus joined",
        "supervisor ana left",
        "supervisor marcus left",
    ]
    assert [r for r, _ in rows if r == "agent"] == ["agent"]  # the opening, spoken before attach
    assert tk.tasks == [] and tk.human_in_control  # nobody to resume for


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (apt-get install espeak-ng)")
def test_voice_session_is_cut_off_muted_and_unmuted(db, settings):
    """Offline voice stack with WAV audio I/O (no room): the supervisor joins while the opening is
    playing; the speech is cut, audio in/out are disabled, then enabled again with one line spoken."""
    from livekit import rtc

    from customario.definitions.catalog import add_campaign
    from customario.conversation.engine import prepare_session
    from customario.conversation.voice.audio_io import WavAudioInput, WavAudioOutput
    from customario.definitions import parse_definition

    stored, _ = add_campaign(db, parse_definition(SURVEY, "test"))

    async def call():
        room = rtc.Room()
        joined(room, "sip-1", kind=3)
        prep = await prepare_session(db, settings, stored, channel="phone", audio=True)
        session = prep.session
        session.input.audio = WavAudioInput(np.zeros(1600, dtype=np.int16), pace="realtime")
        session.output.audio = out = WavAudioOutput(None, realtime=True)
        await session.start(prep.agent, record=False)
        tk = attach_takeover(room, prep, db, caller_identity="sip-1")
        opening = asyncio.ensure_future(prep.open())
        while session.agent_state != "speaking":
            await asyncio.sleep(0.01)
        speech = session.current_speech
        joined(room, "supervisor-ana")
        await opening
        muted = (session.input.audio_enabled, session.output.audio_enabled, speech.interrupted)
        left(room, "supervisor-ana")
        await asyncio.gather(*tk.tasks)
        unmuted = (session.input.audio_enabled, session.output.audio_enabled)
        segments = len(out.segments)
        prep.recorder.finish("break-off")
        await session.aclose()
        return prep, muted, unmuted, segments

    prep, muted, unmuted, segments = asyncio.run(call())
    assert muted == (False, False, True) and unmuted == (True, True)
    assert segments == 2  # the cut opening and the resume line
    rows = turns(db, prep.recorder.call_id)
    assert ("agent", RESUME_LINE) in rows and ("system", "supervisor ana took over") in rows


def test_supervisor_token_grants_and_hint(cli, monkeypatch):
    from livekit import api

    monkeypatch.setenv("LIVEKIT_API_KEY", "devkey")
    monkeypatch.setenv("LIVEKIT_API_SECRET", "s" * 32)
    monkeypatch.setenv("LIVEKIT_URL", "ws://127.0.0.1:7880")
    res = cli("token", "--room", "customario-call-12", "--identity", "supervisor-ana", "--json")
    assert res.exit_code == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["takes_over"] is True and "takes the call over" in res.stderr
    claims = api.TokenVerifier("devkey", "s" * 32).verify(out["token"])
    assert claims.identity == "supervisor-ana" and claims.video.room == "customario-call-12"
    assert claims.video.room_join and claims.video.can_publish and claims.video.can_subscribe
    assert claims.attributes == {"customario.role": "supervisor"}
    plain = cli("token", "--room", "r1", "--identity", "tester")
    claims = api.TokenVerifier("devkey", "s" * 32).verify(plain.stdout.strip())
    assert claims.identity == "tester" and not claims.attributes and "takes the call over" not in plain.stderr
