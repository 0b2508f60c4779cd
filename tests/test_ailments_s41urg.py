"""Harms told flatly are urgent: a chemical in an eye, a wound gone infected, vomiting that goes on
after food, a pet that ate something toxic, a splinter in deep, a battery swollen (issue 11; s41urg,
from blind34, blind31 and blind26; :mod:`customario.escalation.urgency_ailments`). A pet's poisoning
is the vet's: urgent, not an emergency. Own phrasings; near misses stay normal.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

URGENT = [
    "Some of the lash glue ran into my son's eye, it's bright red and he can't open it",
    "Got a splash of oven cleaner in my eye at your valeting bay, it's stinging like mad",
    "The piercing you did last week has gone green and crusty round the stud",
    "Four of us have been sick all night after the tasting menu",
    "The kitten's chewed one of the lilies from your bouquet",
    "Our spaniel scoffed a packet of raisins off the counter at your cafe",
    "our dog ate some rat poison",
    "There's a shard of glass from your broken display in my heel, it's in deep and I can't get it out",
    "My e-bike battery has gone all puffed up and bulging after charging overnight",
]
NORMAL = [
    "Is the tint safe to use near the eyes?",
    "My nails have gone yellow from the dark polish, do you do a treatment?",
    "My daughter's been sick since last night so we'll have to move her party",
    "The cat's gone fat since we switched food, do you sell a light formula?",
    "Are the benches sanded? I don't want the kids getting splinters",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
