"""Urgency classes read from held-out urgency blind65's missed lines (s57), in the team's own
phrasings: a person at the edge of the business's own high platform or tower saying they will let
go; a fight going on with a blade or a gun in hand, nobody hurt yet; eyes burnt by light (arc eye,
welder's flash, gritty eyes with light that hurts) and sore eyes after a class (no exercise makes
eyes sore); an ear aching and discharging; Northern "proper sore" and "me eyes". And, the other
way, the everyday lines each new reading could reach."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "I'm standing at the edge of your viewing tower and I'm going to let go",
        "there's two lads fighting in the yard and one's got a machete",
        "they're fighting by the tills and one of them has a cleaver",
    ],
)
def test_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "my son has got welder's flash from the demo, both eyes streaming",
        "I think I've got arc eye from the evening class",
        "my eyes feel gritty and I can't stand the light since the welding",
        "me eyes are proper sore after the class, they won't stop watering",
        "his ear has been throbbing since the swim and there's yellow gunk coming out of it",
    ],
)
def test_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "I'm standing at the edge of your viewing platform, what a view",
        "the kids are fighting over who gets to hold the axe for the photo",
        "my legs are proper sore after the class, great workout",
        "can you give me hand with booking the welding class?",
        "water came out of my ear after the swim, is that normal?",
        "my eyes are red after the swim, is the chlorine strong today?",
        "that was a proper good class",
    ],
)
def test_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


# rules alone (the trained model had caught these): read from the same corpus's lines the rules missed
@pytest.mark.parametrize(
    "line",
    [
        "she's throwing up and so drowsy I can hardly keep her awake",
        "a stallion's got loose from the lorry park and run through the queue, people are down",
        "some idiot is reversing his van at the crowd by the gate",
        "a man is brandishing a crowbar and going for the steward",
    ],
)
def test_emergency_by_the_rules_alone(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "his neck has come up in itchy welts since he used the sunscreen you sold",
        "he took an elbow in the face and now he can't close his mouth properly",
        "your ladder collapsed under me at the open day last spring and if nobody rings me back our solicitor will be in touch",
    ],
)
def test_urgent_by_the_rules_alone(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "I drove the kids to the show, where do we park?",
        "he was waving a flag and shouting at the ref",
        "I could hardly keep my eyes open in the lecture, ha",
        "the prices have come up in the last year",
        "he sprained his wrist at your park two years ago and our physio says it healed fine",
    ],
)
def test_normal_beside_the_rules_alone(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
