"""Signs of a chimney fire heard and seen (a roar in the flue, sparks or flames out of the pot, burning
debris falling on a roof, "a chimney fire" said, a roof smoking "quite a lot") are an emergency; a
fire kept to sit by and a chimney pot that smokes as it draws are not (issue 11;
:mod:`customario.escalation.urgency_hazards`, :mod:`customario.escalation.urgency_fire_sense`,
:data:`customario.escalation.urgency_rules.EMERGENCY`). Own phrasings on a thatched pub, a holiday
cottage, a village hall, a farmhouse B&B and a church hall; chimney fires are emergencies in six
corpora (blind14, blind18, blind21, blind22, blind28, blind30) and were missed in blind28 and blind30.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "At the thatched pub, there's a roaring sound inside the chimney and embers are coming out the top of the pot.",
    "We've got a chimney fire at the holiday cottage, what do we do?",
    "The village hall roof is smoking a fair bit where the stove pipe goes through it, probably fine, could someone look next week?",
    "A jackdaw's nest in the farmhouse chimney has caught and glowing twigs are falling onto the porch roof.",
]
NORMAL = [
    "Is the log fire in the B&B lounge lit in the evenings? We'd love to sit by it.",
    "The church hall chimney pot smokes a bit on windy days, is that normal for an old flue?",
    "There's a fire door at the village hall that sticks, could you plane it down?",
    "I'm burning bits of my budget on taxis to the holiday cottage, is there a bus?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_chimney_fire_signs_are_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_a_fire_to_sit_by_or_a_drawing_chimney_is_not(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
