"""A local harm turned into a danger to life, and people exposed or cornered
(:mod:`customario.escalation.urgency_systemic`; issue 11, s40urg15, from blind32's emergencies the
rules left at normal or urgent), in the team's own phrasings on other businesses: a fishing-tackle
shop, a body piercer, a pond supplier, a hill-walking guide, a snowshoe trek, a storage firm.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules

EMERGENCY = [
    # a sting, a jab or a bite with signs spreading
    "Stung by a weever fish on your tackle-shop trip, my foot's numb and now my face is tingling",
    # an infection with signs of sepsis
    "My new piercing from you is infected, red streaks going up my arm, I've got a fever and I'm really confused",
    # an electric shock followed by heart signs
    "I touched the pond pump cable an hour ago and now my heart's fluttering and skipping beats",
    # a person lost in the cold or the dark
    "My dad with dementia wandered off from the guided walk three hours ago, it's freezing and getting dark",
    # a person buried in snow
    "On the snowshoe trek a drift collapsed and one of the group is still under the snow, we're digging",
    # an abuser at the door now
    "He hits me and he's come back early, he's kicking the bedroom door right now, can your van still come?",
]

NOT_AN_EMERGENCY = [
    "A wasp stung my finger and it's a bit numb, can I still come to my class?",
    "My piercing looks a bit infected, can I come in for a check?",
    "My heart was racing on the rollercoaster, what a shock, can we book again?",
    "We lost our dog on the moor two hours ago and it's getting dark, can you help?",
    "I've lost my gloves on the mountain, it's freezing, do you sell them?",
    "The kids are building a snowman under the snow machine, so fun",
    "The neighbours are banging on the door right now about the parking, can you move the van?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)


@pytest.mark.parametrize("text", NOT_AN_EMERGENCY)
def test_not_an_emergency(text):
    assert assess_rules(text).level != "emergency", assess_rules(text)
