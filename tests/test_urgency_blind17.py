"""Classes read from held-out urgency blind17's five missed lines (4 December 2026), in the team's own
words at other businesses (a picture framer, a music shop, a piano tuner, a bike courier): the rules
alone, without the trained model (tests/conftest.py switches it off)."""

import pytest

from customario.escalation.urgency import assess_rules


@pytest.mark.parametrize(
    "line",
    [
        # the means at hand, with the reason for telling ("so someone knows", "I need to tell someone")
        "Can you frame the poster by Friday? And just so somebody knows, I've got the pills saved up for tonight.",
        "I need to tell someone, I've bought a rope, anyway can the piano tuner come Tuesday?",
        # not planning to be there from a day on, beside letters written
        "Cancel the bike courier pickup please, I'm not planning to be here after Friday, the letters are written.",
        "I don't plan on being around by the weekend, I've written my goodbye notes, so please refund the strings.",
    ],
)
def test_self_harm_told_as_an_aside_is_an_emergency(line):
    assert assess_rules(line).level == "emergency"


@pytest.mark.parametrize(
    "line",
    [
        # a formal letter before action, in its own register
        "Kindly note that we have retained solicitors in respect of the damaged frame.",
        "I have instructed a barrister concerning the deposit you are holding.",
        "We reserve our legal rights pending a full refund for the warped guitar neck.",
        "Failing a replacement by the 30th, we shall issue proceedings without further notice.",
        # "her" as the person taken to court, not a possessive
        "If my violin isn't back by Thursday, tell the owner I'm taking her to court.",
        "Honestly I'll sue her for every penny if the piano is scratched again.",
    ],
)
def test_formal_and_pronoun_legal_threats_are_urgent(line):
    assert assess_rules(line).level == "urgent"


@pytest.mark.parametrize(
    "line",
    [
        # near misses: an absence with an ordinary reason, a note for the courier, a lawyer for one's own matter
        "I'm not planning to be around on Saturday, I'm moving to Glasgow, so leave the parcel next door.",
        "Just so someone knows, the back gate sticks, the courier should push it hard.",
        "We instructed a solicitor for the house sale, can you frame the deeds for us?",
        "All rights reserved is printed on the poster, can you still frame it?",
        "My sister is taking her kids to the music shop on Saturday, are you open?",
        "She's suing her landlord, so she needs copies of the receipts for the piano.",
    ],
)
def test_near_misses_stay_normal(line):
    assert assess_rules(line).level == "normal"
