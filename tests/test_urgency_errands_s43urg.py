"""Normal lines that carry a harm word in another sense stay normal (issue 11; s43urg, from the false
alarms of urgency blind38 and blind35, development corpora). Classes:

- food served cold, choking on a task as a habit, keys or copies cut
  (:mod:`customario.escalation.urgency_errands`: blind38's cold chips, blind35's reverse park and key
  copies);
- any food WordNet knows said burnt (:mod:`customario.escalation.urgency_depicted`: blind38's croissants);
- bleeding a machine with a kind before it (:mod:`customario.escalation.urgency_idioms`: blind35's
  hydraulic brakes);
- "bit of an emergency" and "urgent-ish" pressing for time, "how quick" and "quick one" being no plea
  (:mod:`customario.escalation.urgency_asked`: blind35's car wash and balance payment);
- a person "completely fine today" after a small fall, fire-safety goods asked about after a fire put
  out, an injury the business caused said to have healed (:mod:`customario.escalation.urgency_over`,
  :mod:`customario.escalation.urgency_frames`, :mod:`customario.escalation.urgency`: blind38's tumble
  and marshmallow fire, blind35's blisters and nicked hand).

Own phrasings at a pizzeria, a driving school, a cobbler, a bakery, a bike shop and a swimming club;
the same words with harm now keep their level.
"""

from __future__ import annotations

import pytest

from tests.urgency_read import rules_level

NORMAL = [
    "Our pizzas came out cold again, can we get a discount on the next order?",
    "My son usually chokes in his driving test, have you got a mock test slot?",
    "Could you cut us two spare keys for the shed while I wait?",
    "The bagels were all burnt on Saturday, can I get a refund?",
    "Do you bleed disc brakes on mountain bikes?",
    "Bit of an emergency, my suit needs taking in before the wedding in two hours. How quick can you do it?",
    "Quick question, bit urgent-ish: do you deliver before noon?",
    "She slipped on the poolside in yesterday's session, tiny graze, she's totally fine today and wants to come back",
    "The toaster caught last month and we put it out, do you sell fire extinguishers?",
    "My daughter got a few blisters from your hire skates but they healed, can we book again?",
]
KEEPS_LEVEL = [
    ("he was knocked out cold by the swing and isn't waking up", "emergency"),
    ("he's choking on a sweet and going blue", "emergency"),
    ("my hand's burnt from your kettle", "urgent"),
    ("your stylist burnt my scalp last week, it healed but it's come back and blistered again", "urgent"),
    ("emergency! come quick, my dad's collapsed", "emergency"),
    ("she fell in the lesson yesterday, she's completely fine today but now her wrist has swollen up", "urgent"),
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert rules_level(text) == "normal"


@pytest.mark.parametrize(("text", "level"), KEEPS_LEVEL)
def test_keeps_level(text, level):
    assert rules_level(text) == level
