"""An electric shock told with the person as the subject of "got" (issue 11; s40urg15, from blind29's
"the pump ... is live, my wife dipped her hand in and got a proper jolt"), in the team's own phrasings
on other businesses (a pond supplier, a hardware shop, a nursery, a vet): :data:`customario.escalation.
urgency_shocks._GOT` with electricity named or touched, or the shock got off a WordNet made thing; a
shock at a price, a bill or news is surprise, and a static one no hazard.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "My wife put her hand on the railing by your pond lights and got a proper jolt",
    "I got a nasty belt off the toaster you sold me",
    "The nursery worker rested her palm on the radiator valve and got a sharp zap",
    "Our vet nurse got a horrible jolt from the clipper cable, she's okay",
]

NORMAL = [
    "I got a shock when I saw the price of the new switch",
    "Got a real shock when the power bill came in",
    "got a real belt off the referee for that tackle",
    "We had a big shock this morning, the landlord's selling up, can we still book the hall?",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
