"""A fire told by what is seen, without the word, is an emergency (issue 11; s42urg, from blind36's
dryer glass gone orange with black stuff pouring out and its textiles room with ash coming down, and
blind33's chimney with smoke coming back into the lounge; :mod:`customario.escalation.urgency_fire_seen`).
Own phrasings at a bakery, a pottery, a launderette and a village hall; near misses stay as they were.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "the oven door's glowing red and thick black stuff is pouring out",
    "the tumble dryer is glowing orange and the room's full of black fog",
    "the ceiling's gone black and ash is dropping on us",
    "the kiln's glowing and black smoke's coming out of the vent, we can't see across the room",
    "there's smoke coming under the hall door and we can't see the stairs",
]
NORMAL = [
    "the sunset made the window glow orange, lovely view, can I book the same room?",
    "Can you make the cake glow red for a Halloween party?",
    "I can't see the ceiling fan in your photos, do the rooms have one?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
