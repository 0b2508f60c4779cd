"""The ask and the story of a caller's turn (issue 11): which words of it are the question.

Callers often tell their situation before they ask ("I built my PC last week and the fans spin but
there is no display, can I return the GPU?"). The situation, the *story*, has words no article has
("built", "fans", "display"); counted like the question's own words they sink the confidence of the
article that answers the *ask* ("can I return the GPU?"). :func:`split_ask` cuts a turn into the
two, by punctuation and the shape of a question (a question mark, a question word, or an auxiliary
or modal verb before its subject: "can I", "does it", "is there"), and :func:`story_terms` says
which search terms only the story has. :func:`customario.escalation.knowledge.search` then lets a
story word that the article matches count for it, while one it does not match costs little and
never makes the article a near miss; the ask's words count in full, as before.

:func:`answer_in_meaning` then lets the embedding signal (:mod:`kb_embed`) of the ask alone answer with
an article the lexical search held back only as an unsure near miss.

The rule is punctuation and word order, no word lists of topics: a turn with no question shape (a
keyword query, "parking??", "what psu for rtx 4060") is all ask, and so is a turn whose only
question has no content word ("Is that a problem?"), where the story says what is asked about.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from customario.escalation.kb_purpose import looked_at
from customario.escalation.kb_words import SYNONYM_OF, terms

# An article the lexical search held back only as a possible near miss on words no article has
# ("maybe a near miss", kb_near_miss.UNSURE) answers when the caller's ask alone is nearest in
# meaning to it (kb_embed): lexical confidence at least ASK_FLOOR, cosine at least ASK_SIMILARITY,
# ahead of the next article by ASK_MARGIN. Chosen on the development corpora (own, blind dev,
# blind2..blind9), leaving one corpus out: 0.45 / 0.6 in 8 of 10 folds; lifting articles held back
# for a low score alone, or at a lower floor, answered near misses (docs/supervisor-and-knowledge-base.md).
ASK_FLOOR = 0.45
ASK_SIMILARITY = 0.6
ASK_MARGIN = 0.05
MAYBE = "maybe a near miss"

# Sentences end at . ! ? (repeated or not); a dash, a semicolon or a colon also ends a clause.
_SENTENCE_RE = re.compile(r"(?<=[.!?])[.!?]*\s+|\s+[\u2014\u2013-]+\s+|;\s+|:\s+")
_CLAUSE_RE = re.compile(r",\s+")
_QUESTION_WORD = r"what|whats|what's|how|hows|how's|when|where|wheres|where's|who|whos|who's|which|why|any|anything"
_AUX = (
    r"can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|must|have|has|had|am"
    r"|cant|can't|dont|don't|doesnt|doesn't|isnt|isn't|arent|aren't|wont|won't|u|r"
)
_SUBJECT = r"i|you|u|we|it|he|she|they|there|that|this|these|those|my|your|the|a|an|someone|somebody|anyone|ya|y'all"
_QUESTION_START = re.compile(
    rf"^\W*(?:(?:and|but|so|or|ok|okay|well|also|now|then|right|hi|hello)\W+)?"
    rf"(?:(?:{_QUESTION_WORD})\b|(?:{_AUX})\s+(?:{_SUBJECT})\b)",
    re.I,
)


# A clause about the caller's own situation has a person as its subject or owner ("I built", "my
# son", "we're moving"); one without ("warranty on CPUs", "no cut, just the blowout") names what is
# asked and stays with the ask.
_PERSONAL = re.compile(
    r"\b(?:i|im|i'm|ive|i've|id|i'd|ill|i'll|me|my|mine|we|we're|weve|we've|us|our|he|hes|he's|him|his"
    r"|she|shes|she's|her|they|they're|theyre|them|their)\b",
    re.I,
)
# A condition or a time before the question ("If I cancel the evening before, will I be charged?")
# is part of what is asked.
_CONDITION = re.compile(r"^\W*(?:and\s+|but\s+|so\s+)?(?:if|when|whenever|once|before|after|unless|in case)\b", re.I)


# An ask that points back at the story ("who's the best person for that?", "how much is that?",
# "who should she see?") needs it: the turn is then read whole.
_BACK = re.compile(
    r"\b(?:that|this|those|these|then)\b\W*$|\b(?:that|this)\s+(?:be|run|cost|take)\b"
    r"|\b(?:is|was|does|would|will|can|could)\s+(?:that|this)\b|\b(?:he|she|they|him|his|her|them)\b",
    re.I,
)


def _is_story(clause: str) -> bool:
    return bool(_PERSONAL.search(clause)) and not _CONDITION.search(clause)


class Ask(NamedTuple):
    """A caller's turn cut in two: ``ask`` (the question clauses, the whole turn when no clause has
    a question's shape) and ``story`` (everything else, '' when nothing)."""

    ask: str
    story: str


