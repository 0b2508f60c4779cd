"""A mild, expected sign of healing asked about as normal is an aftercare question (issue 11; s40urg15,
from blind32's "my tattoo's peeling like sunburn on day five, is that normal?";
:mod:`customario.escalation.urgency_aftercare`). Own phrasings: a brow studio, a laser clinic, a
henna artist. A sign beyond healing, or a harm not from a procedure, keeps its level.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

CASES = [
    ("My brows are flaking after the microblading, is that ok?", "normal"),
    ("The laser patch on my arm is scabbing and itchy on day three, is that normal?", "normal"),
    ("My henna is peeling a bit already, is that normal?", "normal"),
    ("My tattoo is peeling and there's pus and it's spreading, is that normal?", "urgent"),
    ("My scalp is peeling after the bleach, is that normal?", "urgent"),
]


@pytest.mark.parametrize("text,level", CASES)
def test_level(text, level):
    assert assess_rules(text).level == level, assess_rules(text)
