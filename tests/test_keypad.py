"""Keypad (DTMF) answers (issue 11): the survey policy's rules, and the room session's collector.

The room is a real, unconnected livekit ``rtc.Room`` fed with the protobuf room events its FFI
listener delivers (tests/test_takeover.py does the same): a caller joining (``participant_connected``)
and each key as a ``data_packet_received`` event carrying ``SipDTMF(code, digit)``, which is how
LiveKit's SIP service hands DTMF to the room. The session is a real livekit-agents AgentSession on
the offline stack, started by ``run_room_session`` with the room's audio and text I/O off; answers
and turns are real SQLite rows. What needs a real SIP trunk (RFC 4733 tones on a line) is not run.
"""

import asyncio
import csv
import io
import json
from datetime import datetime, timezone

import pytest
from _rtc_events import joined, left

from customario.definitions import Campaign, parse_definition
from customario.definitions.catalog import add_campaign
from customario.dialogue import keypad
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import record_calls as _records, said as _said

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)
SURVEY = {
    "name": "phone_keys",
    "kind": "survey",
    "consent": {"required": False},
    "understanding": {"keypad_timeout": 0.5},
    "questions": [
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend us?"},
        {"id": "again", "type": "yes_no", "text": "Would you buy from us again?"},
        {
            "id": "channel",
            "type": "single_choice",
            "text": "Online, by phone, in a store or by mail?",
            "choices": [
                {"code": "online", "label": "online"},
                {"code": "phone", "label": "by phone"},
                {"code": "store", "label": "in a store"},
                {"code": "mail", "label": "by mail"},
            ],
        },
        {"id": "visits", "type": "number", "text": "How many times did you visit?", "min": 0, "max": 50},
        {"id": "why", "type": "open", "text": "What could we do better?", "required": False},
    ],
}


def _campaign(**understanding) -> Campaign:
    data = json.loads(json.dumps(SURVEY))
    data["understanding"] = {**data["understanding"], **understanding}
    return parse_definition(data, "test")


def _policy(channel="phone", **understanding) -> SurveyPolicy:
    policy = SurveyPolicy(_campaign(**understanding), tz="UTC", now=lambda: NOW, channel=channel)
    policy.opening()
    return policy


def test_keyed_answers_are_exact_stored_at_once_and_never_read_back():
    policy = _policy()
    out = policy.respond_keypad("7")
    [rec] = _records(out)
    assert (rec["question_id"], rec["value"], rec["status"]) == ("recommend", 7, "valid")
    assert (rec["confidence"], rec["method"], rec["confirmed"], rec["answer"]) == (1.0, "keypad", False, "[keypad] 7")
    assert policy.phase == "question" and policy.current.id == "again"  # no read-back
    assert _records(policy.respond_keypad("2"))[0]["value"] == "no"
    assert _records(policy.respond_keypad("3"))[0]["value"] == "store"  # the third choice
    assert _records(policy.respond_keypad("12"))[0]["value"] == 12
    assert policy.current.id == "why"


@pytest.mark.parametrize(
    "skip, keys, reason",
    [
        (0, "11", "0 to 10"),
        (1, "3", "1 for yes or 2 for no"),
        (2, "7", "1 to 4"),
        (3, "51", "0 to 50"),
        (0, "", "0 to 10"),
    ],
)
def test_an_entry_out_of_range_is_asked_again_never_clamped(skip, keys, reason):
    policy = _policy()
    for _ in range(skip):
        policy.respond_keypad({"recommend": "5", "again": "1", "channel": "1"}[policy.current.id])
    asked = policy.current.id
    out = policy.respond_keypad(keys)
    assert _records(out) == [] and policy.current.id == asked and reason in _said(out)
    out = policy.respond_keypad(keys)  # the question's reask.max_attempts (2): recorded invalid, no value
    [rec] = _records(out)
    assert (rec["question_id"], rec["status"], rec["value"], rec["method"]) == (asked, "invalid", None, "keypad")


def test_a_key_during_a_read_back_replaces_the_reading():
    policy = _policy()
    out = policy.respond("nine, no wait, eight", confidence=0.95)
    assert policy.phase == "confirm" and "I heard eight" in _said(out)
    [rec] = _records(policy.respond_keypad("6"))
    assert (rec["question_id"], rec["value"], rec["method"]) == ("recommend", 6, "keypad")
    assert policy.phase == "question" and policy.current.id == "again"


