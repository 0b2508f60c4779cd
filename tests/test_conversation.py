"""The conversation engine on the offline stack: survey flow through TextConversation, tools,
persistence, livekit-style agent tests. No network: the offline policy is the model."""

import asyncio
import json
from datetime import datetime, timezone

import pytest

from customario.definitions.catalog import resolve_campaign
from customario.config import load_settings
from customario.conversation.engine import TextConversation

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)  # Friday, 09:00 in Chicago


@pytest.fixture
def settings(db_path):
    return load_settings(env={}, db=str(db_path), load_dotenv_file=False)


@pytest.fixture
def survey(db):
    return resolve_campaign(db, "customer_feedback")


@pytest.fixture
def contact(db):
    from customario.store.db import utc_now

    cid = (
        db["contacts"]
        .insert(
            {
                "e164": "+13125550142",
                "name": "Dana Reyes",
                "first_name": "Dana",
                "timezone": "America/Chicago",
                "created_at": utc_now(),
                "updated_at": utc_now(),
            }
        )
        .last_pk
    )
    return dict(next(db.query("SELECT * FROM contacts WHERE id = ?", [cid])))


def talk(db, settings, stored, lines, *, contact=None, before_close=None):
    """Run ``lines`` as caller turns, call ``before_close(conv, log)`` and close;
    returns (conv, [(caller, [agent lines])])."""

    async def go():
        conv = await TextConversation.start(
            db, settings, stored, contact=contact, channel="simulation", now=lambda: NOW
        )
        log = [(None, conv.opening)]
        for line in lines:
            if conv.ended:
                break
            log.append((line, await conv.send(line)))
        if before_close is not None:
            before_close(conv, log)
        await conv.close()
        return conv, log

    return asyncio.run(go())


def answers(db, call_id):
    return {
        r["question_id"]: (json.loads(r["value"]) if r["value"] else None, r["status"], r["evidence"], r["attempts"])
        for r in db.query("SELECT * FROM answers WHERE call_id = ?", [call_id])
    }


def call_row(db, call_id):
    return next(db.query("SELECT * FROM calls WHERE id = ?", [call_id]))


def test_complete_survey_follows_skip_logic(db, settings, survey, contact):
    conv, log = talk(
        db, settings, survey, ["yes", "a nine", "five", "yeah", "on the website", "the friendly staff"], contact=contact
    )
    got = answers(db, conv.call_id)
    assert got["recommend"][:2] == (9, "valid")
    assert got["channel"][:3] == ("online", "valid", "on the website")
    assert "praise" in got and "improve" not in got  # when: recommend >= 9
    assert got["praise"][0] == "the friendly staff"
    row = call_row(db, conv.call_id)
    assert (row["status"], row["disposition"], row["channel"]) == ("ended", "complete", "simulation")
    assert row["campaign_id"] == survey.id and row["contact_id"] == contact["id"]
    assert "Dana" in log[0][1][0] and "Goodbye" in log[-1][1][-1]
    turns = list(db.query("SELECT role, text FROM turns WHERE call_id = ? ORDER BY seq", [conv.call_id]))
    assert [t["role"] for t in turns[:3]] == ["agent", "caller", "agent"]
    assert turns[1]["text"] == "yes" and len(turns) == 13
    tools = [r["name"] for r in db.query("SELECT name FROM tool_calls WHERE call_id = ? ORDER BY id", [conv.call_id])]
    assert tools == ["record_answer"] * 5 + ["end_call"]
    assert "Dana" in row["briefing"] and "America/Chicago" in row["briefing"]


def test_low_score_asks_what_to_improve(db, settings, survey):
    conv, log = talk(db, settings, survey, ["sure", "5", "3", "no", "by phone", "faster delivery"])
    got = answers(db, conv.call_id)
    assert got["improve"][0] == "faster delivery" and "praise" not in got
    assert got["delivered_on_time"][0] == "no"


def test_invalid_answer_is_reasked_then_recorded_invalid(db, settings, survey):
    conv, log = talk(db, settings, survey, ["yes", "purple", "banana", "four"])
    assert "Sorry, I need a whole number from 0 to 10" in log[2][1][0]
    got = answers(db, conv.call_id)
    assert got["recommend"] == (None, "invalid", "banana", 2)  # max_attempts 2, then recorded invalid
    assert got["satisfaction"][0] == 4


