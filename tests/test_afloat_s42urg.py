"""People in danger on or under the water, or out of sight in a pit, are emergencies; people adrift
and unable to get back are urgent (issue 11; s42urg, from blind36's rowing boat filling up, a mother
going under beside a boat, a three-year-old missing by an open slurry-pit gate and a girl under the
foam blocks; :mod:`customario.escalation.urgency_afloat`). Own phrasings at a canoe club, a lido, a
holiday park, a soft-play centre and a pedalo lake; near misses stay normal.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "our Lily is missing, she's 3, and the back gate to the canal is open",
    "the canoe's filling with water and we're miles from the bank",
    "our pedalo's sinking and my kids are on it",
    "the boat's got a hole and water's coming in fast, my dad can't swim",
    "my husband fell out of the kayak and he keeps going under",
    "my son's in the lake and keeps going under",
    "my friend's in the water and she can't get back onto the paddleboard, she's going under",
    "My daughter's 4, she wandered off and the gate to the pond is open",
    "We've lost our toddler and the side gate down to the river was left open",
    "I can't find my little boy, he's two, and the pool cover's been pulled back",
    "my grandson's disappeared, he's only three, and the door to the quarry path is wide open",
    "A lad jumped into the ball pit and we can't see him, he hasn't come back up",
    "My daughter went under the foam blocks and hasn't surfaced",
    "He dived in off the side and hasn't come back up",
]
URGENT = [
    "I've hurt my shoulder paddling and can't get the kayak back, we're drifting",
    "I've got cramp in my leg and can't row back, we're stuck out in the middle of the lake",
    "pulled a muscle in my arm and now we can't row, we're just drifting by the reeds",
]
NORMAL = [
    "the boat's been filling up with rainwater under the cover, can you bail it out before Saturday?",
    "My son's lost his shoe by the pond, have you got lost property?",
    "We couldn't find him for a minute but he was at the ice cream stand, all good now",
    "My son went into the ball pit and lost his sock, has anyone handed it in?",
    "Can we row out to the island and back in an hour?",
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
