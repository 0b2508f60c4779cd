"""Urgency classes read from held-out urgency blind67's missed lines (s58), in the team's own
phrasings: a wish to die said plainly, of oneself or of another; people swept off by water told
earlier in the sentence; the dialect "swole up"; a stinging creature that "got" someone, and a
sting or a bite on someone's named body part; a neck or back stiff after a jump's jolt or too stiff
to turn. And, the other way, the everyday lines each new reading could reach."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "I just want to die, nobody would notice",
        "my brother keeps saying he wants to die and he's locked himself in the van",
        "honestly I wish I was dead",
        "the river's burst over the ford and there's a man being swept off the crossing",
    ],
)
def test_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)
    assert assess(line).level == "emergency", assess(line)


@pytest.mark.parametrize(
    "line",
    [
        "she came off the trampoline at lunch and her wrist is swole up, she won't move it",
        "a jellyfish got my daughter's leg this morning and it's still burning",
        "a hornet got me on the ear and it's still throbbing",
        "did the bungee on Saturday and my neck is really stiff now",
        "my back's so stiff I can't bend since the ride",
    ],
)
def test_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "this wallpaper makes me want to die, can you do something brighter?",
        "I could die for a cold drink after that walk",
        "I'd want to die happy on one of your cruises lol",
        "I want to die of embarrassment, I booked the wrong day",
        "the tide washed away our sandcastle, do you sell buckets?",
        "the bridge got washed away in the storm last year, is the new one open?",
        "I'm swole from your bootcamp, any more sessions?",
        "we caught a weever fish on your boat trip, can we keep it?",
        "my neck is a bit stiff from sleeping funny, can I still come to yoga?",
        "the dog chewed my neighbour's garden hose, do you sell them?",
    ],
)
def test_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
