"""Dangers and injuries told as going on, by what the caller sees (issue 11; s44urg, from the lines of
urgency blind37 and blind40 the rules alone took for normal: :mod:`customario.escalation.urgency_going_on`,
and the wound, clause and court readers widened in urgency_bleeding, urgency_struck, urgency_stories
and urgency_rules).

Own phrasings at a bowling alley, a garden centre, a campsite, a climbing wall, a gym, a riding school
and a holiday park; near misses (a fire going up the chimney as it should, a knife stall, fuel and a
lighter for a bonfire, a cupboard emptied, a back door broken, a cut fringe, a phone that is broken,
a court named for someone else) keep their level.
"""

from __future__ import annotations

import pytest

from tests.urgency_read import rules_level

EMERGENCY = [
    # a fire climbing, or a flame source caught in furnishings
    "the heater in the caravan has caught the curtains and we're trying to get the kids out",
    "flames are climbing up the walls of the marquee, everyone's still inside",
    # an armed person among people now
    "there's a man at the front desk with an axe, shouting at the staff",
    "there's a lad in the changing room with a knife, please send someone",
    # a whole store of medicine swallowed
    "sorry to cancel, I've swallowed everything in the bathroom cabinet and I feel really strange",
    # a burden said with the means at hand
    "I've got the pills lined up, I'll stop being everyone's problem tonight",
    # someone overdue on the water, out of sight
    "my daughter's been out on her kayak for hours, I can't see her anywhere and the fog is rolling in",
    # bleeding from a bite or a nick that coverings do not stop
    "the dog bit my husband's arm and it's pouring, the tea towels aren't stopping it",
    # the second party of a scene told with "the other"
    "two lads were scrapping by the lanes and the other lad's on the floor not moving",
    # a fight with a weapon and someone hurt
    "there's a brawl in the beer garden, a guy smashed a glass and someone's bleeding from his face",
    # bleeding through coverings counted
    "since the wisdom tooth came out it's bled through five gauze and I feel dizzy and cold",
    # a person motionless in fumes
    "the cellar stinks of gas and the barman's on the floor, he isn't moving",
]

URGENT = [
    # a joint or a bone said to be out by "it"
    "my finger got caught in the bowling ball return, I think it's dislocated",
    # a wound named by an adjective on a body part
    "I slipped on the wet tiles at the pool and I've got a cut chin",
    # a limb that will not be used, with pain on touch
    "since the soft play my son won't lift his arm and he cries if I touch his wrist",
    # a part gone fat and red
    "his ear's all fat and red since you pierced it yesterday",
    # the police set on the business for a crime
    "I'm phoning the police and reporting your manager for theft, that was my bag",
    # a court or tribunal named by its kind
    "I'm taking you to the county court over this",
    # an animal struck a person, told after a clause with a person in it
    "the instructor was in the school and the pony kicked my daughter in the leg, it's come up in a huge bruise",
]

NORMAL = [
    "the fire's going up the chimney nicely now, thanks for the logs",
    "there's a man in the market with a knife sharpening stall, is he one of yours?",
    "I've got a can of petrol and a lighter ready for the bonfire on Saturday",
    "I've taken everything out of the cupboard so the fitter can get in",
    "I want a cut fringe like last time, can you book me in?",
    "my phone slid off the table, I think it's broken, do you do repairs?",
    "My brother is taking his old boss to an employment tribunal, can I bring him along Friday?",
    # the caller's own profession with its field named, a lawyer on the caller's own sale
    "I'm a criminal defence barrister so I can only come on Saturdays, is that ok?",
    "our solicitor's handling the purchase of our van and needs the logbook from you",
    # an allergy given for the records, an injury told as a notice after a holiday, a circuit tripped
    "I'm allergic to latex, could you put that on my records please",
    "she sprained her wrist over Easter, it's in a splint, just letting you know she'll sit out the class",
    "the lights went out in the studio but it was only a tripped breaker, all back on now",
    "the kids are fighting over the glass of juice and one is on the floor sulking",
    "the gas engineer is here for the boiler service and the bloke next door isn't moving his van, can you ask him?",
]

KEPT_URGENT = [
    "I'm allergic to latex, your glove touched me and my hand's swelling, put it on my file",
    "I'm an employment lawyer and I'll be suing you for this",
    "I tripped over your hose and my knee's bleeding",
    "the twins are fighting with a bat again and one's knee is bleeding a bit",
    "the graze on his knee bled through two plasters on the walk back",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_dangers_going_on_are_emergencies(text: str) -> None:
    assert rules_level(text) == "emergency"


@pytest.mark.parametrize("text", URGENT)
def test_injuries_in_plain_words_are_urgent(text: str) -> None:
    assert rules_level(text) == "urgent"


@pytest.mark.parametrize("text", NORMAL)
def test_near_misses_stay_normal(text: str) -> None:
    assert rules_level(text) == "normal"


@pytest.mark.parametrize("text", KEPT_URGENT)
def test_near_misses_of_the_set_asides_stay_urgent(text: str) -> None:
    assert rules_level(text) == "urgent"
