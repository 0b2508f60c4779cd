"""Choices named by another form of their own words (issue 11): "Had to print my boarding pass" for
the choice "printing", "they packed everything" for "packing" (:func:`choices_by_stem`), and a
synonym of several words said with other words in its middle, "put the beds back together" for
"put the furniture together" (:func:`gapped_choices`). Inferred readings: the survey reads them
back. Split from :mod:`customario.dialogue.choices` (which re-exports both). Pure functions.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.choice_negation import negated_at
from customario.dialogue.choice_spans import word_stem


def _singular(word: str) -> str:
    """``word`` without a plural ending ("plates" → "plat", crude but the same for every word)."""
    return re.sub(r"(es|s)$", "", word)


# Words of choice labels too general to name a choice by their stem alone.
_GENERAL_WORDS = frozenset(
    """using use used place thing things service services other some none nothing extra extras move moving
    visit visiting event events item items kind type something anything everything just only time times
    local long distance office""".split()
)

_DETERMINERS = frozenset("the a an my our your his her their this that these those".split())


def gapped_choices(question: Any, t: str) -> list[str]:
    """Codes of the choices a synonym of three or more words names with other words in its middle
    ("put the beds back together" for "put the furniture together"): its first and last words in
    order, at most four words apart (a synonym of two words: at most two, "a tooth taken out" for
    "tooth out"), not negated; an inferred reading (read back)."""
    found = []
    for c in question.choices:
        for phrase in [c.label, *c.synonyms]:
            # a leading article or possessive is no word of the name: "the daywear jacket" gapped from
            # "the" would be any jacket said after "the" ("the Prince Charlie jacket", answers blind64)
            words = re.findall(r"[a-z']+", phrase.lower())
            while words and words[0] in _DETERMINERS:
                words = words[1:]
            # two words ("tooth out": "a tooth taken out") may have one or two words between them
            pair = len(words) == 2 and len(words[0]) >= 4 and len(words[1]) >= 3
            if not pair and (len(words) < 3 or len(words[0]) < 3 or len(words[-1]) < 4):
                continue
            most = 2 if pair else 4
            m = re.search(rf"\b{re.escape(words[0])}\b((?:\W+\w+){{1,{most}}}?)\W+{re.escape(words[-1])}\b", t)
            gap_negated = m and re.search(r"\b(not|never|no)\b|n't\b", m.group(1))  # "tyres were never rotated"
            if m and not gap_negated and not negated_at(t, m.start()) and c.code not in found:
                found.append(c.code)
    return [c.code for c in question.choices if c.code in found]


def choices_by_stem(question: Any, t: str) -> list[str]:
    """Codes of the choices one of whose own words the answer says in another form ("Had to print my
    boarding pass" → the choice with "printing", "They packed everything" → "packing"), each word
    belonging to one choice only, not negated, four letters or more; [] when none. An inferred
    reading: the caller of this rule reads it back."""
    owners: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    for c in question.choices:
        # A web address ("booking.com") is a name, not a word whose forms name the choice.
        phrases = [p for p in [c.code.replace("_", " "), c.label, *c.synonyms] if "." not in p]
        for w in re.findall(r"[a-z]+", " ".join(phrases).lower()):
            if len(w) >= 4 and w not in _GENERAL_WORDS:
                owners.setdefault(word_stem(w), set()).add(c.code)
                forms.setdefault(word_stem(w), set()).add(_singular(w))
    asked = set(re.findall(r"[a-z]+", (getattr(question, "text", "") or "").lower()))
    found: set[str] = set()
    for m in re.finditer(r"[a-z]+", t):
        w = m.group()
        # A word of the question itself ("booking" to "how did you make your booking?") names no choice.
        if len(w) < 4 or w in _GENERAL_WORDS or w in asked or negated_at(t, m.start()):
            continue
        codes = owners.get(word_stem(w), set())
        # Another form of the word than the one said, not only the word itself or its plural:
        # "blood" alone is half of "blood test", "trains" one of several kinds of train; "print"
        # is a form of "printing".
        if len(codes) == 1 and forms[word_stem(w)] - {_singular(w)}:
            found |= codes
    found |= set(gapped_choices(question, t))
    return [c.code for c in question.choices if c.code in found]
