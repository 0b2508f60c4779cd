"""A choice that is "someone I know", named by the person ("Me mate Dave put me onto you", "Through
a colleague at work", "My sister-in-law raved about it" to "from a neighbor or friend, an online
search, a flyer...?").

Callers name the friend, relative or colleague who told them, not the choice's own word ("friend",
"word of mouth"); answers blind25, blind32 and blind41 code such an answer as the one choice of
people the caller knows. A person is one the caller knows when WordNet puts the first sense of the
word under relative, friend, acquaintance, associate, neighbor or spouse (:mod:`customario.escalation.wordnet`),
or it is one of a few informal words WordNet lacks ("mate", "mum", "coworker"). The reading is made
only when exactly one choice names such people (a fixed list of words: "friend", "neighbour",
"family", "word of mouth", "recommended", ...) and the answer names no choice itself; it is read back (``inferred``). Pure functions,
no I/O; without WordNet only the informal words count.
"""

from __future__ import annotations

import re
from typing import Any

# WordNet lemmas above the first sense of a word for a person the caller knows.
_KNOWN_ABOVE = frozenset({"relative", "friend", "acquaintance", "associate", "colleague", "neighbor", "spouse"})
# Informal words for such people that WordNet lacks or files under another first sense.
_INFORMAL = frozenset(
    "mate mates mum mums coworker coworkers co-worker workmate workmates flatmate roommate bestie bff hubby missus "
    "in-laws inlaws".split()
)
# Words that make a choice the one of people the caller knows. A fixed list: WordNet's first senses
# are too wide for a choice's own words ("voucher" is first a person who vouches, a friend).
_CHOICE_WORDS = re.compile(
    r"\b(?:word of mouth|family|family members?|friends?|neighbou?rs?|relatives?|relations|colleagues?|co-?workers?|"
    r"acquaintances?|recommend(?:ed|ation)?|referr(?:al|ed)|(?:someone|somebody|people) (?:i|we) know)\b"
)


def _known_person(word: str, wn: Any) -> bool:
    """True when ``word`` (lower case) names a person one knows (see the module docstring)."""
    if word in _INFORMAL:
        return True
    if wn is None or len(word) < 3:
        return False
    return bool(wn.ancestors(word, "noun", senses=1) & _KNOWN_ABOVE)


def _people_choices(question: Any) -> list[str]:
    """Codes of the choices whose names say people the caller knows (:data:`_CHOICE_WORDS`)."""
    return [c.code for c in question.choices if _CHOICE_WORDS.search(" ".join([c.label, *c.synonyms]).lower())]


def person_known(question: Any, t: str) -> list[str]:
    """``[code]`` of the one choice of people the caller knows when ``t`` (cleaned) names such a
    person and no choice ("Through a colleague at work" → the neighbor-or-friend choice); ``[]``
    otherwise (no such person, no such choice, or two choices of people: "family" and "friends")."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if not any(_known_person(w, wn) for w in re.findall(r"[a-z][a-z'-]+", t)):
        return []
    found = _people_choices(question)
    return found if len(found) == 1 else []
