"""Choking on the price of goods is a figure about money (issue 11; s40urg15, blind29: "choking on the
price of those olive trees"): the shopping phrase "price of X" stays the object of the verb, so
:mod:`customario.escalation.urgency_idioms` reads the whole as a figure instead of a bare "choking
on the" left behind (:func:`customario.escalation.urgency_frames._goods`). Own phrasings: a motor
dealer, a jeweller, a wine merchant.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "Ha, I nearly choked on the price of that estate car, any finance deals?",
    "I'm choking on the prices of those engagement rings, do you have anything cheaper?",
    "Spluttered over the price of the vintage port, is there a case discount?",
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)


def test_choking_on_food_stays():
    assert assess_rules("My son is choking on a grape in your café, he can't breathe").level == "emergency"
