"""A harm word naming goods (first-aid stock, warning labels) in a question about buying or stocking
them is no harm; a harm told beside them still counts (issue 11; :mod:`customario.escalation.urgency_uses`).
Own phrasings on an outdoor shop, a pharmacy shelf and an antiques fair; nine such lines in eight
corpora are normal, and blind26 and blind30 had them raised.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "Does the outdoor shop's hiking first-aid kit come with bite cream and blister plasters?",
    "Which waterproof plasters do you stock for swimmers?",
    "At the antiques fair I saw old tins with poison warnings on, do you buy those?",
]
URGENT = [
    "I've scalded my wrist on the kettle, do you sell burn gel?",
    "My daughter's been stung on the foot and it's swelling, have you got sting relief spray?",
]


@pytest.mark.parametrize("line", NORMAL)
def test_goods_named_by_a_harm_word(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize("line", URGENT)
def test_a_harm_told_beside_the_goods(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)
