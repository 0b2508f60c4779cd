"""A name given to something is no event (issue 11; s40urg15, :mod:`customario.escalation.urgency_titles`,
from blind29's "a song called 'Overdose'"), in the team's own phrasings on other businesses (a record
shop, a board-game café, a cocktail bar, a gallery, a rehearsal room, an escape room): a title in
quotation marks or in title case after a verb of naming said of a thing; "I called Emergency
Services" and "we've called 999" are phone calls and keep their harm.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "Have you got the LP called 'Cardiac Arrest' on vinyl?",
    "Our band is called Heart Attack, can we book the rehearsal room for Friday?",
    "Do you stock the board game named \u201cPoison Ivy\u201d?",
    "The new cocktail is called Burning Man, can we reserve a table to try it?",
    "The gallery's next show is titled 'Drowning', when does it open?",
    "We'd like the escape room known as The Stabbing in the Study for six people",
]

EMERGENCY = [
    "I called Emergency Services and she's still not breathing",
    "We've called 999 and he's not breathing",
    "There's a man called Steve collapsed in your car park, he's not breathing",
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)
