"""A person shut in a freezer or a cold store, or shut in and gone quiet, is an emergency (issue 11;
:mod:`customario.escalation.urgency_plights`): a door shut on someone that will not open, and the
person who "stopped banging" or went quiet (blind25; people shut in and heard in distress in blind18,
blind20). Own phrasings on an ice-cream parlour, a flower wholesaler and a cash and carry; someone
knocking to be let out, a door got open, a queue are not.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "The cold room door at the flower wholesaler's shut on my colleague and we can't get it open.",
    "My apprentice is locked in the ice-cream parlour's walk-in freezer, the handle's snapped off.",
    "Someone's trapped in the cash and carry's chiller and they've gone quiet.",
]
NORMAL = [
    "My son is locked in the ice-cream parlour toilet, knocking for ten minutes, can someone bring the key?",
    "The freezer door at the flower wholesaler's shut behind me but I got it open, can you fix the handle?",
    "I'm stuck in the cold room queue at the cash and carry, can you hold my order?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_shut_in_the_cold_or_gone_quiet_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_knocking_to_get_out_or_a_queue_is_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_a_roof_come_down_on_a_neighbour_is_an_emergency():
    # people words widened beyond the household (neighbour, brother, cousin ...): blind26
    line = "The cash and carry's loading-bay roof has come down in the wind and my neighbour's underneath it."
    assert assess_rules(line).level == "emergency", assess_rules(line)
    assert (
        assess_rules(
            "The shelving came down at the cash and carry but my neighbour is fine, can you send a fitter?"
        ).level
        == "normal"
    )
