"""A battery gone hot with a second sign (a smell of something, sparks, hissing, or put out of harm's
way) is an electrical hazard without fire, urgent (issue 11; :mod:`customario.escalation.urgency_hazards`;
the judgement of section 4 that every corpus follows; blind28: "the drill battery become very hot and
is smelling like plastic, I put it outside"). Own phrasings on a drone shop, a camera shop and a vape
shop; a battery warm when charging asked about, a smell denied, or a six-pack are not.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "The drone battery got really hot and smells like burnt plastic, I've put it in the sink.",
    "My camera's power bank is very hot and hissing a bit, it's on the patio now.",
]
NORMAL = [
    "The vape battery gets warm when it charges, is that normal?",
    "My camera battery pack is hot from the sun in the car, smells fine, can I still use it?",
    "The six pack from the vape shop's fridge is warm and smells of beer, can I return it?",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_hot_battery_with_a_second_sign_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_a_warm_battery_asked_about_or_a_denied_smell_is_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
