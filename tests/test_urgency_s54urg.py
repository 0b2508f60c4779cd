"""Urgency classes read from development corpora urgency blind60 and blind58 and the lead's leftovers
(s54urg), in the team's own phrasings: people counted as buried with the verb left out; a dangerous sea
animal attacking a person still in the water; an electrical part buzzing and hot to the touch; a person
hanging on a rope that is failing; a weapon thrown at people; and, the other way, a garment "strangling"
its wearer while a size is asked, court papers sent to the caller's own party, a finger caught and
bleeding with the child all right, a knock to the head with the caller talking and walking, "froze my
fingers off" and "nicked that name"."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules
from customario.escalation.urgency_words import is_doer


@pytest.mark.parametrize(
    "line",
    [
        "the snow slid off the ridge... two buried... we're digging with our hands",
        "the trench caved in, three trapped, please hurry",
        "the rockslide left two trapped under it and we can hear them",
        "a shark has just bitten a swimmer by the pier and he's still in the water",
        "the crocodile went for a paddler and there's blood in the water",
        "my brother slipped over the edge of the ravine, he's hanging on the rope and it's snapping",
        "some bloke is hurling bottles at the bar staff right now",
        "a man outside is throwing knives at people",
    ],
)
def test_danger_to_life_now_is_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "the light switch in the hall is crackling and too hot to touch",
        "the socket by the kettle is humming and hot to the touch",
    ],
)
def test_an_electrical_part_overheating_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        # a finger shut in a thing, bleeding a lot, the child all right
        "my little girl shut her finger in your locker door, it's bleeding a lot but she's fine, only crying",
        # a knock to the head, the caller dizzy but talking and walking
        "I whacked my head on the low beam, bit dizzy but talking and walking about fine",
    ],
)
def test_a_local_injury_with_the_person_all_right_is_urgent_not_an_emergency(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize(
    "line",
    [
        "These running tights are absolutely strangling me, can I exchange them for a larger size?",
        "the new helmet is crushing me, do you have a bigger one?",
        "I need to post court papers to my landlord, do you do tracked delivery?",
        "We nearly froze our toes off at the last match, do you sell thermal socks?",
        "Has somebody nicked that team name already?",
        "Do you book the knife-throwing act for birthday parties?",
        # the caller who says a thing is choking them is talking: a fit complained of
        "this bow tie is choking me, can you loosen the collar?",
        "the weeds are choking my roses",
    ],
)
def test_figures_and_errands_are_normal(line):
    assert assess(line).level == "normal", assess(line)


@pytest.mark.parametrize(
    "line",
    [
        # a person strangling someone is never a garment's fit
        "my ex is strangling me, help",
        # a thing caught round a neck stays, whatever is asked after
        "the lanyard is choking him, it's caught in the machine",
        "the blind cord is choking my toddler",
        # knives thrown at a person in a fight, not in a show
        "he threw a knife at me in the car park",
        # papers served on the business stay a threat
        "I am sending court papers to you today",
        # frozen parts told by their signs
        "I froze my hands on the chairlift and now they're white and numb",
        # a bleed with a grave sign
        "she trapped her hand in the car door, it's bleeding a lot and she's pale",
    ],
)
def test_near_misses_keep_their_level(line):
    assert assess_rules(line).level in ("urgent", "emergency"), assess_rules(line)
    if "strangling" in line or "choking" in line or "pale" in line:
        assert assess_rules(line).level == "emergency"


def test_an_agent_noun_wordnet_does_not_know_is_a_person():
    assert is_doer("kiter") and is_doer("wingfoiler") and is_doer("bodyboarder")
    assert not is_doer("board") and not is_doer("kite")
