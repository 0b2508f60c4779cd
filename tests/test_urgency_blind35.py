"""Classes read from held-out urgency blind35's missed lines (6 December 2026), in the team's own
phrasings (a bakery, a garage, a campsite, a dentist, a removals firm), each with near misses that
must keep their level (customario/escalation/urgency_told_now.py and, for counsel set on the
business, customario/escalation/urgency_legal_aim.py)."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        "our removals lorry has conked out on the level crossing and the barriers are coming down",
        "I'm stuck on the railway crossing outside your garage, engine died and the lights are flashing, a train's due",
        "someone's trying to force the kitchen window right now and I'm upstairs with the baby",
        "there's a man trying to break the lock on our caravan door, I can hear him, we're hiding in the bedroom",
        "a big dog has got loose at the campsite and it's mauling a little boy by the showers",
        "there's a kid lying at the bottom of the pool at the campsite and nobody's watching",
        "two lads outside the bakery, one's smashed a bottle and is going at the other with it",
        "since lunch there's been a heavy pressure in my chest and my left arm's gone numb",
        "I didn't know who else to call. I've made my mind up, tonight's the night, everything's sorted",
    ],
)
def test_emergencies_told_without_the_word(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "there's a labrador shut in a van outside your surgery, windows up, and it's baking out here",
        "somebody's left a terrier in the car at the garage with the windows closed and it's panting",
        "our collie's flat out in the boot since the long drive in the heat",
        "the cat won't stand up after the sedation at your place, is that normal?",
        "Your mechanic scratched my car. If it happens again I'll have my lawyer all over you",
        "I'll set my solicitor onto you if the deposit isn't back this week",
    ],
)
def test_urgent_lines_told_without_the_word(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a crossing, a lock and a dog in everyday senses
        "do you deliver past the level crossing on the Station Road side?",
        "I locked myself out and I'm trying to force my back door, can a locksmith come?",
        "the dog's flat out asleep on the sofa after his walk",
        "my spaniel can't stand the dryer, can you towel him off instead?",
        "I've decided tonight's the night I propose, just wanted someone to know!",
        "we left the dog in the car with the windows down for two minutes in the shade, is that OK?",
        "I'll have my lawyer friend over for tea if it rains",
    ],
)
def test_near_misses_keep_their_level(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
