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


# A combined choice whose label names no parts: "both", "a mix of both", "a bit of each", "half and half".
_BOTH_UNNAMED = re.compile(
    r"^\W*(?:a |an |the )?(?:(?:mix|mixture|combination|bit|little) of (?:both|the two|each|them)|both(?: of them| kinds| types| ways)?|"
    r"some of each|one of each|half and half|a bit of each)\W*$"
)
# A choice that is no part of a combination: none, neither, other, something else, not sure.
_NOT_A_PART = re.compile(r"\b(?:none|neither|nor|other|else|not sure|don'?t know|unsure|nothing|no one|nobody)\b")


def parts_of(question: Any, synonyms: bool = False) -> dict[str, set[str]]:
    """``{combined code: {part codes}}`` for the choices of ``question`` whose label (with
    ``synonyms``, one of its synonyms) says two or more other choices by their labels or synonyms,
    joined by "and", "both", "plus" or "&": "both a dog and a cat" → {"both": {"dog", "cat"}};
    "hybrid" with the synonym "coils and foam" → {"hybrid": {"innerspring", "memory_foam"}}
    (answers blind48: "It's a hybrid, coils on the bottom and foam on top" had been asked again).
    Empty for most questions."""
    from customario.dialogue.choice_spans import phrase_positions
    from customario.dialogue.spoken import clean

    out: dict[str, set[str]] = {}
    for c in question.choices:
        for said in (c.label, *c.synonyms) if synonyms else (c.label,):
            label = clean(said)
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
                out[c.code] = out.get(c.code, set()) | named

    return out


def unnamed_parts(question: Any) -> dict[str, set[str]]:
    """``{combined code: {part codes}}`` for a choice whose label names no parts ("a mix of both",
    "both", "a bit of each"): the two other choices, when two are left once the choices of none,
    neither or something else are set aside (answers blind47: "an automatic, a manual, or a mix of
    both?"). Empty for most questions."""
    from customario.dialogue.spoken import clean

    out: dict[str, set[str]] = {}
    for c in question.choices:
        if not _BOTH_UNNAMED.match(clean(c.label)):
            continue
        others = {o.code for o in question.choices if o.code != c.code and not _NOT_A_PART.search(clean(o.label))}
        if len(others) == 2:
            out[c.code] = others
    return out


# Both parts had in turn or mixed: "started in a manual and switched to an automatic", "a bit of each".
_MIXED = re.compile(
    r"\b(?:both|mix|mixed|mixture|each|half|switched|changed|swapped|moved (?:on )?to|went (?:on )?to|upgraded|"
    r"downgraded|then|after that|started (?:on|in|with|off)|at first|to begin with)\b"
)
# Parts joined as a combination's own name joins them: "foam and springs", "half and half", "both".
_JOINED = re.compile(r"\b(?:and|both|plus|half)\b|&")
# One part singled out as the main one: "mostly manual, some automatic" answers "mostly" with one.
_MAIN = re.compile(r"\b(?:mostly|mainly|largely|primarily|chiefly|main|more|most|majority)\b")


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
    for code, parts in parts_of(question, synonyms=True).items():
        # by a synonym only when the combined choice is said too, or its parts are joined as its
        # synonym joins them ("half foam and half springs"); "pocket coils with a foam top" may be
        # either (answers blind48 marks it ambiguous)
        if parts <= set(codes) and set(codes) <= parts | {code} and (code in codes or _JOINED.search(t)):
            return code
    for code, parts in unnamed_parts(question).items():
        if not set(codes) <= parts | {code} or _MAIN.search(t):
            continue
        if code in codes or (parts <= set(codes) and _MIXED.search(t)):
            # "Both kinds, my dad made me practise in his old manual too": the combined choice said
            # in its own words, with one of its parts told about; "I started in a manual and
            # switched to an automatic": both parts, had in turn
            return code
    return None


# Conjuncts of one answer: "servicing and also top up gas", "the wash plus a top-up".
_CONJUNCTS = re.compile(r"\s*(?:,\s*)?\b(?:and(?: also)?|plus|as well as|also)\b\s*|\s*&\s*")
_PART_DETERMINER = re.compile(r"^(?:the|a|an|some|also|then|one)\s+")


def another_by_its_head(question: Any, t: str, codes: list[str]) -> bool:
    """True when a single-choice answer ``t`` (cleaned) names one choice (``codes``, one code) and,
    in a conjunct of its own joined by "and (also)", "plus" or "as well as", another choice by the
    last word of its label or of a synonym alone ("Servicing and also top up gas." for "general
    servicing" and "gas top-up"): two services told, one to store; asked again rather than storing
    the one named in full (answers blind74 had stored the top-up). A conjunct holding a choice
    already found, a word several choices end with, or a word of the chosen choice's own names
    ("Boiler and central heating." for a plan named "boiler and central heating") names nothing else."""
    if question.type != "single_choice" or len(codes) != 1:
        return False
    parts = [p for p in _CONJUNCTS.split(re.sub(r"[.!?;]+\s*$", "", t.strip())) if p]
    if len(parts) < 2:
        return False
    heads: dict[str, set[str]] = {}
    for c in question.choices:
        for name in [c.label, *(c.synonyms or [])]:
            words = re.findall(r"[a-z]+", name.lower())
            if len(words) >= 2 and len(words[-1]) >= 4:
                heads.setdefault(words[-1], set()).add(c.code)
    chosen = next(c for c in question.choices if c.code == codes[0])
    # "Morning and afternoon." for "full day (morning and afternoon)": the word is in the chosen
    # choice's own names, the two conjuncts name it together
    own = set(re.findall(r"[a-z]+", " ".join([chosen.label, *(chosen.synonyms or [])]).lower()))
    for part in parts:
        part = _PART_DETERMINER.sub("", part.strip(" ,"))
        owners = heads.get(part)
        if owners and len(owners) == 1 and not owners & set(codes) and part not in own:
            return True
    return False
