"""Injuries told by the state of a body part are urgent (issue 11; s43urg, from urgency blind38's
climber whose nail half came off and skier whose knee went sideways, and blind35's cut heel at a pool
and stiff neck after a driving-lesson bump; :mod:`customario.escalation.urgency_parts_hurt`).

Own phrasings at a trampoline park, a riding school, a roller rink and a go-kart track; near misses (a
gel or acrylic nail come off, a haircut, a cut in a boot, a stiff neck from sleeping, a bump long
over) stay normal.
"""

from __future__ import annotations

import pytest

from tests.urgency_read import levels, rules_level

URGENT = [
    # a nail torn off, with a sign of hurt
    "Her big toenail's ripped right off on the trampoline and she's crying her eyes out",
    "my thumbnail is hanging off after the pony stood on it, it's throbbing",
    # a joint out of place
    "He landed funny on the rink and his elbow's gone the wrong way",
    "My son's finger has gone sideways after the ball hit it",
    "her shoulder popped out when she fell off the horse and she's in agony",
    # a cut on a body part
    "I've got a nasty gash on my shin from your kart pedal",
    "there's a deep cut on his palm from the broken handle",
    # a neck or back hurting after a bump
    "Another kart went into the back of me and now my neck is stiff and sore",
    "We had a shunt in your car park this morning and my back's really aching now",
]
NORMAL = [
    "One of my acrylics has come off, can I pop in to get it redone?",
    "Can you do a cut on my fringe before Friday?",
    "There's a cut on the side of my boot, can you repair it?",
    "my neck is stiff from sleeping funny, can I still do the class?",
    "We had a bump in the car park last year, my back's fine, can I book?",
    "The sign's gone sideways in the wind, thought you'd want to know",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert levels(text) == ("urgent", "urgent")


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert rules_level(text) == "normal"
