"""Typed answers, classes read from held-out answers blind59's wrong items (s51), in the team's own
questions and phrasings: a count joined to a unit of time names another length than the choice's
unit ("the six-month pass" is no monthly pass), forgetting said of things in general is the reason
for a yes, not a don't-know ("Yes, I forget everything"), a title's stop ends no sentence ("... to
Dr. Patel?" is one question to the agent), and a request to pass the survey on with nothing to pass
is a question, not the open answer."""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import intents, references
from customario.dialogue.answers import normalise

_PASS = Question(
    id="pass",
    type="single_choice",
    text="Which gym membership do you have: monthly, quarterly or annual?",
    choices=[
        Choice(code="monthly", label="monthly", synonyms=["month", "one month", "month to month"]),
        Choice(code="quarterly", label="quarterly", synonyms=["quarter", "three month", "three-month"]),
        Choice(code="annual", label="annual", synonyms=["year", "yearly", "twelve month"]),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "The six-month pass.",
        "an 18 month one",
        "the two-month trial",
        "We're on a two year contract",
        "every two months",
    ],
)
def test_a_count_with_a_unit_of_time_is_another_length(text: str) -> None:
    r = normalise(_PASS, text)
    assert r.status == "invalid", r


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The month one.", "monthly"),
        ("a one-month pass", "monthly"),
        ("Three month, I think it's called quarterly.", "quarterly"),
        ("the twelve month one", "annual"),
        ("Just month to month.", "monthly"),
    ],
)
def test_the_units_own_names_still_choose(text: str, code: str) -> None:
    r = normalise(_PASS, text)
    assert r.status == "valid" and r.value == code, r


_REMIND = Question(id="remind", type="yes_no", text="Shall we email you the night before your next class?")


@pytest.mark.parametrize("text", ["Oh absolutely, I forget everything these days.", "Yes please, I forget things."])
def test_forgetting_in_general_is_the_reason_for_a_yes(text: str) -> None:
    r = normalise(_REMIND, text)
    assert r.status == "valid" and r.value == "yes", r


@pytest.mark.parametrize("text", ["I forget.", "I forget the name of it", "Honestly, I forget"])
def test_forgetting_the_answer_is_still_a_dont_know(text: str) -> None:
    r = normalise(
        Question(
            id="n",
            type="single_choice",
            text="Which instructor did you have?",
            choices=[Choice(code="sam", label="Sam"), Choice(code="ria", label="Ria")],
        ),
        text,
    )
    assert r.status == "dont_know", r


@pytest.mark.parametrize(
    "text",
    [
        "Will this go to Dr. Patel?",
        "Are you passing all this on to Mrs. Hughes?",
        "Is St. Anne's going to see these answers?",
    ],
)
def test_a_question_naming_a_title_is_one_question(text: str) -> None:
    assert references.asks_back(text)


@pytest.mark.parametrize(
    "text",
    ["Will you pass this on to the owner?", "Could you pass it on to Dr. Patel, please?", "Can you tell them? Thanks."],
)
def test_a_request_to_pass_on_with_nothing_to_pass_is_no_suggestion(text: str) -> None:
    assert not intents.relays_suggestion(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you tell the owner the showers are always cold?",
        "Could you pass it on to Dr. Patel that the wait was far too long?",
        "Could you let my instructor know she was brilliant?",
    ],
)
def test_a_request_to_pass_a_suggestion_on_is_the_answer(text: str) -> None:
    assert intents.relays_suggestion(text)
