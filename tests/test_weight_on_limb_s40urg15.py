"""A local part gone purple or blue after a weight was put or came down on a limb is a bruise or a
fracture (urgent), not a person changing colour (issue 11; s40urg15, from blind30's "put the wardrobe
down on my foot, two toes have gone purple"; :data:`customario.escalation.urgency_frames._TRAUMA`).
Own phrasings: a piano removals firm, a tyre fitter, a stone-yard. Lips gone blue stay an emergency.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "The removal man set the piano down on my hand and two fingers have gone blue",
    "Your fitter rolled the tyre onto my foot and my big toe's gone purple",
    "A slab came down on his foot at the stone-yard and his toes have turned black and blue",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


def test_lips_stay_an_emergency():
    assert assess_rules("He stood on my foot in the queue and my lips have gone blue").level == "emergency"
