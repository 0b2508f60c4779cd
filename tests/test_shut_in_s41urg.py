"""A person shut inside a closed container, or inside a building being gassed, is an emergency
(issue 11; s41urg, from blind34's child in a latched trunk and blind31's fumigation tent;
:mod:`customario.escalation.urgency_shut_in`). Own phrasings: a furniture shop, a laundrette, a pest
controller; near misses with a pet, keys or nothing shut stay normal.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "My little girl crawled into the blanket box you delivered and the catch has locked, I can hear her crying",
    "Our toddler got inside the chest freezer in the garage and the lid's stuck, he's gone really quiet",
    "She hid in the tumble dryer at the laundrette and the door's jammed shut",
    "The pest control lads are fogging the block and my gran is still in there asleep",
]
NORMAL = [
    "The dog hid in the wardrobe during the fireworks, can you recommend a calming spray?",
    "My keys are locked in the boot of the car, do you do call-outs?",
    "The kids love climbing into the toy box you sold us, is the lid soft-close?",
    "When you fumigate, how long must we stay out of the house?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
