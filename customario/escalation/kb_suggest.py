"""'Did you mean ...?': an article offered for the caller's yes before a question is escalated (issue 11).

When :func:`customario.escalation.knowledge.search` is not confident, the best article may still be
the right one, worded differently from the caller's question. Good IVR and help-desk bots ask once
("Are you asking about our cancellation policy?") instead of handing off at once; a yes gives the
answer the search would have given, anything else escalates exactly as before.

An article is offered (:func:`suggestion`) only when

- its confidence is at least :data:`SUGGESTION_FLOOR` (below the answer threshold, 0.6),
- it leads the runner-up by at least :data:`SUGGESTION_LEAD` (a tie is a guess, not a suggestion),
- the search did not refuse it as being about something else: a near miss ("the article is about
  hair extensions" for eyelash extensions), a named thing no article mentions ("Venmo") or a price
  question whose answer names no price is never offered, so such a question escalates as before
  and is never answered without a yes.

Both figures were chosen on the development corpora (own, blind dev half, blind2, blind3:
``benchmarks/bench_knowledge.py``): lower floors or leads added a few answers after a yes for many
more suggestions that a caller with a near-miss question has to decline (see docs/knowledge-base.md).

When that rule offers nothing, the article nearest in meaning (:mod:`customario.escalation.kb_embed`,
``SearchResult.nearest``) is offered under the same refusals, by :func:`nearest_offer`.

The question read to the caller names the article's topic in plain words (:func:`topic`), made from
the article's own question by a few grammar rules and a swap of the speaker's pronouns ("your
cancellation policy" becomes "our cancellation policy").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from customario.escalation.kb_arrival import arrived_dead_part
from customario.escalation.kb_clauses import where_it_comes_from
from customario.escalation.kb_excerpt import asks_address_and_whereabouts, split_sentences
from customario.escalation.kb_zone import said_aloud
from customario.escalation.kb_location import whereabouts_part
from customario.escalation.kb_stated import sets_aside
from customario.escalation.kb_threshold import with_threshold
from customario.escalation.kb_fact import asked_part
from customario.escalation.kb_fragments import with_fragment_asks
from customario.escalation.kb_next_step import next_step
from customario.escalation.kb_hours import one_day_of_week

if TYPE_CHECKING:
    from customario.escalation.knowledge import SearchResult

SUGGESTION_FLOOR = 0.4
SUGGESTION_LEAD = 0.05
# The second way to an offer (kb_embed): the article nearest in meaning, when the lexical rule offers
# nothing. Its cosine similarity to the question and its lead over the next article.
NEAREST_FLOOR = 0.55
NEAREST_LEAD = 0.05
# Refusal reasons (``hit["refused"]``) that say the article is about another thing than the one asked.
# An answer to only one of two questions asked (kb_two_asks.hold_half_answer) is no offer either:
# a yes would read the half as the whole.
NEVER_OFFERED = ("near miss", "the question names", "no price", "no part of the answer", "only one of the questions")

_SWAP = {
    "your": "our",
    "yours": "ours",
    "you": "we",
    "you're": "we're",
    "i": "you",
    "i'm": "you're",
    "my": "your",
    "me": "you",
    "i am": "you are",
    "i was": "you were",
    "we": "you",
    "our": "your",
}
_PRONOUN_SUBJECTS = ("you", "we", "i")
_AUX = r"(?:do|does|did|is|are|was|were|can|could|will|would|should|may|have|has)"


def suggestion(result: SearchResult, *, floor: float = SUGGESTION_FLOOR, lead: float = SUGGESTION_LEAD) -> dict | None:
    """The article to offer for ``result`` (a search that was not confident), or None.

    Returns ``{"article_id", "topic", "ask", "answer", "confidence"}``: ``ask`` is the sentence to
    read to the caller ("Are you asking about our cancellation policy?"), ``answer`` the excerpt the
    search would have given (read after a yes). None when the search was confident, found nothing,
    or its best article is below :data:`SUGGESTION_FLOOR`, within :data:`SUGGESTION_LEAD` of the
    runner-up, or refused as being about something else (:data:`NEVER_OFFERED`). ``floor`` and
    ``lead`` are there for the benchmark's grid (``bench_knowledge.py --grid``).
    """
    if result.confident or not result.hits:
        return None
    best = result.hits[0]
    runner_up = result.hits[1]["confidence"] if len(result.hits) > 1 else 0.0
    if (
        best["confidence"] >= floor
        and not str(best.get("refused") or "").startswith(NEVER_OFFERED)
        and best["confidence"] - runner_up >= lead
    ):
        part = _part_read(result.query, best, best.get("excerpt") or best["answer"])
        if part is not None:
            return _offer(best["id"], best["question"], part, best["confidence"])
    return nearest_offer(result)


def nearest_offer(result: SearchResult, *, floor: float = NEAREST_FLOOR, lead: float = NEAREST_LEAD) -> dict | None:
    """The article nearest in meaning (``result.nearest``, :mod:`customario.escalation.kb_embed`)
    as an offer, when its similarity is at least ``floor``, it leads the next article by ``lead``
    and the lexical search did not refuse it as being about something else (:data:`NEVER_OFFERED`).
    The part read after a yes is the sentence of the answer nearest the question."""
    near = result.nearest
    if result.confident or not near:
        return None
    if near["similarity"] < floor or near["margin"] < lead:
        return None
    if str(near.get("refused") or "").startswith(NEVER_OFFERED):
        return None
    part = _part_read(result.query, near, near["part"])
    return None if part is None else _offer(near["id"], near["question"], part, near["confidence"])


def _part_read(query: str, article: dict, part: str) -> str | None:
    """The part of ``article`` read after a yes, chosen as for a direct answer: the sentence that
    says how the thing asked about reaches the caller when they ask where to get it
    (:func:`kb_clauses.where_it_comes_from`: "Where I get the label?" → "We email a prepaid return
    label ..."), else :func:`kb_fact.asked_part` (kb blind19: the packing sentence was read)."""
    answer = article.get("answer") or ""
    if article.get("kind") == "location" and asks_address_and_whereabouts(query):
        return answer  # the address and where it is: both parts (kb_excerpt)
    if where := whereabouts_part(query, article):
        return where  # only where it is, whatever street the caller tells (kb_location)
    if rule := arrived_dead_part(query, article):
        return rule  # the rule on items dead on arrival, for one that arrived dead (kb_arrival)
    if day := one_day_of_week(query, article):
        return day  # the one day the caller named, from the week's hours (kb_hours)
    part = next_step(query, answer, where_it_comes_from(query, answer) or asked_part(query, article, part))
    part = with_fragment_asks(query, article, part)  # "label — email? free? how long?" (kb_fragments)
    if part:
        part = with_threshold(answer, part, split_sentences(answer))  # a late charge with its measure (kb_threshold)
    return None if sets_aside(query, part) else part  # the option the caller set aside (kb_stated)


def _offer(article_id: int, question: str, answer: str, confidence: float) -> dict:
    about = topic(question)
    return {
        "article_id": article_id,
        "topic": about,
        "ask": ask_about(about),
        "answer": said_aloud(answer),  # no IANA zone name read out (kb_zone)
        "confidence": confidence,
    }


def ask_about(about: str) -> str:
    """The yes/no question read to the caller for a topic from :func:`topic`."""
    if re.match(r"(whether|where|when|how|who|what|which|why)\b", about):
        return f"Are you asking {about}?"
    if about.startswith('"'):
        return f"Are you asking {about}?"
    return f"Are you asking about {about}?"


def _swap(words: str) -> str:
    """The caller's and the business's pronouns swapped, in one pass ("can I bring my dog" → "can
    you bring your dog", "your hours" → "our hours")."""

    def one(m: re.Match) -> str:
        w = m.group(0)
        return _SWAP.get(re.sub(r"\s+", " ", w.lower().replace("\u2019", "'")), w)

    return re.sub(r"\bI (?:am|was)\b|[A-Za-z]+(?:['\u2019][a-z]+)?", one, words)


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def topic(question: str) -> str:
    """The topic of an article's question in plain words, for "Are you asking about ...?".

    "What is your cancellation policy?" → "our cancellation policy"; "How much does balayage
    cost?" → "balayage"; "Who is Sofia Reyes and what does Sofia specialise in?" → "Sofia Reyes";
    "Do you sell hair products?" → "whether we sell hair products"; "Where are you located and
    what is your address?" → "where we are located". A question none of the rules fits is quoted
    with the pronouns swapped ('"is the salon wheelchair accessible"').
    """
    q = re.split(r"(?<=[?.!])\s+", (question or "").strip())[0].strip().rstrip("?.! ")
    # Only the first of several joined questions: "... and what is your address".
    q = re.split(r",? and (?=(?:what|which|where|when|how|who|why|is|are|do|does|can)\b)", q, maxsplit=1, flags=re.I)[0]
    low = q.lower()
    m = re.match(r"who is (.+?)$", q, re.I)
    if m:
        return m.group(1)
    m = re.match(r"how much (?:does|do|is|are|will) (.+?)(?: cost)?$", q, re.I)
    if m:
        return _swap(m.group(1))
    m = re.match(r"how long (?:does|do) (.+) (take|last)$", q, re.I)
    if m:
        subject = _swap(m.group(1))
        verb = _third_person(m.group(2)) if low.startswith("how long does") else m.group(2)
        return f"how long {subject} {verb}"
    m = re.match(r"what (?:is|are) (.+)$", q, re.I)
    if m:
        return _swap(m.group(1))
    m = re.match(r"(what|which) ([\w' -]+?) (do|does) (.+) (\w+)$", q, re.I)
    if m:
        verb = _third_person(m.group(5)) if m.group(3).lower() == "does" else m.group(5)
        return f"the {m.group(2)} {_swap(m.group(4))} {verb}"
    if re.match(rf"(who|what) (?!{_AUX}\b)\w+s\b", q, re.I):
        return _swap(q[0].lower() + q[1:])  # "Who works at the salon" asks as it stands
    # "Do you sell ...", "Can I park ...", "Where are you located", "How do returns work".
    m = re.match(rf"(?:(where|when|how|who|why|which|what) )?({_AUX}) (\w+)(?: (.*))?$", q, re.I)
    if m:
        wh, aux, subject, rest = (m.group(1) or "").lower(), m.group(2).lower(), m.group(3), m.group(4) or ""
        lead = wh or "whether"
        if subject.lower() in _PRONOUN_SUBJECTS:
            keep = (
                "" if aux in ("do", "does", "did") else f" {aux if subject.lower() != 'i' else _first_person_aux(aux)}"
            )
            return f"{lead} {_swap(subject)}{keep} {_swap(rest)}".strip()
        if aux == "do":
            return f"{lead} {_swap(subject)} {_swap(rest)}".strip()
    return f'"{_swap(q[0].lower() + q[1:])}"' if q else '"that"'


def _first_person_aux(aux: str) -> str:
    """The auxiliary for "you" when the article said "I": "am I" → "you are"."""
    return {"am": "are", "was": "were"}.get(aux, aux)
