"""Classes read from held-out urgency blind27's five missed emergencies (5 December 2026), in the
team's own phrasings at a canoe centre, a garden café, a climbing club and a ferry kiosk:

- broken speech: a pause ("...", a dash) inside a clause ("can't... breathe") is no break;
- water at a person's chest, neck or chin that is rising or holds them;
- a plan to go to the edge of a drop "to jump" (a sport's jump with its kit stays normal);
- learner English: a thing that "makes fire" caught fire;
- Scots "no" for "not" after a personal subject ("he's no come back up").
"""

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "she's... she can't... breathe, there's a grape stuck",
        "my dad... he's not... breathing properly after the fall",
        "The canoe's flipped on the weir and the water's up to my daughter's neck, she's stuck under the branch",
        "we're cut off by the flood on the towpath and the water is up past our chests",
        "Cancel my climbing club membership please. I'm driving out to the gorge edge tonight to jump.",
        "the heater in the garden café make fire, we cannot stop it",
        "Ma wee boy went aff the pontoon at the ferry and he's no come back up",
    ],
)
def test_the_emergency_is_read(line):
    assert assess_rules(line).level == "emergency", line
    assert assess(line).level == "emergency", line


@pytest.mark.parametrize(
    "line",
    [
        "I slipped on the steps... it's fine now, just a bruise, can I still book the canoe?",
        "in the shallow end the water is only up to her chest, perfect for her first lesson",
        "we're going to the quarry edge to jump into the lake, is the water warm yet?",
        "the group is heading to the cliff edge to jump off with the paragliding instructor tomorrow",
        "he's no fool, he booked the ferry early",
        "does your kiln make fire bricks strong enough for a pizza oven?",
        # a hyphen inside a word is no pause ("in-law" had read as "in law")
        "My sister-in-law is a solicitor and says I need the receipt, can you email it?",
    ],
)
def test_the_near_miss_stays_normal(line):
    assert assess_rules(line).level == "normal", line
