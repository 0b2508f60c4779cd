"""A fuel gas named by its container or kind, escaping beside a flame or with a flame travelling back
along its hose, is an emergency (issue 11; s40urg15, from blind26's "the patio heater's hose is hissing
and the flame is creeping back along it towards the bottle";
:func:`customario.escalation.urgency_situations.grave`). Own phrasings: a barbecue hire, a camping
shop's demo stove, a street-food van. Water, air and oil containers are no fuel gas.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "The flame's running back up the hose towards the cylinder on the barbecue you hired us",
    "The hose on your demo stove is hissing and there's a flame right by the canister",
    "On the food van the fire is travelling along the regulator pipe to the propane bottle",
]

NORMAL = [
    "Can you refill my gas bottle? The hose is fine",
    "The water tank pipe is hissing, can a plumber come?",
    "The aquarium hose is leaking near the lit candles, can you send a new one?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
