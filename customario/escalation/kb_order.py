"""Which article a confident answer comes from, when the caller names another article's subject
(issue 11). Used by :func:`customario.escalation.knowledge.search` after the hits are ranked.

- :func:`person_asked_about`: a question naming one of the team is about that person.
- :func:`person_over_team_list`: ... and is answered from that person's own article, not the team list.
- :func:`subject_asked_about`: a question whose words touch nothing of the best article's own
  question (it matched through tags or the answer: "ship" tags the returns article for "ship it
  back") while another article's own question holds one of them ("how does shipping work?" names
  the shipping article's subject) and that article matched the same words is not answered by the
  best article.
- :func:`process_question`: "how do returns work?", "what's the process", "step by step" ask for
  the whole procedure, so the part read is the whole answer.
"""

from __future__ import annotations

import re

from customario.escalation.kb_articles import article_kind, is_list
from customario.escalation.kb_near_miss import GENERIC_ARTICLE_WORDS
from customario.escalation.kb_words import covers, terms


def person_asked_about(query_terms: list[str], hits: list[dict], threshold: float) -> None:
    """A question that names one of the team ("How long has Jonah been cutting kids' hair?") is about
    that person: another article (the children's haircut) does not answer it (in place)."""
    if not hits or hits[0]["confidence"] < threshold or article_kind(hits[0]) == "staff":
        return
    for h in hits:
        # The first name: a surname may be an everyday word ("Jonah Park", "where do I park?").
        first = re.match(r"Who is (\w+)", h["question"]) if article_kind(h) == "staff" else None
        if first and first.group(1).lower() in query_terms:
            hits[0]["confidence"] = round(threshold - 0.01, 3)
            hits[0]["refused"] = f"the question is about {first.group(1)}"
            return


# A question that asks who ("who works there, is Jonah one?") is the team list's to answer.
_WHO_RE = re.compile(r"\bwho(?:s|'s| is| are| else| works| all)?\b", re.I)


def person_over_team_list(query: str, query_terms: list[str], hits: list[dict], threshold: float) -> None:
    """A question that names one person of the team and does not ask who ("What kind of work does
    Jonah do?") is answered from that person's own article, not from the team list that merely
    names them among the others: the person's article goes first when it is itself confident (in
    place). Nothing changes when no person's article is confident, when the question names two of
    the team, or asks who. Class: the list of a whole part (the team) read for one item of it.
    Source: issue 11, kb blind39 (the team list read for what one stylist does)."""
    if not hits or hits[0]["confidence"] < threshold or not is_list(hits[0]) or article_kind(hits[0]) != "staff":
        return
    if _WHO_RE.search(query or ""):
        return
    named = []
    for h in hits[1:]:
        first = re.match(r"Who is (\w+)", h["question"]) if article_kind(h) == "staff" and not is_list(h) else None
        if first and first.group(1).lower() in query_terms:
            named.append(h)
    if len(named) == 1 and named[0]["confidence"] >= threshold:
        hits.remove(named[0])
        hits.insert(0, named[0])


def subject_asked_about(hits: list[dict], threshold: float) -> None:
    """When the best hit (a written question: FAQ, help-desk article, learned; or a policy) is
    confident but the caller's words cover none of its own question's words (``article_coverage``
    0), and a later hit of a written or policy kind has in its own question a word the caller used
    that the best one did not match, the question names that article's subject. When that hit also
    matched every word the best one matched (besides words like "much", "work"), it is put first
    with its own confidence (answered when it is confident, else offered); either way the best one
    is capped below ``threshold`` (in place). "How does shipping work?" is not answered from "How do
    returns and return labels work?", whose tags hold "ship"; "how many hours ahead can I cancel
    without paying?" is not answered from the consultation policy's "48 hours before", whose
    answer merely shares "hours" and "free"."""
    if len(hits) < 2 or hits[0]["confidence"] < threshold or hits[0]["article_coverage"] > 0:
        return
    first = hits[0]
    if first.get("kind") not in _WRITTEN:
        return  # a generated question (hours, a service) names its subject in its own way
    for h in hits[1:]:
        own = [w for w in terms(h["question"]) if w not in GENERIC_ARTICLE_WORDS]
        rest = [t for t in first["matched"] if t not in h["matched"] and t not in GENERIC_ARTICLE_WORDS]
        same = h.get("kind") == first.get("kind") or (first.get("kind") == "policy" and h.get("kind") == "policy")
        if not same or not any(covers(t, w) for t in h["matched"] for w in own):
            continue
        if first.get("kind") != "policy" and not rest:
            first["confidence"] = round(min(first["confidence"], threshold - 0.01), 3)
            first["refused"] = f"the question names the subject of article {h['id']}"
            hits.remove(h)
            hits.insert(0, h)
            return
        if h["confidence"] >= _NAMED_SUBJECT_FLOOR and any(
            covers(t, w) for t in h["matched"] if t not in first["matched"] for w in own
        ):
            first["confidence"] = round(min(first["confidence"], threshold - 0.01), 3)
            first["refused"] = f"the question names the subject of article {h['id']}"
            return


# Kinds of article whose own question names its subject in words a caller uses.
_WRITTEN = (None, "faq", "articles", "policy")
# A later article whose subject the caller names holds the best one back only when it matched
# enough of the question itself (a stray word naming it, "late" in "late opening", does not).
_NAMED_SUBJECT_FLOOR = 0.35


_PROCESS_RE = re.compile(
    r"\bh(?:o|)w (?:do|does|will|would) (?!i\b|you\b|we\b)(?:[\w'-]+ ){1,3}work\b|\b(?:the )?process\b|\bstep by step\b"
    r"|\bprocedure\b|\bwalk me through\b"
    # "what now?", "what do I do next?", "what happens now?", "next steps": the caller stands at the
    # start of a procedure and asks for all of it.
    r"|\bwhat (?:now|next)\b|\bwhat (?:do|should|shall|must) (?:i|we) do (?:now|next|then)\b"
    r"|\bwhat happens (?:now|next|then)\b|\bnext steps?\b",
    re.I,
)
# "how can I return a thing?", "how do we hand it in": the caller asks how to do something.
_HOW_IT_WORKS_RE = re.compile(r"\s*how (?:do|does) .+ work\b", re.I)
_HOW_DO_I_RE = re.compile(r"\bh(?:o|)w (?:do|can|should|would|shall) (?:i|we)\b(?! know\b| tell\b)", re.I)


def process_question(query: str) -> bool:
    """True when ``query`` asks how something works as a whole ("how do returns work?", "what's the
    process for an RMA", "step by step"): the answer is the whole procedure. "How do I get there?"
    and "does the 4090 work with ..." do not."""
    return bool(_PROCESS_RE.search(query or ""))


def procedure_asked(query: str, article_question: str) -> bool:
    """True when ``query`` asks for the whole procedure an article describes: a process question
    (:func:`process_question`), or "how do I ...?" asked of an article whose own question asks how
    something works ("how can I return a thing?" of "How do returns and return labels work?"). A
    procedure read in part passes for the whole of it (the label without the drop-off deadline)."""
    if process_question(query):
        return True
    return bool(_HOW_DO_I_RE.search(query or "")) and bool(_HOW_IT_WORKS_RE.match(article_question or ""))
