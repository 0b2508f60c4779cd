"""An allergy named beside a question about what is in a thing, with no sign of a reaction anywhere in
the line, is a standing condition, normal (issue 11; :func:`customario.escalation.urgency_allergy.set_aside`;
section 4 of the corpora's brief: "questions about allergies without a reaction" are normal, and
blind25's "do u use sesame in the burger buns, my girlfrend is allergic"). Own phrasings on a
bubble-tea shop, a sushi counter and a nail bar; a sign beside the question keeps the reaction.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "do u put peanut in the bubble tea toppings, my bf is allergic",
    "My daughter is allergic to shellfish, does the sushi counter keep the prawns separate?",
    "Is there latex in the nail bar gloves? I'm allergic.",
]
NOT_NORMAL = [
    ("emergency", "My son is allergic to sesame and his lips are swelling, is there sesame in the sushi rice?"),
    ("urgent", "I'm allergic to something in your nail bar polish, my fingers are itchy and red, what's in it?"),
]


@pytest.mark.parametrize("line", NORMAL)
def test_an_allergy_beside_a_question_is_a_condition(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize(("level", "line"), NOT_NORMAL)
def test_a_sign_beside_the_question_keeps_the_reaction(level, line):
    assert assess_rules(line).level == level, assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "Can I keep my EpiPen on me in the bubble-tea shop's party room or does it go in the cloakroom?",
        "Do I need to bring my son's inhaler to the nail bar?",
    ],
)
def test_a_rescue_medicine_asked_about_is_carried_not_used(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_a_rescue_medicine_asked_for_in_a_reaction_stays_an_emergency():
    line = "Can you use my EpiPen on her at the sushi counter? She can't breathe!"
    assert assess_rules(line).level == "emergency", assess_rules(line)
