"""A question that sets two things side by side before it asks (issue 11): "Standard versus
express — how many business days is each?", "Gold or silver plan, what does each cost?".

The asking sentence (:func:`kb_fact_kind.asked_sentence`) starts after the dash or comma, so the
two things compared were no words of it: the part read was chosen by "business days" alone, which
the rule for one of them holds as well as the sentence naming both, and only half the answer was
read. :func:`fronted_contrast` gives the fronted fragment when it names two things side by side
(``versus``, ``vs``, ``or``, ``compared to``) and has no question of its own, so its words count as
the asking sentence's when the part to read is chosen (``kb_fact._asked_part``).

Inside the asking sentence, "X versus Y" ("is it different for a card I installed versus one that's
still sealed?") asks the rule of each side: :func:`contrast_sides` gives each side's words, and the
part of the answer that holds most of each is read, both in the answer's order
(``kb_fact._side_by_side``); reading one side's rule would pass for the whole answer.
"""

from __future__ import annotations

import re

from customario.escalation.kb_words import terms

# A short verbless fragment before a dash or a comma that names two things side by side.
_FRONTED_RE = re.compile(
    r"^\W*([^.?!,\u2014\u2013]{1,60}?\b(?:versus|vs\.?|or|compared (?:to|with))\s+[^.?!,\u2014\u2013]{1,40}?)"
    r"\s*(?:[\u2014\u2013]|--|,)\s+",
    re.I,
)
# A fragment that asks or tells on its own (a question word, or an auxiliary or a verb of the
# caller's) is a sentence, not a topic put in front.
_CLAUSE_RE = re.compile(
    r"\b(?:what|which|how|when|where|who|why|is|are|was|were|do|does|did|can|could|will|would|should|i|we|my|our)\b",
    re.I,
)


def fronted_contrast(query: str) -> str:
    """The fragment in front of ``query``'s question that names two things side by side
    ("Standard versus express" of "Standard versus express — how many business days is each?");
    '' when there is none."""
    m = _FRONTED_RE.match(query or "")
    if m is None or _CLAUSE_RE.search(m.group(1)):
        return ""
    return m.group(1).strip()


# "X versus Y", "X vs Y", "X compared to / with Y" inside the asking sentence.
# "X, or only Y" asks whether the rule is Y's alone: both sides' rules answer it ("Can I return
# things after I've opened them, or only if they're still sealed?" read the sealed rule alone and
# passed for the whole answer; class: a restriction asked as an alternative; kb blind51).
_VERSUS_RE = re.compile(r"\b(?:versus|vs\.?|compared (?:to|with)|or only(?: if| when)?)\s", re.I)


def contrast_sides(asking: str) -> list[list[str]]:
    """The search terms of the two sides an asking sentence contrasts with "versus", "vs",
    "compared to" or "or only": the last two terms before it and the first two after it ("a card I installed
    versus one that's still sealed" → [["card", "installed"], ["unopened"]]); [] when it
    contrasts nothing."""
    m = _VERSUS_RE.search(asking or "")
    if m is None:
        return []
    return [terms(asking[: m.start()])[-2:], terms(asking[m.end() :])[:2]]
