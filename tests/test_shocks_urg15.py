"""An electric shock told with the thing as the doer is urgent; a thing that shocks by its price or its
difficulty is not (issue 11; :mod:`customario.escalation.urgency_shocks`). Own phrasings on garden
centres, florists, escape rooms, swimming baths and electric bike hire; a shock that leaves the
person awake is urgent in some twenty corpora, and blind23 told it as "the electric fence zapped my
daughter".
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess_rules
from customario.escalation.urgency_shocks import hurt

URGENT = [
    "The fairy lights on your garden centre display zapped my son when he touched the plug, he's okay but upset",
    "Your florist's cold-room door handle shocked my daughter when she touched it, she's crying but fine",
    "The coffee machine in the escape room lobby gave my husband a belt when he unplugged it",
    "The hand dryer at the swimming baths jolted me when I touched it, my fingers are buzzing",
]
NORMAL = [
    "The price of the new sockets shocked my husband, can you do a cheaper quote?",
    "The quiz machine in the escape room shocked me with how hard the questions were, can we try an easier one?",
    "The wiring quote shocked my dad, he nearly fell off his chair, any discount?",
    "I got a static zap off the trolley at the garden centre, funny really, do you sell the anti-static ones?",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_thing_that_shocks_a_person_is_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


@pytest.mark.parametrize("line", NORMAL)
def test_a_price_or_a_puzzle_that_shocks_is_not(line):
    assert assess_rules(line).level == "normal", assess_rules(line)


def test_the_parts():
    assert hurt("the kettle zapped me when i touched the switch") is not None
    # no person shocked, no electricity named or touched
    assert hurt("the kettle zapped the fly") is None
    assert hurt("the new kitchen shocked my husband, he loved it") is None
