"""A question about a landmark is not a question about the way to the business (issue 11, helper
kb20, stop 40).

A location answer names a landmark to find the business by ("two blocks from the 16th Street BART
station"). "Does the 16th Street BART station have a lift?", "Is the 16th Street BART station
wheelchair accessible?" and "Which exit do I take out of the 16th Street BART?" ask about the
landmark itself: the answer says nothing of its lifts or exits, yet it shares most of their words,
and it had been read out as the answer (kb blind10, blind15, blind26, blind34, blind37).

A question is about the landmark when it names it (two or more of the words of its name) and neither
speaks of the business (you, your, the salon, it, there, the business's own name) nor of the way
between the two (near, close, far, walk, blocks, from, to get to, directions): "How far is it from
the 16th Street BART?" and "which BART station is closest?" are still the way there.
:func:`of_a_landmark` says so; :func:`customario.escalation.kb_fact.asked_part` then finds no part
of the location answer to read. Pure functions of text.
"""

from __future__ import annotations

import re

# The landmark the answer finds the business by: "two blocks from the 16th Street BART station".
_LANDMARK = re.compile(
    r"\b(?:from|near|by|opposite|next to|beside|behind|across from|around the corner from)\s+(?:the\s+)?"
    r"((?:\d+\w*\s+)?(?:[A-Z][\w'-]*\s+){1,3}[a-z]+)\b"
)
# The business, or the way between it and the landmark.
_TOWARDS = re.compile(
    r"\b(?:you|your|yours|u|ur|ya|y'all|yall|it|its|it's|get there|over there|salon|studio|shop|store|place|business"
    r"|near|nearest|nearby|close|closer|closest|far|walk|walking|walkable|blocks?|from|get to|getting to"
    r"|directions?|way|distance|minutes?|stop|stops|station|stations)\b",
    re.I,
)


def landmarks(answer: str) -> list[str]:
    """The names of the landmarks ``answer`` finds the business by ("16th Street BART station")."""
    return [m.group(1) for m in _LANDMARK.finditer(answer or "")]


def of_a_landmark(query: str, answer: str, own_name: set[str] | None = None) -> bool:
    """True when ``query`` asks about a landmark ``answer`` names rather than about the way to the
    business (see the module docstring); ``own_name`` are words of the business's name."""
    q = (query or "").lower().replace("\u2019", "'")
    for name in landmarks(answer):
        words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", name)]
        named = [w for w in words[:-1] if re.search(rf"\b{re.escape(w)}\b", q)]
        if len(named) < 2:
            continue
        # The landmark's own head ("station") may be said; the rest of the question may not point
        # at the business or the way there.
        rest = re.sub(rf"\b(?:{'|'.join(map(re.escape, words))})\b", " ", q)
        if _TOWARDS.search(rest) or any(re.search(rf"\b{re.escape(w)}\b", rest) for w in own_name or ()):
            continue
        # ... and must ask something of it ("have a lift", "wheelchair accessible"), not only name it
        # ("Is that the 16th Street BART?").
        if any(len(w) > 3 and w not in _FUNCTION for w in re.findall(r"[a-z]+", rest)):
            return True
    return False


_FUNCTION = frozenset("that this these those there what which does have with from into onto about".split())
