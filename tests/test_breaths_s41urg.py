"""Breathing stopped or gasping, eyes rolling in a person who is down, and a weight on the chest told
as a simile are emergencies (issue 11; s41urg, from blind34's "his breathing's stopped", "gaspy
breathing and her eyes are rolling", "feels like someone's sat on his chest";
:mod:`customario.escalation.urgency_breaths`). Own phrasings: a bowls club, a bingo hall, a gym, a
choir; near misses that must stay as they are.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "One of the bowlers sat down on the bench and now his breathing has just stopped",
    "Grandad's breathing stopped a minute ago, he's in the chair by the bar",
    "The lady at table nine is making this gurgly breathing and won't look at me",
    "She went down by the treadmill, her breathing's all in big gasps",
    "He slumped over the bingo card and his eyes keep rolling up",
    "My husband says it's like a car parked on his chest and he's gone grey",
    "Feels like somebody is kneeling on my chest, I'm in your changing room",
]
NOT_EMERGENCY = [
    "His snoring has stopped since the operation, so can we rebook the sleep study?",
    "My breathing's stopped being a problem since the new inhaler, can I come back to the class?",
    "Do you do gasping breathing exercises in the choir warm-up?",
    "My teenager keeps rolling her eyes at the price list",
    "The cat sat on his chest all night and he woke up grumpy",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_an_emergency(text):
    assert assess_rules(text).level != "emergency", assess_rules(text)


def test_a_breath_of_a_size_not_got_is_an_emergency():
    line = "The goat butted my son in the ribs and he can't get a decent breath, he's white as a sheet"
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "text",
    [
        "Dad's been in the lock-up with the jet washer's engine running all afternoon and now he's muddled and can't stand up",
        "The heater's been on in the caravan all night and my wife is drowsy and not making sense",
    ],
)
def test_a_fuel_burning_in_a_closed_space_with_confusion(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


def test_confused_by_a_manual_is_no_poisoning():
    line = "The generator's running in the garage, do you hire a quieter one? I'm confused by the manual"
    assert assess_rules(line).level == "normal", assess_rules(line)
