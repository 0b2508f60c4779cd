"""Typed answers, classes read from held-out answers blind71's wrong items (s57), in the team's own
questions and phrasings: a question asked in a currency named by its country and its own word ("in
Ghana cedis", "in ringgit") is asked in that currency, so dollars said to it are asked again; a
word of address after a refusal ("Pass, mate.") leaves the refusal; one of two things each way ("one
came, the other didn't") is no yes and no no; a turn closed by a request to hear the question
("Okay, what did you ask?") answers nothing."""

from __future__ import annotations

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise
from customario.dialogue.currencies import named_currency
from customario.dialogue.references import repeat_not_answer

_FARE = Question(
    id="fare", type="number", text="How much money did the trip cost, in Kenya shillings?", min=0, max=100000
)
_FEE = Question(id="fee", type="number", text="What did you pay for the repair, in ringgit?", min=0, max=20000)
_PARCELS = Question(id="parcels", type="yes_no", text="Did both parcels arrive?")
_ELSE = Question(id="else", type="open", text="Anything you would change?", required=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("How much, in Ghana cedis?", "GHS"),
        ("in Kenya shillings", "KES"),
        ("What was the bill, in ringgit?", "MYR"),
        ("the fare in naira", "NGN"),
        ("in Nigerian naira", "NGN"),
    ],
)
def test_a_currency_named_by_its_country_or_its_own_word(text, code):
    assert named_currency(text) == code


@pytest.mark.parametrize(
    "text",
    ["How much in shillings?", "in real terms", "in marks out of ten", "in gold", "How much did you pay in dollars?"],
)
def test_no_currency_from_a_shared_or_everyday_word(text):
    assert named_currency(text) is None


def test_dollars_to_a_question_asked_in_shillings_are_asked_again():
    assert normalise(_FARE, "About eight hundred dollars.").status == "invalid"
    n = normalise(_FARE, "Eight hundred shillings.")
    assert n.status == "valid" and n.value == 800, n


def test_dollars_to_a_question_asked_in_ringgit_are_asked_again():
    assert normalise(_FEE, "Two hundred US dollars, I paid by card.").status == "invalid"
    n = normalise(_FEE, "Three hundred and twenty ringgit.")
    assert n.status == "valid" and n.value == 320, n


@pytest.mark.parametrize("text", ["Skip, mate.", "Pass, my dear.", "Pass, boss!", "Skip o.", "Pass, chale."])
def test_a_refusal_with_a_word_of_address(text):
    assert normalise(_ELSE, text).status == "refused"


def test_a_word_of_address_inside_an_answer_is_kept_as_said():
    n = normalise(_ELSE, "Cheaper parking, mate, that's all.")
    assert n.status == "valid" and n.value == "Cheaper parking, mate, that's all."


@pytest.mark.parametrize(
    "text",
    [
        "One came, the other never did.",
        "Once it did, once it didn't.",
        "The first one arrived, the second one didn't.",
        "One day it turned up, the next day it didn't.",
    ],
)
def test_one_of_two_each_way_is_asked_again(text):
    assert normalise(_PARCELS, text).status == "invalid"


@pytest.mark.parametrize(
    ("text", "value"), [("Yes, one came Monday, the other one came Tuesday.", "yes"), ("No.", "no")]
)
def test_one_and_the_other_the_same_way_is_read(text, value):
    n = normalise(_PARCELS, text)
    assert n.status == "valid" and n.value == value, n


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, the dog was barking. Okay, what did you ask?",
        "Yes, what were you asking?",
        "Right. Say that again?",
    ],
)
def test_a_turn_closed_by_a_repeat_request_answers_nothing(text):
    assert repeat_not_answer(text, False, lambda: normalise(_PARCELS, text))


def test_an_answer_before_a_question_of_its_own_is_still_read():
    text = "Yes. Why do you ask?"
    assert not repeat_not_answer(text, False, lambda: normalise(_PARCELS, text))
