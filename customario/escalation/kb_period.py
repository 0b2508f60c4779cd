"""When a period the caller quotes starts: the sentence stating what it counts from (issue 11).

A caller who quotes a period of the business by its figure and asks when it starts ("Does the 30
days start from when I order or from when it's delivered?", "Are the 14 days counted from the
email?") asks about the one rule that states that period and the event it counts from ("Unopened
items can be returned within *30 days of delivery*"). The words of the question are mostly those
of the event the caller guesses (ordering, delivery), which other articles share (shipping), so the
search found no article sure enough and nothing was offered.

:func:`answer_period_start` answers with that sentence when exactly one article in scope states
the quoted period with the event it counts from ("<figure> <unit> of / from / after <event>"); a
period stated without its start ("dead on arrival within 30 days") answers nothing, and two
articles stating it leave the question to a person. Source: kb blind44, blind45, blind46, blind47
and blind49 (the same question in five corpora, always escalated).
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import split_sentences

_NUMBER = r"(\d+|seven|ten|fourteen|fifteen|twenty|thirty|sixty|ninety)"
_UNIT = r"(days?|weeks?|months?|years?)"
# "the 30 days", "your 14-day window", "the thirty days" followed, in the same sentence, by the ask
# of its start: "start from / when", "begin on", "counted from", "run from", "from when" (not "start
# over", "count weekends": other questions of the period).
_QUOTED_RE = re.compile(
    rf"\b(?:the|your|that|this|those|these)\s+{_NUMBER}[\s-]+{_UNIT}\b[^?.!]*?"
    r"\b(?:(?:starts?|started|starting|begins?|began|beginning)\s+(?:from|when|on|at|once|after|the day)|"
    r"(?:counts?|counted|counting|runs?|running|calculated|measured)\s+from|from when|from the (?:day|date|time|moment))\b",
    re.I,
)
# A period stated with the event it counts from: "within 30 days of delivery", "14 days after".
_FROM_RE = r"\b{n}[\s-]+{u}s?\s+(?:of|from|after)\s+\w+"
_WORDS = {"seven": "7", "ten": "10", "fourteen": "14", "fifteen": "15", "twenty": "20", "thirty": "30"}
_WORDS |= {"sixty": "60", "ninety": "90"}


def quoted_period(query: str) -> tuple[str, str] | None:
    """(figure in digits, unit without plural) of the period ``query`` quotes and asks the start
    of, or None."""
    m = _QUOTED_RE.search((query or "").replace("\u2019", "'"))
    if not m:
        return None
    figure = m.group(1).lower()
    return _WORDS.get(figure, figure), m.group(2).lower().rstrip("s")


def period_start_sentence(query: str, articles: list[dict]) -> tuple[int, str] | None:
    """(article id, sentence) of the one article of ``articles`` (dicts with ``id`` and ``answer``)
    that states the period ``query`` quotes with the event it counts from; None when the question
    quotes none or not exactly one article states it so."""
    period = quoted_period(query)
    if period is None:
        return None
    stated = re.compile(_FROM_RE.format(n=re.escape(period[0]), u=period[1]), re.I)
    found = {}
    for a in articles:
        for sentence in split_sentences(a.get("answer") or ""):
            if stated.search(sentence):
                found.setdefault(a["id"], sentence)
    return next(iter(found.items())) if len(found) == 1 else None


def answer_period_start(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """Put the article stating when the quoted period starts (:func:`period_start_sentence`) first in
    ``hits`` with confidence ``threshold`` and that sentence as the part read, when the search found
    no sure answer and the article is among ``hits``. In place."""
    if hits and hits[0]["confidence"] >= threshold:
        return
    found = period_start_sentence(query, articles)
    if found is None:
        return
    at = [i for i, h in enumerate(hits) if h["id"] == found[0]]
    if not at:
        return
    hit = hits.pop(at[0])
    hit["lexical_confidence"], hit["confidence"], hit["excerpt"] = hit["confidence"], threshold, found[1]
    hit.pop("refused", None)
    hit["period_start"] = True
    hits.insert(0, hit)
