"""Someone still in the water: gone under in a bath or a tub and not come up, or fewer came out than
went in (issue 11; s40urg15, from blind32's "my brother slid under in the tub and he hasn't come up"
and "two of the kids went into the river and only one's come back out"; the class of blind23 and
blind26 in :data:`customario.escalation.urgency_perils._STILL_UNDER`). Own phrasings: a canal boat
hire, an outdoor swim club, a kayak trip, a spa hotel.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "sorry to bother you, it's probably nothing, but my sister slid under in the bath and she hasn't come up for a bit",
    "Two kids went into the canal by the boat hire and only one's come back out",
    "Three of the lads swam out to the buoy and only two have come back",
    "Only one of the kayaks has come back, the other boat tipped",
]

NORMAL = [
    "My son's in the bath, can you ring back in ten minutes?",
    "The kids are in the hot tub at your spa hotel and the jets stopped, can you send someone?",
    "I ran a bath and the plug hasn't come up, can a plumber come?",
    "Only one of the three parcels has come back, where are the others?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
