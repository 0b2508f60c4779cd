"""Choices the caller describes instead of naming (issue 11; helper ans20a, answers blind23, blind25,
blind27, blind30, blind32): "the one that barks" to "a dog or a cat?", "the machine that does the
dishes" to "which appliance?", "the dark one and the fruity one" to "which beers?".

The description's words are matched against WordNet's definitions (glosses), both ways: a word of
the description that a choice's definition uses ("dark" in *stout*: "a strong very dark heavy-bodied
ale ..."; "dishes" in *dishwasher*: "a machine for washing dishes"), or a choice's name that the
definition of a word of the description uses (*bark*: "a noise resembling the bark of a dog"; *meow*:
"the sound made by a cat"). Only an answer shaped as a description counts ("the one that ...", "the
thing with ...", "the dark one"), and only when the definitions point at exactly one choice per
description; every reading is lenient (``inferred``): the survey reads it back before storing it.

Pure functions; WordNet is read through :mod:`customario.escalation.wordnet` (none when it is not
installed: no reading).
"""

from __future__ import annotations

import re
from typing import Any

# "the one that barks", "the thing which keeps the milk cold", "the machine that does the dishes",
# "that one with the big box in front": a head that names nothing, then what it does or has.
_DESCRIBED = re.compile(
    r"^(?:(?:um+|uh+|er+m?|oh|well|it was|it'?s|we had|i had|we got|i got|just)\W+)*(?:the|that|this)\s+"
    # "the Egyptian one with the mummy": a quality before the head too (answers blind39, stop 42)
    r"(?:(?P<quality>[a-z-]+)\s+)?(?:one|ones|thing|things|thingy|machine|animal|kind|type|sort|beer|drink|option)\s+"
    # "the one with the vault, where you crack the safe": what it has, then more after a comma
    r"(?:that|which|who|with|for|where)\s+(?P<what>[a-z' -]+?(?:,\s*(?:where|with|that|which)\s+[a-z' -]+?)?)\W*$"
)
# "the creepy old hospital": a noun phrase of up to three words after "the", the whole answer, whose
# words describe one choice (its head, "hospital", is in the definition of *asylum*).
_PHRASE = re.compile(
    r"^(?:(?:um+|uh+|er+m?|oh|well|it was|it'?s|we did|we had|i did|just)\W+)*(?:the|that)\s+"
    r"(?P<what>[a-z-]+(?:\s+[a-z-]+){0,2})\W*$"
)
# "the dark one", "the water ones", "the white plastic ones": one or two qualities said before a
# head that names nothing.
_QUALITY = re.compile(
    r"^(?:(?:um+|uh+|er+m?|oh|well|it was|it'?s|we had|i had|we got|i got|just|and|also)\W+)*(?:the|that|this|those)\s+"
    r"(?P<what>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:one|ones)\W*$"
)
# Words that say nothing of which choice is meant.
_STOP = frozenset(
    """a an the and or of to in on at for with by from as is are was were be been it its it's this that
    these those one ones thing things some any all very really just only also there their they them
    he she his her we our us you your i my me do does did done doing make makes made get gets got
    have has had keep keeps kept go goes went used use uses like lol mate big little small large new
    old other same usual kind sort type good nice great bit lot not no none nor neither never without
    zero two three four five six seven eight nine ten first second third fourth fifth sixth seventh
    eighth ninth tenth last next previous middle final top bottom left right hard easy better best
    worse worst cheap cheaper cheapest dear expensive pricier more less most least""".split()
)
_POS = ("noun", "verb", "adj")
_SENSES = 2


def described(question: Any, t: str) -> list[str]:
    """Codes of the choices ``t`` (cleaned) describes without naming them, one per description
    ("the dark one and the fruity one" gives two for a multi choice); [] when the answer is not
    shaped as descriptions, when WordNet is absent, or when a description points at no choice or
    at more than one."""
    from customario.escalation import wordnet

    wn = wordnet.load()
    if wn is None or not getattr(question, "choices", None):
        return []
    parts = [p.strip() for p in re.split(r"\s*(?:,|\band\b|\bor\b)\s*(?=(?:the|that|this)\b)", t) if p.strip()]
    if len(parts) > 1 and question.type != "multi_choice":
        return []
    found: list[str] = []
    for part in parts:
        m = _DESCRIBED.match(part) or _QUALITY.match(part) or (_PHRASE.match(part) if len(parts) == 1 else None)
        if not m or not _content(m.group("what")):
            return []  # "the third one", "the last one", "the cheaper one": a position or a rank
        quality = m.groupdict().get("quality")
        words = _content(f"{quality or ''} {m.group('what')}")
        if m.re is _PHRASE:
            # a noun phrase is read by its head alone ("hospital"), never one that counts ("the number four bus")
            if re.search(r"\b(?:number|no|route|line)\b|\d", m.group("what")):
                return []
            words = words[-1:] if words and words[-1] == m.group("what").split()[-1] else []
        codes = _pointed_at(wn, question, words)
        if len(codes) != 1:
            return []
        found += [c for c in codes if c not in found]
    return [c.code for c in question.choices if c.code in found]


def _content(what: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", what) if len(w) > 2 and w not in _STOP]


def _pointed_at(wn: Any, question: Any, words: list[str]) -> set[str]:
    """Codes of the choices whose names or definitions meet ``words`` (see the module docstring)."""
    if not words:
        return set()
    said = {base for w in words for base in _bases(wn, w)}
    said |= {other for w in words for other, how in wn.related(w).items() if how == "derived" and " " not in other}
    # the definitions of the words said, as base forms
    said_glossed = {
        base for w in words for pos in _POS for g in wn.glosses(w, pos, _SENSES) for base in _gloss_bases(wn, g)
    }
    named: dict[str, set[str]] = {}
    for c in question.choices:
        names = {
            base
            for phrase in (c.label, c.code, *c.synonyms)
            for w in _content(phrase.lower())
            for base in _bases(wn, w)
        }
        if names & said:
            return set()  # a choice named outright ("the one with the pool"): not this rule's to read
        glossed = {base for w in names for g in wn.glosses(w, "noun", _SENSES) for base in _gloss_bases(wn, g)}
        if said & glossed or names & said_glossed:
            named[c.code] = set(_content(c.label.lower()))
    # "both a dog and a cat" holds the label of "a dog": the narrower choice is the one described
    return {code for code, label in named.items() if not any(o < label for o in named.values())}


def _bases(wn: Any, word: str) -> set[str]:
    out = {word}
    for pos in _POS:
        out.update(wn.lemmas(word, pos)[:1])
    return out


def _gloss_bases(wn: Any, gloss: str) -> set[str]:
    """Base forms of the content words of a definition, without its quoted examples."""
    text = gloss.split(";")[0].lower()
    return {base for w in _content(text) for base in _bases(wn, w)}