def test_correction_changes_earlier_answer_and_skip_path(db, settings, survey):
    conv, log = talk(
        db, settings, survey, ["yes", "nine", "actually, make that a seven", "4", "yes", "online", "cheaper shipping"]
    )
    assert "changed that to seven" in log[3][1][0]
    got = answers(db, conv.call_id)
    assert got["recommend"][0] == 7 and got["recommend"][2] == "actually, make that a seven"
    assert "improve" in got and "praise" not in got


def test_go_back_reasks_previous_question(db, settings, survey):
    conv, log = talk(db, settings, survey, ["yes", "8", "go back", "10"])
    assert "go back" in log[3][1][0].lower() and "recommend" in log[3][1][0]
    assert answers(db, conv.call_id)["recommend"][0] == 10


def test_off_script_question_is_deflected_and_question_repeated(db, settings, survey):
    conv, log = talk(db, settings, survey, ["yes", "what's the weather like there?"])
    reply = log[2][1][0]
    assert "can't help with that" in reply and "recommend us" in reply
    assert answers(db, conv.call_id) == {}


def test_opt_out_puts_number_on_dnc_at_once(db, settings, survey, contact):
    from customario.leads.dnc import is_dnc

    seen = {}

    def before_close(conv, log):
        seen["ended"], seen["dnc"] = conv.ended, is_dnc(db, "+13125550142")

    conv, log = talk(db, settings, survey, ["yes", "take me off your list"], contact=contact, before_close=before_close)
    assert seen == {"ended": True, "dnc": True}  # on the list before the conversation is closed
    assert "won't be called again" in log[-1][1][0]
    dnc = next(db.query("SELECT * FROM dnc"))
    assert (dnc["reason"], dnc["call_id"]) == ("opted-out", conv.call_id)
    assert call_row(db, conv.call_id)["disposition"] == "opted-out"
    assert next(db.query("SELECT consent FROM contacts"))["consent"] == "denied"
    assert call_row(db, conv.call_id)["disposition"] == "opted-out"


def test_callback_is_stored_in_utc_from_callers_zone(db, settings, survey, contact):
    conv, log = talk(db, settings, survey, ["not now, call me back tomorrow at 3pm"], contact=contact)
    cb = next(db.query("SELECT * FROM callbacks"))
    assert cb["due_at"] == "2026-11-21T21:00:00+00:00"  # 15:00 America/Chicago (CST, UTC-6)
    assert cb["requested_text"] == "not now, call me back tomorrow at 3pm" and cb["contact_id"] == contact["id"]
    assert "Saturday November 21 at 3 PM" in log[-1][1][-1]
    assert call_row(db, conv.call_id)["disposition"] == "callback"


def test_callback_asks_for_a_time_when_none_given(db, settings, survey, contact):
    conv, log = talk(db, settings, survey, ["no, bad time", "monday morning"], contact=contact)
    assert "better time" in log[1][1][0]
    due = next(db.query("SELECT due_at FROM callbacks"))["due_at"]
    assert due == "2026-11-23T16:00:00+00:00"  # Monday 10:00 CST


def test_dont_know_and_refused_are_recorded(db, settings, survey):
    conv, _ = talk(db, settings, survey, ["yes", "I don't know", "I'd rather not say", "yes", "online", "nothing"])
    got = answers(db, conv.call_id)
    assert got["recommend"][1] == "dont_know" and got["satisfaction"][1] == "refused"
    assert got["recommend"][0] is None
    assert "improve" not in got and "praise" not in got  # unanswered recommend: neither branch applies
    assert call_row(db, conv.call_id)["disposition"] == "complete"


def test_silence_reprompts_then_ends_as_break_off(db, settings, survey):
    conv, log = talk(db, settings, survey, ["yes", "7", "", ""])
    assert "didn't catch that" in log[3][1][0]
    assert conv.ended and call_row(db, conv.call_id)["disposition"] == "break-off"


def test_hang_up_after_most_questions_is_partial(db, settings, survey):
    conv, _ = talk(db, settings, survey, ["yes", "9", "4", "yes"])  # 3 of 5 applicable answered
    assert call_row(db, conv.call_id)["disposition"] == "partial"


def test_eof_mid_survey_records_break_off(db, settings, survey):
    conv, _ = talk(db, settings, survey, ["yes", "9"])
    row = call_row(db, conv.call_id)
    assert (row["status"], row["disposition"]) == ("ended", "break-off")
    assert row["duration_s"] is not None and row["ended_at"]


def test_refusal_at_the_start(db, settings, survey):
    conv, _ = talk(db, settings, survey, ["I'm not interested"])
    assert call_row(db, conv.call_id)["disposition"] == "refused"


