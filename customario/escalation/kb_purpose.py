"""What a caller would look at in a thing they ask for is not what they ask (issue 11, helper kb20,
stop 40).

"Do you have a website where I can look at everything?" asks whether there is a website; the
relative clause ("where I can look at everything") says what the caller wants it for. An article
that gives the website answers it, though it says nothing of "everything" (some fifteen development
kb corpora, blind8 to blind35, escalated "do you have a website where I can see the prices / pics of
your work / look at things"). Only a clause whose verb is one of perceiving (WordNet's
``verb.perception``: look, see, view, watch) is set aside: "is there a website where I can book?"
asks whether booking is done there, which the website alone does not say.

:func:`looked_at` cuts such a sentence into (ask, story) for :mod:`customario.escalation.kb_ask`.
"""

from __future__ import annotations

import re

from customario.escalation import wordnet

# A question whether a thing exists: "do you have a", "is there a", "have you got any", "u got a".
_EXISTS = re.compile(
    r"^\W*(?:(?:do|does)\s+(?:you|u|ya)(?:\s+guys)?\s+(?:have|got)|have\s+(?:you|u)\s+got|is\s+there|are\s+there"
    r"|(?:you|u)\s+(?:have|got)|got)\s+(?:a|an|any|some)\b",
    re.I,
)
# The relative clause after it: "where I can look at", "that we could see", "I can view".
_RELATIVE = re.compile(
    r"\s+(?:(?:where|that|which|so|to)\s+)?(?:i|we|people|one|you|u|customers)\s+(?:can|could|might|may)\s+([a-z]+)\b",
    re.I,
)


def _perceiving(verb: str) -> bool:
    """True when WordNet's first two senses of ``verb`` include one of perceiving (look, see, view)."""
    wn = wordnet.load()
    return wn is not None and "verb.perception" in wn.classes(verb.lower(), "verb", senses=2)


def looked_at(sentence: str) -> tuple[str, str] | None:
    """(ask, story) when ``sentence`` asks whether a thing exists and goes on with what the caller
    would look at in it ("Do you have a website where I can see your work?" → ("Do you have a
    website?", "where I can see your work")); None otherwise."""
    m = _EXISTS.match(sentence or "")
    if not m:
        return None
    rel = _RELATIVE.search(sentence, m.end())
    if not rel or not _perceiving(rel.group(1)):
        return None
    return sentence[: rel.start()].rstrip(" ,") + "?", sentence[rel.start() :].strip().rstrip("?")


def without_relative_where(query: str) -> str:
    """``query`` with the relative adverb "where" of such a clause said as "on which" ("a website
    where I can see your work" → "a website on which I can see your work"): it asks no place, so it
    must not count as the question word "where" that location articles answer. Unchanged otherwise."""
    for sentence in re.split(r"(?<=[.!?])\s+", query or ""):
        cut = looked_at(sentence)
        if cut is not None and re.match(r"where\b", cut[1], re.I):
            query = query.replace(cut[1], "on which" + cut[1][5:], 1)
    return query
