"""Which sentence of a caller's turn asks, and how many questions it joins (moved out of
:mod:`customario.escalation.kb_fact_kind` on 5 December 2026 so that
:mod:`customario.escalation.kb_answer_type`, which :mod:`customario.escalation.kb_excerpt` imports,
can use them without an import cycle; unchanged in behaviour). Pure functions on strings.
"""

from __future__ import annotations

import re

from customario.escalation.kb_words import WEAK_TERMS, terms

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