def test_agent_tool_calls_in_livekit_style(db, settings, survey):
    """`session.run(user_input=...)` then `result.expect...` as in livekit's agent tests."""

    async def go():
        conv = await TextConversation.start(db, settings, survey, channel="simulation")
        await conv.send("yes")
        result = await conv.session.run(user_input="eight out of ten")
        result.expect.next_event().is_message(role="assistant")
        result.expect.next_event().is_function_call(name="record_answer")
        out = result.expect.next_event().is_function_call_output()
        assert not out.event().item.is_error and out.event().item.output == ""  # quiet: no follow-up inference
        result.expect.no_more_events()
        result = await conv.session.run(user_input="call me back tomorrow at 3pm")
        result.expect.next_event().is_function_call(name="schedule_callback")
        out = result.expect.next_event().is_function_call_output()
        assert json.loads(out.event().item.output)["timezone"] == "America/New_York"
        result.expect.next_event().is_message(role="assistant")
        result.expect.next_event().is_function_call(name="end_call", arguments={"disposition": "callback"})
        result.expect.next_event().is_function_call_output()
        result.expect.no_more_events()
        assert conv.ended and conv.prepared.ended_by == "end_call"
        await conv.close()

    asyncio.run(go())


def test_record_answer_tool_rejects_bad_answer_from_a_model(db, settings, survey):
    from customario.dialogue.survey_tools import RecordAnswerArgs, record_answer
    from customario.dialogue.tools import ToolContext, ToolFailure

    ctx = ToolContext(db=db, campaign=survey, settings=settings)
    with pytest.raises(ToolFailure, match="whole number from 0 to 10"):
        asyncio.run(record_answer(ctx, RecordAnswerArgs(question_id="recommend", answer="nine point five")))
    with pytest.raises(ToolFailure, match="no question 'nope'"):
        asyncio.run(record_answer(ctx, RecordAnswerArgs(question_id="nope", answer="x")))
    ok = asyncio.run(record_answer(ctx, RecordAnswerArgs(question_id="channel", answer="the app")))
    assert ok["value"] == "online"


def test_continue_a_call_from_its_turns(db, settings, survey):
    first, _ = talk(db, settings, survey, ["yes", "nine"])

    async def go():
        conv = await TextConversation.start(db, settings, survey, call_id=first.call_id, channel="sms")
        assert conv.opening == []
        reply = await conv.send("four")
        await conv.close()
        return reply

    reply = asyncio.run(go())
    assert "arrive on time" in reply[0]
    got = answers(db, first.call_id)
    assert got["satisfaction"][0] == 4 and got["recommend"][0] == 9


def test_non_survey_campaign_uses_the_scripted_policy(db, settings):
    stored = resolve_campaign(db, "outbound_sales")
    conv, log = talk(db, settings, stored, ["what do you sell?", "ok thanks"])
    assert "can't help with that offline" in log[1][1][0]
    assert conv.ended and call_row(db, conv.call_id)["disposition"] == "complete"


def test_missing_keys_name_the_variable(settings, survey):
    from customario.conversation.stacks import make_stack
    from customario.errors import ConfigError, UsageError

    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY"):
        make_stack("anthropic", survey, settings)
    with pytest.raises(ConfigError, match="GOOGLE_API_KEY"):
        make_stack("google-realtime", survey, settings)
    with pytest.raises(UsageError, match="unknown stack"):
        make_stack("gpt", survey, settings)


def test_anthropic_stack_builds_with_a_key(settings, survey):
    from dataclasses import replace

    from customario.conversation.stacks import make_stack

    parts = make_stack("anthropic", survey, replace(settings, anthropic_api_key="sk-test"))
    assert type(parts["llm"]).__module__.startswith("livekit.plugins.anthropic")


