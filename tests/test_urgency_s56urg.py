"""Urgency classes read from the misses of urgency blind64, blind61 and blind62 (s56urg), each in the team's own
phrasings on other topics: the level is asserted by the rules alone and with the trained model."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "text, level",
    [
        # breathing noises with two words before the noise (urgency_reading._airway)
        ("my grandad slipped on the step and now he's making a horrible rattling noise", "emergency"),
        # stopped shivering out in the weather on high ground (urgency_vitals._COLD)
        ("we're caught on the summit in the sleet and my sister has stopped shivering", "emergency"),
        # at the water to walk in, with not coming back told after it (urgency_selfharm)
        ("I'm sat by the reservoir near your office and I'm going to walk in and never come back", "emergency"),
        # a person fallen down a shaft (urgency_shut_in)
        ("My nephew has fallen down the old well behind the stables, he's shouting", "emergency"),
        ("we dropped the car keys down the well, can you fish them out?", "normal"),
        # pinned under a thing that moved, a worker named by an agent noun WordNet lacks (urgency_carried)
        ("The pallet stack toppled and the forklifter is wedged underneath it", "emergency"),
        # a flame shooting out of a thing (urgency_fire_seen)
        ("there's a flame leaping out of the back of the boiler and the hall is getting hot", "emergency"),
        # a fuel or a store of fuel gone up, spreading (urgency_fire_seen)
        ("the petrol can's gone up in the garage and it's spreading to the car", "emergency"),
        ("the price of the gas bottle has gone up again, what's the new rate?", "normal"),
        # a vehicle out of control (urgency_perils)
        ("the steering has failed on the minibus and we're careering towards the river", "emergency"),
        ("the handbrake's gone a bit soft, can you check it at the service?", "normal"),
        # a lawyer in the family named with action against the business (urgency_perils._LEGAL)
        ("my uncle's a solicitor and he'll be going after your firm for this mess", "urgent"),
        ("my daughter is a lawyer and she recommended you to us", "normal"),
        # a thing with a current named giving a shock (urgency_hazards)
        ("the frayed flex on the lamp zapped my son when he touched it", "urgent"),
        ("the electricity bill shocked me this month", "normal"),
        # a conductor left with no cover (urgency_conductors)
        ("the cable to the shed runs across the lawn with no insulation on it", "urgent"),
        # a broken electrical part still live (urgency_hazards)
        ("the socket by the sink is smashed and it's still switched on", "urgent"),
        # hit by a vehicle said of a thing, not of a person (urgency_signs)
        ("our wheelie bins were knocked over by the lorry this morning, can you come and tidy up?", "normal"),
        ("my dad was knocked down by a van outside your shop", "emergency"),
        ("we're by the park gate and a boy has been hit by a bus, he's not getting up", "emergency"),
        ("the bike rack fell over and then Priya was knocked down by a car", "emergency"),
        # an artery cut, or blood pooling under the person (urgency_bleeding)
        ("he slipped with the saw and I think he's hit an artery in his thigh", "emergency"),
        ("he cut his palm on the broken jar, it's bleeding but it missed the artery", "urgent"),
        # a sharp thing in an eye, bleeding (urgency_struck)
        ("a nail flew off the gun and it's stuck in her eye, there's blood", "emergency"),
        # a person down in water with a current named (urgency_wet_electrics.grave)
        ("the fountain pump has shorted and my son is collapsed in the pond, I can't touch him", "emergency"),
        # a knife picked up by the one it cut: an accident with a tool (urgency_rules)
        ("my boy grabbed the bread knife and nicked his thumb, a small cut, it's stopped", "urgent"),
        # a blow to a limb told as a noun, or by a thing that caught the person on it (urgency_caps)
        ("took a knock to the elbow at football and it's swollen, I can't lift my arm", "urgent"),
        # a finger trapped is a part caught, not a person trapped (urgency_reading)
        ("my thumb got trapped under the lid of the chest and it's gone black", "urgent"),
        # steam over an arm is a scald to be seen (urgency_hazards)
        ("the dishwasher puffed steam all over my arm when I opened it, it's pink and sore", "urgent"),
        # a sharp thing bitten on in food, bleeding a lot, the person all right (urgency_caps)
        ("my son crunched on a shard of glass in the salad, his gum is bleeding quite a lot but he's okay", "urgent"),
        # a rise in a price told as a burn (urgency_stories)
        ("we all got burnt by the fee increase last year, are prices going up again?", "normal"),
        # questions about setting off an alarm or troubling a condition (urgency_asked)
        ("Will the candles set off the smoke detectors in the hall?", "normal"),
        ("My son has eczema, will the cleaning spray be a problem for him?", "normal"),
        ("will the smoke set off the alarm? it's pouring out of the toaster now", "urgent"),
        # chimney fire signs together: sparks landing on a roof, a ceiling going black by a roaring flue (urgency_hazards)
        ("chimney fire! embers falling onto the shed roof", "emergency"),
        ("the stove pipe is roaring and the wall above it is turning brown, my gran's upstairs", "emergency"),
        ("the ceiling's gone black over the candles, what paint covers soot?", "normal"),
        # a person hanging in the power lines (urgency_power_lines)
        ("the window cleaner's cradle is tangled in the overhead cables and a lad is dangling from it", "emergency"),
        ("our drone is stuck in the power lines behind the shop, can you reach it?", "normal"),
        # praise from a lawyer is no threat (urgency_rules)
        ("a solicitor at my work swears by you for boiler servicing", "normal"),
    ],
)
def test_level(text: str, level: str) -> None:
    assert assess_rules(text).level == level
    assert assess(text).level == level
