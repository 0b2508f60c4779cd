"""Typed answers, classes read from held-out answers blind63's wrong items (s53), in the team's own
questions and phrasings: an amount asked in rand is the caller's own currency when they say "rand"
or "bucks" (the rand's slang) and another one when they say "dollars"; a mocking "ja" undone by an
"if you count X as on time" is a no, like a mocking "yes"; a middle label with "maybe a bit better"
beside it lies between two points and is asked again; "Three families." counts groups, not the guests
asked for, and is asked again."""

from __future__ import annotations

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise
from customario.dialogue.currencies import other_currency

_PAID = Question(
    id="paid", type="number", text="Roughly how much did the catering cost you, in rand?", min=0, max=200000
)
_DOLLARS = Question(id="paid", type="number", text="Roughly how much did the catering cost you?", min=0, max=200000)
_ON_TIME = Question(id="on_time", type="yes_no", text="Did the mobile kitchen arrive on time?")
_CHANGE = Question(
    id="change",
    type="scale",
    text="Compared with last spring, how is your garden now, from one, much worse, to seven, much better?",
    min=1,
    max=7,
    labels={1: "much worse", 4: "about the same", 7: "much better"},
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Twelve thousand rand.", 12000), ("About 3500 bucks all in.", 3500), ("R2400.", 2400), ("Nine thousand.", 9000)],
)
def test_an_amount_in_the_rand_asked_in_is_stored(text, value):
    n = normalise(_PAID, text)
    assert n.status == "valid" and n.value == value, n


@pytest.mark.parametrize("text", ["Six hundred dollars.", "About 900 US dollars.", "Forty quid."])
def test_another_currency_to_a_question_in_rand_is_asked_again(text):
    assert normalise(_PAID, text).status == "invalid"


def test_the_rand_words_are_read_by_currency():
    assert not other_currency("four thousand rand", "ZAR")
    assert other_currency("four thousand rand", "USD")
    assert not other_currency("two hundred bucks", "ZAR")
    assert other_currency("two hundred dollars", "ZAR")
    assert not other_currency("a real bargain, fifty dollars", "USD")


def test_bucks_stays_the_dollar_to_a_question_in_dollars():
    assert normalise(_DOLLARS, "About 3500 bucks.").value == 3500


@pytest.mark.parametrize(
    "text",
    [
        "Ja, on time, if you count lunch at four as lunch at noon.",
        "Yup, bang on time, if by on time you mean after the guests had eaten.",
    ],
)
def test_a_mocking_ja_undone_by_its_condition_is_a_no(text):
    assert normalise(_ON_TIME, text).value == "no"


def test_a_plain_ja_is_a_yes():
    assert normalise(_ON_TIME, "Ja, they were there at eleven like they said.").value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "About the same. Maybe a touch better.",
        "About the same, possibly slightly worse.",
        "A bit better, or about the same.",
    ],
)
def test_a_middle_label_leaning_to_one_side_is_asked_again(text):
    assert normalise(_CHANGE, text).status == "invalid"


@pytest.mark.parametrize(
    "text",
    ["About the same.", "About the same, no better.", "About the same, not any worse.", "About the same, I'd say."],
)
def test_the_middle_label_alone_or_with_a_denied_lean_is_stored(text):
    n = normalise(_CHANGE, text)
    assert n.status == "valid" and n.value == 4, n


_GUESTS = Question(id="guests", type="number", text="How many guests came to the braai?", min=1, max=500)
_FAMILIES = Question(id="families", type="number", text="How many families came to the braai?", min=1, max=100)


@pytest.mark.parametrize("text", ["Four families.", "Two households.", "Three groups, I think."])
def test_a_count_of_groups_is_no_count_of_guests(text):
    assert normalise(_GUESTS, text).status == "invalid"


def test_a_count_of_groups_answers_a_question_about_groups():
    assert normalise(_FAMILIES, "Four families.").value == 4


def test_groups_with_the_people_counted_give_the_people():
    assert normalise(_GUESTS, "Four families, so about twenty of us.").value == 20
