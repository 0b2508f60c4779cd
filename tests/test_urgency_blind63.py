"""Urgency classes read from held-out urgency blind63's missed lines (s56), in the team's own
phrasings: a person hanging by a harness or from a scaffold with no article, or up on a high wire
with their grip going; someone who jumped in and has not come back up; waves over the heads of
people cut off by the tide; water rising with the way out flooded; a young child named and missing
by water; a building leaning over people; a person shaking on a live board who will not let go; a
grass fire running at people; learner English (a dropped auxiliary, a dropped possessive); injuries
named by whoever examined them; a nail through a boot; a tick with a red ring; a lawyer's letter
or a claim announced; a sagging power line; a fitting sizzling and smelling hot; "it" gave a shock.
And, the other way, the everyday lines each new reading could reach."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "the window cleaner is hanging off the side of the block by his harness and yelling",
        "man is hanging from crane, the strap snapped, he can't hold on much longer",
        "the girl on the trapeze has frozen and she's losing her grip, there's no mat",
        "my daughter dived off the harbour wall and she hasn't come back up",
        "the tide's cut them off at the point and the waves are breaking over their heads",
        "we're at the back of the cave, the stream is rising and the only way out is under water now, six of us",
        "we can't find Archie, he's two, he was by the pond a minute ago",
        "the old wall by the car park is bowing towards the bus stop and creaking, people are still under it waiting",
        "the engineer is slumped on the fuse board and twitching and won't let go",
        "the bonfire's caught the dry heather and it's racing towards the tents",
        "my son he not breathing normal after the fall, he make noise",
        "she hit head on the bar, now she is confuse and being sick",
    ],
)
def test_danger_to_life_now_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "the scan showed a hairline fracture in his ankle after the class, thought you should know",
        "the GP reckons it's a perforated eardrum from the jump",
        "a lad from your crew stood on a nail straight through his trainer, he's had a tetanus jab",
        "found a tick behind my son's ear after the walk and there's a bull's-eye rash round it",
        "my lawyer has drafted a letter before action about the damage to my car, so expect it",
        "we'll be issuing a county court claim for the ruined floor",
        "our solicitor will be writing to you about the flood next week",
        "your van clipped the pole and the power cable's sagging over the pavement now",
        "there's a crackling sound from the socket in the hall and it smells of burning",
        "there's a bare wire round the gate latch and it gave my wife a jolt",
    ],
)
def test_harm_short_of_danger_to_life_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "the bunting is hanging off the edge of the marquee, can someone fix it before Saturday?",
        "the roofer on the roof said the slates are slipping, can you quote for new ones?",
        "he jumped at the offer and hasn't come back to us since",
        "the river is rising and the path back to the car park is flooded, can we still do the walk tomorrow?",
        "we couldn't find our son, he's four, but he was in the toilets, all fine now",
        "the tree by the gate has leaned over the lane for years, could you trim it one day?",
        "my toddler was shaking with excitement and won't let go of his new toy",
        "our bonfire caught the grass last year, all fine, are you doing the display again?",
        "he not answering his phone today, can you call tomorrow?",
        "the X-ray showed no fracture, can she still come to her grade exam?",
        "do you sell tick removers? the dog had a rash last summer",
        "my lawyer says I should keep the receipts",
        "we rewired the lights for the party and it gave my son a buzz to see them all lit up",
    ],
)
def test_everyday_lines_stay_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
