"""Who swallowed it decides the level (issue 11; s41urg, from the open items of stop 40: "our dog ate
some rat poison" was an emergency because WordNet's "rat" is also a person, an informer): a pet's
poisoning is urgent (the vet's), whoever owns the pet; a child or a person who ate a whole pack of a
medicine is an emergency; a usual dose taken by the caller is neither.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "Our whippet's eaten some rat bait behind your shed",
    "My neighbour's cat got into the antifreeze in your garage",
    "my son's dog has swallowed a button battery",
]
EMERGENCY = [
    "The toddler's eaten a whole sheet of my paracetamol",
    "My daughter got into a bottle of my sleeping pills, half of them are gone",
    "my son's swallowed the dog's worming tablets",
]


@pytest.mark.parametrize("text", URGENT)
def test_a_pet_is_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


@pytest.mark.parametrize("text", EMERGENCY)
def test_a_person_is_an_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


def test_a_usual_dose_is_normal():
    assert assess_rules("I took two paracetamol this morning, can I still have the massage?").level == "normal"
