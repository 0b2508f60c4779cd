"""Fire words that tell no fire now are normal: a fire made on purpose where it belongs, fuel burnt by
design, "on fire" said of a span or a past point, of a story, or as a hyperbole aimed at the caller;
a fire getting out of hand, or said now, is still an emergency (issue 11;
:mod:`customario.escalation.urgency_fire_sense`). Own phrasings on a beach hut hire, a log merchant,
a netball club, a cinema, a darts league and a wedding DJ; the figures were raised in blind23, blind25,
blind27 and blind30, fuel by design in blind30, and the fire made on the beach was the lead's probe.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_fire_sense import set_aside

NORMAL = [
    "We lit a little fire on the sand by our beach hut last night, lovely, can we book the hut for next Friday?",
    "My kids built a bonfire at the bottom of the garden and toasted marshmallows, do you deliver kiln-dried logs?",
    "Can I burn your softwood offcuts in a cast-iron log burner?",
    "Our goal shooter has been on fire all season, can the netball club get a trophy engraved?",
    "The darts team were on fire at the final, can we book the function room to celebrate?",
    "Our netball captain was on fire in the league decider, can we order medals?",
    "The trailer ends with the whole castle in flames, when is the film on at your cinema?",
    "My gran will set me on fire if the DJ plays anything after midnight, can you stop at twelve?",
    "I burnt the crumpets at the beach hut and the smoke alarm went off, does the hut have a spare battery?",
    "The film at your cinema was great, the whole town ablaze at the end, is there a sequel?",
]
EMERGENCY = [
    "We lit a fire by the beach huts and it's caught the hut next door, the wood is burning fast",
    "I lit a fire in the log store and now the whole shed is on fire",
    "The cinema screen is on fire, people are still inside",
    "My ex has been saying he'll set me on fire if I go to the wedding, and he's outside now",
    "I burnt the crumpets and now the beach hut curtains are on fire",
]


@pytest.mark.parametrize("line", NORMAL)
def test_fire_words_that_tell_no_fire_now(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


@pytest.mark.parametrize("line", EMERGENCY)
def test_a_fire_out_of_hand_or_now_is_still_an_emergency(line):
    assert assess_rules(line).level == "emergency", assess_rules(line)


def test_the_parts():
    assert set_aside("we made a fire in the tent to keep warm") == "we made a fire in the tent to keep warm"
    assert "on fire" not in set_aside("my darts have been on fire for weeks")
    assert "on fire" in set_aside("the stage was on fire last night and my son got burnt")
