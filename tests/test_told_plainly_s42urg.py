"""Dangers and injuries told without the obvious word (issue 11; s42urg, from the urgent and emergency
lines of blind33 and blind36 the rules took for normal or read a level low: a car driven through
people, a box cutter waved in a face, "banged his heid" with eyes of different sizes, a fall with a
"back in bits", weedkiller welts on a child, "hearing from my legal people", an ear ringing and
bleeding after feedback, water running under a plug, "he not open eyes"). Own phrasings in other
businesses and voices; near misses stay normal.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    "A van just ploughed into the queue outside, there are people lying on the pavement",
    "Someone reversed into the crowd by the gates, a lady's down and not getting up",
    "a car's mounted the kerb and hit people at the bus stop",
    "a bloke's waving a Stanley knife at your cashier",
    "there's a fella holding a box cutter to your barista's neck",
    "my son hit his head on the trampoline frame and his pupils look different sizes",
    "she banged her heid and she's being sick",
    "the wee one smacked his noggin and one of his eyes has gone bigger than the other",
    "grandad tripped on the kerb and hit his head and now he's not talking",
    "my wife she fall in the bath, he not open eyes",
]
URGENT = [
    "I went flying on your wet floor and my hip is killing me",
    "Slipped on the decking you oiled and my wrist's in bits",
    "I came a cropper on your front steps and my back's in a right state",
    "Missed the last stair in your shop and I've done my ankle in",
    "Since your team sprayed the lawn my son's arms have come up in blotches",
    "The flea spray your groomer used has brought my wife's neck up in big red lumps",
    "The paint stripper your decorator left out has given my toddler's hand angry red marks",
    "If that fine comes to me you'll be hearing from my legal people",
    "My legal people will be in touch about the damage to my car",
    "the speaker blew right by my ear, it's ringing and there's blood coming out",
    "the headphones screeched so loud my ear's ringing and there's blood on my finger",
    "water's running down the wall right over the socket",
    "the dishwasher's flooded the kitchen and the water's reached the plug sockets",
]
NORMAL = [
    "A car in your car park drove straight through the barrier, can you check your CCTV for my claim?",
    "do you sell box cutters? mine's blunt",
    "My nerves are in bits after the week I've had, can I book a massage?",
    "The cake fell off the counter on the way and it's in bits, can you make another?",
    "The weedkiller you sprayed has brought the lawn up in brown patches",
    "My legal people say the contract's fine, when can you start?",
    "You'll be hearing from my wife about the dates, she's the organiser",
    "there's a puddle under the ice machine, not near anything, can someone mop it?",
    "the bathroom's flooding from the pipe upstairs, nowhere near any sockets, can you come out today",
    "He's not talking to me since the quiz, can you seat us apart?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
