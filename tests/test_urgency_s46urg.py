"""Harms told by what the caller sees (issue 11; s46urg, from the lines of urgency blind41 and blind44 the
rules alone took for normal or for merely urgent: :mod:`customario.escalation.urgency_harm_now`,
:mod:`customario.escalation.urgency_wet_electrics`, and the readers widened in urgency_afloat,
urgency_wild_animals, urgency_selfharm_said, urgency_parts_hurt, urgency_plights, urgency_breaths,
urgency_caused, urgency_rules, urgency_frames, urgency_stories and urgency_normalise).

Own phrasings at a leisure centre, a garden centre, a bakery, a farm park, a spa hotel and a salon; near
misses (a mechanic under a car, a child practising handstands at the bottom of a pool, a hot tub's jets,
tablets fetched before leaving, a funeral arranged for a parent, crying after a film) keep their level.
"""

from __future__ import annotations

import pytest

from tests.urgency_read import levels, rules_level

EMERGENCY = [
    # a person on the bottom of the water, or pulled out of it not breathing
    "a little girl is lying on the bottom of the big pool and nobody is watching",
    "they've just pulled a man out of the lake, he's face down and grey and they're doing cpr",
    # a dangerous animal attacking a person now
    "the bull went for the farmer and he's on the ground, it's still on top of him",
    # a threat to kill by someone here now
    "my sister's ex is in reception now screaming that he'll stab her",
    # people under a vehicle after it crashed
    "a van has ploughed into the bus stop and someone is trapped under it",
    # a medicine overdose by mistake with signs now
    "my dad accidentally took a double dose of his morphine and he's drowsy and confused",
    # the means gathered and a farewell; one's own funeral arranged for a near date
    "I've been stockpiling my sleeping pills and I just wanted to say goodbye to someone",
    "I need a wreath, it's for me. I've arranged it for next weekend.",
    # an attack told with "another" person chased in the scene, a weapon in hand
    "there's a man with a machete chasing another man through your car park",
    # a weight on the chest, the chest named first
    "my chest feels like an elephant is sitting on it and my arm's gone numb",
    # an allergy with breathing signs in plain words; an allergic person's pen given
    "I'm allergic to nuts and I think there was some in the cake, my throat's getting tight and I'm wheezing",
    "my son is allergic to bees, he got stung and we've used his pen, he's still blotchy",
    # people counted and collapsed; a learner's "doesn't move"
    "three of your workers have collapsed in the cold store",
    "my husband fall down the stairs, he don't breathe",
]
URGENT = [
    # a nosebleed that goes on, the stop said a clause later; a nose pouring blood after a blow
    "my daughter has a nosebleed from a ball in the face at netball practice, it's been half an hour and it won't stop",
    "his nose is pouring blood after a knock in the match",
    # a limb swollen or discoloured that cannot bear weight
    "he twisted his knee coming off the climbing wall, it's swollen and he can't put any weight on it",
    # an electrical fault beside water
    "the pool lights keep tripping the breaker and one is sparking",
    # a part torn up, or grit in a wound
    "she came off her scooter and her palms are ripped open",
    # swelling told by a simile, with a reaction sign
    "after the brow wax my eyes look like I've been punched and they sting",
    # an illness a doctor traces to the visit
    "we all got diarrhoea after the buffet and the doctor thinks it was the chicken from your kitchen",
    # not emergencies: a breathing struggle denied, bleeding slowing under pressure, a blow with the person fine
    "a wasp got my ankle and it's swollen right up, I'm not struggling to breathe though",
    "she sliced her thumb on the mandoline, there's a lot of blood but it's slowing now with the towel on it",
    "a branch off your tree hit my son on Saturday, he's fine, just a bruise, but I want it cut back",
]
NORMAL = [
    "my mechanic is under the car fixing the exhaust",
    "my son is at the bottom of the pool practising handstands",
    "the jets in the hot tub fizz and buzz nicely and the lights are lovely",
    "Can I grab all my tablets from the counter before I go? I left them there",
    "I'd like to order the funeral flowers for my dad, I've planned it for Friday",
    "the film was so sad, my eyes look like I've been crying, anyway can I book a facial",
    "the bull charged the fence yesterday, the farmer is down the road at the vet's",
    "my ankle is a bit swollen after the hike but I can walk on it fine",
    "two of the shelves have collapsed in the back",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_harms_told_by_what_is_seen_are_emergencies(text: str) -> None:
    assert rules_level(text) == "emergency"


@pytest.mark.parametrize("text", URGENT)
def test_injuries_and_hazards_told_by_what_is_seen_are_urgent(text: str) -> None:
    assert rules_level(text) == "urgent"


@pytest.mark.parametrize("text", NORMAL)
def test_near_misses_stay_normal(text: str) -> None:
    assert levels(text) == ("normal", "normal")
