"""Typed answers, classes read from development answers blind64, blind61 and blind62 (s53, helper
"ans"), in the team's own questions and phrasings: declining a permission or an offer with a filler
before it, a condition said alone, a need the question assumes and the caller denies, the caller's
own thing to a question of what was hired, a list closed with "that's the lot", a synonym's leading
article, Scots "hunner", "loonies" for Canadian dollars and a day its month never has."""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise
from customario.dialogue.date_month_days import impossible_day

_LEAFLET = Question(id="leaflet", type="yes_no", text="May we put your review in our next leaflet?")
_GUTTERS = Question(id="gutters", type="yes_no", text="Would you like us to clear the gutters on the next visit?")
_DID = Question(id="did", type="yes_no", text="Did you use the gutter guard we fitted?")


@pytest.mark.parametrize("text", ["Er, I'd rather not.", "Hmm, no thanks, I'll pass.", "Nah, rather not, thanks."])
def test_declining_a_permission_is_a_no(text: str) -> None:
    r = normalise(_LEAFLET, text)
    assert r.status == "valid" and r.value == "no", r


def test_passing_on_an_offer_after_a_filler_is_a_no() -> None:
    r = normalise(_GUTTERS, "Hmm, I'll pass on that one.")
    assert r.status == "valid" and r.value == "no", r


def test_rather_not_to_a_question_of_fact_stays_a_refusal() -> None:
    assert normalise(_DID, "I'd rather not say.").status == "refused"


@pytest.mark.parametrize(
    "text",
    ["Only if you leave out my surname.", "Provided it doesn't show the house number", "As long as it isn't online."],
)
def test_a_condition_said_alone_is_asked_again(text: str) -> None:
    assert normalise(_LEAFLET, text).status == "invalid"


def test_a_verdict_after_the_condition_is_read() -> None:
    r = normalise(_LEAFLET, "Only if you paid me, so no.")
    assert r.status == "valid" and r.value == "no", r


_READY = Question(id="ready", type="yes_no", text="Was the car ready by the time you had to leave for the airport?")
_CALLS = Question(id="calls", type="yes_no", text="Did you need to call us more than once?")


@pytest.mark.parametrize(
    "text", ["We never had to leave in the end, the flight was cancelled.", "I didn't need to go."]
)
def test_no_need_for_what_the_question_assumes_is_asked_again(text: str) -> None:
    assert normalise(_READY, text).status == "invalid"


def test_no_need_is_a_no_when_the_need_is_asked() -> None:
    r = normalise(_CALLS, "No, I didn't need to.")
    assert r.status == "valid" and r.value == "no", r


_GEAR = Question(
    id="gear",
    type="multi_choice",
    text="Which of these did you rent from us: a wetsuit, a board, a leash, or fins?",
    choices=[
        Choice(code="wetsuit", label="a wetsuit", synonyms=["suit"]),
        Choice(code="board", label="a board", synonyms=["surfboard"]),
        Choice(code="leash", label="a leash", synonyms=["leg rope"]),
        Choice(code="fins", label="fins", synonyms=["flippers"]),
    ],
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The board and the leash, I had my own wetsuit.", ["board", "leash"]),
        ("Wetsuit and fins. The board was mine.", ["wetsuit", "fins"]),
    ],
)
def test_the_callers_own_thing_was_not_rented(text: str, value: list[str]) -> None:
    r = normalise(_GEAR, text)
    assert r.status == "valid" and r.value == value, r


def test_that_is_the_lot_closes_a_list() -> None:
    r = normalise(_GEAR, "Board and fins, and that's the lot.")
    assert r.status == "valid" and r.value == ["board", "fins"], r


def test_the_lot_alone_is_every_choice() -> None:
    r = normalise(_GEAR, "The lot.")
    assert r.status == "valid" and r.value == ["wetsuit", "board", "leash", "fins"], r


_COAT = Question(
    id="coat",
    type="multi_choice",
    text="Which did you hire, a morning coat, a dinner jacket, or a waistcoat?",
    choices=[
        Choice(code="morning", label="a morning coat", synonyms=["the tailcoat", "the long grey coat"]),
        Choice(code="dinner", label="a dinner jacket", synonyms=["tuxedo", "the black evening jacket"]),
        Choice(code="waistcoat", label="a waistcoat", synonyms=["vest"]),
    ],
)


def test_a_synonyms_leading_article_matches_no_other_name() -> None:
    # "the black evening jacket" gapped from its "the" had matched any "the ... jacket"
    r = normalise(_COAT, "The dinner jacket.")
    assert r.status == "valid" and r.value == ["dinner"], r


_FEE = Question(id="fee", type="number", text="How much did the hire cost you, in pounds?", min=0, max=2000)


@pytest.mark.parametrize(("text", "value"), [("Hunner an' twenty.", 120), ("Three hunner.", 300)])
def test_scots_hunner_is_a_hundred(text: str, value: int) -> None:
    r = normalise(_FEE, text)
    assert r.value == value and r.status == "valid", r


