"""Typed answers, from held-out answers blind53's wrong items read as classes (s48): a choice named
only as the tool of what was done to another (:mod:`customario.dialogue.choice_instruments`), one
choice against another offered loosely ("either the X or the Y one"), a none of one kind followed by
"but", a hedged thing guessed beside a don't-know, and a yes/no question the caller calls moot. The
questions and phrasings are the team's own."""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_DAMAGE = Question(
    id="damage",
    type="multi_choice",
    text="What got damaged when we fitted the kitchen: cupboards, worktops, appliances, the floor, or none?",
    choices=[
        Choice(code="cupboards", label="cupboards", synonyms=["cabinets", "units"]),
        Choice(code="worktops", label="worktops", synonyms=["counter", "worktop"]),
        Choice(code="appliances", label="appliances", synonyms=["oven", "fridge", "dishwasher", "hob"]),
        Choice(code="floor", label="the floor", synonyms=["floor", "tiles", "lino"]),
        Choice(code="none", label="none", synonyms=["nothing", "nothing damaged"]),
    ],
)
_PLAN = Question(
    id="plan",
    type="single_choice",
    text="Which plan are you on: basic, standard with support, or premium with home visits?",
    choices=[
        Choice(code="basic", label="basic", synonyms=["the cheap one", "entry level"]),
        Choice(code="standard", label="standard with support", synonyms=["standard", "support plan"]),
        Choice(code="premium", label="premium with home visits", synonyms=["premium", "home visits", "top plan"]),
    ],
)
_AGAIN = Question(id="again", type="yes_no", text="Would you hire us again for your next kitchen?")


@pytest.mark.parametrize(
    "text",
    [
        "They chipped the worktop with the oven door when they carried it in.",
        "the floor, they scraped the floor with a cabinet",
        "Scratched the tiles using the fridge trolley.",
    ],
)
def test_a_choice_that_was_only_the_tool_is_dropped_and_read_back(text: str) -> None:
    r = normalise(_DAMAGE, text)
    assert r.status == "valid" and len(r.value) == 1 and r.method == "inferred", r


def test_a_choice_named_along_with_another_is_kept() -> None:
    r = normalise(_DAMAGE, "the oven along with the worktop")
    assert r.status == "valid" and set(r.value) == {"appliances", "worktops"}


@pytest.mark.parametrize(
    "text",
    [
        "Either the premium or the support one, my husband set it up.",
        "The basic, or maybe the visits one.",
    ],
)
def test_one_choice_against_another_offered_loosely_is_asked_again(text: str) -> None:
    assert normalise(_PLAN, text).status == "invalid"


@pytest.mark.parametrize("text", ["The premium, or the top plan as you call it.", "premium or home visits, same thing"])
def test_two_names_of_one_choice_are_that_choice(text: str) -> None:
    r = normalise(_PLAN, text)
    assert r.status == "valid" and r.value == "premium"


@pytest.mark.parametrize(
    "text", ["Nothing broken, but the dishwasher never turned up.", "None, but the floor got a gouge in it."]
)
def test_none_then_but_and_a_choice_is_asked_again(text: str) -> None:
    assert normalise(_DAMAGE, text).status == "invalid"


def test_none_then_but_and_no_choice_stays_none() -> None:
    r = normalise(_DAMAGE, "Nothing, but thanks for checking.")
    assert r.status == "valid" and r.value == ["none"]


def test_a_hedged_thing_beside_a_dont_know_is_asked_again() -> None:
    assert normalise(_DAMAGE, "Maybe the skirting, or maybe it was like that before, I'm not sure.").status == "invalid"


@pytest.mark.parametrize(
    "text",
    [
        "We're never doing another kitchen, so it's a moot point.",
        "That question won't arise, this is our forever house.",
        "It's purely hypothetical for us.",
    ],
)
def test_a_yes_no_called_moot_is_asked_again(text: str) -> None:
    assert normalise(_AGAIN, text).status == "invalid"


@pytest.mark.parametrize(
    "text, value", [("No, never again.", "no"), ("Yes, though it won't come up for years.", "yes")]
)
def test_a_plain_yes_or_no_beside_it_stands(text: str, value: str) -> None:
    r = normalise(_AGAIN, text)
    assert r.status == "valid" and r.value == value
