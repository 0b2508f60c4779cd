"""Hearing hurt by a loud noise is an injury, urgent (issue 11; s40urg15, from blind29's "the headphone
feed spiked to full blast, my ear's been ringing all day and I can't hear properly out of it";
:mod:`customario.escalation.urgency_hearing`). Own phrasings: a gig venue, a fireworks display, an
athletics club. Ringing after a good concert, a hearing aid and a bad phone line are not.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CASES = [
    ("The speaker blew right next to me at your gig and now I can't hear out of my left ear", "urgent"),
    ("Since your fireworks display my ears won't stop ringing and everything sounds muffled", "urgent"),
    ("The starting pistol went off by my head at the athletics club and I'm deaf in one ear now", "urgent"),
    ("My ears are ringing after the concert, great night, are there tickets for next year?", "normal"),
    ("Can you check my hearing aid? I can't hear properly with it", "normal"),
    ("Sorry, I can't hear you, it's a bad line, can you ring back?", "normal"),
]


@pytest.mark.parametrize("text,level", CASES)
def test_level(text, level):
    assert assess_rules(text).level == level, assess_rules(text)
