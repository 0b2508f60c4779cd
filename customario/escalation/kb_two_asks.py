"""Two questions in one turn that two articles answer, each answered from its own (issue 11).

Callers ask two things at once ("How much is a men's cut, and are you open Sundays?", "what's the
address and is there parking"). Searched as one question, the turn finds the article that shares
most words with it and reads that article's part alone: half an answer that passes for the whole.
:func:`answer_each_ask` cuts the turn into its questions (the same rules that pick the parts of one
article for a joined question, :func:`customario.escalation.kb_fact.joined_asks`, or questions in
sentences of their own, :func:`customario.escalation.kb_clauses.question_sentences`), searches each on
its own and, when every one is answered with confidence by a different article, answers with each
article's part in the caller's order. When the asks meet one article, that article's own reading of
a joined question stands (:func:`customario.escalation.kb_fact.asked_part`); when one of them is not
answered with confidence, the turn keeps its whole-turn result, guards and offer included.

An ask that points back at something the turn named first ("balayage, what's it cost and who's
best at it") is searched with that leading topic in front of it ("balayage who's best at it").
"""

from __future__ import annotations

import re
from typing import Callable

from customario.escalation.kb_clauses import question_sentences
from customario.escalation.kb_fact import asked_sentence, joined_asks
from customario.escalation.kb_words import WEAK_TERMS, terms

# A back-reference in an ask to a thing named before it.
_BACK_RE = re.compile(r"\b(?:it|its|it's|that|this|them|they|those|one)\b", re.I)
# A leading fragment that names the topic of the whole turn: "balayage, ..." (no verb of asking).
_ASK_START_RE = re.compile(
    r"^\W*(?:what|whats|what's|which|how|hows|how's|when|where|who|whos|who's|why|is|are|do|does|can|could|"
    r"will|would|should|did|was|were|have|has)\b",
    re.I,
)


def _asks(query: str) -> list[str]:
    """The questions of ``query`` asked together (two or more), else []."""
    asking = asked_sentence(query)
    asks = joined_asks(asking)
    if len(asks) < 2:
        asks = question_sentences(asking)  # "How much is X? Are you open Sundays?"
    return asks if len(asks) > 1 else []


def _leading_topic(query: str) -> str:
    """The words before the first comma of ``query`` when they do not ask anything themselves
    ("balayage" of "balayage, what's it cost and who's best at it"), else ''."""
    head, sep, _rest = (query or "").partition(",")
    if not sep or _ASK_START_RE.match(head) or len(head.split()) > 4:
        return ""
    return head.strip()


def answer_each_ask(query: str, result, search_one: Callable[[str], object]) -> None:
    """Answer ``result`` (the whole turn's :class:`~customario.escalation.knowledge.SearchResult`)
    from one article per question when ``query`` asks two or more things that different articles
    answer with confidence (in place: its best hit becomes the first ask's, its ``excerpt`` every
    ask's part in the caller's order, ``confidence`` the lowest of theirs, ``asks`` the list of
    ``{"id", "question", "excerpt", "confidence"}``). ``search_one(text)`` searches one ask without
    splitting it again. Nothing changes when the turn asks one thing, when two asks meet the same
    article, or when an ask is not answered with confidence."""
    asks = _asks(query)
    if not asks:
        return
    topic = _leading_topic(query)
    found = []
    for i, ask in enumerate(asks):
        sub = search_one(ask)
        if not sub.confident and i > 0 and topic and _BACK_RE.search(ask) and topic not in ask:
            sub = search_one(f"{topic} {ask}")
        if not sub.confident or not [t for t in terms(ask) if t not in WEAK_TERMS]:
            return
        found.append(sub.best)
    if len({h["id"] for h in found}) < len(found):
        return  # one article answers several of them: its own joined reading stands
    first = dict(found[0])
    first["asks"] = [
        {
            "id": h["id"],
            "question": h["question"],
            "excerpt": h.get("excerpt") or h["answer"],
            "confidence": h["confidence"],
        }
        for h in found
    ]
    first["excerpt"] = " ".join(a["excerpt"] for a in first["asks"])
    first["confidence"] = min(h["confidence"] for h in found)
    first.pop("refused", None)
    others = [h for h in result.hits if h["id"] != first["id"]]
    result.hits = [first, *others][: max(len(result.hits), 1)]
