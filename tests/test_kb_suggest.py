"""'Did you mean ...?' (issue 11): a close article is offered once, answered only after a yes, and
anything else escalates as before; near misses are never answered without the caller's yes."""

import asyncio

import pytest
from _salon import context, drive, salon

from customario.escalation.kb_import import ensure_campaign_knowledge
from customario.escalation.kb_suggest import SUGGESTION_FLOOR, ask_about, suggestion, topic
from customario.escalation.knowledge import CONFIDENCE_THRESHOLD, search
from customario.plugins.manager import discover

# Below the answer threshold but close to one article (measured: docs/knowledge-base.md).
CLOSE = "Is it free to come in and talk about a colour before I commit?"
CLOSE_ASK = "Are you asking about our consultation policy?"
NEAR_MISS_OFFERED = "Do you validate parking?"  # parking exists, validation does not
NEAR_MISS_REFUSED = "Do you do eyelash extensions?"  # only hair extensions' words: never offered


@pytest.mark.parametrize(
    "question, asked",
    [
        ("What is your cancellation policy?", "Are you asking about our cancellation policy?"),
        ("What are your hours on Monday?", "Are you asking about our hours on Monday?"),
        ("How much does balayage cost?", "Are you asking about balayage?"),
        ("Who is Sofia Reyes and what does Sofia specialise in?", "Are you asking about Sofia Reyes?"),
        ("Who works at the salon?", "Are you asking who works at the salon?"),
        ("Where are you located and what is your address?", "Are you asking where we are located?"),
        ("Do you sell hair products?", "Are you asking whether we sell hair products?"),
        ("Can I bring my dog?", "Are you asking whether you can bring your dog?"),
        ("How long does shipping take and which carriers do you use?", "Are you asking how long shipping takes?"),
        ("What services do you offer?", "Are you asking about the services we offer?"),
        ("Is the salon wheelchair accessible?", 'Are you asking "is the salon wheelchair accessible"?'),
    ],
)
def test_topic_in_plain_words(question, asked):
    assert ask_about(topic(question)) == asked


def test_only_a_close_clear_article_that_is_not_a_near_miss_is_offered(db):
    from customario.definitions.catalog import resolve_campaign

    campaign = "salon_reception"
    ensure_campaign_knowledge(db, resolve_campaign(db, campaign))
    close = search(db, CLOSE, campaign=campaign)
    assert not close.confident and SUGGESTION_FLOOR <= close.best["confidence"] < CONFIDENCE_THRESHOLD
    offered = suggestion(close)
    assert offered["ask"] == CLOSE_ASK and offered["article_id"] == close.best["id"]
    # the part read after a yes states the price asked about ("free"), not the patch test beside it
    assert offered["answer"] == "Colour consultations are free and take about 15 minutes."
    # a confident search needs no suggestion; a refused near miss gets none
    assert suggestion(search(db, "What time do you open on Saturday?", campaign=campaign)) is None
    assert suggestion(search(db, NEAR_MISS_REFUSED, campaign=campaign)) is None
    # a tie between two articles is a guess, not a suggestion
    tie = search(db, "How much is a haircut?", campaign=campaign)
    assert not tie.confident and suggestion(tie) is None


def _salon_call(db, turns):
    from test_salon import policy_for

    campaign = salon(db, deadline=0.05)
    ctx, _ = context(db, campaign)
    lines, _ = asyncio.run(drive(policy_for(campaign, ctx), ctx, turns))
    return lines


def test_salon_yes_reads_the_article_without_a_help_request(db):
    lines = _salon_call(db, [CLOSE, "yes, that's it", "bye"])
    assert lines[lines.index(f"> {CLOSE}") + 1] == CLOSE_ASK
    answer = lines[lines.index("> yes, that's it") + 1]
    assert answer.startswith("Colour consultations are free") and answer.endswith(
        "Is there anything else I can help you with?"
    )
    assert db["help_requests"].count == 0


@pytest.mark.parametrize("reply", ["no", "not really, I meant something else", "what?"])
def test_salon_no_or_anything_else_escalates_the_question(db, reply):
    lines = _salon_call(db, [CLOSE, reply])
    assert CLOSE_ASK in lines
    [question] = [r[0] for r in db.execute("SELECT question FROM help_requests")]
    assert question == CLOSE  # the caller's own question goes to the supervisor, as before
    after = lines[lines.index(f"> {reply}") + 1 :]
    assert after and "patch test" not in " ".join(after)


def test_salon_near_misses_are_never_answered_without_a_yes(db):
    lines = _salon_call(db, [NEAR_MISS_REFUSED])
    assert not any(line.startswith("Are you asking") for line in lines)
    lines = _salon_call(db, [NEAR_MISS_OFFERED, "no"])
    assert "Are you asking where you can park?" in lines
    assert not any("metered" in line for line in lines)
    questions = [r[0] for r in db.execute("SELECT question FROM help_requests ORDER BY id")]
    assert questions == [NEAR_MISS_REFUSED, NEAR_MISS_OFFERED]


def test_salon_an_emergency_instead_of_a_yes_is_urgent(db):
    lines = _salon_call(db, [CLOSE, "my scalp is burning after the colour, I think it's an allergic reaction"])
    assert CLOSE_ASK in lines
    [(priority,)] = db.execute("SELECT priority FROM help_requests").fetchall()
    assert priority == "urgent"


