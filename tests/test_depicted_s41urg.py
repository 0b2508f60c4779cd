"""Harm words naming a look, a picture, a tattoo design, a player in form, a dish burnt in the
cooking, a video game or a war wound are no harm now (issue 11; s41urg, from blind34's normal lines
read as urgent or emergencies; :mod:`customario.escalation.urgency_depicted`). Own phrasings; the
near misses with a real harm stay urgent or emergencies.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

NORMAL = [
    "Can I book the smoky eyeshadow look for my sister's hen do?",
    "Have you still got the painting of a sinking boat in the window? How much?",
    "I'd like a phoenix with flames round it on my forearm, what would a tattoo like that cost?",
    "Our keeper's been on fire all season, can we get the team photo framed?",
    "I scorched the caramel again, is your dessert class good for beginners?",
    "My character keeps bleeding out on the boss level, is the server lagging?",
    "Grandad was wounded in the Korean war, can you engrave his medal case?",
    "The dog went for a wasp in your beer garden, all fine, just saying",
]
URGENT_OR_WORSE = [
    "I burnt my wrist on the caramel at your dessert class",
    "The goalkeeper's shirt is on fire, a flare landed on him",
    "Our dog went for my little boy in your car park",
    "The smoke alarm's going and the kitchen is full of smoke, the kids are upstairs",
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)


@pytest.mark.parametrize("text", URGENT_OR_WORSE)
def test_still_a_harm(text):
    assert assess_rules(text).level in ("urgent", "emergency"), assess_rules(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Is your smoking hot weekend offer on the kayaks still running?", "normal"),
        ("The band was so loud my ears were nearly bleeding, can you turn the PA down next week?", "normal"),
        ("The disco was so loud my ears were bleeding and there's blood on the pillow this morning", "urgent"),
        ("The griddle was smoking hot and the fat spat up onto my arm, it's blistering", "urgent"),
    ],
)
def test_praise_and_hyperbole(text, level):
    assert assess_rules(text).level == level, assess_rules(text)
