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
_BOTH = re.compile(r"both (?:of )?(?:the |my |our )?(?:[a-z-]+\s+){0,2}?([a-z]+)")


def things_listed(question: Any, t: str, counted: str | None) -> int | None:
    """How many things of the kind ``counted`` (the question's counted noun, plural as asked,
    e.g. ``rooms``) the cleaned answer ``t`` names one by one, or None (see the module docstring).
    ``t`` must hold no figure (the caller of this checks)."""
    if not counted or len(counted) < 3:
        return None
    base = counted[:-1] if counted.endswith("s") else counted
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", _LEAD.sub("", t).strip(" .!?"))
    total = 0
    for item in items:
        item = item.strip()
        both = _BOTH.fullmatch(item)
        one = _THING.fullmatch(item) if both is None else None
        head = (both or one).group(1) if (both or one) else None
        if head is None:
            return None
        if both:
            if not head.endswith("s") or not _kind_of(head[:-1], base):
                return None
            total += 2
        elif head.endswith("s") and not head.endswith("ss") or not _kind_of(head, base):
            return None
        else:
            total += 1
    return total or None


def _kind_of(word: str, base: str) -> bool:
    """True when ``word`` names a kind of ``base`` ("bedroom" of "room", "kitchen" of "room")."""
    if word == base or word.endswith(base):
        return True
    from customario.escalation.wordnet import is_kind_of

    return is_kind_of(word, base, senses=2, depth=6)
