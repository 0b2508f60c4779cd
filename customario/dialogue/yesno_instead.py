"""A yes/no question that offers one thing instead of another, answered by naming one of them.

"Would you like your renewal documents by email instead of by post?" - "Post." is a no, "Go on,
email." a yes (answers blind55 asked four such answers again). The caller answers the choice the
question puts, not its yes or no. Only a short answer that names exactly one of the two, with no
negation, is read, and it is read back (``inferred``): the caller never said yes or no. Pure
functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

_LEAD = r"(?:(?:by|in|on|via|as|with|through|at)\s+)?(?:(?:an?|the|your|our)\s+)?"
# "X instead of Y", "X rather than Y": the thing offered (X) and the one it replaces (Y).
_INSTEAD_ASKED = re.compile(rf"\b{_LEAD}(?P<x>[a-z-]+)\s+(?:instead of|rather than)\s+{_LEAD}(?P<y>[a-z-]+)\b")
_FILLER_PAIR = re.compile(r"^\W*(?:yeah|yea|yep),?\s+(?:no|nah)\b\W*")
_NEGATION = re.compile(r"\b(?:no|not|nope|nah|never|neither|nor|either)\b|n'?t\b")
# Words the caller may add that say nothing of which: fillers, courtesies, "is fine", "please".
_MOST_WORDS = 8


def _names(word: str, t: str) -> bool:
    return bool(re.search(rf"\b{re.escape(word)}(?:s|es)?\b", t))


def offered_reading(question: Any, t: str) -> str | None:
    """``"yes"`` when ``t`` (cleaned) names only the thing ``question`` offers ("email" of "by
    email instead of by post"), ``"no"`` when it names only the thing it would replace ("post"),
    else None: the question offers no such pair, the answer is long, names both or neither, or
    holds a negation."""
    if getattr(question, "type", None) != "yes_no":
        return None
    m = _INSTEAD_ASKED.search((getattr(question, "text", "") or "").lower())
    t = _FILLER_PAIR.sub("", t)  # "Yeah no, post is fine": a filler pair opening the answer
    if m is None or len(re.findall(r"[a-z']+", t)) > _MOST_WORDS or _NEGATION.search(t):
        return None
    x, y = _names(m.group("x"), t), _names(m.group("y"), t)
    if x == y:
        return None
    return "yes" if x else "no"
