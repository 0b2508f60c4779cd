"""Lips or eyelids swollen with the breathing said to be fine, told with another verb of the mouth
coordinated ("I can breathe and talk fine", "breathing and swallowing are fine"), are urgent, not an
emergency (issue 11; s40urg15, from blind27; :data:`customario.escalation.urgency_airway._BREATHING_FINE`).
Own phrasings: a walnut bakery, a lash bar, a noodle bar. The tongue or the throat beside it keeps
the emergency.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "My lips are tingling and puffy after your walnut loaf, but I can breathe and talk fine",
    "Her eyelids have puffed up after the lash glue, she can talk and breathe normally",
    "My lips are swollen after the satay noodles, breathing and swallowing are fine",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


def test_tongue_stays_an_emergency():
    line = "My lips are swollen and I can breathe and talk fine but my tongue feels thick"
    assert assess_rules(line).level == "emergency"
