"""A count said by naming the things counted (blind13 development corpus, issue 11): "Just the
kitchen." to "How many rooms were damaged?" is one, "the kitchen and both bedrooms" three, "Both
bathrooms." two.

Each thing named must be a kind of what the question counts: its name ends with the counted noun
("bedroom", "dining room") or WordNet files it under that noun (first two senses, six steps up:
"kitchen" is a room). Anything else in the answer (a number, a word that is not a named thing, a
plural without "both") leaves the count unsaid. The reading is ``inferred``: read back before it
is stored. Pure functions; WordNet through :mod:`customario.escalation.wordnet`.
"""

from __future__ import annotations

import re
from typing import Any

_LEAD = re.compile(r"^\W*(?:(?:oh|um+|uh+|well|so|just|only|it was|that was|mostly)\W+)*")
_THING = re.compile(r"(?:(?:the|my|our|a|an|one|just the|only the)\s+)(?:[a-z-]+\s+){0,2}?([a-z]+)")
_BOTH = re.compile(r"(?:both|a pair of) (?:of )?(?:the |my |our |his |her |their )?(?:[a-z-]+\s+){0,2}?([a-z]+)")
# "Both of them", "both": two of what the question counts, named by a pronoun or not at all.
_BOTH_OF_THEM = re.compile(r"both(?: of (?:them|'em|those|these))?(?: (?:lah|la|mate|really))?")


def things_listed(question: Any, t: str, counted: str | None) -> int | None:
    """How many things of the kind ``counted`` (the question's counted noun, plural as asked,
    e.g. ``rooms``) the cleaned answer ``t`` names one by one, or None (see the module docstring).
    ``t`` must hold no figure (the caller of this checks)."""
    if not counted or len(counted) < 3:
        return None
    base = singular(counted)
    said = _LEAD.sub("", t).strip(" .!?")
    if _BOTH_OF_THEM.fullmatch(said):
        return 2
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", said)
    total = 0
    for item in items:
        item = item.strip()
        both = _BOTH.fullmatch(item)
        one = _THING.fullmatch(item) if both is None else None
        head = (both or one).group(1) if (both or one) else None
        if head is None:
            return None
        if both:
            # "both" and "a pair" give the number; a kind in any of the first three senses will do
            # ("both my boys": a boy is a child in WordNet's third sense of "boy")
            if not head.endswith("s") or not _kind_of(singular(head), base, senses=3):
                return None
            total += 2
        elif head.endswith("s") and not head.endswith("ss") or not _kind_of(head, base):
            return None
        else:
            total += 1
    return total or None


def singular(noun: str) -> str:
    """``noun`` in the singular by WordNet's morphology ("children" → "child", "bags" → "bag"),
    or without a final "s" when WordNet is not installed or does not know it."""
    from customario.escalation.wordnet import load

    wn = load()
    forms = [f for f in (wn.lemmas(noun, "noun") if wn is not None else []) if f != noun]
    if forms:
        return forms[0]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _kind_of(word: str, base: str, senses: int = 2) -> bool:
    """True when ``word`` names a kind of ``base`` ("bedroom" of "room", "kitchen" of "room",
    "daughter" of "child"), in its first ``senses`` WordNet senses."""
    if word == base or word.endswith(base):
        return True
    from customario.escalation.wordnet import is_kind_of

    return is_kind_of(word, base, senses=senses, depth=6)
