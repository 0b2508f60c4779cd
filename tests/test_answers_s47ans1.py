"""Typed survey answers, from the non-right items of development corpora answers blind47, blind48,
blind49 and blind50 read as classes (issue 11, 6 December 2026). Our own phrasings, on made-up
questions:

- a question about how far the call has got ("are we almost done?") is never an open answer;
- a deed asked as done by now ("... yet?") answered with the day it is set for is a no;
- every day: a span of the day ("from morning till night") takes nothing back, some days of the
  week only ("just at weekends") is a no; "yh" opening a clause is a yes;
- a rating with an unnamed bit over it ("six and a bit") and "obvs" beside a rating;
- choices: one put first and denied ("the van we never used"), the combined choice by its own
  words or by its parts had in turn, a choice whose synonym names two others, the one changed to,
  a none conceded back with "well ... a bit", guesses asked aloud then given up, both comparatives
  ruled out ("not shorter, not longer") for the middle one.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise
from tests.survey_helpers import policy_at, record_calls, said

_EXAM = Question(id="exam", type="yes_no", text="Have you sat your final exam yet?")
_BOOKED = Question(id="booked", type="yes_no", text="Have you booked your next check-up yet?")
_DAILY = Question(id="daily", type="yes_no", text="Do you take the tablets every day?")
_RETURN = Question(id="ret", type="yes_no", text="Are you planning to come to the fair again next year?")
_NPS = Question(id="nps", type="nps", text="How likely are you to recommend the fair to a friend?")
_BIKE = Question(
    id="bike",
    type="single_choice",
    text="Did you ride mostly an e-bike, a road bike, or a mix of both?",
    choices=[
        Choice(code="ebike", label="an e-bike", synonyms=["electric bike", "electric"]),
        Choice(code="road", label="a road bike", synonyms=["road"]),
        Choice(code="both", label="a mix of both", synonyms=["both", "a bit of each"]),
    ],
)
_COFFEE = Question(
    id="coffee",
    type="single_choice",
    text="Which coffee did you order, espresso, milk, or a flat white?",
    choices=[
        Choice(code="espresso", label="espresso", synonyms=["black", "short black"]),
        Choice(code="milk", label="milk", synonyms=["steamed milk", "hot milk"]),
        Choice(code="flat_white", label="a flat white", synonyms=["espresso and milk", "milk and espresso"]),
    ],
)
_PLAN = Question(
    id="plan",
    type="single_choice",
    text="Which plan are you on, the Lite, the Plus, or the Max?",
    choices=[
        Choice(code="lite", label="the Lite"),
        Choice(code="plus", label="the Plus"),
        Choice(code="max", label="the Max"),
    ],
)
_ISSUES = Question(
    id="issues",
    type="multi_choice",
    text="Did anything go wrong with the parking, the queues or the toilets, or nothing?",
    choices=[
        Choice(code="parking", label="the parking"),
        Choice(code="queues", label="the queues"),
        Choice(code="toilets", label="the toilets"),
        Choice(code="none", label="nothing", synonyms=["none"]),
    ],
)
_HEAT = Question(
    id="heat",
    type="single_choice",
    text="How is your home heated, by a heat pump, a wood stove, or night storage heaters?",
    choices=[
        Choice(code="pump", label="a heat pump"),
        Choice(code="stove", label="a wood stove"),
        Choice(code="storage", label="night storage heaters"),
    ],
)


def _read(q: Question, text: str) -> tuple[str, object, str]:
    n = normalise(q, text)
    return n.status, n.value, n.method


@pytest.mark.parametrize(
    "text", ["It's set for June.", "I've got it next Thursday, wish me luck.", "I'm sitting it in a fortnight."]
)
def test_a_deed_asked_as_done_by_now_answered_with_its_day_to_come_is_a_no_read_back(text):
    assert _read(_EXAM, text) == ("valid", "no", "inferred")


@pytest.mark.parametrize("text", ["Yes, I sat it last Monday.", "It's on my mind."])
def test_a_deed_done_or_no_day_to_come_is_not_read_as_not_yet(text):
    assert _read(_EXAM, text)[1] != "no"


def test_an_arrangement_asked_about_set_for_a_day_is_never_a_not_yet():
    assert _read(_BOOKED, "It's booked for March.")[1] != "no"


def test_every_day_with_a_span_of_the_day_is_a_yes_read_back():
    assert _read(_DAILY, "Every single day, from morning till night.") == ("valid", "yes", "inferred")


def test_every_day_until_a_time_that_ended_the_habit_is_not_a_yes():
    assert _read(_DAILY, "Every single day till the spring.")[1] != "yes"


@pytest.mark.parametrize("text", ["Only at weekends.", "Just on Mondays, when I remember."])
def test_some_days_of_the_week_only_is_a_no_to_every_day(text):
    assert _read(_DAILY, text) == ("valid", "no", "inferred")


def test_texted_yh_opening_a_clause_is_a_yes():
    assert _read(_DAILY, "yh i do")[:2] == ("valid", "yes")


def test_a_ticket_kind_already_bought_answers_a_plan_to_come_again():
    assert _read(_RETURN, "Already got our day passes.") == ("valid", "yes", "inferred")


def test_a_rating_with_an_unnamed_bit_over_it_is_the_point_said_read_back():
    assert _read(_NPS, "Six, six and a bit.") == ("valid", 6, "inferred")


def test_a_point_with_a_bit_over_it_beside_another_number_is_never_that_point():
    assert _read(_NPS, "A six and a bit, well seven")[1] != 6


def test_obvs_beside_a_rating_is_obviously():
    assert _read(_NPS, "9 obvs")[:2] == ("valid", 9)


def test_a_choice_put_first_and_denied_is_not_chosen():
    assert _read(_BIKE, "The e-bike only, a road bike I never tried.")[:2] == ("valid", "ebike")


@pytest.mark.parametrize(
    "text",
    ["A bit of each, my brother lent me his road bike as well.", "I began on a road bike and switched to an e-bike."],
)
def test_the_combined_choice_by_its_own_words_or_by_its_parts_had_in_turn(text):
    assert _read(_BIKE, text) == ("valid", "both", "inferred")


def test_one_part_singled_out_as_the_main_one_is_not_the_combination():
    assert _read(_BIKE, "Mostly the road bike, some e-bike.")[1] == "road"


def test_a_choice_whose_synonym_names_two_others_is_read_from_those_two():
    assert _read(_COFFEE, "A flat white, espresso at the bottom and milk on top.") == (
        "valid",
        "flat_white",
        "inferred",
    )


def test_the_choice_changed_to_is_read_back():
    assert _read(_PLAN, "We began on the Lite and upgraded to the Max.") == ("valid", "max", "inferred")


def test_a_none_conceded_back_with_a_small_word_is_that_choice_read_back():
    assert _read(_ISSUES, "Nothing really. Well, the queues, a little.") == ("valid", ["queues"], "self-corrected")


def test_a_none_followed_by_a_choice_without_a_small_word_stays_unsure():
    assert _read(_ISSUES, "Nothing. Well, the queues.")[0] == "invalid"


def test_guesses_asked_aloud_then_given_up_are_a_dont_know():
    assert _read(_HEAT, "Stove? Pump? I really don't know.")[0] == "dont_know"


_WAIT = Question(
    id="wait",
    type="single_choice",
    text="Was the wait shorter than you expected, about what you expected, or longer?",
    choices=[
        Choice(code="shorter", label="shorter"),
        Choice(code="same", label="about what you expected", synonyms=["as expected"]),
        Choice(code="longer", label="longer"),
    ],
)


def test_both_comparatives_ruled_out_is_the_middle_choice_read_back():
    assert _read(_WAIT, "Not shorter, not longer.") == ("valid", "same", "inferred")
    assert _read(_WAIT, "Not longer.")[0] == "invalid"


_FAIR = {
    "name": "county_fair",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "nps", "type": "nps", "text": "How likely are you to recommend the fair, from 0 to 10?"},
        {"id": "best", "type": "open", "text": "What did you enjoy most?", "required": False},
    ],
}
_NOW = datetime(2031, 8, 2, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", ["Are we nearly done? I'm at the shop.", "How many more questions?"])
def test_a_question_about_how_far_the_call_has_got_is_answered_never_stored(text):
    policy = policy_at(_FAIR, "best", _NOW)
    actions = policy.respond(text)
    assert record_calls(actions) == []
    assert "short questions" in said(actions)
