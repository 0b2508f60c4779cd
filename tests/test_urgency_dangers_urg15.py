"""Classes read from urgency blind21's and blind24's lines read at the wrong level (development since
5 December 2026 01:00 UTC), in the team's own words at businesses in no corpus (an angling club, a
go-kart track, a farm shop, a zip-line park, a campsite, a paintball field, a petting farm, a golf
course, a builders' merchant, a ferry operator): the rules alone, without the trained model
(tests/conftest.py switches it off)."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # a person up to the chest in cold water
        "My husband waded out after his rod at the angling club and now he's up to his chest in the lake, shivering, he can't get out.",
        # we are taking on water
        "We're taking on water a mile out from the ferry terminal and there are four of us on board.",
        # a person buried under loose material
        "The sand bank by the campsite stream has collapsed and there's a little girl under the sand.",
        "A heap of gravel slid off the lorry at the builders' merchant and came down on him, we can hear him shouting.",
        # something round a person's neck
        "The safety lanyard on the zip line has caught round my daughter's neck and it's tightening.",
        "The goat's rope at the petting farm is wrapped round a boy's neck and we can't get it off.",
        # a venomous bite with signs through the body
        "An adder bit my son on the campsite path and now he's throwing up and dizzy.",
        "My wife was stung by a jellyfish off the ferry slip and she's struggling to breathe.",
        # burns over a large area
        "The fryer at the farm shop café went up and the cook has burns on her face and both hands.",
        # a broken back or neck after a fall
        "A kart flipped at the go-kart track and the driver landed on his head, he says he can't feel his legs.",
        # a thing driven into the trunk, or heavy bleeding
        "At the paintball field a lad fell onto a fence and there's a spike stuck in his side.",
        "My nephew caught his leg on the barbed wire at the golf course and he's bleeding buckets.",
        # a thing burning indoors with people in the building
        "The kart battery we charged overnight is on fire in our garage and the kids are asleep upstairs.",
        # a vehicle driven off a height as a plan
        "Thanks for fixing the brakes on my car, I'm driving it off the cliff tonight so I won't need the next service.",
        # a body state told in the present perfect ("has been closing up")
        "My tongue's been swelling since I ate the farm shop's satay and it's getting bigger.",
    ],
)
def test_emergencies(line: str) -> None:
    assert assess_rules(line).level == "emergency", line


@pytest.mark.parametrize(
    "line",
    [
        # electrics and water
        "The extension lead for our campsite hook-up is lying in a puddle by the tent.",
        "Rain's getting into the floodlight box at the go-kart track and it keeps fizzing.",
        # a graze or a thing hitting a person, told by the part
        "My daughter's elbows are badly grazed after she came off the zip line.",
        "A stray golf ball from the fourth tee caught my dad in the shin.",
        # an animal poisoned is the vet's (a pet named by its breed; the animal as the subject)
        "Our weimaraner has eaten a bag of rat poison in the farm shop yard and he's being sick.",
        "Our kitten got into the antifreeze at the campsite and licked some, she's drooling.",
        # a tooth broken on something
        "I chipped a front tooth on a stone in your farm shop flapjack and it's really sore.",
        # a body part come up like a balloon
        "My son's ankle has come up like a balloon since he went over on it at the go-kart track.",
        # a blow to the head with a loss of consciousness denied
        "My son banged his head on the kart's roll bar, there's a bump and he's sore but he didn't pass out.",
        # burn marks down a back are an injury, not burns over a large area
        "The sauna bench at the campsite left a red burn down my thigh.",
    ],
)
def test_urgent(line: str) -> None:
    assert assess_rules(line).level == "urgent", line


@pytest.mark.parametrize(
    "line",
    [
        "Do your outdoor floodlights at the go-kart track work in the rain?",
        "We're sinking a fortune into the campsite refurb, can you quote for new pitches?",
        "The kids love burying each other in the sand at the campsite beach, is there a sandpit?",
        "The scarf I bought at the farm shop is wrapped around my neck twice, it looks great.",
        "I'm breaking my back getting the farm shop ready for Christmas, can you deliver the crates?",
    ],
)
def test_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line


def test_a_person_swallowing_stays_an_emergency_beside_an_animal() -> None:
    """The subject of the swallowing says who is in danger: a child, not the dog beside them."""
    line = "The dog knocked the bleach over at the petting farm and my son swallowed some, he's being sick."
    assert assess_rules(line).level == "emergency"


def test_the_caller_swallowing_stays_an_emergency_beside_an_animal() -> None:
    line = "My spaniel knocked my tablets off the campsite table and I swallowed a handful, I'm being sick."
    assert assess_rules(line).level == "emergency"


def test_a_word_that_names_a_working_dog_is_no_animal() -> None:
    """ "working" is a "working dog" in WordNet, but a breed is named by a place only."""
    line = "I got stung by a wasp at the golf course and I'm allergic, my EpiPen isn't working and my throat is tight."
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        # what burns by design, with people in the house
        "The log burner is burning in the lounge and the kids are asleep upstairs, what time do you deliver kindling?",
        # a scarf round a neck with no trouble
        "The farm shop's woolly scarf is wrapped round my daughter's neck in the photo, isn't it lovely?",
        # a milk tooth that came out
        "My son's front tooth fell out at the campsite party, does the tooth fairy visit tents?",
        # lights flickering in a storm
        "The lights at the campsite shower block flicker when it's raining, is that normal?",
    ],
)
def test_near_misses_stay_normal(line: str) -> None:
    assert assess_rules(line).level == "normal", line


def test_a_thing_stuck_in_the_side_of_a_tyre_is_no_wound_in_the_trunk() -> None:
    """Not an emergency (a person's side has a possessive before it and no noun after it); the
    injury reader of urgency_plights still reads "back" before "tyre" as a body part (WordNet knows
    "tyre" only as the city), so the line is not asserted normal."""
    line = "There's a nail stuck in the side of my back tyre, can the go-kart track's workshop swap it?"
    assert assess_rules(line).level != "emergency"


def test_a_sharp_thing_in_the_side_of_a_thing_is_no_injury() -> None:
    line = "A screw is stuck in the side of the kart's seat, can you take it out before our session?"
    assert assess_rules(line).level == "normal"


def test_burying_someone_for_fun_is_normal() -> None:
    line = "The kids buried their grandad under the sand at the campsite beach for a laugh, do you sell spades?"
    assert assess_rules(line).level == "normal"


def test_a_nose_bleeding_like_mad_is_no_emergency() -> None:
    line = "My son walked into the go-kart barrier and his nose is bleeding like mad."
    assert assess_rules(line).level == "urgent"


def test_cannot_is_read_as_cant() -> None:
    """A stroke sign said with "cannot" is read as with "can't"."""
    line = "My aunt went very quiet at the farm shop till and now she cannot lift her right arm."
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        # under rubble, whatever is said with it; buried after a collapse, the material unnamed
        "There's a woman under the rubble behind the builders' merchant's yard.",
        "The ditch side at the campsite caved in and my brother is buried up to his waist.",
        # the water named before how deep
        "The ice on the angling club pond has cracked and my dad's in the water up to his chest, he can't get out.",
    ],
)
def test_buried_or_chest_deep_told_other_ways(line: str) -> None:
    assert assess_rules(line).level == "emergency", line


def test_under_the_rocks_looking_for_crabs_is_normal() -> None:
    line = "My son is under the rocks looking for crabs by the campsite beach, do you sell nets?"
    assert assess_rules(line).level == "normal"
