"""Dangers told by the act rather than the word (issue 11; s41urg, from blind34 and blind31): a blade
put into a person, hands round a throat named with a possessive, exhaust piped from the exhaust into
a window, a thing caught from a flame and spreading, goodbyes said at a height, a court dared, and
an electric shock from gear told with tingling that "seems fine now". Near misses: news that was a
shock, a dog hiding, a cold caught, a blade put in a mower.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "Some lad stuck a knife into the doorman's ribs outside your club",
    "A customer's got his hands round the cashier's neck at till two",
    "There's a car behind your garage with the engine on and a pipe from the exhaust into the back window",
    "The gazebo's caught off the chimenea and the flames are spreading, the kids are under it",
    "I've left notes for my family and I'm up on the viaduct now",
]
URGENT = [
    "Fine, ignore me, we'll see what happens in court",
    "Your karaoke mic gave me a shock, my lips were tingling, seems ok now",
]
NORMAL = [
    "Got a shock from my accountant when the bill came in",
    "The dog hid under the bed all through the storm",
    "She's caught a cold from the other kids, can we move her lesson?",
    "Can you put a new blade in the mower for me?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)


def test_a_cable_left_hanging_is_no_person_at_a_height():
    line = "The fitters left a cable dangling off the fascia, I think it's live, my fingers tingled when I moved it"
    assert assess_rules(line).level == "urgent", assess_rules(line)


def test_a_person_hanging_is_still_an_emergency():
    assert assess_rules("my son is dangling off the balcony and can't hold on").level == "emergency"


def test_a_knife_skills_class_is_no_weapon():
    assert assess_rules("Is your knife skills class suitable for a teenager? He's clumsy").level == "normal"
