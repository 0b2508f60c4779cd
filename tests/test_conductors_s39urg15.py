"""A live conductor left exposed is urgent on its own, with no spark or shock told; a conductor denied,
sold as goods or of a craft is not (issue 11; :mod:`customario.escalation.urgency_conductors`).
Own phrasings on a barbershop, a vet's waiting room, a greengrocer, a florist and a dentist's
surgery; the class was missed in blind25, blind27, blind28 and blind30, and every one of some forty
exposed-conductor lines in twenty-five corpora is labelled urgent.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_conductors import hurt

URGENT = [
    "The clipper lead at the barbershop has a nick in it and you can see the copper, nobody's used it since.",
    "There are wires sticking out of the wall behind the scales in the vet's waiting room.",
    "The chiller cable at the greengrocer's is hanging out bare next to the mop bucket.",
    "Your florist's fridge has a flex with the insulation gone, bare copper showing near the handle, no sparks or anything.",
    "The light switch in the dentist's toilet came away and the wiring is all hanging out, we've kept the children back.",
]
NORMAL = [
    "Do you sell bare copper wire by the metre for my model barbershop pole?",
    "Can you tidy the cables behind the TV in the vet's waiting room? They look messy.",
    "The florist's new display uses green garden wire, can I buy a reel?",
    "The greengrocer's fridge was checked last week, no bare wires or anything, it's just noisy.",
    "The copper is showing through the tin lining of my old jam pan, can you re-tin it?",
    "My dog lead is hanging by the door of the vet's, can I collect it tomorrow?",
]


@pytest.mark.parametrize("line", URGENT)
def test_an_exposed_conductor_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_wire_as_goods_or_denied_is_not(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_the_parts():
    assert hurt("there's bare wire poking out of the till at the greengrocer's") is not None
    assert hurt("none of the wiring is exposed, it just hums") is None
    assert hurt("the kettle is not working and the cable is bare") is not None


def test_an_insulated_cable_in_its_place_is_not_exposed():
    assert hurt("the aerial cable is sticking out of the wall in the florist's back room, can you tidy it?") is None
    assert hurt("the chiller cable is hanging out bare by the greengrocer's door") is not None


def test_water_standing_by_an_electrical_thing_with_a_fault_is_urgent():
    line = "Rain water is pooling under the electrical cabinet by the florist's cold room and it's humming and fizzing."
    assert assess_rules(line).level == "urgent", assess_rules(line)
    assert assess_rules("The electrical cabinet at the florist's is humming, is that normal?").level == "normal"
