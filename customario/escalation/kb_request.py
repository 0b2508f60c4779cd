"""A thing the caller asks the business to do, against an article that names the thing only in a
state (issue 11, kb20).

"Will you install the graphics card for me?" shares every word with "Installed graphics cards and
CPUs are refunded minus a 15% restocking fee", and the return policy was read as if it answered.
It does not: the caller asks for a service (the business installing a card), the article speaks of
cards already installed, its past participle naming a state of the item ("installed cards",
"opened items"). :func:`asks_done_to_a_state` tells the two apart from the words alone: the caller
asks the business to act ("will / can / could / would / do you <verb> ...") and the article has that
verb only as a participle in front of a noun, never as the business's action ("we install", "installs",
"installation"). Seen in kb blind26, blind29 and four earlier development corpora ("Can you install
the graphics card for me?"). Pure functions.
"""

from __future__ import annotations

import re

from customario.escalation.kb_words import light_stem

# The caller asks the business to act: "will you install", "can u guys open", "could your team fit".
_ASKED_TO_ACT_RE = re.compile(
    r"\b(?:will|can|could|would|do|does)\s+(?:you|u|ya|y'all|your\s+(?:team|techs?|staff|people))\s+"
    r"(?:guys\s+|also\s+|even\s+|please\s+)*([a-z]{3,})\b",
    re.I,
)
# Verbs that ask whether the business offers or accepts something, not that it act on the thing.
_OFFER_VERBS = frozenset(
    {"have", "take", "accept", "offer", "sell", "stock", "carry", "do", "need", "know", "charge", "give", "get", "let"}
)


def _participle_only(verb: str, text: str) -> bool:
    """True when ``text`` has ``verb`` only as a past participle in front of a noun ("Installed
    graphics cards", "opened items"), never in another form ("we install", "installs", "installing",
    "installation", "installed by us")."""
    stem = light_stem(verb).rstrip("e")
    if len(stem) < 3:
        return False
    forms = list(re.finditer(rf"\b{re.escape(stem)}[a-z]*\b", text, re.I))
    if not forms:
        return False
    for m in forms:
        word = m.group(0).lower()
        if not word.endswith("ed"):
            return False
        after = text[m.end() :].lstrip()
        if not re.match(r"[a-z]", after, re.I) or re.match(r"(?:by|to|in|at|on|within|for)\b", after, re.I):
            return False  # "installed by us", "is installed." : the business's act, or a predicate
    return True


def asks_done_to_a_state(query: str, answer: str) -> bool:
    """True when ``query`` asks the business to do a thing ("will you install the card for me?") whose
    verb the article's ``answer`` uses only as a state of an item (:func:`_participle_only`): the
    article is about items in that state, not about the service asked."""
    for m in _ASKED_TO_ACT_RE.finditer(query or ""):
        verb = m.group(1).lower()
        if verb not in _OFFER_VERBS and _participle_only(verb, answer or ""):
            return True
    return False
