"""A fire said to start or break out, and a thing that "has caught" after smoke or sparks, are
emergencies (issue 11; s43urg, from urgency blind38's petrol leak where "now fire is starting by the
drain" and blind35's battery that "started smoking on the charger and now the curtains have caught";
:mod:`customario.escalation.urgency_fire_seen`); and a way out cut off with smoke named, from blind34's
smoke pushed up through the floorboards (:mod:`customario.escalation.urgency_hazards`).

Own phrasings at a launderette, a print shop and a boat yard; near misses (a fire lit in a stove, a
fire that started last year, a fire dying down in a pit, "caught a cold") are not emergencies.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from tests.urgency_read import levels, rules_level

EMERGENCY = [
    "The dryer was sparking and now the laundry basket has caught",
    "a fire's broken out in the paper store behind the printers",
    "diesel all over the slipway and a fire is spreading along the jetty",
    "the heater started smoking and the rug has caught, what do I do",
]
NOT_EMERGENCY = [
    "The fire's started nicely in the wood burner, can we have more logs?",
    "We had a small fire start in the kitchen last year, do you do fire blankets?",
    "The fire is starting to die down in the pit, can someone bring more wood?",
    "I was coughing from the smoke machine at the gig and now my son has caught a cold",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert levels(text) == ("emergency", "emergency")


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text):
    assert assess_rules(text).level != "emergency", assess_rules(text)


WAY_OUT_CUT_OFF = [
    # the way out cut off with smoke named (s43urg, from blind34's smoke through the floorboards)
    "Smoke's coming up the stairwell from the bakery downstairs and we can't get to the fire exit",
    "there's smoke in the hallway and we can't get to the front door",
]


@pytest.mark.parametrize("text", WAY_OUT_CUT_OFF)
def test_way_out_cut_off(text):
    assert rules_level(text) == "emergency"


def test_way_out_blocked_without_smoke_is_normal():
    assert assess_rules("we can't get to the back door, the delivery van is blocking it").level == "normal"
    assert assess_rules("I can't get out of the car park, someone's barbecue smoke is everywhere").level != "emergency"
