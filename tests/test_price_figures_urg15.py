"""A harm foretold as someone's reaction to a price or news is a figure of speech (issue 11;
:mod:`customario.escalation.urgency_asides`; blind2, blind28). Own phrasings on a wedding-cake maker,
a carpet shop and a tattoo studio; a heart attack happening, or one risked by effort, is not a figure.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "My husband's going to have a heart attack when he sees the wedding-cake quote, is there a smaller tier?",
    "Gran will have a funny turn when she sees the carpet shop's invoice, can we pay in two parts?",
    "My mum'll have a fit once she sees the tattoo, can you cover it up for Sunday lunch?",
]
EMERGENCY = [
    "My husband is having a heart attack in the carpet shop, he's clutching his chest and grey.",
]


@pytest.mark.parametrize("line", NORMAL)
def test_a_harm_foretold_at_a_price_is_a_figure(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_heart_attack_happening_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)
