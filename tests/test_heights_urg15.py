"""A person hanging out of, off or clinging to a height is an emergency; a thing hanging, or a person
"hanging out" somewhere, is not (issue 11; :func:`customario.escalation.urgency_situations.grave`).
Own phrasings on holiday flats, climbing frames, multi-storey car parks, zip wires, footbridges,
skate parks and galleries; a person hanging from a height is an emergency in blind15, blind16,
blind18, blind20 and blind23.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "There's a toddler hanging out of the top-floor window of the holiday flat above your florist, he's slipping",
    "My daughter is dangling off the top of the climbing frame by one hand and she can't hold on much longer",
    "A lad's hanging over the edge of your multi-storey car park roof, his mates are pulling at him",
    "A girl is hanging from the zip line halfway across the gorge, the harness has slipped and she's screaming",
    "Someone's clinging to the outside of the footbridge over the dual carriageway",
    "A boy is hanging out of the fourth floor window of the flats opposite, he's about to go",
]
NORMAL = [
    "The curtain rail is hanging off the wall in our hotel room, can someone fix it?",
    "My son loves hanging out at your skate park, do you do birthday parties?",
    "We'll be hanging out the washing, just ring the bell when the florist delivery comes",
    "The banner is dangling off the front of the garden centre, someone might want to tie it back up",
    # out of a window with no height or grip going: a wave, not a fall
    "My son was hanging out of the car window waving at the gallery staff, sorry about that, can we rebook?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_person_hanging_from_a_height_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_a_thing_hanging_or_hanging_out_is_not(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
