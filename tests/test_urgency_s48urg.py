"""Urgency classes of s48urg (issue 11), in the team's own phrasings: bleeds that are an A&E visit rather
than a 999 call, a reaction with the breathing said fine, a sign denied, "faint" as an adjective, and a gas
smell with everyone well or out."""

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # a nosebleed that goes on
        "my daughter walked into the glass door and her nose has been bleeding for twenty-five minutes",
        "he got an elbow in the face at football, nose bleeding on and off for about twenty minutes now",
        # a wound oozing
        "I scraped my knee badly on your gravel path, it's quite deep and it keeps oozing",
        # a cut from a mishap bleeding a lot, the person all right
        "my boy slipped in the changing room and split his chin open, bleeding a lot but he's chatting away",
        "the bread knife slipped and I've cut my palm, it's bleeding quite a lot, I've wrapped it in a tea towel",
        "my wife gashed her ankle on the boat trailer, bleeding loads, do we need stitches?",
    ],
)
def test_bleeds_for_a_and_e_are_urgent(line):
    assert assess_rules(line).level == "urgent"
    assert assess(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        # heavy bleeding, a person in danger, or a bleed in pregnancy stay emergencies
        "my son cut his leg on the fence and it's bleeding a lot, he's gone really pale and says he feels faint",
        "she's twenty weeks pregnant and bleeding a lot, she's talking but scared",
        "he's been stabbed in the arm, bleeding loads, he's still talking",
        "my dad's on warfarin and his nose has been bleeding for an hour",
        "the cut on his thigh is spurting and soaking through the towel",
        "my husband cut his hand badly and it won't stop bleeding however hard I press",
    ],
)
def test_grave_bleeds_stay_emergencies(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "her eyes have swollen up after the face paint, breathing's fine though, just really itchy",
        "my eyes puffed up after stroking the rabbits, no breathing problems, just a few hives",
    ],
)
def test_eyes_swollen_with_breathing_fine_is_urgent(line):
    assert assess_rules(line).level == "urgent"


def test_eyes_swollen_with_throat_affected_stays_emergency():
    line = "his eyes have puffed up and his throat feels tight, no breathing problems yet"
    assert assess_rules(line).level == "emergency"


def test_a_denied_sign_after_a_sting_is_no_sign():
    assert (
        assess_rules("stung by a jellyfish, leg's throbbing and red, but she's not dizzy or anything").level == "urgent"
    )
    assert assess_rules("stung by a jellyfish and now he's dizzy and being sick").level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "there's a faint smell of smoke from the kettle socket when it's on, can someone check it today?",
        "I can hear a faint hiss from the tap in the shower",
    ],
)
def test_faint_as_an_adjective_is_no_fainting(line):
    assert assess_rules(line).level != "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "we can smell gas in the hallway of the holiday let, nobody feels ill and we've all gone out to the garden",
        "slight smell of gas near the cooker, we turned it off at the meter and everyone's fine",
        "really strong smell of gas on the landing, no one's unwell, can your engineer come today?",
    ],
)
def test_gas_smell_with_everyone_well_or_out_is_urgent(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "strong smell of gas in the flat and my mum's gone dizzy",
        "we can smell gas, everyone's fine but the baby's asleep upstairs",
        "there's a smell of gas and the pilot light is still lit right next to it, nobody's ill",
        "I can smell gas really strongly in the shop",
    ],
)
def test_gas_smell_with_someone_at_risk_stays_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "the summer house round the back is on fire, we're all on the lawn",
        "the marquee's gone up and it's spreading along the stalls",
        "the tent's gone up and it's spreading fast",
        "smoke's pouring out of the projector room and it's getting thicker, people are coughing",
    ],
)
def test_fires_told_by_place_spreading_or_thickening_are_emergencies(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "my back is on fire after the deadlifts",
        "the rash has gone up my arm and it's spreading",
        "the price has gone up again and the news is spreading",
    ],
)
def test_burning_feelings_and_prices_are_no_fire(line):
    assert assess_rules(line).level != "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "my daughter fainted at her last piercing but she was fine after a few minutes, can she have a drink to hand this time?",
        "he choked on a crisp at your party on Sunday, he was right as rain afterwards, just wanted to say thanks",
        "someone collapsed on the terraces last season and your stewards were amazing, who do I write to?",
    ],
)
def test_harm_over_by_the_end_of_the_day_or_a_death_past_is_normal(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "he choked on a sweet and he was fine after a minute but now he's wheezing",
        "my husband's just collapsed, I think he's died, please help",
        "she fainted at the funeral and she's still not waking up",
    ],
)
def test_harm_back_or_now_stays_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "three for Heart Attack Alley at 7.30 please, is there a lift to screen 4?",
        "the kids' room door is jammed and the host isn't answering the walkie-talkie, we're all fine, just annoyed",
        "the beginners' spin class absolutely destroyed me, I can't feel my legs, ha!",
        "my shoulders feel like I've been hit by a bus after the removal job, do you do sports massage?",
        "it collapsed like a pancake on the wheel, can I book another go?",
    ],
)
def test_titles_channels_laughter_and_similes_are_normal(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "my mum isn't answering and she's on the kitchen floor",
        "he slipped off the ladder onto his back and says he cannot feel the legs",
        "he was hit by a bus outside and he's not moving",
    ],
)
def test_real_signs_stay_emergencies(line):
    assert assess_rules(line).level == "emergency"


def test_a_back_in_agony_after_a_fall_is_urgent():
    assert assess_rules("my back's agony since the fall on your steps").level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        "the doorman is killing him in the car park, please send someone",
        "there's a lad on the ground getting kicked by three of them outside the chippy",
        "he's strangling her in the stairwell",
        "my partner touched the fridge and she can't let go of the handle, she's gone stiff, there's a buzzing",
        "my waters have broken and there's blood on the seat",
        "my ear's been sore since the piercing and now I'm burning up, confused and my heart is racing",
    ],
)
def test_harm_going_on_is_an_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "my husband is beating the eggs for the pavlova, can we collect at four?",
        "this commute is killing me, can I move my session to the afternoon?",
        "the heat is killing him, could you put a fan in the room?",
    ],
)
def test_figures_of_killing_and_beating_are_normal(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "he split his head open on the step, bleeding a lot and he's not making sense",
        "she gashed her leg on the trailer, bleeding loads and she isn't talking",
    ],
)
def test_a_cut_bleeding_a_lot_with_the_person_not_all_right_stays_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        "my mum died in the spring and I can't go on, I've taken all her tablets tonight",
        "my dad died last month and tonight I've swallowed all his tablets",
    ],
)
def test_a_death_in_the_past_leaves_harm_now_an_emergency(line):
    assert assess_rules(line).level == "emergency"


def test_right_as_rain_beside_a_reaction_now_stays_urgent():
    line = "the sun cream you sold us has brought my son's arms up red and blistery, he's otherwise right as rain"
    assert assess_rules(line).level == "urgent"
