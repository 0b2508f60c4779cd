"""Dangers told as a situation around people (customario/escalation/urgency_situations.py) and the
other classes of urgency blind18's misses, in the team's own phrasings on other businesses (a garden
centre, a ski resort, a cinema, a bowling alley, a zoo, a golf club, a florist, a removals firm)."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # a vehicle crashed or overturned with people aboard
        "The garden centre's courtesy minibus has skidded off the road by the roundabout and the passengers are crying.",
        "the ski resort shuttle coach is on its side in the snow, people are screaming inside",
        # a driver unfit to drive with people aboard, driving now
        "The cinema's party minibus driver stinks of booze and he's weaving across the lanes with my twins in the back.",
        "our golf club coach driver keeps nodding off at the wheel and we're on the motorway right now",
        # smoke in a vehicle moving with people on it; fire or smoke with children inside
        "There's smoke pouring out of the dashboard of the zoo train and it's still going with all the kids on board.",
        "fire in the projector room spread to the corridor, lots of smoke, childrens are inside",
        # smoke after sparks
        "The socket behind the florist's counter was crackling and now there's smoke coming out of the wall.",
        # gas escaping beside a flame
        "The gas bottle for the patio heater at the garden centre café is hissing and the heater is still lit.",
        # a person hanging from a height
        "A skier has slipped off the chairlift seat and he's dangling from the bar, he can't pull himself back up.",
        "My dad was clearing leaves and now he's hanging off the edge of the conservatory roof, he's losing his grip.",
        # an airway reaction heard in the voice; lips and tongue swelling together
        "Since the popcorn my son's lips are puffing up and his voice has gone all croaky.",
        "after the nut brownie from your café my lips and tongue are swelling",
        # cardiac signs told in passing and waved away
        "We're here to pick up the sofa, oh, and the removals man has been gripping his chest and sweating buckets, says it's just the heat.",
        # self-harm: a wish not to wake; the means asked for by what it must bear, with a second cue
        "Could you add more of the sleeping pills to my order? I want enough so I never wake up again.",
        "I'm going to take the whole lot tonight so that I don't wake up.",
        "Do you sell a strap that will take a grown man's weight? I just want it to be over.",
        # probes after blind18: a crash told with "crashed into", people aboard named as a group,
        # people still on a vehicle the driver will not stop, smoke said after "there's"
        "The zoo's safari truck crashed into a tree and some of the visitors are hurt.",
        "The ski club minibus has overturned on the pass with the junior team on board.",
        "Flames under the cinema shuttle bonnet and the driver won't stop, the kids are still on the bus!",
        # ... while what can burn stays an emergency
        "The wood behind the ski lodge is on fire and it's heading for the chalets.",
        "The speaker I was charging with your cable is on fire and the shelf has caught too.",
        "The garden centre's fountain pump is sparking and there's smoke now.",
        # a child who ate a poison sold for pests
        "My toddler got into the shed at the allotment and has eaten some slug pellets.",
        # a hand on the chest with signs of shock; not wanting to wake again
        "At the bowling alley my grandad keeps pressing on his chest and he's gone grey and clammy.",
        "Please cancel my cinema membership, I don't want to wake up any more.",
        # SMS and non-native voices: a ditch without its article, gas "smelling" by a candle being lit,
        # a verb with its g dropped
        # a fire alarm sounding with someone unable to get out
        "The fire alarm at the bowling alley is going off and I can't get my son out of the soft play.",
        "zoo bus gone in ditch kids crying pls come",
        "sorry my english, at the garden centre cafe gas is smelling very strong and a lady she light the candle",
        "the golf pro clutchin his chest n sweatin on the 9th",
    ],
)
def test_dangers_told_as_situations_are_emergencies(line):
    assert assess_rules(line).level == "emergency"


def test_a_person_choking_in_a_place_named_by_a_compound_is_still_an_emergency():
    # "waiting area" is a made thing in WordNet, but it is where the boy is, not what chokes
    line = "the old man in the waiting room is choking on a sweet and can't get a word out"
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        # a mouth, face or fingertip injury told by what happened to the part
        "My son bit through his lip on the bowling lane ramp, there's a bit of blood, he's otherwise okay, who should I tell?",
        "My daughter came back from the ice disco with a busted lip, she says another kid shoved her.",
        "Not a big deal. The pruning shears I got from your garden centre, I've sliced the end of my thumb off. Taped it up. What's the return policy?",
        "My son came home from the zoo trip with a cut chin, he's fine now but it needed steri-strips.",
        # an electrical part shorting; wiring bare with words between
        "The fairy lights on your outdoor display are shorting against the metal arch whenever it rains.",
        "The cable your electrician ran for the cinema's new projector is bare where it goes behind the screen.",
        # urgent, not emergency: a bleed that has stopped, a limp, a thing that collapsed, a tattoo on fire
        "My boy smacked his nose on the golf buggy's roof bar, it bled for half an hour, it's stopped now.",
        "Your removals man dropped the dresser on his foot, he's limping around saying he's fine but it's swelling.",
        "My solicitor is writing to you this week about the bench that collapsed under me at your café.",
        "My new piercing is on fire since your aftercare spray, it's red and weeping.",
        # urgent signs told plainly (the rules' blind spots the model used to cover)
        "My son tumbled off the climbing wall at the garden centre, he's got a lump on his shin but he's chatty.",
        "The graze from your go-kart track has red lines creeping up my arm.",
        "Some of the cleaning spray from the cinema toilets got in my eye, it's red and stinging.",
        "A wasp got my daughter at the zoo picnic area and her arm is all welts.",
        "My wife did something to her back on the ski slope and can barely stand up.",
        # legal threats: a judge, a case going ahead, text-speak for an attorney
        "Overcharge me again and you can explain yourselves to a judge.",
        "My cousin reckons we've got a watertight case against your company and we're going ahead with it.",
        "u will hear from my atty by friday",
        # a cable worn to its wires
        "The lead on the hedge trimmer you sold me is frayed and you can see the copper.",
        "the electric fence at the petting zoo is shortin on the metal gate",
    ],
)
def test_injuries_and_hazards_told_by_what_happened_are_urgent(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        # a plan not to wake told of a baby or a time; rope for a swing; a procedure over quickly
        "Can the delivery van come to the side door so I don't wake up the baby?",
        "I set two alarms so I don't wake up late for the golf competition.",
        "Do you sell rope that'll hold a person's weight? It's for a tree swing at the garden centre.",
        "I'm having my filling done tomorrow and I just want it over quickly.",
        # a child hanging from play equipment; a driver swerving round a pothole; a gas bill
        "The kids love hanging off the monkey bars at your soft play, it's brilliant.",
        "The coach driver swerved round a pothole and my coffee went everywhere, can I get a voucher?",
        "I want to complain about my gas bill, it smells like a scam, and the candles you sold me were lit for an hour.",
        # a part named in a style or a thing split
        "Can the florist split the bouquet into two smaller bunches?",
    ],
)
def test_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        # a harm word opening a WordNet compound that names a made thing
        "Could the garden centre put my dad's tablets in blister packs instead of bottles?",
        # a look praised as "smoking hot"
        "The new cinema seats look smoking hot, well done on the refurb.",
        # "a 911 situation" said of an errand
        "Total 911 situation here, the florist let us down and the wedding is Saturday, can you do table flowers?",
        # a standing allergy said to ask about food
        "My daughter is severely allergic to peanuts, does the ice rink café cook with peanut oil?",
        # "nicked" for took; a pest poison named as goods
        "Some kid nicked a bit of my popcorn at the cinema, can I get a top-up?",
        "Which slug bait do you stock that won't hurt hedgehogs?",
        # a product's fumes asked about; a safety record asked about
        "Will the floor varnish give off much smell? My husband has bad asthma.",
        "Before we book the go-karts, have any kids been injured on your track this year?",
        # a threat against a relative with a clerical slip for its reason
        "I'm going to murder my husband, he booked the bowling lane for the wrong Saturday.",
        # a machine choking, named by a compound
        "At the golf club our shower head keeps choking on limescale, can someone come and descale it?",
        # "on fire" said of what cannot burn (WordNet: a communication, an act, a time)
        "Your new trailer playlist is on fire, can I book the big cinema screen for a party?",
        "Your garden centre's spring season is on fire this year, well done.",
    ],
)
def test_alarming_words_in_an_everyday_sense_stay_normal(line):
    assert assess_rules(line).level == "normal"


@pytest.mark.parametrize(
    "line",
    [
        "My toddler got into the cupboard and chewed some slug bait, he's being sick.",
        "I've nicked the tip of my thumb on your pruning saw and it won't stop bleeding.",
        "My son is allergic to nuts and his lips are swelling after the brownie, is that normal?",
    ],
)
def test_the_same_words_told_of_harm_are_still_raised(line):
    assert assess_rules(line).level != "normal"


@pytest.mark.parametrize(
    "line",
    [
        # a crackling log burner is no electrical fault; a gas fire lit is no leak; a sofa is no height
        "The log burner at the golf club is crackling away and smoke's coming out of the chimney pot nicely.",
        "At the cinema bar the gas fire smells dusty when it's first lit each autumn.",
        "My son loves hanging off the edge of the sofa in your furniture showroom.",
        # a van that came over to collect; a driver who swerved once, in the past
        "The removals van came over at nine and the lads were great.",
        "The cinema bus went in the car park and the kids are screaming with excitement.",
        "The fire pit at the garden centre is still going great and the kids are loving it.",
        # a chest rubbed with a balm; a late start not wanted
        "I'm rubbing my chest with vapour rub at the ski lodge, I'm a bit sweaty from this cold.",
        "I don't want to wake up early on Saturday, can the florist deliver after ten?",
    ],
)
def test_situations_without_the_danger_stay_below_emergency(line):
    assert assess_rules(line).level != "emergency"


def test_a_verb_with_its_g_dropped_is_read_whole_and_a_word_of_its_own_stays():
    from customario.escalation.urgency_normalise import normalise

    assert normalise("he's clutchin his chest") == "he's clutching his chest"
    assert normalise("the basin in the cabin") == "the basin in the cabin"
