"""Which sentence of a caller's turn asks, and how many questions it joins (moved out of
:mod:`customario.escalation.kb_fact_kind` on 5 December 2026 so that
:mod:`customario.escalation.kb_answer_type`, which :mod:`customario.escalation.kb_excerpt` imports,
can use them without an import cycle; unchanged in behaviour). Pure functions on strings.
"""

from __future__ import annotations

import re

from customario.escalation.kb_words import WEAK_TERMS, covers, terms

# A clause after a comma that starts asking: "My husband hates parallel parking, is there a garage?"
_ASKS = r"(?:is|are|do|does|can|could|will|would|should|what|where|when|how|who|which)\s+(?:there|it|you|that|this|i|we|they|my|the|a)\b"


_JOINED_RE = re.compile(
    r",?\s+(?:and|also|plus)\s+(?=(?:what|which|how|when|where|who|is|are|do|does|can|could|will|would)\b)", re.I
)


def joined_asks(sentence: str) -> list[str]:
    """The questions joined in ``sentence`` ("What carriers do you use and how long does it take?"
    → two), each of three words or more; one item when nothing is joined. ("A or B?" is one
    question with two choices, not two questions.)"""
    parts = [p.strip(" ,?") for p in _JOINED_RE.split(sentence or "")]
    return parts if len(parts) > 1 and all(_one_ask(p) for p in parts) else [sentence]


# One joining word between two bare phrases of a typed turn ("ship time + carrier?"; "+" and "&"
# are read as "and" by kb_wording first).
_BARE_JOIN_RE = re.compile(r"\s+(?:and|plus|[+&])\s+", re.I)
# An article's own question that joins two ("How long does shipping take and which carriers do you use?").
_TOPIC_JOIN_RE = re.compile(r",?\s+and\s+(?=(?:what|which|how|when|where|who|do|does|is|are|can)\b)", re.I)
# A question word or auxiliary: such a turn is split (or not) by joined_asks.
_ASKING_RE = re.compile(r"\b(?:what|which|how|when|where|who|is|are|do|does|can|could|will|would)\b", re.I)
# Words of an article's question that ask rather than name ("do you use", "take").
_ASKING_VERBS = frozenset({"use", "uses", "take", "takes", "get", "have", "has", "need", "needs", "do", "does"})


def topic_asks(sentence: str, topic: str) -> list[str]:
    """The two asks of a typed turn that joins two bare phrases, each naming one half of an article
    whose own question joins two ("ship time + carrier?" against "How long does shipping take and
    which carriers do you use?" → ["ship time", "carrier"]); ``[sentence]`` otherwise. Each phrase
    must name words of its own half of ``topic`` and none of the other's: "shipping and delivery
    time?" names the first half twice and stays one ask. Without a question word the turn is not
    split by :func:`joined_asks`, and its one ask read only the half its type picked (the shipping
    time without the carriers). Source: issue 11, kb blind71 ("ship time + carrier?" answered with
    the standard shipping time alone)."""
    halves = [h for h in _TOPIC_JOIN_RE.split(topic or "") if h.strip()]
    sides = [p.strip(" ,?!.") for p in _BARE_JOIN_RE.split((sentence or "").strip(" ?!."))]
    if len(halves) != 2 or len(sides) != 2 or _ASKING_RE.search(sentence or ""):
        return [sentence]
    own = [[t for t in terms(h) if t not in WEAK_TERMS and t not in _ASKING_VERBS] for h in halves]

    def names(side: str, half: list[str]) -> bool:
        return any(covers(q, t) for q in terms(side) for t in half)

    first, second = ([names(s, h) for h in own] for s in sides)
    if first in ([True, False], [False, True]) and second == first[::-1]:
        return sides
    return [sentence]


_WH_RE = re.compile(r"(?:what|which|how|when|where|who)\b", re.I)


def _one_ask(part: str) -> bool:
    """True when ``part`` of a joined sentence can be a question of its own: three words or more, or
    a question word and the thing it asks about ("which carrier", "what fee"): a typed turn drops
    the verb ("how long to ship and which carrier")."""
    words = part.split()
    if len(words) == 2 and len([t for t in terms(part) if t not in WEAK_TERMS]) == 2:
        return True  # "Refund timing, and is there a fee?": a topic and what is asked of it
    return len(words) >= 3 or (len(words) == 2 and bool(_WH_RE.match(part)) and bool(terms(words[1])))


def asked_sentence(query: str) -> str:
    """The sentence of ``query`` that asks (ends with "?" or is the last one): "Is that enough for
    the 4070 Super?" of "I have a 750 watt Corsair. Is that enough for the 4070 Super?". The other
    sentences tell the caller's situation."""
    text = (query or "").strip()
    parts = [
        p.strip() for p in re.split(r"(?<=[.!?])\s+|\s+[\u2014\u2013]\s+|,\s+(?=" + _ASKS + ")", text) if p.strip()
    ]
    if len(parts) < 2:
        return text
    # The parts that ask, and the last one when it ends without a full stop ("... now what? where
    # do i drop it").
    asking = [p for i, p in enumerate(parts) if p.endswith("?") or (i == len(parts) - 1 and p[-1] not in ".!")]
    return " ".join(asking) if asking else parts[-1]
