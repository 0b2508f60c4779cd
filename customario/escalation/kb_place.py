"""Where the caller is, or where their parcel goes, told as their situation (issue 11).

Callers say where they are or where an order goes while asking about something else: "Where do you
ship from? I'm up in Seattle.", "Standard shipping to Oregon takes how long?", "I'm in California.
If I order at 1 in the afternoon my time, does it still ship today?". A place no article mentions
had been taken for the thing asked about ("the question names seattle, which no article mentions")
and the shipping article was refused. A place in the caller's own country is their situation: the
business's rules (3 to 5 business days, a cutoff in Eastern time) apply to it as to any other.

:func:`places_told` finds the names after a preposition of place or direction ("in", "to", "from",
"near", with "up", "down", "over", "out" before it) that WordNet knows, by their first sense, as an
American state or as a city inside one (hypernym, instance and part-holonym pointers: "Seattle" is a
city, part of Washington, an American state). A place outside it ("London", "Canada") is left to
the search, where no article mentioning it keeps the answer back, and so is every place when the
caller asks whether the business ships or delivers there ("Do you ship to Alaska?"): then the place
is what is asked, or asks a time against it ("I'm calling from Boston, are those hours in my time
or yours?": the place decides the answer, :mod:`kb_zone`). A place an article names (the salon's own
city) is never situation.

Source: kb blind42, blind43, blind44, blind45 (store: shipping times and cutoffs asked with the
caller's state or city refused); WordNet 3.x pointers (Princeton WordNet, ``wninput(5WN)``).
"""

from __future__ import annotations

import functools
import re

from customario.escalation import wordnet

# A name after a preposition of place or direction: one or two words ("New York", "san jose").
_AFTER_PREPOSITION = re.compile(
    r"\b(?:(?:up|down|over|out|all the way)\s+)?(?:in|to|from|near|outside|around)\s+([a-z][a-z.'-]+)(?:\s+([a-z][a-z'-]+))?",
    re.I,
)
# "do you ship to ...", "can you deliver there", "does it go out to ...": whether they ship to the place.
_SHIPS_THERE_ASKED = re.compile(
    r"\b(?:do|does|can|could|will|would|is|are)\s+(?:you|u|ya|y'all|it|they|there|shipping|delivery)\s+"
    r"(?:\w+\s+)?(?:ship|deliver|send|post|mail|go)\w*\s+(?:\w+\s+)?(?:to|there|here|out|overseas|abroad)\b",
    re.I,
)
# A clock time asked against the place ("are those hours in my time or yours?", "which time zone?"):
# the place is what the answer must relate to (kb_zone, kb_question's "calling from"), left as is.
_ZONE_ASKED = re.compile(
    r"\b(?:my|your|our|local|whose|their) time\b|\btime ?zones?\b|\b(?:pacific|eastern|central|mountain)\b"
    r"|\b(?:calling|ringing|phoning)(?: in)? from\b",
    re.I,
)
_STATE = "american_state"
_COUNTRY = frozenset({"united_states", "united_states_of_america"})
# Pointers followed upwards: hypernym, instance hypernym, part holonym (WordNet's "@", "@i", "#p").
_UP = ("@", "@i", "#p")


@functools.lru_cache(maxsize=4096)
def us_place(name: str) -> bool:
    """True when WordNet's first noun sense of ``name`` (one or two words, any case) is an American
    state or a place that is part of one or of the United States, within six steps up; False when
    WordNet is absent or does not know the word."""
    wn = wordnet.load()
    if wn is None:
        return False
    lemmas = wn.lemmas(name.lower(), "noun")[:1]
    start = [off for lemma in lemmas for off in wn._index["noun"][lemma][:1]]  # noqa: SLF001
    frontier, seen = list(start), set()
    for _ in range(6):
        step = []
        for offset in frontier:
            if offset in seen:
                continue
            seen.add(offset)
            words, pointers = wn._synset("noun", offset)  # noqa: SLF001
            # A state, or a part of the country (not the country itself: "to us" is no place told).
            if _STATE in words or (_COUNTRY & set(words) and offset not in start):
                return True
            step += [off for sym, pos, off, _s, _t in pointers if sym in _UP and pos == "noun"]
        frontier = step
    return False


def places_told(query: str, vocabulary: set[str]) -> set[str]:
    """Lower-case words of the places in the caller's own country that ``query`` names as where
    they are or where the order goes (see the module docstring); empty when the caller asks whether
    the business ships there, or for a place a word of ``vocabulary`` (the articles' words) names."""
    text = query or ""
    if _SHIPS_THERE_ASKED.search(text) or _ZONE_ASKED.search(text):
        return set()
    out: set[str] = set()
    for m in _AFTER_PREPOSITION.finditer(text):
        first, second = m.group(1).strip(".").lower(), (m.group(2) or "").lower()
        for words in ([first, second], [first]) if second else ([first],):
            name = " ".join(words)
            if len(name) > 2 and not set(words) & vocabulary and us_place(name):
                out |= set(words)
                break
    return out
