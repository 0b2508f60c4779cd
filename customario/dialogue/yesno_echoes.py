"""A double negative confirmed by a plain statement that repeats what was negated (issue 11).

"I wouldn't say we didn't escape, we got out with seconds left", "Can't say it wasn't, it was a
good hour late" (to "Did it leave late?"), "We didn't not take it, if you follow me. We took it.":
two negations cancel, and a statement after them, with its own subject, says the same predicate
again without a negation, contrast or hedge. That is a yes (read back, like every double negative
:mod:`customario.dialogue.yesno_answers` resolves). "I wouldn't say we didn't wait, we were straight
in" repeats nothing of "wait": the statement may well deny it, and it stays unread.

What counts as the same predicate is read from WordNet (:mod:`customario.escalation.wordnet`,
Princeton WordNet 3.x): a verb of the negated clause, or a verb or adjective of the question (not a
word WordNet knows mostly as a noun there: "time", "group"), its base form (morphy: "took" → "take") or a
lemma of its first three senses ("escape" → "get out"), found in the statement's words reduced to
their base forms. Without the WordNet files nothing is confirmed. Pure functions.
"""

from __future__ import annotations

import re
from typing import Any

# The statement: its own subject first, after an optional yes word or interjection.
_STATEMENT = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|oh|well|honestly|actually|in fact|trust me)\W+)*"
    r"(?:i|we|he|she|it|they|you|there|that|this)(?:'s|'re|'m|'ve|'d|\b)"
)
# Hedges, minimisers and conditions: the statement does not say it plainly.
_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|might|may|could|guess|suppose|think|reckon|sort of|kind of|"
    r"bit|barely|hardly|almost|nearly|only|just|if|unless|but|though|although|except|sometimes|mostly|"
    r"usually|not|no|never|nothing|nobody|none)\b|n'?t\b|\?"
)
# Words of no predicate: auxiliaries, saying and thinking verbs that frame the double negative.
_FRAME = frozenset(
    """be is am are was were been being do does did done have has had having will would shall should can could
    may might must say said tell told think thought know knew guess reckon suppose mean get got out up in on off
    go went gone come came you your yours we our us they them their he she his her it its i me my the a an
    to of for with at by from about any some this that there what which who how when where time""".split()
)
_SENSES = 3


def _heads(wn: Any, words: list[str], verbs: bool = False) -> set[str]:
    """Base forms of the verbs and adjectives in ``words`` that WordNet knows more as such than
    as a noun ("late", "took" → "take"; not "time", "minutes"); with ``verbs`` (the words of a
    negated clause, where "didn't escape" makes "escape" a verb) every verb or adjective."""
    out: set[str] = set()
    for w in words:
        if w in _FRAME or len(w) < 3:
            continue
        nouns = 0 if verbs else wn.sense_count(w, "noun")
        for pos in ("verb", "adj"):
            if wn.sense_count(w, pos) and wn.sense_count(w, pos) >= nouns:
                out.update(wn.lemmas(w, pos)[:1])
    return out


def _base_text(wn: Any, words: list[str]) -> str:
    """``words`` joined, each reduced to its first verb or adjective base form ("we got out" →
    " we get out "), with spaces around for whole-phrase matching."""
    based = []
    for w in words:
        forms = wn.lemmas(w, "verb")[:1] or wn.lemmas(w, "adj")[:1] or [w]
        based.append(forms[0].replace("_", " "))
    return " " + " ".join(based) + " "


def echoes(question: Any, negated: str, statement: str) -> bool:
    """True when ``statement`` (cleaned, the words after a double negative) is a plain statement
    that repeats a predicate of ``negated`` (the clause holding the double negative) or of the
    question's text: a yes. False for a hedged, negated or subject-less statement, one that
    repeats nothing, or when WordNet is not installed."""
    from customario.escalation import wordnet

    if not _STATEMENT.search(statement) or _HEDGE.search(statement):
        return False
    wn = wordnet.load()
    if wn is None:
        return False
    asked = re.findall(r"[a-z]+", (getattr(question, "text", "") or "").lower())
    heads = _heads(wn, re.findall(r"[a-z]+", negated), verbs=True) | _heads(wn, asked)
    said = _base_text(wn, re.findall(r"[a-z]+", statement))
    for head in heads:
        for lemma in wn.synonyms(head, "verb", senses=_SENSES) | wn.synonyms(head, "adj", senses=_SENSES) | {head}:
            if lemma not in _FRAME and f" {lemma} " in said:
                return True
    return False
