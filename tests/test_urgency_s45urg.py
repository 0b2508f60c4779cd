"""Dangers and injuries described without the textbook word (issue 11; s45urg, from the lines of urgency
blind39, blind40 and blind42 the rules alone took for normal or for merely urgent:
:mod:`customario.escalation.urgency_described`, and the water, bleeding, infection, counsel, hedge and
coughed-blood readers widened in urgency_bodies, urgency_bleeding, urgency_ailments, urgency_counsel,
urgency_normalise and urgency_reading).

Own phrasings at a football ground, a marina, a builder's yard, a dive centre, a nightclub, a tattoo
studio, a farm shop and a trampoline park; near misses (a crush on a singer, a fire exit blocked by
boxes, a finger crushed in a door, a bone china mug, a dive booked, a file sent to the accountant, a
hot red face after a sauna, a bit of a queue) keep their level.
"""

from __future__ import annotations

import pytest

from tests.urgency_read import levels, rules_level

EMERGENCY = [
    # a crowd crush with people going down
    "there's a surge at the gates and kids are being crushed against the railings",
    "big crush by the stage, people have gone down and a lad's lips are going blue",
    # a person pinned between or against a heavy thing
    "the forklift has reversed and my colleague is pinned against the racking by it",
    "a man's trapped between the tractor and the barn wall",
    # a limb crushed with signs of shock or the weight still on it
    "her foot's crushed under the trailer and she's gone grey and clammy",
    "his arm's crushed and the hull is still pressing against him",
    # an open fracture told plainly
    "she landed badly off the trampoline and you can see the bone in her shin",
    # neurological signs after a dive
    "after this morning's dive my husband's arm has gone numb and he's slurring",
    # smoke with the way out locked and people there
    "there's smoke pouring out of the cellar and the back doors are padlocked, the club is full of people",
    # a person taken by moving water, told with "taken"
    "the tide has taken my nephew off the sandbank",
    # a wound told by the tool that made it, bleeding heavily
    "my brother caught his thigh with the chainsaw and it's pumping, it won't stop",
    # a boat gone over with someone not seen, or someone in the water and cold (blind42's classes)
    "a kayak's flipped over by the buoy and I can't see the girl who was in it",
    "we are in the water by the jetty, it's so cold and we can't hold on much longer",
    # a weapon drawn
    "two men at the counter and one of them has pulled a knife out",
    # a lightning strike with someone down
    "lightning struck the tree by the pitch and a player is on the ground not moving",
    # no reason to go on, with the means at hand
    "I don't see any point in going on, I've got the tablets lined up here",
    # a young child alone by water, gone quiet
    "my little one is in the bath and the tap's still running, he's gone very quiet and the door's stuck",
    # a belly gone rigid with signs of shock
    "he went over the handlebars onto the kerb, his stomach's gone rigid and he's pale and clammy",
    # a person under a fallen thing, named by rank
    "the wardrobe toppled and my eldest is under it, I can't lift it",
]

URGENT = [
    # an ear in pain with blood seen
    "my son's ear is throbbing since the flight and there's blood on his pillow",
    # a part swollen to the size of a thing
    "I fell off the step and my wrist has swollen up to the size of an orange",
    # a wound gone hot and red
    "the cat bite on my thumb is hot and red now and throbbing",
    "those thorn pricks from your roses have gone red and hot overnight",
    # the matter handed to a lawyer
    "I have handed the whole thing over to our solicitors, you'll hear from them",
    "this has been referred to my legal team",
    # a limb held up and painful to touch (an animal's too)
    "our spaniel won't put her front paw down and cries when I touch it",
    # bite marks, or a torn ear or lip
    "the cat came back with bite marks on his back and a torn ear",
]

NORMAL = [
    "I have a crush on your lead singer, is she doing a signing?",
    "can you recommend a fine bone china mug for my mum?",
    "I'd like to book a dive for next Saturday, the wreck one",
    "I've sent the invoice to my accountant, could you resend the receipt?",
    "we had a bit of a queue at the till, nothing major",
    "there was a bit of confusion over the booking time",
    "my face goes hot and red after the sauna, is that normal?",
    "the kids are in the water park queue and it's really cold today",
    "the market's gone over the top this year, prices everywhere",
    "I can't see a reason to carry on with the membership, please cancel it",
    "my grandad got his penknife out to open the parcel, all fine",
    "the thunder and lightning last night kept us up, can we move our slot?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_dangers_to_life_described_are_emergencies(text: str) -> None:
    assert rules_level(text) == "emergency"


@pytest.mark.parametrize("text", URGENT)
def test_injuries_and_threats_described_are_urgent(text: str) -> None:
    assert rules_level(text) == "urgent"


@pytest.mark.parametrize("text", NORMAL)
def test_near_misses_stay_normal(text: str) -> None:
    assert levels(text) == ("normal", "normal")


def test_a_bit_of_blood_is_an_amount_not_a_hedge() -> None:
    # "a bit of" before a noun is an amount: the blood is still read
    assert rules_level("my dad coughed up a bit of blood this morning") == "emergency"
    assert rules_level("there was a little bit of blood in my ear this morning and it really hurts") == "urgent"


def test_a_finger_crushed_in_a_door_is_not_an_emergency() -> None:
    assert rules_level("my finger got crushed in the car door, it's bruised") != "emergency"


def test_a_blocked_fire_exit_without_smoke_is_not_an_emergency() -> None:
    # a hazard to report (urgent by the hazard readers), not a fire: "fire exit" names the door
    assert rules_level("the fire exit at the side is always blocked by boxes, people could get hurt") != "emergency"
