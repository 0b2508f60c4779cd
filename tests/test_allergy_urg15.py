"""An allergy told as a standing condition with a reaction denied or made light, and an allergen
taken by mistake (issue 11; :mod:`customario.escalation.urgency_allergy`). Own phrasings on vets,
florists' cafés, escape rooms, hotels, orchards, swimming baths and delicatessens; the class was seen
in the normal lines of blind5, blind10, blind15, blind17, blind22 and blind23.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules
from customario.escalation.urgency_allergy import set_aside, taken_by_mistake

CONDITION = [
    # a reaction denied by any negation of having one
    "I'm allergic to penicillin, no reaction or anything, just wanted it on the vet's notes for my own visit",
    "My son's allergic to sesame, he hasn't had a reaction in years, can the florist's café do a plain scone?",
    "Allergic to latex here, never had a bad reaction, do your escape room staff wear gloves?",
    "My niece is allergic to kiwi but has never reacted to anything at the deli, is the fruit salad kiwi-free?",
    # made light: not serious, only makes one sneeze or bloat
    "allergic to dairy lol not serious just bloats me, is the hot chocolate made with oat milk",
    "My wife's allergic to feathers, it only makes her sneeze a bit, are the hotel pillows synthetic?",
    # a denial with nothing taken ("hasn't eaten anything yet")
    "My husband is allergic to shellfish, he hasn't eaten anything yet, is the chowder safe?",
]
TAKEN = [
    # the allergen taken, with the reaction awaited or by mistake: urgent before any sign
    "My son's allergic to eggs and he's eaten half of your quiche, no reaction yet but what's in it?",
    "I'm allergic to wasps and just got stung at the orchard, no reaction yet, should I worry?",
    "My daughter's allergic to sesame and she was given a seeded roll at your café by mistake, nothing so far",
]
SIGNS = [
    # a sign beside the denial is still read
    ("I'm allergic to nuts, never had a reaction this bad, my throat is closing up", "emergency"),
    ("She's allergic to latex and your escape room gloves gave her hives, no breathing problems", "urgent"),
    ("I'm allergic to nuts and I just ate your flapjack, my lips are tingling", "urgent"),
]


@pytest.mark.parametrize("line", CONDITION)
def test_a_standing_allergy_is_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
    assert assess(line).level == "normal"


@pytest.mark.parametrize("line", TAKEN)
def test_an_allergen_taken_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(("line", "level"), SIGNS)
def test_a_sign_beside_a_denial_is_read(line, level):
    assert assess_rules(line).level == level, assess_rules(line)


def test_the_parts():
    assert "allergic" not in set_aside("i'm allergic to oats, haven't had a reaction, is the flapjack oat-free?")
    # nothing denied: the line is left as it is
    assert set_aside("i'm allergic to oats and my face is swelling") == "i'm allergic to oats and my face is swelling"
    # taken now: the allergy stays
    assert "allergic" in set_aside("he's allergic to oats and ate your flapjack, no reaction yet")
    assert taken_by_mistake("he's allergic to oats and ate your flapjack by mistake") is not None
    assert taken_by_mistake("he's allergic to oats, he hasn't eaten anything yet") is None
    assert taken_by_mistake("he's allergic to oats but ate your oat-free flapjack and loved it") is None