_PLOW = Question(id="plow", type="number", text="What did the season pass cost, in Canadian dollars?", min=0, max=5000)
_US_FEE = Question(id="usfee", type="number", text="What did the season pass cost, in dollars?", min=0, max=5000)


def test_loonies_are_canadian_dollars() -> None:
    r = normalise(_PLOW, "About six hundred loonies.")
    assert r.status == "valid" and r.value == 600, r


def test_loonies_are_another_currency_to_a_question_in_us_dollars() -> None:
    assert normalise(_US_FEE, "Six hundred loonies.").status == "invalid"


_PICKUP = Question(id="pickup", type="date", text="What date would suit you to pick up the trailer?")


@pytest.mark.parametrize(
    "text", ["The thirty-first of June, the Monday after the fair.", "September 31st, the day after the fete"]
)
def test_a_day_its_month_never_has_is_asked_again(text: str) -> None:
    assert normalise(_PICKUP, text, today=date(2031, 5, 14)).status == "invalid"


@pytest.mark.parametrize(
    ("text", "impossible"),
    [
        ("april the thirty-first", True),
        ("the 30th of february", True),
        ("february 29th", False),
        ("the thirtieth of june", False),
        ("may the fifth", False),
    ],
)
def test_impossible_day(text: str, impossible: bool) -> None:
    assert impossible_day(text) is impossible


_HOME = Question(
    id="home",
    type="single_choice",
    text="What kind of home do you live in, a house, a unit, or a caravan?",
    choices=[
        Choice(code="house", label="a house", synonyms=["bungalow"]),
        Choice(code="unit", label="a unit", synonyms=["apartment"]),
        Choice(code="caravan", label="a caravan", synonyms=["mobile home"]),
    ],
)


def test_the_verb_of_a_contraction_is_no_kind_of_thing() -> None:
    # "can't" had been read as a tin can, a kind of whole ("unit" in WordNet)
    assert normalise(_HOME, "I can't commit to anything.").status == "invalid"


_SIGNS = Question(
    id="signs",
    type="multi_choice",
    text="Which did you notice, damp patches, peeling paint, or a musty smell?",
    choices=[
        Choice(code="damp", label="damp patches", synonyms=["damp", "wet patches"]),
        Choice(code="paint", label="peeling paint", synonyms=["flaking paint"]),
        Choice(code="smell", label="a musty smell", synonyms=["musty", "mould smell"]),
    ],
)


def test_a_choice_told_loosely_in_a_clause_after_one_named_is_read_back() -> None:
    r = normalise(_SIGNS, "Damp patches and the hall was peeling.")
    assert r.status == "valid" and r.value == ["damp", "paint"] and r.method == "inferred", r


_MOWED = Question(id="mowed", type="date", text="On what date did the crew last mow your lawn?")


@pytest.mark.parametrize("text", ["Thursday, Thursday the sixth.", "Er, Wednesday, no, Thursday, Thursday the 6th."])
def test_a_weekday_restated_with_its_day_is_that_day(text: str) -> None:
    r = normalise(_MOWED, text, today=date(2031, 11, 19))  # a Wednesday
    assert r.status == "valid" and r.value == "2031-11-06", r


def test_a_weekday_and_another_weekday_with_a_day_are_asked_again() -> None:
    assert normalise(_MOWED, "Thursday, Friday the seventh.", today=date(2031, 11, 19)).status == "invalid"


_COLLECT = Question(id="collect", type="date", text="What date would suit you to collect the trophy?")


def test_a_date_said_in_its_own_sentence_after_a_bound_is_read_back() -> None:
    r = normalise(_COLLECT, "Not until after Easter. The twentieth of April.", today=date(2031, 3, 12))
    assert r.status == "valid" and r.value == "2031-04-20" and r.method == "inferred", r


def test_a_date_before_its_own_bound_is_asked_again() -> None:
    assert normalise(_COLLECT, "Not before Easter. The tenth.", today=date(2031, 3, 12)).status == "invalid"


_PROMPT = Question(id="prompt", type="yes_no", text="Has the cleaner generally arrived at the agreed time?")


@pytest.mark.parametrize(("text", "value"), [("Always, regular as anything.", "yes"), ("Hardly ever.", "no")])
def test_always_to_a_rule_asked_in_the_perfect_is_read_back(text: str, value: str) -> None:
    r = normalise(_PROMPT, text)
    assert r.status == "valid" and r.value == value and r.method == "inferred", r


def test_always_with_what_always_was_is_not_a_yes() -> None:
    assert normalise(_PROMPT, "Always late, that one.").value != "yes"


_SNUG = Question(
    id="snug", type="scale", text="How snug was the helmet, from one, loose, to five, perfect?", min=1, max=5
)


@pytest.mark.parametrize("text", ["I never really noticed, tae be honest.", "Never checked, sorry."])
def test_never_noticed_is_a_dont_know(text: str) -> None:
    assert normalise(_SNUG, text).status == "dont_know"


def test_all_of_em_is_every_choice() -> None:
    r = normalise(_GEAR, "All of 'em.")
    assert r.status == "valid" and r.value == ["wetsuit", "board", "leash", "fins"], r
