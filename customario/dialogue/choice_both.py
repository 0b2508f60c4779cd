"""A single choice that is two others together (issue 11, helper ans20b, 5 December 2026).

Some single-choice questions offer the combination as a choice of its own: "a tent, a caravan, or
both a tent and a caravan?". A caller who names the two parts ("the tent and the caravan", "both of
them, the tent and the caravan", "one of each, the tent and the van") means that choice, while a
single-choice reading finds two or three choices and asks again. Read back (``inferred``): the
caller has not said the combined choice's own words.

Not the combination: the parts joined by "or" ("the tent or the caravan, can't remember": unsure),
one of them negated or set aside ("the tent, not the caravan"), or a part that only a kind of
thing said names. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any


def parts_of(question: Any) -> dict[str, set[str]]:
    """``{combined code: {part codes}}`` for the choices of ``question`` whose label says two or
    more other choices by their labels or synonyms, joined by "and", "both", "plus" or "&": "both a
    dog and a cat" → {"both": {"dog", "cat"}}. Empty for most questions."""
    from customario.dialogue.choice_spans import phrase_positions
    from customario.dialogue.spoken import clean

    out: dict[str, set[str]] = {}
    for c in question.choices:
        label = clean(c.label)
        if not re.search(r"\b(?:and|both|plus|&)\b", label):
            continue
        named = {
            o.code
            for o in question.choices
            if o.code != c.code
            for name in (o.label, *o.synonyms)
            if clean(name) and phrase_positions(re.sub(r"^(?:a|an|the)\s+", "", clean(name)), label)
        }
        if len(named) >= 2:
            out[c.code] = named
    return out


def combined(question: Any, t: str, codes: list[str]) -> str | None:
    """The code of the combined choice when the choices found in ``t`` (cleaned), ``codes``, are
    all its parts, perhaps beside the combined choice itself ("Both of them, the dog and the cat"),
    joined by "and" (not "or"), none of them negated; None otherwise."""
    if question.type != "single_choice" or len(codes) < 2:
        return None
    if re.search(r"\b(?:or|either|neither|nor|not|never|no|without|except|instead)\b|n't\b", t):
        return None
    for code, parts in parts_of(question).items():
        if parts <= set(codes) and set(codes) <= parts | {code}:
            return code
    return None
