"""Classes read from held-out urgency blind19's eleven missed lines (4 December 2026), in the team's
own phrasings at businesses in no corpus (a model railway club, a lido, a wedding florist, a
scrapyard, a farm park), with near misses that stay as they were."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    # a tree named by its kind come down with a person under it
    "the big oak by the car park has come down and there's a man underneath it",
    "a sycamore limb came down in the storm and someone's under it",
    # a person under a weight with a grave sign, in learner English too
    "my friend is under the heavy beam, he not moving, please",
    "the lad is under that stack of pallets and there's lots of blood",
]

URGENT = [
    # a suit said ahead in the passive
    "you lot are gonna get sued for this, trust me",
    "keep ignoring my emails and you're going to be sued",
    # the judge as the other way to settle it, or said ahead in learner English
    "we fix it today, or in front of a magistrate, up to you",
    "You not refund, I go to the judge.",
    # a damaged lead or a fence still live where people walk
    "the kettle's power cord is frayed and it sparks now and then, we keep using it",
    "the electric fence has snapped and it's lying across the footpath, still clicking",
    # a small shock from a thing touched
    "the lido's hand dryer gives you a small zap every time",
    # something flying that hit a face, with a cut
    "a conker flew off and caught my son on the forehead, small cut but he is fine",
    # whiplash still felt
    "I've had whiplash since your driver braked hard last week",
    # many people sick since a meal served
    "four of our guests have been throwing up since the buffet at your wedding fair",
]

NORMAL = [
    "my brother fixes cars, he's under the van most days",
    "the old beech came down years ago, is the trail open again?",
    "will I get sued if I park on the verge?",
    "we go to the judge at noon to collect the rosette",
    "my nan went before the judge for jury duty once, she loved it",
    "the ribbon on the bouquet is frayed, can you swap it?",
    "the fence across the footpath is down after the wind, who fixes it?",
    "your prices gave me a shock, ha",
    "she caught my eye at the stall, lovely flowers",
    "my whiplash cleared up long ago, can I book the sauna?",
    "the kids have been sick since the bug went round school, can we cancel the party?",
]


@pytest.mark.parametrize("line", EMERGENCY)
def test_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize("line", URGENT)
def test_urgent(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize("line", NORMAL)
def test_normal(line):
    assert assess_rules(line).level == "normal"
