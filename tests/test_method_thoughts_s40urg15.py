"""Self-harm told by thoughts of a method, or by the means at hand with "I'm ending it / doing it" and
a near time (issue 11; s40urg15, from blind32's "I keep thinking about walking into the sea off the
headland tonight" and "I've got the rope and I'm ending it after the weekend", read with the
Columbia scale's screen: thoughts of a method; :mod:`customario.escalation.urgency_selfharm_said`).
Own phrasings: a removals firm, a cleaning company, a commuter season ticket, a pharmacy. Leisure
and a story keep a jump or a walk into the sea what it is.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "Can you sort my season ticket refund? I keep thinking about stepping in front of a train after work",
    "I've got the rope in the boot and I'm doing it after the weekend, so cancel the removal van",
    "I've saved up the tablets and I'm ending it on Sunday, just cancel the cleaning",
    "I keep thinking about walking into the river tonight, sorry, what was the refund number?",
]

NORMAL = [
    "I keep thinking about jumping off the high board at your pool, it looks fun",
    "I keep thinking about walking into the sea for the charity dip on Boxing Day, can I sign up?",
    "I keep thinking about the train journey, can I change my ticket?",
    "I've got the tablets from the chemist and I'm ending it with my gym after this month",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_not_an_emergency(text):
    assert assess_rules(text).level != "emergency", assess_rules(text)
