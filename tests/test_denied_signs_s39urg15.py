"""The signs of a made thing's hazard denied in a list ("not hot or swollen", "no smoke or sparks"), and
"nothing burnt" said of things, leave no hazard; a sign told beside the denial still counts (issue 11;
:mod:`customario.escalation.urgency_scope`, :data:`customario.escalation.urgency_figures.FIGURES`).
Own phrasings on a phone repair shop, an e-bike shop and a scooter hire; raised in blind28 and blind30.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "My phone battery drains by lunchtime, it's not hot or bulging, just tired. Can you swap it?",
    "The e-bike charger light stays red, no smoke or sparks or anything, is it faulty?",
    "The scooter hire place had the fire brigade out for a false alarm, nothing burnt, are you open tomorrow?",
]
URGENT = [
    "The e-bike battery isn't hot yet but it's bulging and hissing on the shelf.",
    "No smoke, but the phone charger is sparking every time I plug it in.",
]


@pytest.mark.parametrize("line", NORMAL)
def test_hazard_signs_denied(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize("line", URGENT)
def test_a_sign_told_beside_the_denial_counts(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)
