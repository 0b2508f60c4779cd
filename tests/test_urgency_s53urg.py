"""Urgency classes read from the misses of urgency blind58 (s53urg), each in the team's own phrasings on
other topics: the level is asserted by the rules alone and with the trained model."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "text, level",
    [
        # a name WordNet does not know, before a plight a person is in (urgency._strip_names)
        ("The bank of snow slid off the barn roof and Kerys is buried under it, we're digging", "emergency"),
        # a structure coming down as the caller speaks, with people under it (urgency_plights)
        ("the marquee frame is collapsing and there are kids under it", "emergency"),
        ("Your hoarding is coming down onto the pavement and there's a woman under it", "emergency"),
        # ... or a person cut off behind what came down (urgency_plights._CUT_OFF)
        ("The chimney came down through the roof and we can hear my nan shouting upstairs", "emergency"),
        ("The old wall fell down on the allotment and we can't get him out", "emergency"),
        # a jump said from a rail climbed onto, or from a scaffold (urgency_selfharm)
        ("A lad has climbed onto the bridge rail and keeps saying he's going to jump", "emergency"),
        ("There's a woman on the scaffolding opposite threatening to jump", "emergency"),
        # a fire running at what will feed it (urgency_mishaps)
        ("The stubble's burning and it's racing towards the caravans", "emergency"),
        # a court order or prosecution threatened against the body that runs the business (urgency_threats)
        ("The council has threatened the club with an injunction over the floodlights", "urgent"),
        ("The farmer says he'll have the organisers prosecuted for crossing his field", "urgent"),
        # a claim form filled in, ready to go (urgency_legal_started)
        ("We've completed the county court claim form for the damaged van and it's going off Monday", "urgent"),
        # a person stung or bitten by an animal (urgency_struck.stung)
        ("My daughter got stung by a wasp on her neck at your fete", "urgent"),
        ("Your sheepdog bit my husband on the hand", "urgent"),
        ("I have been bitten on my ankle by something in the long grass", "urgent"),
        # ... and no animal, no sting: a price, a bug of a hobby, an exchange rate
        ("We got stung by the parking charges at the venue", "normal"),
        ("I've been bitten by the climbing bug, do you run beginner sessions?", "normal"),
        # a channel choked with what fills it is blocked (urgency_idioms)
        ("The drainpipe is completely choked, can you unblock it?", "normal"),
        # a thing at hand held for a lesson or a class is a tool in use, unless menace is done with it (urgency_weapons)
        ("My son will be holding a hatchet in the bushcraft class tomorrow, do you give gloves?", "normal"),
        ("He's holding an axe in the class and shouting at the tutor", "emergency"),
        # a pacemaker with the chest as a place, not a sign (urgency_rules)
        ("Can I go through the metal detector with a pacemaker on my chest? Nothing's wrong", "normal"),
        # the caller's own lawyer telling the caller's duty, or sending the caller to ask (urgency_counsel)
        ("Our solicitor says the fence repairs are our responsibility, can you quote for them?", "normal"),
        ("My lawyer suggested I check whether you carry employer's insurance before we hire you", "normal"),
        # ... but a lawyer's word with a claim or fault stays a threat
        ("My solicitor says it's your fault and we'll be making a claim", "urgent"),
    ],
)
def test_level(text: str, level: str) -> None:
    assert assess_rules(text).level == level
    assert assess(text).level == level
