"""More shapes of answers that go wrong at first contact, read by :func:`answer_risk.risks` (issue 11).

Counted on the first-contact logs of answers blind6-blind32 (benchmarks/first_contact_wrong.jsonl,
rebuilt by benchmarks/first_contact_log.py): each shape here held wrong values on three or more
corpora, from different writers, that none of the older reasons named. Each is read from grammar
or from a reading the code already has, never from a corpus line:

- ``listed``: a multiple-choice answer that lists more things, joined by a coordinator ("and",
  written "n", "&", "+", "plus"; Quirk et al., *A Comprehensive Grammar of the English Language*,
  1985, ch. 13) or as a comma list of short parts, than the choices stored;
- ``all_and_some``: "all" said beside fewer choices than were stored, or a part of all ("a bit of
  everything").

Pure functions over lower-case text; WordNet through :mod:`customario.escalation.wordnet`.
"""

from __future__ import annotations

import re
from typing import Any, Callable

_WORD = re.compile(r"[a-z][a-z'’-]*")

# ---- lists -----------------------------------------------------------------------------------
# Coordinators of a list, as said and as typed ("and", "n", "an'", "&", "+", "plus", "as well as").
_COORD = re.compile(r"\s*,?\s*(?:\b(?:and|n|an'|plus|as well as|along with)(?![a-z'])|[&+])\s*")
_SEGMENT = re.compile(r"\s*(?:[,;]|\.\.\.|…)\s*")
# Words that carry no item of a list: fillers, discourse markers, hedges and function words.
_EMPTY = frozenset(
    "um uh er erm eh ah oh well so yeah yes yep like honestly also too actually i think you know mostly "
    "just only maybe probably the a an of my our some bit lot all it that this them those these "
    "that's thats it's good else sometimes really guess no nothing none nope nah more again both aye "
    "those two one definitely absolutely certainly".split()
)
# A comma segment that opens with a subject pronoun is a clause about the answer, not a listed
# thing ("Just the app, it came free", "None, we eat everything").
_CLAUSE = re.compile(r"^(?:i|i'm|i've|we|we're|they|they're|he|she|it|you|there|which|who|that|that's)\b")


def _content(part: str) -> list[str]:
    return [w for w in _WORD.findall(part) if w not in _EMPTY]


def parts_listed(question: Any, t: str) -> int:
    """How many things the answer ``t`` (lower case) lists: the parts between coordinators, and
    within a part the comma-separated segments when each holds at most three words and is no clause
    (:data:`_CLAUSE`); a part of fillers or closing words alone ("um", "that's all") is none, and a
    thing said twice ("spin, spin and yoga") is one. A choice whose label holds "and" ("bed and breakfast") is one."""
    for c in getattr(question, "choices", None) or []:
        for name in (c.label, *getattr(c, "synonyms", ())):
            name = name.lower()
            if re.search(r"\band\b|&", name):
                t = t.replace(name, name.replace("&", " ").replace(" and ", " ").replace(" ", "_"))
    seen: set[str] = set()
    for part in _COORD.split(t):
        segments = [s for s in _SEGMENT.split(part.strip(" .!?")) if _content(s)]
        if len(segments) > 1:
            segments = [s for s in segments if not _CLAUSE.match(s)]
        if len(segments) > 1 and all(len(_WORD.findall(s)) <= 3 for s in segments):
            seen |= {" ".join(_content(s)) for s in segments}
        elif segments:
            seen.add(" ".join(w for s in segments for w in _content(s)))
    return len(seen)


_ALL = re.compile(r"\b(?:all of (?:it|them|those|that)|everything|the lot|the whole lot|all of the above)\b")
_PARTITIVE = re.compile(
    r"\b(?:a bit of|bits of|some of|a little of|part of|most of)\s+(?:everything|it all|them all|the lot)\b"
)


def all_and_some(question: Any, t: str, stored: int, named: Callable[[Any, str], int]) -> bool:
    """True when a multiple-choice answer says "all" beside some choices named, fewer than were
    stored ("All of it: furniture, boxes, the seasonal stuff, the lot" stored as all five), or
    takes a part of all ("a bit of everything"): which choices are meant is not said. ``named``
    counts the choices a text names (``answer_risk._choices_said``)."""
    if _PARTITIVE.search(t):
        return True
    if not _ALL.search(t):
        return False
    return 0 < named(question, _ALL.sub(" ", t)) < stored
