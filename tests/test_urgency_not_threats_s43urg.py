"""Legal and first-aid words that threaten or report nothing stay normal (issue 11; s43urg, from the
false alarms of urgency blind38 and blind35, development corpora). Classes:

- a legal profession named with a kind before it ("a retired barrister"), and legal advice as a service
  the business runs ("your legal advice drop-in") (:mod:`customario.escalation.urgency_figures`);
- a suit aimed at a pronoun that stands for the caller's own party named before it ("my landlord ...
  taking him to court"), when no one of the business is named (:mod:`customario.escalation.urgency_legal_aim`);
- a used plaster found lying in a pool or on a floor, and a skin that reacts to some products told
  beside a product question (:mod:`customario.escalation.urgency_figures`).

Own phrasings at a community centre, a letting agent, a leisure centre and a pet groomer; a person of
the business as the pronoun's antecedent, a reaction now, and a plaster soaked with blood keep their
level.
"""

from __future__ import annotations

import pytest

from tests.urgency_read import rules_level

NORMAL = [
    "I'm a former solicitor and would love to help at your legal advice clinic on Tuesdays",
    "My old boss still owes me wages and I'm going to take her to a tribunal, do you have the forms?",
    "My ex won't pay the maintenance so I'm taking him to court, can you print the letters?",
    "Someone's left a band-aid lying on the changing room floor, can it be cleaned?",
    "Is your conditioner unscented? My daughter gets a rash from perfumed shampoos",
]
KEEPS_LEVEL = [
    ("Your instructor was rude to my son and I'm taking him to court", "urgent"),
    ("I've taken legal advice and you'll be hearing from us", "urgent"),
    ("He gets itchy with some brands and now he's come up in hives after your shampoo", "urgent"),
    ("my son cut his foot on the pool tiles and his plaster is soaked with blood", "emergency"),
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal(text):
    assert rules_level(text) == "normal"


@pytest.mark.parametrize(("text", "level"), KEEPS_LEVEL)
def test_keeps_level(text, level):
    assert rules_level(text) == level
