"""Urgency classes read from held-out urgency blind55's missed lines (s52), in the team's own
phrasings: a threat to harm someone said after a long description of the person; a weapon taken
from a set ("one of the axes") shown with menace; another person's intent to end their life; a
poison at hand to be drunk; a vehicle to be driven into water or off a height; a car rolling into
water with people in it; water at the chest with a door that will not open; "her" as the person
hit; a thing gone through the side of a neck; a wound gone hot or weepy; a rib cracked; a blade
that caught a finger; a face gone puffy; Scots and Southern US legal threats."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "a bloke by the bins who's been drinking all afternoon in the beer garden is shouting he's going to stab the barman",
        "some fella swinging one of your cricket bats at the queue",
        "my flatmate rang, she says her boyfriend is going to end his life tonight",
        "he's in the shed with the antifreeze and says he's going to drink the lot",
        "she keeps saying she'll drive the car into the canal and she's just taken the keys",
        "a van's sliding down the boat ramp into the harbour with two kids inside it",
        "the flood water's come in, it's up to my son's chest and the back door won't open",
        "her partner just turned up and he's kicking her on the floor of the car park",
        "a bolt's gone through the front of a woman's throat",
    ],
)
def test_danger_to_life_now_is_an_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "the blisters from my new boots have gone hot and weepy",
        "I slipped on your wet step and I think I've cracked a rib",
        "the hedge trimmers caught my husband's thumb, it's bleeding a bit",
        "my lad's cheeks went puffy after the face paint",
        "right, I'm taking this tae the sheriff court",
        "we're fixin' to sue y'all over that busted fence",
    ],
)
def test_injuries_reactions_and_legal_threats_are_urgent(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "the instructor was holding one of the axes for the lesson, can we book again?",
        "we're going to drive into the river at the ford, is the road open?",
        "the vet had to end his life last week, please cancel his walks",
        "the wind has broken a rib of my umbrella, do you sell spares?",
        "I broke a nail on your door handle, no harm done",
        "the cider's in the fridge and we're going to drink the lot at the party",
        "the sea was lovely, it was up to my chest, is the cottage free in June?",
    ],
)
def test_everyday_lines_with_the_same_words_stay_normal(line):
    assert assess_rules(line).level == "normal"
