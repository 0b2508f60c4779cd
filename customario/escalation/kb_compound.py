"""A place the caller names by another head noun than the base's is the same place (issue 11,
helper kb20, stop 40).

"Which BART stop is closest?" asks about what the base calls "the 16th Street BART station": the
same name (the modifier *BART*) with another word for a place where people get on and off. Some
fourteen development kb corpora (blind5 to blind35) escalated "which BART stop ...?", "which stop
do I get off at?" although the location article names the station, because "stop" is a word no
article has and WordNet's synonym sets do not join *stop* and *station*.

The rule is of compounds (a modifier and a head noun, "BART station"): when the caller's question
has the modifier of one of the base's compounds and a head noun that no article uses, and both heads
are places in WordNet (each has *location* among the ancestors of one of its senses), the caller's
head is read as the base's. A head the base uses itself is never replaced ("BART station" stays,
"parking garage" is not "parking" anything), nor a word that is no place ("BART fare", "BART strike").
Pure functions of text and WordNet (:mod:`customario.escalation.wordnet`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from customario.escalation import wordnet

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# A compound of the base: a capitalised modifier (a name: "BART", "Mission-Bartlett") and a head noun.
_NAMED_COMPOUND = re.compile(r"\b([A-Z][A-Za-z-]*[A-Z][A-Za-z-]*|[A-Z]{2,})\s+([a-z]{3,})\b")


@lru_cache(maxsize=2048)
def _is_place(word: str, senses: int) -> bool:
    wn = wordnet.load()
    return wn is not None and "location" in wn.ancestors(word, "noun", senses=senses)


def base_compounds(articles: list[dict]) -> dict[str, set[str]]:
    """``{modifier (lower case): {head nouns}}`` of the named compounds the ``articles`` (dicts with
    ``question`` and ``answer``) write ("BART station" → {"bart": {"station"}})."""
    out: dict[str, set[str]] = {}
    for a in articles:
        for text in (a.get("question") or "", a.get("answer") or ""):
            for mod, head in _NAMED_COMPOUND.findall(text):
                out.setdefault(mod.lower(), set()).add(head.lower())
    return out


def in_base_heads(query: str, articles: list[dict]) -> str:
    """``query`` with a place noun no article uses said as the head of the base's compound whose
    modifier the question also names ("which BART stop is closest?" → "which BART station is
    closest?"); unchanged otherwise (see the module docstring)."""
    compounds = base_compounds(articles)
    if not compounds:
        return query
    words = [w.lower() for w in _WORD.findall(query or "")]
    named = [m for m in compounds if m in words]
    if not named:
        return query
    vocabulary = {
        w.lower() for a in articles for t in (a.get("question"), a.get("answer")) for w in _WORD.findall(t or "")
    }
    for mod in named:
        heads = [h for h in compounds[mod] if _is_place(h, 4)]
        if len(heads) != 1:
            continue
        for w in dict.fromkeys(words):
            if w in vocabulary or w == mod or len(w) < 3 or not _is_place(w, 6):
                continue
            wn = wordnet.load()
            if wn is None or not wn.lemmas(w, "noun") or wn.lemmas(w, "adj") or wn.lemmas(w, "adv"):
                continue
            query = re.sub(rf"\b{re.escape(w)}\b", heads[0], query, flags=re.I)
    return query
