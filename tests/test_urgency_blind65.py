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
