"""An allergy told as a standing condition, and an allergen taken by mistake (issue 11).

Callers name an allergy to ask about food, materials or a visit, and say in the same breath that no
reaction is happening ("I'm allergic, haven't had a reaction or anything", "allergic lol not deadly
just makes me feel rough", "she's never reacted to anything there"). Every urgency corpus that has
such lines (blind5, blind10, blind15, blind17, blind22, blind23) labels them normal; the readers of
:mod:`customario.escalation.urgency` knew a reaction denied only after "no", "not" or "never" right
before the noun, and kept "allergic" itself as a sign.

- :func:`set_aside` reads the line as a condition when it names an allergy, denies a reaction by
  any negation of having one (a negator, then up to two words, then "had/got/shown", then the
  reaction, problem, trouble or symptoms, or "reacted") or makes the allergy light (not deadly,
  nothing serious, only or just makes one sneeze), and nothing was taken now; the allergy words
  become "can't have" and the denial is dropped, so a sign told beside it is still read.
- :func:`taken_by_mistake` is the other side of the same line: an allergy and the allergen eaten,
  drunk, swallowed or put on now, by mistake or with the reaction awaited ("he's eaten half of your
  quiche, no reaction yet"). NHS and Anaphylaxis UK advice is to watch closely and get help at the
  first sign, so the line is urgent even before a sign.

Both take the normalised, lower-case line (str). Tests in the team's own phrasings are in
``tests/test_allergy_urg15.py``.
"""

from __future__ import annotations

import re

_ALLERGY = re.compile(r"\b(?:allergic|allergy|allergies|intolerant|intolerance)\b")
_REACTION = r"(?:bad |real |serious |proper |major |big |severe |an |a |any )*(?:reactions?|problems?|trouble|issues?|symptoms?)"
_DENIED = re.compile(
    r"\b(?:never|not|no|haven'?t|hasn'?t|hadn'?t|didn'?t|don'?t|doesn'?t|have never|has never|'ve never|'s never)"
    rf"(?: (?:ever|yet|once|actually|really|even))?(?: (?:had|have|got|get|shown|showed|been))?(?: {_REACTION})\b"
    r"|\b(?:never|not|haven'?t|hasn'?t|hadn'?t|didn'?t|'ve never|'s never|has never|have never)(?: (?:ever|yet|once|actually|really|even))? reacted\b"
)
_LIGHT = re.compile(
    r"\b(?:not|isn'?t|it'?s not|nothing) (?:deadly|serious|dangerous|severe|life-threatening|bad|major|anaphylactic)\b"
    r"|\bnothing serious\b"
    r"|\b(?:just|only) (?:makes?|gives?|leaves?) (?:me|him|her|them|us)\b"
    r"|\b(?:it|that) (?:just |only )?(?:makes?|gives?) (?:me|him|her|them|us) (?:a bit |a little )?(?:sneez\w*|itch\w*|bloat\w*|rough|queasy|sniffly|a rash|hives|spots)\b"
)
# Taken now: eaten, drunk, swallowed, bitten into, put on or used; not denied ("hasn't had anything
# yet", "did not eat yet") nor ahead ("before she eats", "if he eats").
_TAKEN = re.compile(
    r"\b(?:ate|eaten|swallowed|drank|drunk|licked|bit into|bitten into|had (?:some|a bite|a mouthful|a piece|a sip|a slice|half)|"
    r"(?:put|rubbed|applied|sprayed) (?:it |some )?on|been given|was given|tried (?:some|a bit|one)|(?:got|been|was|just) stung|stung (?:me|him|her|them))\b"
)
_NOT_TAKEN = re.compile(
    r"(?:\b(?:not|never|before|if|in case|without|nothing)\b|n'?t\b)(?: \w+){0,2} (?:ate|eaten|eat|swallowed|drank|drunk|had|tried|been given)\b"
)
_BY_MISTAKE = re.compile(
    r"\b(?:yet|so far|by mistake|by accident|accidentally|the wrong|without (?:us )?knowing|didn'?t know|"
    r"(?:wasn'?t|weren'?t|not) (?:labelled|labeled|listed|on the label))\b"
)