def test_llm_briefing_through_a_mock_transport(settings, survey):
    import httpx2

    from customario.conversation.builder import lead_context, make_briefing

    seen = []

    def handler(request):
        seen.append(request.url.path)
        if request.url.path.endswith("/models"):
            return httpx2.Response(
                200,
                json={
                    "data": [
                        {
                            "id": "claude-opus-x",
                            "type": "model",
                            "display_name": "Opus",
                            "created_at": "2026-01-01T00:00:00Z",
                        },
                        {
                            "id": "claude-haiku-x",
                            "type": "model",
                            "display_name": "Haiku",
                            "created_at": "2026-01-01T00:00:00Z",
                        },
                    ],
                    "has_more": False,
                    "first_id": "claude-opus-x",
                    "last_id": "claude-haiku-x",
                },
            )
        body = json.loads(request.content)
        assert body["model"] == "claude-haiku-x" and "Dana" in body["messages"][0]["content"]
        return httpx2.Response(
            200,
            json={
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "model": body["model"],
                "content": [{"type": "text", "text": "Dana is a returning customer; keep it short."}],
                "stop_reason": "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": 10, "output_tokens": 9},
            },
        )

    from dataclasses import replace

    keyed = replace(settings, anthropic_api_key="sk-test", anthropic_model="claude-haiku-x")
    ctx = lead_context({"name": "Dana Reyes", "timezone": "America/Chicago"}, survey, keyed, now=NOW)
    client = httpx2.Client(transport=httpx2.MockTransport(handler))
    text = make_briefing(survey, ctx, keyed, stack="anthropic", http_client=client)
    assert text == "Dana is a returning customer; keep it short."
    assert seen == ["/v1/messages"]
    # offline: always the template, no request
    assert "Dana" in make_briefing(survey, ctx, keyed, stack="offline", http_client=client) and len(seen) == 1


def test_lead_context_and_instructions(settings, survey):
    from customario.conversation.builder import build_instructions, lead_context

    ctx = lead_context(
        {"name": "Dana Reyes", "company": "Acme", "timezone": "Europe/Berlin", "attributes": '{"order_id": "A-17"}'},
        survey,
        settings,
        now=NOW,
    )
    assert (ctx["first_name"], ctx["local_time"], ctx["local_date"]) == ("Dana", "4:00 PM", "Friday, November 20")
    assert ctx["order_id"] == "A-17" and ctx["organisation"] == "Northwind Outfitters"
    text = build_instructions(survey, ctx, "A briefing.")
    assert "[recommend] (nps" in text and "ask only if recommend <= 8" in text and "A briefing." in text
    assert "Acme" in text


def test_gibberish_never_stalls_the_survey(db, settings, survey):
    conv, log = talk(db, settings, survey, ["yes"] + ["blah blah"] * 30)
    assert conv.ended and len(log) <= 2 + 2 * 5  # each question asked at most twice
    assert all(lines for _, lines in log)  # the agent always says something
    got = answers(db, conv.call_id)
    assert {s for _, s, _, _ in got.values()} == {"invalid"}
    assert call_row(db, conv.call_id)["disposition"] == "complete"


def test_endless_off_script_questions_count_as_reasks(db, settings, survey):
    conv, log = talk(db, settings, survey, ["yes"] + ["why do you ask?"] * 30)
    assert conv.ended and len(log) < 25
    assert "can't help with that" in log[2][1][0] and "Sorry, I need" in log[4][1][0]


def test_recorder_logs_tools_it_did_not_wrap(db, settings, survey):
    """A plain livekit function tool (not a ToolSpec) still lands in tool_calls via the session event."""
    from livekit.agents import function_tool

    from customario.conversation.recorder import CallRecorder

    @function_tool
    async def lookup_weather(city: str) -> str:
        """Weather for a city."""
        return f"sunny in {city}"

    async def go():
        from livekit.agents import Agent, AgentSession, TurnHandlingOptions

        from customario.conversation.policy_llm import PolicyLLM
        from customario.dialogue.policy import CallTool, Say

        class Policy:
            def opening(self):
                return [Say("Hi.")]

            def respond(self, text):
                return [CallTool("lookup_weather", {"city": text})]

            def on_tool_result(self, name, result, error):
                return [Say(f"It is {result}.")]

        rec = CallRecorder.start(db, stored=survey, channel="simulation")
        session = AgentSession(
            llm=PolicyLLM(Policy()), vad=None, turn_handling=TurnHandlingOptions(turn_detection=None)
        )
        rec.attach(session)
        await session.start(Agent(instructions="x", tools=[lookup_weather]), record=False)
        result = await session.run(user_input="Lisbon")
        result.expect.next_event().is_function_call(name="lookup_weather", arguments={"city": "Lisbon"})
        result.expect.next_event().is_function_call_output(output="sunny in Lisbon")
        result.expect.next_event().is_message(role="assistant")
        await session.aclose()
        return rec.call_id

    call_id = asyncio.run(go())
    row = next(db.query("SELECT * FROM tool_calls WHERE call_id = ?", [call_id]))
    assert (row["name"], json.loads(row["arguments"]), json.loads(row["result"])) == (
        "lookup_weather",
        {"city": "Lisbon"},
        "sunny in Lisbon",
    )
    texts = [r["text"] for r in db.query("SELECT text FROM turns WHERE call_id = ? ORDER BY seq", [call_id])]
    assert texts == ["Lisbon", "It is sunny in Lisbon."]
