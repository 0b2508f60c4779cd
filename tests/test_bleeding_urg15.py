"""Bleeding that pressure does not stop, or blood soaking through, from a large wound is an emergency;
a nosebleed that goes on or a graze bleeding through a plaster is urgent; dye that bleeds is nothing
(issue 11; :mod:`customario.escalation.urgency_bleeding`). Own phrasings on hedge trimmers,
greenhouses, mowers, chisels, dodgeball, florists and laundry; heavy bleeding is an emergency in
blind2, blind9, blind18, blind20, blind26 and own.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_bleeding import read

EMERGENCY = [
    "The hedge trimmer caught my dad's arm, there's a deep gash and we can't stop the bleeding even pressing hard with a towel",
    "My son went through the greenhouse glass, his leg is cut wide open and the blood's soaking through every towel we put on",
    "Dad cut his hand deep on the chisel, blood's pumping out between his fingers",
]
URGENT = [
    "My son's nose won't stop bleeding after the dodgeball, it's been fifteen minutes",
    "The graze on his knee is bleeding through the plaster, nothing deep",
    "Cut my thumb on the florist's wire, bleeding a bit, plaster's on",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_heavy_bleeding_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", URGENT)
def test_a_nosebleed_or_a_graze_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


def test_dye_that_bleeds_is_nothing():
    line = "The red dye keeps bleeding into the whites, it won't stop no matter how hard I scrub, any tips?"
    assert assess_rules(line).level == "normal"


def test_the_parts():
    assert read("we can't stop the bleeding, it's a deep cut") is not None
    assert read("the bleeding won't stop, not a big cut") is None
    assert read("his nose won't stop bleeding") is None
