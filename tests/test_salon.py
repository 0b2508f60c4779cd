"""The salon front desk policy driven against the real tools (knowledge base and escalation)."""

import asyncio
import threading

from _salon import context, drive, salon

from customario.store.db import open_db
from customario.escalation.help_requests import answer_help_request, list_followups
from customario.plugins.manager import discover
from customario.dialogue.policy import CallTool, Hangup, Say


def policy_for(campaign, ctx=None):
    factory = discover().policies()["salon_reception"]
    return factory(campaign, None, ctx)


def test_policy_actions(db):
    p = policy_for(salon(db))
    [greet] = p.opening()
    assert isinstance(greet, Say) and "Luna Hair Studio" in greet.text and "Mia" in greet.text
    assert p.respond("What are your hours?") == [CallTool("search_knowledge_base", {"query": "What are your hours?"})]
    [say] = p.on_tool_result("search_knowledge_base", {"confident": True, "answer": "We open at 10."}, None)
    assert say.text.startswith("We open at 10.")
    assert p.respond("Do you do henna?")[0].name == "search_knowledge_base"
    [esc] = p.on_tool_result("search_knowledge_base", {"confident": False, "answer": None}, None)
    assert esc == CallTool("escalate_to_supervisor", {"question": "Do you do henna?"})
    [relay] = p.on_tool_result(
        "escalate_to_supervisor", {"status": "answered", "say": "My supervisor confirmed: no."}, None
    )
    assert relay.text.startswith("My supervisor confirmed: no.")
    assert p.respond("no thanks, that's all")[-1] == Hangup("complete")
    assert p.respond("")[0].text.startswith("Sorry, I didn't catch that")


def test_a_call_answers_from_the_profile_escalates_relays_and_never_books(db, db_path, monkeypatch):
    from conftest import REPO

    monkeypatch.chdir(REPO)
    campaign = salon(db, deadline=20)
    ctx, _ = context(db, campaign)

    def supervisor():
        other = open_db(db_path)
        while True:
            row = other.execute("SELECT id FROM help_requests WHERE hold_state = 'waiting'").fetchone()
            if row:
                answer_help_request(other, row[0], "Yes, we do henna brow tints for $25.", by="sofia")
                return other.close()
            threading.Event().wait(0.02)

    threading.Thread(target=supervisor, daemon=True).start()
    lines, hung_up = asyncio.run(
        drive(
            policy_for(campaign, ctx),
            ctx,
            [
                "Hi, what time do you open on Saturday?",
                "How much is balayage?",
                "Do you do henna?",
                "Can I book a haircut for Friday?",
                "yes please",
                "bye",
            ],
        )
    )
    text = "\n".join(lines)
    assert "On Saturdays we are open from 9 am to 5 pm." in text
    assert "Balayage is $220" in text
    assert "let me check with my manager" in text
    assert "My supervisor confirmed: Yes, we do henna brow tints for $25." in text
    assert "not able to book appointments" in text and "call you back" in text
    assert hung_up and lines[-1].startswith("Thanks for calling Luna Hair Studio")
    [fu] = list_followups(db)
    assert fu["reason"] == "requested" and "book" in fu["question"]
    booking = db.execute(
        "SELECT priority, tags, hold_state FROM help_requests WHERE id = ?", [fu["help_request_id"]]
    ).fetchone()
    assert booking == ("low", '["booking","salon"]', "none")

    # a second caller asks a paraphrase: answered from the knowledge base, no new help request
    ctx2, _ = context(db, campaign)
    before = db["help_requests"].count
    lines, _ = asyncio.run(
        drive(policy_for(campaign, ctx2), ctx2, ["can I get henna done at your place?", "that's all"])
    )
    assert any(line.startswith("Yes, we do henna brow tints for $25.") for line in lines)
    assert db["help_requests"].count == before


def test_policy_is_silent_after_a_takeover(db):
    ctx, _ = context(db, salon(db))
    p = policy_for(salon(db), ctx)
    ctx.state["taken_over"] = True
    assert p.respond("hello?") == []
