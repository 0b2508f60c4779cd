"""Urgent and emergency lines the rules alone took for normal (issue 11; s49urg, from urgency blind45, blind46,
blind48 and blind50 read as classes): the readers widened are urgency_normalise (the Irish English "after"
perfect, an irregular past made regular), urgency_reading (a body part said with "the" for its owner),
urgency_weapons (a thing taken up with menace), urgency_threats (the business to hear from the caller in court),
urgency_rules (a vehicle that runs on a battery, hissing), urgency_selfharm (not wanting to be here any more;
walked into deep water), urgency_perils ("I've a cut"), urgency_plain (shocks told with their strength),
urgency_shocks (shocks in the plural), urgency_mishaps (a cable gone "melty"), urgency_pets (an animal lame, or
straining with nothing passed) and urgency_counsel (a lawyer's interest in why a part failed, a warning to weigh
the answer).

Own phrasings at a garden centre, a climbing wall, a kennels, a boatyard, a go-kart track, a riding school, a
pottery studio and a bike shop; near misses keep their level.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency_normalise import normalise
from tests.urgency_read import rules_level

URGENT = [
    # the Irish English "after" perfect
    "our youngest is after cutting her hand on the broken pot by the tills, it needs a plaster at least",
    "me da's after falling off the step ladder in aisle three and his wrist looks broken",
    # an irregular past made regular, and the body part said with "the" for its owner
    "excuse me, my son is stinged by a bee at the lavender, the hand is very swollen now but he breathes ok",
    "my husband was bited by your dog at the gate, the leg is red and sore",
    # "nicked" of a body part stays a cut
    "the groomer nicked the top of my dog's ear and it keeps bleeding",
    # a fall with a hurt named is read whatever the laugh
    "I fell off the kart, lol, and now my wrist is huge and I can't move it",
    # the lawyer who acts stays a threat
    "my solicitor's secretary will ring you about the damage to my boat",
    # an electric vehicle or ride-on hissing
    "the e-scooter we hired is hissing on the charging rack and the deck is hot",
    "there's a hybrid taxi in your car park hissing underneath, we've stepped well back",
    # the business to hear from the caller in court
    "you'll be hearing from us in court if the hull repair isn't redone for free",
    # have without got
    "I've a deep cut on my palm from the kart's steering wheel bolt",
    # shocks told with their strength, or in the plural
    "the pottery wheel is giving me nasty shocks every time I touch the pedal",
    "the new kettle in the staff room keeps giving us little zaps when we touch the handle",
    # an electric cable gone "melty"
    "the extension lead behind the kiln has gone all melty near the socket",
    # an animal lame, or straining with nothing passed
    "the pony I ride on Saturdays is limping badly on his front leg since the lesson",
    "my rabbit has been straining all morning and nothing is coming out, can someone see him?",
    "Biscuit came home from your kennels and won't put any weight on his back paw, we're off to the vet",
    # a lawyer's interest in why a part failed, and a warning to weigh the answer
    "my sister's a barrister and she's very keen to know why the brake cable snapped on the bike you serviced",
]

EMERGENCY = [
    # a thing taken up with menace
    "a customer has grabbed a crowbar off the display and he's yelling at the cashier",
    "my ex has just picked up a shovel from your stand and I'm scared he's going to use it on me",
    # not wanting to be here any more, beside a walk into deep water
    "a lad's just waded into the river by your boatyard, earlier he said he doesn't want to be here any more",
    # a pen used or not working is read
    "she brought her own EpiPen but it isn't working and her throat is closing up",
    # a death past does not hide a danger now
    "my mum passed away last year and now my dad is having a heart attack at the go-kart track",
    "I think he's just died, he had a heart attack by the kiln",
]

NORMAL = [
    "I picked up a hammer from your tool aisle yesterday, do you have the matching nails?",
    "we walked into the sea today after the climbing session, do you sell towels?",
    "I don't want to be here all day, how long is the queue for the go-karts?",
    "my daughter doesn't want to go on the big horse, can she have the small pony?",
    "the cheese in the toastie from your cafe had gone all melty, lovely",
    "my dog strained a muscle last year, is the agility class gentle enough for him?",
    "the horse went lame last summer but he's fine now, can we book a lesson?",
    "the pony went lame on the hack last week and nobody told us, can I get a refund?",
    "we haven't heard from you about the court booking for the tennis",
    "the tyre on my bike is hissing, I think it's a slow puncture",
    "I got the new phone and the screen is cracked, can you fix it?",
    "what are you after looking for, the green glaze or the blue?",
    # "nicked" for stolen: the object cut where its place begins, a thing that "got nicked"
    "somebody nicked my helmet off the back of the bench by the track, has it been handed in?",
    "my van got nicked from outside the boatyard last night, do you know a locksmith?",
    "the seagulls nicked half our chips on the jetty, ha",
    # a person melting is the heat
    "we're all melting in the queue for the climbing wall, do you sell water?",
    "is the pottery studio air-conditioned? I'll melt in this weather",
    # a death told as past with its cause
    "a sympathy card for the riding instructor please, her husband died on Sunday, a stroke",
    "my dad passed away in March after a heart attack, can I cancel his bike shop service plan?",
    # an adrenaline pen carried along is a standing allergy's kit
    "my daughter has a nut allergy and carries her own EpiPen, can she join the pottery party?",
    # the caller's lawyer in an errand or as the one who sent the caller
    "my solicitor's daughter wants a go-kart party for her tenth, have you got Saturdays?",
    "my lawyer pointed me towards your riding school, she's been coming for years",
    # a fall made light of, and a person "out of shape"
    "I fell off the paddleboard about ten times, haha, no harm done, can I book another lesson?",
    "I'm really out of shape after the winter, do you have a gentle climbing session?",
]


@pytest.mark.parametrize("line", URGENT)
def test_urgent_classes_are_urgent(line):
    assert rules_level(line) == "urgent"


@pytest.mark.parametrize("line", EMERGENCY)
def test_emergency_classes_are_emergencies(line):
    assert rules_level(line) == "emergency"


@pytest.mark.parametrize("line", NORMAL)
def test_near_misses_stay_normal(line):
    assert rules_level(line) == "normal"


def test_after_perfect_reads_as_the_perfect():
    assert normalise("the wee one's after slipping on the wet floor") == "the wee one has just slipped on the wet floor"
    assert normalise("they're after taking the lot") == "they have just taken the lot"
    # "after" as a preposition or "looking for" is untouched
    assert normalise("we're after a table for four") == "we're after a table for four"


def test_regular_past_of_irregular_verbs():
    assert normalise("she is stinged by a wasp") == "she is stung by a wasp"
    assert normalise("he falled off the wall") == "he fell off the wall"