def _is_question(clause: str) -> bool:
    return bool(_QUESTION_START.search(clause))


def _ask_of_sentence(sentence: str) -> tuple[str, str]:
    """(ask, story) of one sentence: from its first clause shaped like a question to its end; a
    sentence that ends with "?" but has no such clause is all ask ("Cost?"), one without either is
    all story. A relative clause saying what the caller would look at in a thing asked for ("Do
    you have a website where I can see your work?") is story (:func:`kb_purpose.looked_at`)."""
    purpose = looked_at(sentence)
    if purpose is not None:
        return purpose
    clauses = _CLAUSE_RE.split(sentence)
    first = next((i for i, c in enumerate(clauses) if _is_question(c)), None)
    if first is None:
        return (sentence, "") if sentence.rstrip().endswith("?") or not _is_story(sentence) else ("", sentence)
    while first > 0 and not _is_story(clauses[first - 1]):
        first -= 1  # "warranty on CPUs, how many years?", "If I cancel the day before, ..."
    return ", ".join(clauses[first:]), ", ".join(clauses[:first])


def split_ask(text: str) -> Ask:
    """The ask and the story of ``text`` (see the module docstring). Never raises; a turn with no
    question shape at all comes back whole as the ask."""
    asks, stories = [], []
    for sentence in (s.strip() for s in _SENTENCE_RE.split(text or "")):
        if not sentence:
            continue
        ask, story = _ask_of_sentence(sentence)
        asks.append(ask)
        stories.append(story)
    ask = " ".join(a for a in asks if a).strip()
    if not ask or _BACK.search(ask):
        return Ask(text or "", "")
    return Ask(ask, ". ".join(s.rstrip(".!?") for s in stories if s).strip())


def story_terms(text: str, query_terms: list[str], fix=None, subject=None) -> set[str]:
    """The terms of ``query_terms`` (the search's terms of the whole turn ``text``) that only its
    story has: not in the ask, nor a synonym of an ask term. Empty when no ask term can name what is
    asked (``subject(term)`` false for all: "how long?", "Cost?"): the story then says it. ``fix``
    maps a list of terms as the search did (typo correction); both default to accepting as is."""
    parts = split_ask(text)
    if not parts.story:
        return set()
    fix = fix or (lambda ts: ts)
    ask_terms = set(fix(terms(parts.ask)))
    ask_groups = {SYNONYM_OF.get(t, frozenset({t})) for t in ask_terms}
    in_ask = {t for t in query_terms if t in ask_terms or SYNONYM_OF.get(t, frozenset({t})) in ask_groups}
    if not any(subject is None or subject(t) for t in in_ask):
        return set()
    story = set(fix(terms(parts.story)))
    return {t for t in query_terms if t in story and t not in in_ask}


def answer_in_meaning(query: str, hits: list[dict], articles: list[dict], threshold: float) -> None:
    """Answer with ``hits[0]`` (in place: its confidence raised to ``threshold``) when the lexical
    search was only unsure of it and the caller's ask (:func:`split_ask`) is nearest in meaning to
    it among ``articles`` (dicts with ``id``, ``question``, ``answer``: the articles in scope) by
    :data:`ASK_SIMILARITY` and :data:`ASK_MARGIN`. Only a hit held back by nothing but an unsure near
    miss (``unsure_only``, set by the search) is lifted: a near miss on a word the base has
    elsewhere, a named thing no article mentions, a price question without a price never are.
    Records ``ask_similarity``, ``ask_margin`` and, when answered, ``lexical_confidence``."""
    from customario.escalation import kb_embed

    if not hits or hits[0]["confidence"] >= threshold:
        return
    best = hits[0]
    why = best.get("refused") or ""
    if not (why.startswith(MAYBE) and best.get("unsure_only")) or best["confidence"] < ASK_FLOOR:
        return
    ranked = kb_embed.rank(split_ask(query).ask, articles)
    if len(ranked) < 2 or ranked[0]["id"] != best["id"]:
        return
    best["ask_similarity"] = ranked[0]["similarity"]
    best["ask_margin"] = round(ranked[0]["similarity"] - ranked[1]["similarity"], 4)
    if best["ask_similarity"] >= ASK_SIMILARITY and best["ask_margin"] >= ASK_MARGIN:
        best["lexical_confidence"], best["confidence"], best["refused"] = best["confidence"], threshold, None
