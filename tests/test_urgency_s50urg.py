"""Urgency classes read from the misses of urgency blind52 and blind49 (s50urg), each in the team's own
phrasings on other topics: the level is asserted by the rules alone and with the trained model."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "text, level",
    [
        # a third party at a drop, on a railing, saying goodbyes (urgency_warnings)
        (
            "My neighbour has been standing on the balcony railings for ages and keeps saying goodbye to everyone",
            "emergency",
        ),
        # weapons in the plural with no determiner, a group trying to get in (urgency_weapons)
        ("Three men with knives outside the shop trying to get in, we've pulled the shutter down", "emergency"),
        ("a bunch of lads at the front door with baseball bats, we're hiding in the office", "emergency"),
        # signs that go on since a blow (urgency_told_now)
        ("I took a ball to the face at training on Saturday and I've had headaches and double vision since", "urgent"),
        # legal papers foretold at the business's door (urgency_threats)
        ("Mark my words, you'll be getting a court summons over the state of my car", "urgent"),
        ("There will be a writ through your letterbox by Friday, I promise you", "urgent"),
        # an electrical part overheating (urgency_mishaps)
        ("The charger lead for the till is too hot to touch and smells odd", "urgent"),
        ("the socket behind the freezer is buzzing a bit and the plastic round it has gone all soft", "urgent"),
        # a shock from a thing, "given" after "has just" (urgency_shocks)
        ("The kettle base has just given me a shock, I'm fine now but it's still plugged in", "urgent"),
        # a live cable with water round it (urgency_dangers)
        ("There's a live wire dangling by the sink with water all round it", "urgent"),
        # a vehicle gone into water with someone in it; a person in the water gone still (urgency_afloat)
        ("The van has rolled into the canal and my dad is still inside it", "emergency"),
        ("the swimmer in lane two of the pool has stopped moving", "emergency"),
        # a fall, crying but talking: an injury to be seen (urgency_mishaps.reassured)
        (
            "My daughter fell off the climbing frame and her wrist looks wrong, she's sobbing but she's talking",
            "urgent",
        ),
        # someone going after a person with a thing, the person hurt (urgency_harm_now)
        ("Someone is going for the barman with a chair, he's bleeding, please send help", "emergency"),
        # a hyphenated name is one noun: a stall's motor, not an animal (urgency_mishaps.animal_only)
        ("The motor behind the ride-a-pony stall has caught fire and it's spreading to the tents", "emergency"),
        ("our guinea-pig has stopped breathing", "urgent"),
    ],
)
def test_harm_classes(text: str, level: str) -> None:
    assert assess_rules(text).level == level
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "Is there room for my diabetes alert dog on the boat tour?",
        "My car looks like it was hit by a truck after the hail, do you fix dents?",
        "A solicitor at my firm recommended your yoga classes, are there any evening ones?",
        "covered in bruises lol best day ever, when can we book again",
        "The kids are on fire about the dinosaur show, can we book four tickets?",
        "It's roasting today, is the pool open late?",
        "Can we burn our garden waste at the allotment or is there a skip?",
        "Do you sharpen knives, and how much is it?",
        "The chefs here with knives are brilliant, can I book the knife skills class?",
    ],
)
def test_no_harm_now(text: str) -> None:
    assert assess_rules(text).level == "normal"
