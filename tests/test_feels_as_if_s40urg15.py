"""A body part's state told through a perception frame ("my throat feels as if it's tightening", "it
feels like my chest is tightening") is the state (issue 11; s40urg15, the lead's open item;
:func:`customario.escalation.urgency_normalise.normalise`), and "throat's tightening" with the clitic
on the word is the airway sign (:data:`customario.escalation.urgency_rules.EMERGENCY`). Own phrasings:
a fish restaurant, a face-peel clinic, a climbing wall café. The frame around no body part stays.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CASES = [
    ("It feels as if my throat is tightening after the mussels at your restaurant", "emergency"),
    ("Feels like my throat's tightening a bit, is that normal after the peel?", "emergency"),
    ("my chest feels as though it's tightening since the shellfish", "emergency"),
    ("my throat's tightening, we're at your café", "emergency"),
    ("my wallet feels like it's burning a hole in my pocket, any sales on?", "normal"),
    ("the throat's tight on this jumper, do you have a bigger size?", "normal"),
]


@pytest.mark.parametrize("text,level", CASES)
def test_level(text, level):
    assert assess_rules(text).level == level, assess_rules(text)
