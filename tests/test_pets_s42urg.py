"""An animal in trouble now is urgent, never normal and never an emergency (issue 11; s42urg, from
blind33's spaniel in the electric gate and blind36's pony with a hoof in the gate, its dog swept
towards the weir and its dog hit by a bike; :mod:`customario.escalation.urgency_pets`). Own phrasings
at a cattery, a petting farm, a canal-boat hire and a riding school; near misses with the animal fine
or nothing caught stay normal, and a person hurt beside an animal stays the person's emergency.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules

URGENT = [
    "Our kitten's trapped behind the washing machine and crying",
    "a hen's caught in the fruit-cage netting and she's flapping like mad",
    "My cat's got her paw stuck in the cat flap and she's crying her head off",
    "The lamb's got its head wedged in the fence and it's bleating like mad",
    "Our dog caught his leg in your automatic door and now he's whining and holding it up",
    "One of your goats has its horns tangled in the netting and it's panicking",
    "The horse has got its leg through the gate bars and is kicking out",
    # caught, with a word that would be a person's emergency
    "the terrier's collar is snagged on the railings and he's choking himself trying to pull free",
    "My rabbit got trapped under the garage door, he's squealing and dragging his back legs",
    # in the water and carried off
    "our dog's gone in the river and the current's dragging him, he can't get out",
    "the puppy fell in the canal and can't get up the side, he's paddling like mad",
    "My dog jumped off the jetty and he's being swept downstream",
    # hit by a vehicle
    "the dog I left outside got hit by a bike, he's whimpering and won't put his paw down",
    "my cat's been run over in your car park, she's breathing but can't stand",
    "your van ran over our dog's leg, he's yelping",
    # an animal alone with signs a person's emergency would have
    "Our rabbit chewed the cable you left and now he's foaming at the mouth",
]
NORMAL = [
    "The dog got stuck in the mud on our walk, he's fine after a bath, can I book a groom?",
    "Our cat got her paw caught in the blinds cord last year, no harm, do you sell cordless blinds?",
    "My hair's caught in the gate again, ha, can you take an inch off?",
    "Can the pony come to the party if the gate's shut?",
    # a wild animal in a building is a pest-control job (blind28 labels it normal)
    "A pigeon's trapped in the loft and flapping about, can your man come and get it out?",
]
EMERGENCY = [
    # a person hurt beside an animal is the person's emergency
    "The horse kicked me in the chest and I can't breathe",
    "The dog knocked the bleach over and my son swallowed some",
    # a made thing named like an animal is no animal (a "charger" is also a warhorse in WordNet)
    "The laptop charger caught fire on the rug and the flames are still going",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text):
    assert assess_rules(text).level == "urgent", assess_rules(text)
    assert assess(text).level == "urgent", assess(text)


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert assess_rules(text).level == "normal", assess_rules(text)


@pytest.mark.parametrize("text", EMERGENCY)
def test_a_person_beside_an_animal_stays_an_emergency(text):
    assert assess_rules(text).level == "emergency", assess_rules(text)
