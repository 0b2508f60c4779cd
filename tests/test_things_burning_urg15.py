"""A made thing burning now is a fire (issue 11; :mod:`customario.escalation.urgency_burning`). Own
phrasings on a recording studio, a Christmas market stall, an allotment shed and a marquee hire firm;
things that burn by design (a candle, a lantern, a log burner, a kiln), a body part burning, and a
thing "burning through" fuel are no fire.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_burning import grave

EMERGENCY = [
    "The mixing desk at the recording studio sparked and now the curtain behind it is burning.",
    "A heater at the Christmas market fell over and the stall's awning is alight.",
    "Your marquee lights shorted and the marquee is smouldering at one corner, guests are still inside.",
    # fire set to a thing
    "The patio heater at the Christmas market has set light to the bunting over the stalls.",
    "Some lads just set fire to the recycling bins behind the recording studio.",
]
LIT_BY_DESIGN = [
    "We set light to the bonfire at seven at the allotment, can you deliver sparklers?",
    "If you set fire to the pudding at the Christmas market stall, does the brandy burn off?",
    "Someone set fire to our allotment shed last year, can you quote for a metal one?",
    "The band set fire to the dance floor at the Christmas market, can we book them again?",
    "My niece set fire to her exams at the recording studio school, top marks! Can we book a session?",
]
NOT_A_FIRE = [
    "the candle from the christmas market is burning really evenly, can i order six more?",
    "the log burner in the studio is burning nicely since the sweep",
    "the kiln is burning hot for the glaze firing on friday",
    "our marquee heater is burning through the gas, is there a cheaper bottle?",
    "my tattoo is burning after the session",
    "the new contact lenses from the studio shop are burning and my eye is red",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_made_thing_burning_is_a_fire(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize("line", LIT_BY_DESIGN)
def test_a_bonfire_or_a_pudding_lit_or_a_fire_long_over_is_no_emergency(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize("line", NOT_A_FIRE)
def test_things_burning_by_design_or_a_body_are_no_fire(line):
    assert grave(line) is None


def test_smoke_moving_towards_people_with_flames_seen_is_a_fire():
    # hazards._fire_cues: smoke heading for a place, and flames seen by their colour (blind23)
    line = "Smoke's rolling towards the houses from the heath behind the allotment and I can see orange under it."
    assert assess_rules(line).level == "emergency", assess_rules(line)
    assert assess_rules("I can see an orange jacket by the allotment gate, is that your warden?").level == "normal"
