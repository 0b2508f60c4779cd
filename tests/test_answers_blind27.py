"""Classes read from held-out answers blind27's two wrong values (5 December 2026), in the team's own
phrasings on surveys about other things (a harbour car park, a dance school): one thing named by a
singular noun is a count, not an amount of money; a no said before "pass" or "skip" declines."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions.models import Question
from customario.dialogue.answers import normalise

TODAY = date(2031, 6, 30)
PARKING = Question(
    id="parking", type="number", text="How much did you spend on parking at the harbour, in dollars?", min=0, max=100
)
IDEAS = Question(id="ideas", type="open", text="Anything you'd change about the dance school?", required=False)
LESSONS = Question(id="lessons", type="number", text="How many lessons did you book?", min=0, max=50)


@pytest.mark.parametrize(
    "text",
    [
        "One day permit.",
        "just the one ticket",
        "a single voucher",
        "one pay-and-display slip, that's all",
        "One token.",
    ],
)
def test_one_thing_named_to_a_money_question_is_no_amount(text):
    assert normalise(PARKING, text, today=TODAY).status == "invalid"


@pytest.mark.parametrize(
    "text, value",
    [
        ("one dollar", 1),
        ("One buck.", 1),
        ("one ticket, so six dollars", 6),
        ("one dollar fifty", 1.5),
        ("one hundred? no, that's silly, twelve", 12),
        ("One.", 1),
    ],
)
def test_one_said_as_money_still_counts(text, value):
    n = normalise(PARKING, text, today=TODAY)
    assert n.status == "valid" and n.value == value, n


def test_one_thing_to_a_count_question_is_still_one():
    n = normalise(LESSONS, "one taster lesson", today=TODAY)
    assert n.status == "valid" and n.value == 1, n


@pytest.mark.parametrize("text", ["Nah, pass.", "Nope, skip.", "No. Pass.", "nah skip, thanks", "Meh, pass"])
def test_a_no_before_pass_or_skip_declines(text):
    n = normalise(IDEAS, text, today=TODAY)
    assert n.status == "refused", n


@pytest.mark.parametrize("text", ["No, the passing lane in the car park is fine", "the pass system works"])
def test_pass_inside_an_answer_is_the_answer(text):
    assert normalise(IDEAS, text, today=TODAY).status == "valid"
