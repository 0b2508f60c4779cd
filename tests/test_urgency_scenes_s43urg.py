"""Dangers told as a scene (issue 11; s43urg, from urgency blind38, development from its arrival on
6 December 2026). Classes:

- a dangerous animal "out" where people walk, or with people heard panicking, is an emergency
  (the zoo's lion "OUT on the main path ... ppl screaming"; :mod:`customario.escalation.urgency_wild_animals`);
- people of a party buried after an avalanche or a slide is an emergency (the ski school's "two of your
  group are buried"; :mod:`customario.escalation.urgency_dangers`);
- a cable worn or frayed through, with water, is urgent (the campsite's bouncy-castle cable in a
  puddle; :mod:`customario.escalation.urgency_dangers`).

Own phrasings at a safari park, a mountain hut and a summer fete; near misses stay normal.
"""

from __future__ import annotations

import pytest

from tests.urgency_read import levels, rules_level

EMERGENCY = [
    "the tiger is out in the car park and people are running everywhere",
    "A bear's out on the footpath by the lodges, everyone's screaming",
    "a slide came down off the ridge and one of our party is buried up to the chest",
    "Three of the group are buried after the avalanche by the top lift",
]
URGENT = [
    "the power lead to the pump has been chewed through and the grass round it is soaked",
    "The extension cable for the tombola lights is frayed and sitting in the rain where the kids queue",
]
NORMAL = [
    "The bears are out in the sunshine today, lovely to watch, what time do you close?",
    "Two of our group are buried in coursework, can we move the lesson?",
    "the kids buried two of our group in the sand, so funny, is the beach hut free?",
    "My jeans are frayed and wet from the rain, can I try the next size?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert levels(text) == ("emergency", "emergency")


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert rules_level(text) == "urgent"


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert rules_level(text) == "normal"
