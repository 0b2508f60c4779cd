"""A thing that arrived not working: the rule on dead-on-arrival items applies (issue 11).

A warranty article often states two rules: the maker's warranty ("Every product carries the
manufacturer's warranty ...") and what the shop does with an item that is dead on arrival ("Items
that are dead on arrival within 30 days are replaced by us directly"). A caller who *tells* that
their item arrived dead ("the blender came dead out of the box, do I deal with the brand or with
you?", "the kettle arrived faulty, will you swap it?") is under the second rule, even when they name
the maker or the brand that the first rule names: reading the maker's warranty to them answers a
question they did not ask, and sends them the wrong way.

The told state (:func:`arrived_dead`: "dead on arrival", "DOA", "arrived broken", "dead out of the
box", "dead from day one") only picks the part read: :func:`arrived_dead_part` is the one sentence
of the answer that states the dead-on-arrival rule, read directly or after a yes
(``kb_hits.answer_what_was_asked``, ``kb_suggest``). It is no search term: made one word, "arrived
dead" matched one word of the article instead of two, and answers the search had offered were
escalated (measured on the development corpora).
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import split_sentences

# An item the caller tells arrived not working: "arrived dead", "came faulty", "it arrived and it's
# dead", "dead out of the box", "dead from day one", "DOA".
_TOLD_RE = re.compile(
    r"\b(?:dead on arrival|doa|dead-on-arrival)\b"
    r"|\b(?:dead|broken|faulty) (?:straight |right )?(?:out of|outta) the box\b"
    r"|\b(?:arrived|arrives|came|showed up|turned up|got here|was delivered)(?: [\w']+){0,3}"
    r" (?:dead|broken|faulty|defective|damaged|not working)\b"
    r"|\bdead (?:from|on) (?:day one|the first day)\b",
    re.I,
)
# A sentence stating the rule for items dead on arrival.
_RULE_RE = re.compile(r"\b(?:dead on arrival|doa|dead-on-arrival)\b", re.I)
# A question about the length of the maker's warranty ("how many years is the warranty?") asks the
# other rule, whatever state the caller tells.
_YEARS_RE = re.compile(
    r"\b(?:how many years|years? of warranty|warranty (?:length|period)|how long is the warranty)\b", re.I
)


def arrived_dead(query: str) -> bool:
    """True when ``query`` tells that the caller's item arrived not working (:data:`_TOLD_RE`)."""
    return bool(_TOLD_RE.search((query or "").replace("\u2019", "'")))


def arrived_dead_part(query: str, article: dict) -> str | None:
    """The sentence of ``article``'s answer that states its dead-on-arrival rule, when ``query``
    tells that the caller's item arrived dead (:func:`arrived_dead`) and does not ask the length of the
    warranty in years. None when the caller tells no such state, or the answer states that rule in
    no sentence or in several (then the search's own part stands)."""
    if not arrived_dead(query) or _YEARS_RE.search(query or ""):
        return None
    rules = [s for s in split_sentences(article.get("answer") or "") if _RULE_RE.search(s)]
    if len(rules) != 1:
        return None
    rule = rules[0].strip()
    return rule[:1].upper() + rule[1:] + ("" if rule.endswith((".", "!", "?")) else ".")