def test_console_transcript_records_the_question_the_yes_and_the_answer(db):
    pytest.importorskip("customario.conversation.engine")
    from customario.config import load_settings
    from customario.conversation.engine import TextConversation

    settings = load_settings(env={}, load_dotenv_file=False, db=":memory:")

    async def talk():
        conv = await TextConversation.start(db, settings, salon(db, deadline=0.05), contact={}, channel="console")
        lines = list(conv.opening) + await conv.send(CLOSE) + await conv.send("yes")
        await conv.close()
        return conv.call_id, lines

    call_id, lines = asyncio.run(talk())
    assert CLOSE_ASK in lines
    turns = [(r[0], r[1]) for r in db.execute("SELECT role, text FROM turns WHERE call_id = ? ORDER BY id", [call_id])]
    texts = [t for _, t in turns]
    asked = texts.index(CLOSE_ASK)
    assert turns[asked + 1][1] == "yes" and turns[asked + 2][1].startswith(
        "Colour consultations are free and take about 15 minutes."
    )
    assert turns[asked][0] == turns[asked + 2][0] != turns[asked + 1][0]
    tool = db.execute(
        "SELECT result FROM tool_calls WHERE call_id = ? AND name = 'search_knowledge_base'", [call_id]
    ).fetchone()[0]
    assert CLOSE_ASK in tool  # the offered article is in the logged tool result
    assert db["help_requests"].count == 0


# -- the PC store ------------------------------------------------------------------------------
STORE_CLOSE = "SSD warranty length"


@pytest.fixture
def store_ctx(db):
    import importlib

    from customario.definitions.catalog import resolve_campaign
    from customario.dialogue.tools import ToolContext

    discover()
    importlib.import_module("customario.campaigns.pc_store_support.catalogue").import_seed(db)
    stored = resolve_campaign(db, "pc_store_support")
    return ToolContext(
        db=db, campaign=stored, settings=None, call_id=None, contact={"e164": "+14155550101"}, channel="console"
    )


def _store_call(ctx, turns):
    from test_store_support import _mod, _run_policy

    policy = _mod("policy").StorePolicy(ctx.campaign, ctx.contact, ctx)
    return _run_policy(policy, ctx, turns)


def test_store_yes_reads_the_article_and_no_gets_todays_reply(store_ctx):
    said, called = _store_call(store_ctx, [STORE_CLOSE, "yes"])
    assert [n for n, _ in called] == ["search_knowledge_base"]
    asked = said.index("Are you asking about the warranty our products have?")
    assert "warranty" in said[asked + 1] and "years" in said[asked + 1]
    said, _ = _store_call(store_ctx, [STORE_CLOSE, "no"])
    assert said[-1].startswith("I don't have a reliable answer to that")
    said, called = _store_call(store_ctx, [STORE_CLOSE, "stop calling me"])
    assert called[-1][0] == "opt_out"
    said, _ = _store_call(store_ctx, [STORE_CLOSE, "", "yeah"])
    assert said[-2] == "Sorry, I didn't catch that. Are you asking about the warranty our products have?"
    assert "years" in said[-1]


def test_store_text_threads_get_no_suggestion(store_ctx):
    store_ctx.channel = "sms"
    said, _ = _store_call(store_ctx, [STORE_CLOSE])
    assert not any(s.startswith("Are you asking") for s in said)
    assert said[-1].startswith("I don't have a reliable answer to that")


def test_kb_search_shows_the_suggestion(cli):
    import json

    assert cli("kb", "import", "customario/campaigns/salon_reception/knowledge/business_profile.yaml").exit_code == 0
    r = cli("kb", "search", CLOSE, "--campaign", "salon_reception", "--json")
    found = json.loads(r.stdout)
    assert not found["confident"] and found["suggestion"]["ask"] == CLOSE_ASK
    r = cli("kb", "search", CLOSE, "--campaign", "salon_reception", "--limit", "1")
    assert r.exit_code == 0 and f"would ask: {CLOSE_ASK}" in r.stderr
    assert json.loads(cli("kb", "search", "What are your hours on Monday?", "--json").stdout)["suggestion"] is None


def test_salon_silence_repeats_the_question_and_text_threads_get_no_suggestion(db):
    from test_salon import policy_for

    campaign = salon(db, deadline=0.05)
    ctx, _ = context(db, campaign)
    policy = policy_for(campaign, ctx)
    policy.respond(CLOSE)
    offered = {"ask": CLOSE_ASK, "answer": "Colour consultations are free.", "article_id": 30}
    [ask] = policy.on_tool_result("search_knowledge_base", {"confident": False, "suggestion": offered}, None)
    assert ask.text == CLOSE_ASK
    assert policy.respond("")[0].text == f"Sorry, I didn't catch that. {CLOSE_ASK}"
    assert policy.respond("yes")[0].text.startswith("Colour consultations are free.")
    ctx.channel = "sms"
    policy = policy_for(campaign, ctx)
    policy.respond(CLOSE)
    [escalate] = policy.on_tool_result("search_knowledge_base", {"confident": False, "suggestion": offered}, None)
    assert escalate.name == "escalate_to_supervisor"
