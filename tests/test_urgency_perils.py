"""Dangers told as a scene (customario.escalation.urgency_perils and the blind10 additions to
urgency_selfharm): the classes behind the held-out urgency blind10 lines still taken for normal on
4 December 2026, in the team's own phrasings for other businesses, with near misses that must stay
normal."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text",
    [
        # A person in the water in trouble.
        "at the lido my nephew went into the deep end and he can't get out, nobody's watching",
        "my mate slipped off the jetty into the harbour and he's struggling",
        "a swimmer's been swept off the rocks into the sea, send someone",
        "the toddler's gone and fell through the ice on the duck pond",
        "the pedalo capsized and two girls are clinging to it in the water",
        "our narrowboat is sinking in the lock and we're still on it with the kids",
        # A structure about to give way with someone on it.
        "the marquee frame is buckling and there's a rigger still up on top of it",
        "the old wall at the allotments is about to go and some kids are playing under it",
        # Someone crying for help.
        "I can hear banging upstairs and now someone is screaming for help",
        "the woman in flat 3 is shouting for help",
        # Carbon monoxide with symptoms.
        "the CO detector by the boiler keeps beeping and my husband is dizzy with a headache",
        "carbon monoxide alarm going off in the holiday cottage, kids are drowsy",
        # Self-harm said indirectly.
        "please stop my repeat prescription, won't need it, I've written notes for the family",
        "gonna row out to the middle of the loch and not come back",
    ],
)
def test_emergencies(text):
    assert assess(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # Electrical hazards without fire.
        "the hand dryer in your gym gives you little shocks when you touch it",
        "the sauna's giving electric shocks now",
        "the light switch in the changing room is hanging off the wall, wires showing",
        "water is dripping through onto the ceiling lights in the cafe",
        "the cherry picker's resting against the overhead power lines outside the school",
        # An animal hurt, poisoned or in traffic.
        "Rolo's had diarrhoea since he got back from your kennels",
        "my cat's limping and the vet said it's a fracture, she was fine before the grooming",
        "the puppy bolted onto the busy road when your walker opened the van",
        "the horse is out and running between the cars on the lane",
        # An injury told plainly.
        "my son came out of the soft play with a cut above his eye",
        "my colleague has sliced himself on the bread slicer, it's deep",
        "nose piercing all swollen and hot, I'm shivery today",
        "the e-bike battery is warm and swelling, it's in the hallway",
        # A legal threat, conditional or about a harm that is over.
        "if my car isn't fixed by Monday I will start legal proceedings",
        "my ankle healed fine but our lawyer is preparing a claim against your gym",
    ],
)
def test_urgent(text):
    assert assess(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my phone fell in the lake, can you recover the photos?",
        "we went in the river for a swim on the kayak tour, it was lovely",
        "I fell in love with the lake view, can I book that room again?",
        "the deal fell through so I need to cancel",
        "the scaffold is about to come down next week, when will you collect it?",
        "my inbox is crying out for help, ha",
        "she was screaming for help with the spreadsheet all afternoon",
        "do you fit carbon monoxide alarms?",
        "the price gave me a shock, to be honest",
        "the cables are showing on the invoice as two items",
        "can you fit a light over the water feature?",
        "the power line company is doing works on our street",
        "my dog loves your daycare, the vet says she's in great shape",
        "we live on the main road, the dog is loose on the lead",
        "can I get a fade cut on the sides?",
        "she cut herself a slice of cake",
        "my tattoo looks great, a bit red but healing",
        "please cancel my repeat prescription, I've moved to a new surgery",
        "I'm going to another garage and not coming back",
    ],
)
def test_near_misses_stay_normal(text):
    assert assess(text).level == "normal"
