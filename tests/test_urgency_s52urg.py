"""Urgency classes read from the misses of urgency blind56 (s52urg), each in the team's own phrasings on
other topics: the level is asserted by the rules alone and with the trained model."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules
from customario.escalation.urgency_normalise import normalise


@pytest.mark.parametrize(
    "text, level",
    [
        # a person under a wheel, of a cart or a carriage too (urgency_harm_now)
        ("A little girl is under the wheel of the hay cart, the pony backed it onto her", "emergency"),
        ("The wee one is under the tractor wheel!", "emergency"),
        # a blade held to a person's throat, whatever verb tells it (urgency_weapons)
        ("He's holding a scalpel to the nurse's throat in the treatment room", "emergency"),
        # a child shut in a vehicle in the heat or in distress (urgency_shut_in)
        ("A toddler's been left on her own in a silver car in your car park and she's sweating", "emergency"),
        ("a little kid is locked in a hot car outside your shop", "emergency"),
        # ... and a kept animal shut in a hot vehicle is urgent (urgency_pets)
        ("Someone's left a spaniel locked in a van in your car park and it's panting like mad", "urgent"),
        # a person caught between a heavy thing and a wall (urgency_described)
        ("My husband got caught between the tractor and the barn wall and he can't get out", "emergency"),
        # a jump said at a structure over a drop, or stood on a railing (urgency_selfharm)
        ("A woman is standing on the flyover railing and she says she's going to jump", "emergency"),
        ("Someone's up on the footbridge shouting that he's going to jump", "emergency"),
        # a person under the ice (urgency_afloat)
        ("Our son went out on the frozen lake and now he's under the ice", "emergency"),
        # a trade's blade held with menace to a person (urgency_weapons)
        ("The apprentice has still got the scalpel and he's threatening the manager with it", "emergency"),
        # a limb drawn into a machine that is still pulling it in (urgency_plights)
        ("Her scarf caught in the printing press and it's pulling her head in", "emergency"),
        # a rider or a driver hurt beside a horse (urgency_pets: the animal is not the only one there)
        ("The pony tipped the trap over and the driver's leg is bleeding badly and he won't wake up", "emergency"),
        # a threat to burn a place with people in it, the flame already in hand (urgency_plain)
        ("He's got a lighter lit and he's saying he'll torch the shop with us in it", "emergency"),
        # smoke with "all" between the people and "still inside" (urgency_rules.PEOPLE_INSIDE, from blind53)
        ("There's smoke pouring from the plant room and we're both still inside the office", "emergency"),
        # a reaction spreading to a body part is no fire spreading (urgency_hazards, from blind53)
        (
            "His hands came up in blotches after your hand cream, no trouble breathing, but it's spreading to his arms",
            "urgent",
        ),
        ("The skip's gone up and it's spreading to the back of the warehouse", "emergency"),
        # an eye or a lid puffed shut, breathing fine (urgency_rules, urgency_airway)
        ("A wasp got my son on the eyelid and it's puffed shut, he's breathing fine though", "urgent"),
        # a rash over a body part, the owner unsaid in learner English (urgency_injuries)
        ("My son have red bumps all over legs after using your bouncy castle", "urgent"),
        # Scots: ye, tae, ah'll (urgency_normalise)
        ("Ah'll be takin ye tae the small claims ower the damage", "urgent"),
        # papers foretold to be served on the business (urgency_threats)
        ("You will be served with a summons over the broken window next week", "urgent"),
        # a claim being lodged as the caller speaks (urgency_legal_started)
        ("We're filing a county court claim for the damage you did to the van", "urgent"),
    ],
)
def test_harm_classes(text: str, level: str) -> None:
    assert assess_rules(text).level == level
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        # a hyphenated compound opening the line names a property, not a fire (urgency_rules)
        "Fire-resistant boards, what thickness do you stock?",
        # hives named by their material or as goods (urgency_everyday)
        "Are the cedar hives in stock again, or only the plastic ones?",
        # a holder for a rescue pen asked for as goods (urgency_everyday)
        "Do you sell a case for an EpiPen that clips onto a rucksack?",
        # working hard said with the fingers (urgency_idioms)
        "I've been typing my fingers to the bone on this thesis, can I book the quiet room?",
        # a lawyer of the caller's needing copies, or praising the business's paper (urgency_idioms)
        "Could you print the photos from my phone? My lawyer needs them for my divorce.",
        "My brother's a solicitor and he said your terms are very clear, nice work.",
        # a dressing named as what the caller reacts to (urgency_rules, from blind53)
        "Is the wax strip latex free? I react to plasters so I'd rather check first.",
        # children waiting in a vehicle are not shut in it
        "The kids are sat in the van, is it ok if I park outside while it's sunny?",
        # a place to work at a wheel, and first aid held to a neck
        "The mechanic's under the wheel arch, can you hold my keys till he's done?",
        "She's holding an ice pack to her neck for the sunburn, can we get some after-sun?",
        # a knife named for its trade, with an electrical fault only urgent at most (urgency_rules)
        "Is the putty knife in the decorating bundle a stiff one or flexible?",
        # a meal served names no papers (urgency_threats)
        "You'll be served with coffee after the talk, is that alright?",
        # a procedure's pain told after it in a simile of violence (urgency_figures, from blind53)
        "The brow wax felt like being skinned for an hour, but she was so gentle after, thanks",
        # a tattoo design named by its style (urgency_depicted, from blind53)
        "I'd love a snake wrapped round a dagger dripping blood, which of you does fine line?",
    ],
)
def test_no_harm_now(text: str) -> None:
    assert assess_rules(text).level == "normal"
    assert assess(text).level == "normal"


def test_a_trade_blade_with_a_joke_is_no_weapon() -> None:
    """A razor "threatening" a haircut names no person as its target (the rules alone: the trained model may still raise
    the line to urgent, which only asks a person to look)."""
    assert assess_rules("The barber's got the razor and he's threatening to take it all off, ha").level == "normal"


def test_a_little_before_a_person_keeps_its_article() -> None:
    """ "a little" is the size of a person or an animal, a hedge before a state."""
    assert normalise("There's a little boy on the roof") == "there's a little boy on the roof"
    assert normalise("his lips are a little blue") == "his lips are blue"


def test_scots_words() -> None:
    assert normalise("Ah'll take ye tae court ower it") == "i'll take you to court over it"
    assert normalise("tae kwon do on Tuesdays") == "tae kwon do on tuesdays"
