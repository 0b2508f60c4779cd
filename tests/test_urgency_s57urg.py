"""Urgency classes read from the misses of urgency blind66 (s57urg), each in the team's own phrasings on
other topics: the level is asserted by the rules alone and with the trained model, and each class has a
near neighbour that must keep its level."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules


@pytest.mark.parametrize(
    "text, level",
    [
        # a fight with things in hand, at each other or at the other one (urgency_struck)
        ("two of the bouncers are going at each other with bar stools out the front", "emergency"),
        (
            "the brothers are brawling on the drive and one's swinging a pair of hedge clippers at the other",
            "emergency",
        ),
        # ... not with words, and not a game ("hammer and tongs" is an argument)
        ("the two chefs were going at each other with insults all night, can I still book?", "normal"),
        ("my sisters went at each other hammer and tongs about the seating plan", "normal"),
        # an ultimatum closed by a claim named by its court, or the lot of them before a judge (urgency_legal_aim)
        ("return the deposit by Friday or else we launch a court claim", "urgent"),
        ("if that boiler's what flooded my kitchen I'll have the whole lot of you in front of a judge", "urgent"),
        # ... not a play's scene
        ("our drama group is putting all of you in front of a judge for the mock trial, can I book seats?", "normal"),
        # a suit against another firm named by its trade while the business is asked for a paper (urgency_legal_aim)
        ("we're suing the removals company that dropped our piano, could you write us a repair quote", "normal"),
        ("I'm suing the company that did this, can you fix it", "urgent"),
        # a business or a career "strangled" (urgency_lightly)
        ("these energy bills are strangling my trade, any discounts for regulars?", "normal"),
        ("the string of the blind is strangling the toddler, help", "emergency"),
        # laughter "in stitches" (urgency_frames)
        ("we were all in stitches at the magician, is he free in June?", "normal"),
        ("my son's in stitches after he fell through the glass table at your shop", "urgent"),
        # a choke denied (urgency_scope)
        ("the stylist splashed dye in my mouth and my tongue is stinging, I'm not choking or anything", "urgent"),
        ("the toddler's choking on a sweet and going red", "emergency"),
        # nothing has happened yet: a question ahead of time (urgency_asked)
        ("should I worry about sparks from the welder, nothing's happened, I'm just planning the garage", "normal"),
        ("the socket is sparking, I reported it last week and nothing's happened, what now?", "urgent"),
        # another key cut, the key named (urgency_errands)
        ("I've gone and lost the shed key, could you cut me another", "normal"),
        ("the glass slipped and cut me right across the palm, it's pouring blood", "emergency"),
        # a person on a railway with a train coming (urgency_bodies)
        ("a lad's jumped down onto the rails for his phone and the express is coming through", "emergency"),
        ("I dropped my phone onto the track and the train is coming, can someone fetch it after?", "normal"),
        # a snapped or live cable grabbed and the current holding on (urgency_power_lines)
        ("the mains lead got sliced by the mower and my husband picked it up, he can't let go", "emergency"),
        ("the puppy grabbed the charger cable and won't let go, do you sell chew-proof ones?", "normal"),
        # British "gone all floppy" (urgency_normalise), said of a person; a food or a made thing gone floppy is its
        # texture (urgency_lightly)
        ("there's an old chap here gone all floppy in the queue", "emergency"),
        ("the meringues have gone all floppy in the heat, can you remake them", "normal"),
        ("the bouncy castle went floppy halfway through the party, can we have a partial refund", "normal"),
        # a controller or power box named by its machine, crackling (urgency_power_lines)
        ("the pump controller box by the pond is crackling and smells hot", "urgent"),
        ("the radio in the site control box crackles when it rains, can you look at it next week", "normal"),
        # a cell popping with a smell (urgency_hazards)
        ("the cells in my e-scooter are popping and there's a sweet smell coming off them", "urgent"),
        ("the remote's battery keeps popping out and the lounge smells of dog, do you sell covers", "normal"),
        # a state said of "it" opening a list after a body part was named (urgency_reading)
        ("my wrist got grazed by the zip line harness and it's tender, red and puffy this morning", "urgent"),
        ("I knocked my thumb on the counter, it's fine now, do you have the blue mugs?", "normal"),
        # fluid out of an ear or an eye with pain (urgency_ailments)
        ("after the ear candling there's clear stuff leaking from my left ear and it's really sore", "urgent"),
        ("a drop of watery stuff comes out of my eye when it's windy, can I still have the lash lift?", "normal"),
        # from blind63's false alarms: a knife made at a class (urgency_rules)
        ("can my son forge his own knife at the summer camp?", "normal"),
        ("a lad at the camp is waving a knife at the younger ones", "emergency"),
        # ... "on fire for" a pastime (urgency_figures)
        ("my daughter's been on fire for baking since your course, do you do an advanced one?", "normal"),
        ("my garage has been on fire for ten minutes, the fire brigade is coming", "emergency"),
        # ... an EpiPen as an item in a bag (urgency_rules)
        ("does Ruby need her EpiPen in her bag for every swim lesson?", "normal"),
        ("her lips are swelling and she's wheezing, her EpiPen is in her rucksack", "emergency"),
        # ... burning with a feeling (urgency_idioms)
        ("we're all burning with excitement for the gala, what time do doors open?", "normal"),
        ("the baby is burning up and floppy", "emergency"),
        # a part ripped open after a possessive, by WordNet's first three senses (urgency_bodies)
        ("my son ripped his side open on the fence", "urgent"),
        ("the dog ripped her bed open again, do you sell tougher ones?", "normal"),
        # a candle burnt is a candle lit (urgency_lightly)
        ("we made soy candles at your workshop and when we burned them the wick drowned, is that normal?", "normal"),
        ("the candle tipped and burned it, her arm is blistered", "urgent"),
    ],
)
def test_level(text: str, level: str) -> None:
    assert assess_rules(text).level == level, assess_rules(text)
    assert assess(text).level == level, assess(text)
