"""Number answers that count something else than the question asks (issue 11, found by the third
held-out corpus): a rate per another period or a count in another unit is asked again, never stored
as the bare number; a multi-choice "none" is the question's own none choice when it has one."""

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise

VISITS = Question(
    id="visits", type="number", text="About how many times a month do you come to the club?", min=0, max=40
)
NIGHTS = Question(id="nights", type="number", text="How many nights did you stay with us?", min=1, max=30)
RIDES = Question(id="rides", type="number", text="How many rides did you take in the last seven days?", min=0, max=20)
SPEND = Question(id="spend", type="number", text="How many dollars a month do you pay?", min=0, max=300)
AMENITIES = Question(
    id="amenities",
    type="multi_choice",
    text="Which did you use: the pool, the spa, the restaurant, or none of them?",
    choices=[
        {"code": "pool", "label": "the pool"},
        {"code": "spa", "label": "the spa"},
        {"code": "restaurant", "label": "the restaurant"},
        {"code": "none", "label": "none of them"},
    ],
)
DEVICES = Question(
    id="devices",
    type="multi_choice",
    text="Which devices do you use: a laptop, a phone or a tablet?",
    choices=[
        {"code": "laptop", "label": "laptop"},
        {"code": "phone", "label": "phone"},
        {"code": "tablet", "label": "tablet"},
    ],
)


@pytest.mark.parametrize(
    "question,text",
    [
        (VISITS, "Three times a week."),
        (VISITS, "about twice a week I'd say"),
        (VISITS, "Once a day, pretty much."),
        (SPEND, "Forty dollars a week."),
        (NIGHTS, "We were there four days."),
        (NIGHTS, "A week and two days, so nine days."),
    ],
)
def test_another_period_or_unit_is_asked_again(question, text):
    got = normalise(question, text)
    assert got.status == "invalid", (text, got)


@pytest.mark.parametrize(
    "question,text,value",
    [
        (VISITS, "Eight times a month.", 8),
        (VISITS, "About twelve.", 12),
        (SPEND, "Sixty dollars a month.", 60),
        (NIGHTS, "Three nights.", 3),
        (NIGHTS, "Four.", 4),
        (RIDES, "Twice a day, Monday to Friday.", 10),
    ],
)
def test_the_asked_period_and_unit_still_answer(question, text, value):
    got = normalise(question, text)
    assert got.status == "valid" and got.value == value, (text, got)


def test_none_is_the_questions_own_none_choice():
    assert normalise(AMENITIES, "None of them.").value == ["none"]
    assert normalise(AMENITIES, "None, we were out all day.").value == ["none"]
    # without a none choice, "none" stays the empty selection it always was
    got = normalise(DEVICES, "None.")
    assert got.status == "valid" and got.value == []


BOOKED = Question(
    id="booked",
    type="single_choice",
    text="How did you book, on our website, by phone, or as a walk-in at the front desk?",
    choices=[
        {"code": "website", "label": "our website"},
        {"code": "phone", "label": "by phone"},
        {"code": "walk_in", "label": "walk-in at the front desk", "synonyms": ["front desk", "walked in"]},
    ],
)


def test_a_choice_named_one_way_and_done_another_is_read_back():
    got = normalise(BOOKED, "Just phoned the front desk and booked.")
    assert got.status == "valid" and got.lenient  # read back, never stored silently
    plain = normalise(BOOKED, "At the front desk.")
    assert plain.value == "walk_in" and not plain.lenient


def test_a_typo_beside_a_named_choice_joins_the_list_and_is_read_back():
    got = normalise(AMENITIES, "resturant n pool")
    assert got.status == "valid" and sorted(got.value) == ["pool", "restaurant"] and got.lenient
    # a negated choice is no typo: "never the spa" adds nothing
    assert normalise(AMENITIES, "The pool, never the spa.").value == ["pool"]


def test_my_last_answer_was_wrong_changes_it(db, db_path):
    """A correction said as a mistake reaches the question before, through the real survey flow."""
    import asyncio
    import json
    from datetime import datetime, timezone

    from customario.config import load_settings
    from customario.conversation.engine import TextConversation
    from customario.definitions.catalog import resolve_campaign

    settings = load_settings(env={}, db=str(db_path), load_dotenv_file=False)
    stored = resolve_campaign(db, "customer_feedback")
    lines = ["yes", "six", "four", "yes", "by phone", "My last answer was wrong, it was online, not by phone.", "yes"]

    async def go():
        conv = await TextConversation.start(
            db, settings, stored, channel="simulation", now=lambda: datetime(2026, 12, 2, 15, tzinfo=timezone.utc)
        )
        for line in lines:
            if conv.ended:
                break
            await conv.send(line)
        await conv.close()
        return conv

    conv = asyncio.run(go())
    rows = {r["question_id"]: r for r in db.query("SELECT * FROM answers WHERE call_id = ?", [conv.call_id])}
    assert json.loads(rows["channel"]["value"]) == "online"
