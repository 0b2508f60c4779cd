"""A person lying motionless after a mishap is an emergency; a person at ease or an animal is not
(issue 11; :mod:`customario.escalation.urgency_motionless`). Own phrasings on riding trails, garden
centres, five-a-side pitches, adventure playgrounds, farm parks and beaches; "not moving" and "out
cold" are emergencies in every urgency corpus, and blind23 said it "lying still".
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_motionless import read

EMERGENCY = [
    "A horse at the riding trail kicked a walker and now he's lying still on the path",
    "My grandad slipped on the ice outside your garden centre and he's lying motionless by the trolleys",
    "The goalkeeper took a ball to the head at your five-a-side pitch and he's just lying there, not stirring",
    "Somebody fell from the climbing frame at the adventure playground and she hasn't moved since",
    "The ram at your farm park charged my husband, he's lying flat in the pen and isn't stirring",
]
NOT_EMERGENCY = [
    # awake, at ease, or an animal
    ("The goat at the farm park butted my son, he's lying down crying but he's talking to me", "urgent"),
    ("A horse stood on my foot at the trail centre, I'm lying on the bench with it up, it's throbbing", "urgent"),
    ("My spaniel's lying still on the vet table, she's so well behaved, what time is pick-up?", "normal"),
    ("We've been lying still on the beach all week, back now, can I book the florist for Saturday?", "normal"),
    ("My husband walked the coast path and now he's lying flat on the sofa relaxing, can we book dinner?", "normal"),
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_person_motionless_after_a_mishap_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(("line", "level"), NOT_EMERGENCY)
def test_at_ease_or_an_animal_is_not(line, level):
    assert assess_rules(line).level == level, assess_rules(line)


def test_the_parts():
    assert read("she fell off the wall and she hasn't moved") is not None
    # a negated move with an object is no state of the person
    assert read("he fell behind and hasn't moved the car yet") is None
    # no mishap told
    assert read("he's lying still for the scan") is None
