"""A price per head is a price per person (issue 11).

"Sixty bucks a head", "one sixty-five per head", "fifty dollars per person" answer "How much did
you pay per person?" and "How much did you pay per player?" alike: a head, a person and a player,
guest, passenger or rider (a kind of person in one of its first two WordNet senses) are one unit of a price.
:func:`customario.dialogue.unit_prices.money_per_unit` asks again for a price said per a unit the
question does not ask per ("twelve dollars an hour" to a monthly fee); this module tells it when
the caller's unit is the question's person in other words. A price per child or per adult to a
question per person stays a re-ask: children and adults are often priced apart.

Written for answers blind39 and blind40 (a price "a head" to a question per person or per player
was asked again). Pure functions on cleaned, lower-case text; no I/O (WordNet's files are read
once, :mod:`customario.escalation.wordnet`).
"""

from __future__ import annotations

import re
from typing import Any

# The words a caller names one person by when saying a price: "a head", "per person", "pp".
_PERSON_UNITS = frozenset({"head", "heads", "person", "persons", "people", "pp", "pax"})
# What the question asks a price per: "per person", "per player", "each guest", "a head".
_PER_ASKED = re.compile(r"\b(?:per|each|every)\s+(?P<noun>[a-z]+)\b|\ba (?P<noun2>head|person)\b")
# Kinds of person priced apart from others: a price per child is no price per person.
_PRICED_APART = frozenset({"adult", "adults", "child", "children", "kid", "kids", "senior", "seniors", "student"})


def person_unit(unit: str) -> bool:
    """True when ``unit`` (the word a price is said per, letters only) names one person."""
    return unit in _PERSON_UNITS


def asks_per_person(question: Any) -> bool:
    """True when a money question asks a price per one person: "per person", "a head", or per a
    noun that is a kind of person in one of its first two WordNet senses ("per player", "per climber"), not a
    kind priced apart (adults, children, seniors, students)."""
    from customario.escalation.wordnet import is_kind_of

    asked = (getattr(question, "text", "") or "").lower()
    for m in _PER_ASKED.finditer(asked):
        noun = m.group("noun") or m.group("noun2")
        if noun in _PRICED_APART:
            continue
        if noun in _PERSON_UNITS or is_kind_of(noun, "person", senses=2, depth=20):
            return True
    return False
