"""The level of a line that is urgent or an emergency, where the rules read the other one (issue 11;
s43urg, from urgency blind38 and blind35, development corpora). Classes:

- a person "not moving or talking" after a fall is an emergency, not capped as a minor fall
  (blind38's climber; :mod:`customario.escalation.urgency_signs`);
- an animal in trouble is urgent also when the line names a vet, calls a dog by its work ("guide dog")
  or a breed nickname ("Frenchie"), says "wobbly" or "anyone here", or the trouble happened by a fire
  pit (blind38's guide dog and cut paw, blind35's collapsed Frenchie; :mod:`customario.escalation.urgency_pets`);
- fingers caught in a thing are a body part caught, urgent, not a person shut in (blind35's sister at
  the bowling alley; :mod:`customario.escalation.urgency_plights`);
- a compound made thing that collapsed ("a shelf unit") fell on a person, urgent, not a person who
  collapsed (blind38's library; :mod:`customario.escalation.urgency_frames`);
- a wheel that came off a car and a tyre "fitting" are no head knock and no fit (blind38's garage;
  :mod:`customario.escalation.urgency_vitals`).

Own phrasings at a pet shop, a gym, a furniture store and a cycle hire; a person in the same words
stays an emergency.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from tests.urgency_read import levels

EMERGENCY = [
    "He slipped off the bouldering wall onto the mat and he isn't moving or talking",
    "the instructor fell off the ladder and he isn't moving or responding",
    "the shop manager collapsed behind the till and isn't responding",
    "my son collapsed at the vets and he's not breathing",
    "he came off his bike and he's fitting now",
    "my son's locked in the car and he's screaming and it's baking hot",
]
URGENT = [
    "Our assistance dog ate a sock in the changing room and now she's drooling and wobbly, is there a vet nearby?",
    "My Staffie collapsed after the walk you took him on and his gums look pale",
    "Our spaniel trod on a broken bottle by the fire pit and her paw is bleeding a lot, does a vet work near you?",
    "my daughter got her hand stuck in the lockers and it's bleeding and she's crying",
    "A display unit collapsed in aisle four and landed on my son's foot, his toe looks broken",
]
NOT_EMERGENCY = [
    "A wheel came off the trailer the day after your tyre fitting, nobody hurt, I want it looked at",
    "the van isn't moving or starting, can you tow it?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert levels(text) == ("emergency", "emergency")


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert levels(text) == ("urgent", "urgent")


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text):
    assert assess_rules(text).level != "emergency", assess_rules(text)
