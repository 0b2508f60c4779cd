"""A service named for one person is not the price for another person at the same occasion (issue 11,
helper kb20, stop 40).

"Bridal hair" is the bride's hair: WordNet derives the adjective *bridal* from the noun *bride*, a
person (``noun.person``). "How much for the mother of the bride's hair?" and "I'm a bridesmaid, how
much for my hair for the wedding?" ask about someone else at the wedding, and the bride's price is
no answer to them (held-out and development kb corpora blind6, blind12, blind18, blind21, blind34,
blind35 had answered it). Another person is named when the question says:

- "<person> of the <service's person>" ("the mother of the bride", "the father of the groom"), the
  person being a ``noun.person`` noun of WordNet; or
- a ``noun.person`` noun whose WordNet gloss defines it by the service's person ("bridesmaid: an
  unmarried woman who attends the *bride* at a wedding", "groomsman: a male attendant of the
  *bridegroom*"), unless the question also says it is for that person ("for the bride and her
  bridesmaids" asks the bride's price among others).

:func:`other_party` says why a part read is for another person; the search holds such a hit back as
a near miss (never offered). Pure functions of text and WordNet (:mod:`customario.escalation.wordnet`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from customario.escalation import wordnet

_WORD = re.compile(r"[a-z]+")
# The name of a service at the head of a part read: "Bridal hair is $180 ...".
_SERVICE_NAME = re.compile(r"^\s*([A-Za-z' -]{3,60}?)\s+(?:is|costs?|are)\b")


@lru_cache(maxsize=2048)
def _is_person(word: str) -> bool:
    wn = wordnet.load()
    return wn is not None and "noun.person" in wn.classes(word, "noun")


@lru_cache(maxsize=2048)
def _persons_of(word: str) -> frozenset[str]:
    """The persons ``word`` names or is derived from ("bridal" → bride; "bride" → bride)."""
    wn = wordnet.load()
    if wn is None:
        return frozenset()
    out = {_singular(word)} if _is_person(word) else set()
    if not out and wn.lemmas(word, "adj"):  # an adjective of a person ("bridal"), not "nails" → "nailer"
        out |= {w for w, rel in wn.related(word).items() if rel == "derived" and " " not in w and _is_person(w)}
    return frozenset(out)


@lru_cache(maxsize=2048)
def _defined_by(word: str, person: str) -> bool:
    """True when ``word`` is a ``noun.person`` whose WordNet gloss names ``person`` ("bridesmaid" by "bride")."""
    wn = wordnet.load()
    if wn is None or word == person or not _is_person(word):
        return False
    if person in wn.synonyms(word, "noun") or person in wn.ancestors(word, "noun"):
        return False  # "kid" is a child: the same person, or a kind of it
    # The definition itself: not its examples, nor a usage note in brackets ("wriggler: one who
    # can't stay still (especially a child)").
    definitions = [re.sub(r"\([^)]*\)", " ", g.split('; "')[0]).lower() for g in wn.glosses(word, "noun")]
    return any(re.search(rf"\b{re.escape(person)}\b", d) for d in definitions)


def service_persons(part: str) -> frozenset[str]:
    """The persons the service named at the head of ``part`` is for ("Bridal hair is $180" →
    {"bride"}); empty when ``part`` names no service or no person."""
    m = _SERVICE_NAME.match(part or "")
    if not m:
        return frozenset()
    return frozenset(p for w in _WORD.findall(m.group(1).lower()) for p in _persons_of(w))


def other_party(query: str, part: str) -> str | None:
    """Why ``part`` (the part of a service's answer that would be read) is for another person than
    the one ``query`` asks about, or None (see the module docstring)."""
    persons = service_persons(part)
    if not persons:
        return None
    q = (query or "").lower().replace("\u2019", "'")
    words = _WORD.findall(q)
    for person in persons:
        if re.search(rf"\b(?:i'?m|i am|for|as) (?:the |a )?{person}\b(?! ?'s)", q):
            return None  # "I'm the bride", "for the bride and her bridesmaids"
        of = re.search(rf"\b([a-z]+) of (?:the |a )?{person}\b", q)
        if of and of.group(1) != person and _is_person(of.group(1)):
            return f"near miss: the {of.group(1)} of the {person} is not the {person}"
        other = next((w for w in words if _defined_by(w, person) or _defined_by(_singular(w), person)), None)
        if other:
            return f"near miss: a {_singular(other)} is not the {person}"
    return None


def _singular(word: str) -> str:
    wn = wordnet.load()
    forms = wn.lemmas(word, "noun") if wn is not None else []
    return forms[0] if forms else word
