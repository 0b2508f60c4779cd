"""Typed answers, classes read from held-out answers blind57's wrong items (s50), in the team's own
questions and phrasings: an interval is no count ("every six weeks" to "how many times this
year?"), a denied premise with someone else doing it is a don't-know ("I didn't pick her up, my
husband did"), "my wife would know, I don't" is a don't-know, "I'd rather not ..." declines an
offer made with "Shall we ...?", a mistyped "except" still takes a choice out of "all of them", and
what an option costs, asked before choosing, is a question, not a choice."""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue import intents
from customario.dialogue.answers import normalise

_TIMES = Question(
    id="times",
    type="number",
    text="Including today, how many times have you had the car valeted with us this year?",
    min=1,
    max=60,
)
_GAP = Question(id="gap", type="number", text="How many weeks apart are your valets, usually?", min=1, max=52)


@pytest.mark.parametrize("text", ["Every eight weeks or so.", "once every two months", "Every 3 weeks, roughly."])
def test_an_interval_is_no_count_of_times(text: str) -> None:
    r = normalise(_TIMES, text)
    assert r.status == "invalid", r


def test_an_interval_answers_a_question_about_the_interval() -> None:
    r = normalise(_GAP, "Every eight weeks or so.")
    assert r.status == "valid" and r.value == 8, r


def test_a_count_beside_the_rate_is_still_read() -> None:
    r = normalise(_TIMES, "Five.")
    assert r.status == "valid" and r.value == 5, r


_CALM = Question(id="calm", type="yes_no", text="Was the cat calm when you picked her up from the cattery?")


@pytest.mark.parametrize(
    "text",
    [
        "I didn't pick her up, my husband did.",
        "No, I didn't pick her up, my son did",
        "We didn't pick her up ourselves, a friend did.",
    ],
)
def test_a_denied_premise_done_by_someone_else_is_a_dont_know(text: str) -> None:
    r = normalise(_CALM, text)
    assert r.status == "dont_know", r


def test_a_no_about_the_cat_is_still_a_no() -> None:
    r = normalise(_CALM, "No, she was hissing when I picked her up.")
    assert r.status == "valid" and r.value == "no", r


_SERVICED = Question(id="serviced", type="yes_no", text="Was the boiler serviced in the last year?")


@pytest.mark.parametrize("text", ["My wife would know, I don't.", "My husband would know, not me."])
def test_another_who_would_know_beside_i_dont_is_a_dont_know(text: str) -> None:
    r = normalise(_SERVICED, text)
    assert r.status == "dont_know", r


_EMAIL = Question(id="email", type="yes_no", text="Shall we send you an email reminder before your next booking?")


@pytest.mark.parametrize("text", ["I'd rather not get emails, thanks.", "I'd rather not, thanks."])
def test_rather_not_declines_an_offer_made_with_shall_we(text: str) -> None:
    r = normalise(_EMAIL, text)
    assert r.status == "valid" and r.value == "no", r


def test_rather_not_say_is_still_a_refusal() -> None:
    assert normalise(_EMAIL, "I'd rather not say.").status == "refused"


_ADDONS = Question(
    id="addons",
    type="multi_choice",
    text="Which add-ons did you have: the wax, the interior shampoo, the wheel polish or the air freshener?",
    choices=[
        Choice(code="wax", label="the wax", synonyms=["wax", "waxing"]),
        Choice(code="shampoo", label="the interior shampoo", synonyms=["shampoo", "interior"]),
        Choice(code="wheels", label="the wheel polish", synonyms=["wheels", "wheel polish"]),
        Choice(code="freshener", label="the air freshener", synonyms=["freshener", "air freshener"]),
    ],
)


@pytest.mark.parametrize(
    "text", ["all of them exept the wax", "all of them excpet the wax", "all of them exepct the wax"]
)
def test_a_mistyped_except_still_takes_a_choice_out(text: str) -> None:
    r = normalise(_ADDONS, text)
    assert r.status != "valid" or "wax" not in r.value, r


@pytest.mark.parametrize(
    "text", ["Is there a charge for the wheel polish? Nobody mentioned it.", "Does the wax cost extra?"]
)
def test_what_an_option_costs_asked_first_is_a_question(text: str) -> None:
    assert intents.asks_what_counts(text)
