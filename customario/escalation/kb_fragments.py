"""Several questions asked in fragments, each read its part (issue 11).

Callers who type or speak in a hurry ask several things at once, each a fragment of its own with a
question mark: "return label — email? free? how long to use it?". Each fragment is a question (the
reading of telegraphic questions as a list of asks: Bertomeu et al., *Contextual phenomena and
thematic relations in database QA dialogues*, 2006); the answer to the turn is the parts of the
article that answer each of them. Reading the one part that answers the last fragment ("drop it at
any carrier location within 14 days") passes for the whole answer and leaves "email?" unanswered.

:func:`fragment_asks` lists the fragments that are asks: one that names a word the article's answer
was matched on (less the words of the article's own question, which name the whole article), or
one that asks a value ("how long to use it?"). A question mark after a word the article lacks
("sorry?", "right?") is no ask. :func:`with_fragment_asks` widens the part read by the sentences that
hold each ask's words, in the answer's order (unchanged when no sentence holds them: the ask may
name what the answer calls otherwise). Source: kb blind46 (the three-part label question).
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import has_word, split_sentences
from customario.escalation.kb_fact_kind import asked_fact, holds_fact
from customario.escalation.kb_words import WEAK_TERMS, in_words, terms, words_of

_QUESTION_PART_RE = re.compile(r"[^?]*\?")


def fragment_asks(query: str, matched: list[str], topic: str) -> list[tuple[list[str], str | None]]:
    """The asks of ``query`` in question fragments of their own, each as (the words of ``matched``
    it names, less those of the article's own question ``topic``; the fact kind it asks, or None:
    :func:`kb_fact_kind.asked_fact`), when it names one or asks one. Fewer than two: ``[]`` (one
    question)."""
    own = [t for t in matched if t not in WEAK_TERMS and not has_word(t, topic or "")]
    asks = []
    for p in _QUESTION_PART_RE.findall(query or ""):
        named, fact = [t for t in terms(p) if t in own], asked_fact(p)
        if named or fact:
            asks.append((named, fact))
    return asks if len(asks) > 1 else []


def _answers(text: str, ask: tuple[list[str], str | None], query: str) -> bool:
    """True when ``text`` holds a word the ask names or states the fact kind it asks ("price?" is
    answered by "$35"); an ask that names nothing is not checked (True)."""
    named, fact = ask
    held = words_of(text or "")
    return not named or any(in_words(t, held) for t in named) or bool(fact and holds_fact(text, fact, query))


def other_ask_left(query: str, matched: list[str], topic: str, part: str) -> bool:
    """True when ``query`` asks several things in fragments (:func:`fragment_asks`) and ``part``
    answers one of them in none of its ways (:func:`_answers`)."""
    return any(not _answers(part, a, query) for a in fragment_asks(query, matched, topic))


def with_fragment_asks(query: str, article: dict, part: str | None) -> str | None:
    """``part`` (the part of ``article`` read for ``query``), widened by the first sentence of the
    answer that answers each fragment ask it does not (:func:`fragment_asks`, :func:`_answers`), in
    the answer's order; ``part`` unchanged when no sentence answers one (the ask may name what the
    answer calls otherwise: "the 4090" of "graphics cards"), for one question, an
    answer of one sentence, or an article a business profile generated (hours, staff, services: read
    by kind, as :func:`kb_fact.asked_part` does)."""
    sentences = split_sentences(article.get("answer") or "")
    if not part or article.get("kind") not in (None, "faq", "articles") or len(sentences) < 2:
        return part  # a profile's generated article (a day's hours, a stylist) is read as before
    asks = fragment_asks(query, article.get("matched") or [], article.get("question") or "")
    left = [a for a in asks if not _answers(part, a, query)]
    if not left:
        return part
    chosen = [x for x in sentences if x in part or part in x]
    for ask in left:
        holding = [x for x in sentences if _answers(x, ask, query)]
        if not holding:
            return part  # the ask names what the answer calls otherwise ("the 4090": graphics cards)
        chosen.append(holding[0])
    return " ".join(x for x in sentences if x in chosen)
