"""Violence at home told flatly is urgent (issue 11; s41urg, from the open item "My husband hits me,
I'm leaving him next month"; :mod:`customario.escalation.urgency_abuse`). Own phrasings; the other
senses of hitting and beating stay normal.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT_OR_WORSE = [
    "My partner hits me, so please put the booking under my sister's name",
    "my wife slaps me when she's had a drink, can you not text the house phone?",
    "My stepdad batters my mum, we need the appointment moved somewhere quieter",
]
NORMAL = [
    "My husband hits me up for a lift every Saturday, can I book two cuts back to back?",
    "my girlfriend beats me at pool every week, do you do lessons?",
    "My son hits the ball way over your nets, have you got taller ones?",
    "My husband kicks me in his sleep, do you sell wider mattresses?",
]


@pytest.mark.parametrize("text", URGENT_OR_WORSE)
def test_urgent(text):
    assert assess_rules(text).level in ("urgent", "emergency"), assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