def test_the_keypad_is_offered_after_a_failed_spoken_answer_on_the_phone_only():
    policy = _policy()
    out = policy.respond("purple elephant", confidence=0.4)
    assert _said(out).endswith(keypad.OFFER) and _said(out).count(".") <= 4
    policy.respond_keypad("8")
    out = policy.respond("banana", confidence=0.4)  # yes/no: the keys are named
    assert _said(out).endswith("Press 1 for yes or 2 for no.")
    # A denied read-back offers it too; an empty recognition ("didn't catch that") as well.
    policy = _policy()
    policy.respond("nine, no wait, eight", confidence=0.95)
    assert _said(policy.respond("no", confidence=0.9)).endswith(keypad.OFFER)
    assert _said(policy.respond("", confidence=None)).endswith(keypad.OFFER)
    # Typed text (no recogniser confidence), a channel without a keypad, or the campaign switch off: no offer.
    assert keypad.OFFER not in _said(_policy().respond("purple elephant"))
    assert keypad.OFFER not in _said(_policy(channel="web").respond("purple elephant", confidence=0.4))
    assert keypad.OFFER not in _said(_policy(keypad=False).respond("purple elephant", confidence=0.4))


def test_keys_are_not_taken_where_they_do_not_fit_or_when_switched_off():
    policy = _policy(keypad=False)
    out = policy.respond_keypad("7")
    assert _records(out) == [] and _said(out).startswith("Sorry, please say your answer.")
    policy = _policy()
    for keys in ("5", "1", "1", "3"):
        policy.respond_keypad(keys)
    assert policy.current.type == "open"
    out = policy.respond_keypad("4")
    assert _records(out) == [] and policy.current.id == "why" and "please say" in _said(out)
    # Words are never keys: "[keypad] 7" typed or heard is read as words (a 7, but not a keypad entry).
    [rec] = _records(_policy().respond("[keypad] 7"))
    assert rec["method"] != "keypad"


def test_keys_for_is_the_inverse_of_read_keys():
    c = _campaign()
    for q, value in zip(c.questions, (10, "yes", "mail", 0)):
        keys = keypad.keys_for(q, value)
        assert keypad.read_keys(q, keys).value == value
    nps, number = c.question("recommend"), c.question("visits")
    assert keypad.keys_for(nps, 11) is None and keypad.keys_for(number, 2.5) is None
    assert keypad.keys_for(number, -1) is None and keypad.keys_for(c.question("why"), "x") is None


# -- the room session --------------------------------------------------------------------------------
@pytest.fixture
def settings(db_path):
    from customario.config import load_settings

    return load_settings(env={"CUSTOMARIO_DB": str(db_path), "CUSTOMARIO_STACK": "offline"}, load_dotenv_file=False)


def press(room, identity, keys):
    """Each key as the SIP service delivers it: a data packet with ``SipDTMF(code, digit)``
    (RFC 4733 event codes: 0-9, * = 10, # = 11)."""
    from livekit.rtc._proto import room_pb2

    for digit in keys:
        code = {"*": 10, "#": 11}.get(digit, int(digit) if digit.isdigit() else 12)
        room._on_room_event(
            room_pb2.RoomEvent(
                data_packet_received=room_pb2.DataPacketReceived(
                    participant_identity=identity, sip_dtmf=room_pb2.SipDTMF(code=code, digit=digit)
                )
            )
        )


class _JobContext:
    """The parts of a livekit-agents JobContext that run_room_session uses."""

    def __init__(self, room):
        self.room = room

    async def delete_room(self):
        return None


async def _until(check, seconds=60.0):
    """Wait until ``check()`` is true (bounded, so a broken build fails instead of hanging)."""
    for _ in range(int(seconds / 0.02)):
        if check():
            return True
        await asyncio.sleep(0.02)
    return False


