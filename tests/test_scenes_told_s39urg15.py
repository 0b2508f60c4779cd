"""Dangers to life told as a scene in words the readers did not know: sunk into loose material with
only a part showing, lying at the foot of the stairs, a limb mangled or blood pooling, a child shut in
and no longer heard, blood out of an ear after a fall, a tree come through the roof onto a person
(issue 11; :mod:`customario.escalation.urgency_dangers`, :mod:`customario.escalation.urgency_plights`,
:data:`customario.escalation.urgency_rules.EMERGENCY`). Own phrasings on a builder's merchant, a care
home, a joinery workshop, a holiday let and a farm shop; missed in blind26, blind27 and blind30.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "A lad at the builder's merchant fell into the sand hopper and he's sinking, we can only see his arms.",
    "I'm at the care home window and I can see Dad slumped at the foot of the stairs, nobody's answering the buzzer.",
    "The saw at the joinery workshop caught my brother's hand, it's mangled and there's blood pooling by the bench.",
    "Our little boy has locked himself in the holiday let bathroom with the taps on and we can't hear him at all now.",
    "The farm shop's delivery man fell off the loading ramp, he's lying still and there's blood out of one ear.",
    "The oak's crashed through the farm shop roof and my mum is trapped in the back store under it.",
]
NORMAL = [
    "The rain's come through the holiday let roof again, can someone fix the flashing?",
    "Water's pooling by the farm shop door after the storm, can you clear the drain?",
    "In the care home photo I can only see his head, can you print a bigger one?",
    "Can you fit a stair gate at the foot of the stairs in the holiday let?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_scene_of_danger_to_life(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_the_same_words_about_a_building(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
