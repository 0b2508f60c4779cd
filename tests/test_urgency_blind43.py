"""Classes read from held-out urgency blind43's lines the rules alone took for normal (6 December
2026), in the team's own phrasings (customario.escalation.urgency_seen_signs, urgency_frames,
urgency_afloat), each beside lines that must stay as they were."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # the choking sign
        "my dad's clutching at his throat at table six and he can't make a sound",
        "she's got her hands round her neck and nothing is coming out, she was eating a sweet",
        # froth at the mouth with a sign
        "a lad in the changing room has swallowed something and he's foaming at the mouth and twitching",
        "my friend collapsed by the bar, there's froth round her mouth",
        # a vehicle filling with water with someone in it
        "my son's skidded into the river in the van you hired him and it's filling up with water",
        "the car is filling with water and my wife is stuck inside, we went off the road into a flood",
        # trapped after a crash and not responding
        "we've had a crash in your minibus, the driver's trapped and he isn't answering me",
        # a weapon held to someone now
        "there's a man at the till threatening the cashier with a knife",
        "he's waving a broken bottle at the lifeguard and shouting",
        # someone gone into water and not seen
        "my toddler's fallen into the fish pond and I can't see him",
        # a plan to be found too late, with means
        "I've driven out to the woods with the rope, I don't want anyone to find me, just tell my sister sorry",
    ],
)
def test_signs_seen_are_emergencies(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "he was foaming at the mouth about the price of the tickets",
        "my hire car is filling up with water every time it rains, can you swap it?",
        "the film last night had a man threatening a cashier with a knife, great cinema though",
        "the kids were clearing their throats all through the film, can you ask people to be quiet?",
        "I went into the lake for a swim this morning, lovely and clear",
        "I came up here to be on my own for the weekend, is the hose by the pitch for washing up?",
        "we were stuck in traffic after a crash on the M5 so we'll be late for the party",
    ],
)
def test_the_same_words_without_the_danger_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_a_thing_that_keeps_shocking_someone_is_urgent_even_with_nobody_hurt():
    line = "the toaster in the staff room keeps giving people little shocks when they touch it, nobody's hurt, can we use it?"
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "what do you use to keep the tongs from burning my scalp?",
        "does the heated mat keep working if it overheats?",
        "is there a guard that stops the kettle scalding little hands?",
    ],
)
def test_a_harm_kept_off_asked_about_stays_normal(line):
    assert assess_rules(line).level == "normal"