def test_dtmf_in_the_room_reaches_the_survey_as_keypad_answers(db, settings, cli):
    from livekit import rtc
    from livekit.agents import room_io

    from customario.conversation.engine import prepare_session, run_room_session

    stored, _ = add_campaign(db, _campaign())

    def answers():
        return {r["question_id"]: r for r in db.query("SELECT * FROM answers")}

    async def call():
        room = rtc.Room()
        joined(room, "sip-1", kind=3)
        joined(room, "web-guest")
        prep = await prepare_session(db, settings, stored, channel="phone")
        options = room_io.RoomOptions(
            audio_input=False, audio_output=False, text_input=False, text_output=False, participant_identity="sip-1"
        )
        prep = await run_room_session(
            _JobContext(room), db=db, settings=settings, prep=prep, room_options=options, caller_identity="sip-1"
        )
        press(room, "web-guest", "9#")  # not the caller: ignored
        press(room, "sip-1", "1*7#")  # * starts the entry again: 7
        assert await _until(lambda: "recommend" in answers())
        press(room, "sip-1", "1")  # no #: delivered after keypad_timeout (0.5 s)
        assert await _until(lambda: "again" in answers())
        press(room, "sip-1", "9#")  # nine choices at most, four here: asked again
        assert await _until(lambda: any("1 to 4" in line for line in prep.agent_lines))
        press(room, "sip-1", "4#")
        assert await _until(lambda: "channel" in answers())
        joined(room, "supervisor-ana")  # a supervisor takes the call over: keys are not answers
        assert await _until(lambda: prep.takeover.human_in_control)
        press(room, "sip-1", "5#")
        left(room, "supervisor-ana")
        assert await _until(lambda: not prep.takeover.human_in_control)
        press(room, "sip-1", "6#")
        assert await _until(lambda: "visits" in answers())
        await prep.session.aclose()
        return prep

    prep = asyncio.run(call())
    rows = answers()
    assert {q: (json.loads(r["value"]), r["method"], r["confidence"], r["confirmed"]) for q, r in rows.items()} == {
        "recommend": (7, "keypad", 1.0, 0),
        "again": ("yes", "keypad", 1.0, 0),
        "channel": ("mail", "keypad", 1.0, 0),
        "visits": (6, "keypad", 1.0, 0),
    }
    assert prep.keypad.entries == ["7", "1", "9", "4", "6"]  # the 5 during the take-over was dropped
    turns = [t for r, t in db.execute("SELECT role, text FROM turns ORDER BY seq") if r == "caller"]
    assert turns == ["[keypad] 7", "[keypad] 1", "[keypad] 9", "[keypad] 4", "[keypad] 6"]
    # How the answer was obtained shows in `calls show` and the long export.
    call_id = rows["recommend"]["call_id"]
    shown = cli("calls", "show", str(call_id))
    assert shown.exit_code == 0 and "keypad" in shown.stdout and "method" in shown.stdout
    from customario.analysis.exports import write_responses

    out = io.StringIO()
    write_responses(db, stored, out, "long")
    long = {r["question_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert long["recommend"]["method"] == "keypad" and long["recommend"]["confidence"] == "1.0"


def test_no_collector_without_a_phone_caller_or_with_the_switch_off(db, settings):
    from livekit import rtc

    from customario.conversation.engine import prepare_session
    from customario.conversation.keypad import attach_keypad

    on, _ = add_campaign(db, _campaign())
    off, _ = add_campaign(db, _campaign(keypad=False).model_copy(update={"name": "phone_keys_off"}))

    async def go():
        room = rtc.Room()
        found = []
        for stored, channel in ((on, "phone"), (on, "web"), (off, "phone")):
            prep = await prepare_session(db, settings, stored, channel=channel)
            found.append(attach_keypad(room, prep, caller_identity="sip-1") is not None)
            prep.recorder.finish("break-off")
        return found

    assert asyncio.run(go()) == [True, False, False]


def test_typed_web_chat_text_never_becomes_a_keypad_entry(db, settings):
    from customario.conversation.engine import TextConversation

    stored, _ = add_campaign(db, _campaign())

    async def go():
        conv = await TextConversation.start(db, settings, stored, channel="phone", now=lambda: NOW)
        await conv.send("[keypad] 7")
        await conv.close()
        return conv

    conv = asyncio.run(go())
    row = db.execute("SELECT method FROM answers WHERE call_id = ? AND question_id = 'recommend'", [conv.call_id])
    assert row.fetchone()[0] != "keypad"
