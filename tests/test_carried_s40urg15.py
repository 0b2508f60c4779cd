"""Dangers to life told by where a person is and what a thing did, or by a sign doubted (issue 11;
s40urg15, from the emergency lines of urgency blind29 and blind30 that the rules left at normal),
in the team's own phrasings on other businesses: a motor garage, a quarry, a golf club, a wedding
marquee hire, a department store, a hardware shop, a gym crèche, a vet, a paint shop.

- :mod:`customario.escalation.urgency_carried`: a person under a thing that has moved, carried off
  with a thing, or inside a machine that has closed or started;
- :mod:`customario.escalation.urgency_vitals`: breathing or a pulse doubted ("I don't think he's
  breathing": negative raising);
- :data:`customario.escalation.urgency_rules.HAD_AMOUNT`: a poison swallowed, told as an amount
  someone else has had ("my toddler's had some of the rat bait").
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    # a person under a thing that has moved
    "The car came off the jack in the workshop and our mechanic is underneath",
    "The quarry dumper flipped on the ramp and the operator's stuck under it",
    "The stack of pallets toppled at the hardware shop and a lad's under them",
    # a person carried off with a thing
    "The wind's lifted the wedding marquee with the bride's gran still sitting in it",
    "The golf buggy started rolling down towards the lake with two kids still on it",
    "The store lift dropped three floors with people still inside",
    # a person inside a machine that has closed or started
    "Our boy crawled into the chest freezer at the vet's and the lid has locked shut",
    "My daughter hid in the tumble dryer at the gym crèche and someone's switched it on",
    # breathing doubted
    "He fell off the paint shop ladder and I don't think he's breathing",
    "I'm not sure she's breathing, she went down in the car park",
    "I doubt he's got a pulse, he's gone grey",
    # a poison had, told as an amount
    "My toddler's had some of the rat bait from the shed, he's being sick",
    "Quick one about the weedkiller — my little girl has had a mouthful and she's dribbling",
]

NORMAL = [
    "He's under the car fixing the exhaust, can he ring you back?",
    "The pen rolled under the sofa and my son's under there looking for it",
    "The bus pulled off with my son still on it, can you tell the driver to drop him at the next stop?",
    "The shelf fell down last night but nobody was underneath, can you send someone to refit it?",
    "The trailer tipped over in the yard but the driver crawled out, he's fine, can you tow it?",
    "The market stall blew over in the wind with all my stock on it, do you do insurance?",
    "My son climbed into the car and I switched it on, we'll be there in ten minutes",
    "The kids got into the paddling pool and it started filling up, lovely day",
    "The toddler crawled into the cardboard box and we taped it shut for a laugh, he loved it",
    "The kayak flipped in the practice pool with my daughter in it and she swam out laughing",
    "The hot air balloon took off with my parents on board, can we book the champagne for when they land?",
    "I'm not sure she's conscious of how much the repair costs",
    "I don't reckon she's breathing properly through her nose since the cold, can we move her lesson?",
    "I've had some of your rat bait before, do you still stock it?",
    "We've had a few of the dishwasher tablets from the trial pack, can we order more?",
    "My mum's had a couple of your weedkiller bottles delivered, one leaked in the box",
    "The cat has had a handful of biscuits and is fine, can we book her in for a claw trim?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)
