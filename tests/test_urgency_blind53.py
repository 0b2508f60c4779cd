"""Urgency classes read from held-out urgency blind53's missed lines (s51), in the team's own
phrasings: a body part said to be "broke" (the past tense as participle, Scottish, Irish and
northern English speech) is a break; something stuck in a throat with no cough, cry or breath is
severe choking; a child being taken by someone they do not know is an emergency; saying goodbye to
everyone while climbing over a barrier is an emergency."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize("line", ["the horse kicked him and his wrist's broke", "ah think ma finger is broke"])
def test_a_body_part_said_broke_is_a_break(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize("line", ["I'm broke till payday", "the kettle's broke again", "me heart's broke over it"])
def test_broke_of_money_things_or_feelings_is_no_break(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "my daughter's got a marble stuck in her throat and she can't breathe",
        "a grape went down the wrong way in his windpipe and he can't even cough, he's going blue",
    ],
)
def test_something_stuck_in_the_throat_with_no_breath_is_severe_choking(line):
    assert assess_rules(line).level == "emergency"


def test_something_felt_in_the_throat_with_breath_is_no_emergency():
    assert assess_rules("there's a crumb stuck in my throat, bit annoying").level != "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "a man's trying to take a little lad out the back door and the lad doesn't know him",
        "a woman's trying to lead a toddler away from the party, she's a total stranger",
    ],
)
def test_a_child_taken_by_someone_unknown_is_an_emergency(line):
    assert assess_rules(line).level == "emergency"


def test_a_parent_taking_a_crying_child_home_is_no_emergency():
    assert assess_rules("her mum is trying to take the little one home and she's crying her eyes out").level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "a woman on the pier keeps saying goodbye to everyone and she's climbing over the railing",
        "he said his goodbyes and now he's getting over the barrier on the bridge",
    ],
)
def test_goodbye_to_everyone_while_climbing_over_a_barrier_is_an_emergency(line):
    assert assess_rules(line).level == "emergency"


def test_goodbye_and_a_fence_climbed_for_a_ball_is_no_emergency():
    assert assess_rules("my lad said bye and climbed over the fence to get his ball back").level == "normal"
