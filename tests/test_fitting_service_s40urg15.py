""" "Fitting" before a noun of a service or a thing ("a sharpening and fitting service", "a wetsuit
fitting appointment", "the fitting room") names a job, not a seizure (issue 11; s40urg15, from blind29;
:func:`customario.escalation.urgency_everyday.set_aside`). Own phrasings: a wetsuit shop, a hearing-aid
clinic, a saddler. A person fitting stays an emergency.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "Can I book a wetsuit fitting appointment for Saturday?",
    "Do you offer a cleaning and fitting service for hearing aids?",
    "Is the saddle fitting fee included in the price?",
]

EMERGENCY = [
    "My son is fitting, he's been fitting for five minutes",
    "She's fitting again and her lips are blue",
    "The baby is fitting in his cot",
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)