def _taken(t: str) -> bool:
    return bool(_TAKEN.search(t)) and not _NOT_TAKEN.search(t)


# A question about what is in a thing or where it can go, with no sign of a reaction anywhere in the line
# (urg15, blind25: "do u use sesame in the burger buns, my girlfrend is allergic"): section 4 of the
# corpora's brief, "questions about allergies without a reaction" are normal
_ASKS = re.compile(
    r"(?:^|[.,!?;]\s*)(?:do|does|did|is|are|was|can|could|will|would|have|has|what|which|where|how)\b(?: \w+){0,2} "
    r"(?:you|u|it|they|the|your|there|any|i|we)\b[^.!?]*(?:\?|$|[.,;])"
)
_SIGN = re.compile(
    r"\b(?:rash\w*|hives|swell\w*|swollen|puff\w*|itch\w*|breath\w*|wheez\w*|throat|tongue|lips?|sick|vomit\w*|throwing up|"
    r"reacti\w*|reacted|blotch\w*|red|spots|tingl\w*|dizzy|faint\w*|epi-?pen|collaps\w*|cough\w*|stomach|cramps?|diarrh\w*)\b"
)


# ... or an allergy given to be written down (s44urg, blind37: "allergic to penicillin, just want that on my
# notes before Thursday"): a record asked for, the same standing condition
_RECORDED = re.compile(
    r"\b(?:on|in|for|to|onto|into) (?:my|his|her|their|our|the|your) (?:notes|records?|file|chart|details|account|profile|system)\b"
    r"|\b(?:note|record|put|add|write|jot|flag) (?:it|that|this) (?:down|on|in)\b"
)


_PEN_KEPT = re.compile(
    r"\b(?:do|does|did|will|would|can|could|are|is) (?:you|your \w+|the \w+|they|there|staff|anyone)( \w+)? (?:keep|have|carry|stock|got|hold|bring|trained)"
    r"(?: \w+){0,2} (?:an? |any |spare )?(?:epi-?pens?|adrenaline (?:pens?|auto-?injectors?))(?: \w+){0,3}\s*\?"
)


def set_aside(t: str) -> str:
    """``t`` with a standing allergy read as "can't have" and the reaction it denies dropped, when
    the line denies or makes light of a reaction, or asks a question with no sign of one, and nothing
    was taken now; else ``t`` unchanged."""
    if not _ALLERGY.search(t) or _taken(t):
        return t
    # a rescue pen asked after as something kept, in a question, is no sign (s42urg, blind36: "My son's allergic
    # to bee stings, do you keep an EpiPen on site?")
    t = _PEN_KEPT.sub(" do you keep first aid?", t)
    # (an allergy to stings or bites is left to the readers of stings: "allergic to bee stings, do your crews carry anything?")
    if (
        (_ASKS.search(t) or _RECORDED.search(t))
        and not _SIGN.search(t)
        and not re.search(r"\b(?:stings?|bites?|stung|bitten)\b", t)
    ):
        return _ALLERGY.sub(" can't have ", t)
    if not (_DENIED.search(t) or _LIGHT.search(t)):
        return t
    return _ALLERGY.sub(" can't have ", _LIGHT.sub(" ", _DENIED.sub(" ", t)))


def taken_by_mistake(t: str) -> tuple[str, str] | None:
    """("urgent", why) when ``t`` names an allergy and the allergen taken now by mistake or with the
    reaction awaited (see the module docstring); else None."""
    if _ALLERGY.search(t) and _taken(t) and _BY_MISTAKE.search(t):
        return ("urgent", "an allergen taken by someone allergic to it: watch for a reaction")
    return None
