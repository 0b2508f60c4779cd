"""One mistyped word as a whole answer: "eigth" (eight), "sevn" (seven), "yse" (yes), "spotles"
(the scale label "spotless").

A typed answer of a single unknown word that is one edit (a letter added, dropped, changed, or
two swapped: optimal string alignment distance, :mod:`rapidfuzz`) from words the question
understands is read as them when they all give one value; :mod:`customario.dialogue.answers` gives it the
``fuzzy`` method, which a survey reads back before storing (issue 11). Words of fewer than three
letters and English words are never corrected ("mo" is not "no", "once" is not "one", "for" is
not "four": a word of the CMU pronouncing dictionary that ships with pocketsphinx is a word), and candidates of different values ("ine":
one or nine) leave the answer unread; "yeh" (yes or yeah) is yes. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz.distance import OSA

from customario.dialogue.spoken import number_words

_YES_NO_WORDS = ("yes", "yeah", "yep", "yup", "nope", "sure")
_NUMBER_WORDS = tuple(number_words(n) for n in range(21)) + tuple(number_words(n) for n in range(30, 100, 10))


def vocabulary(question: Any) -> tuple[str, ...]:
    """The single words a question of this type understands as a whole answer: number words
    (nps, scale, number), yes/no words, and one-word scale labels."""
    qtype = getattr(question, "type", None)
    words: tuple[str, ...] = ()
    if qtype in ("nps", "scale", "number"):
        words += _NUMBER_WORDS
    if qtype == "scale":
        words += tuple(label.lower() for label in (question.labels or {}).values() if " " not in label.strip())
    if qtype == "yes_no":
        words += _YES_NO_WORDS
    return words


def candidates(word: str, words: tuple[str, ...]) -> list[str]:
    """The words of ``words`` that ``word`` may be a typo of (one edit away), or []: ``word`` is
    short, already one of ``words``, or not letters only. The caller keeps a reading only when
    every candidate gives the same value ("yeh" is "yes" or "yeah": yes either way)."""
    if len(word) < 3 or not re.fullmatch(r"[a-z]+", word) or word in words:
        return []
    near = sorted({w for w in words if len(w) >= 3 and OSA.distance(word, w) == 1})
    if not near:
        return []
    known = english_words()
    return near if known and word not in known else []  # without the dictionary, nothing is corrected


@cache
def english_words() -> frozenset[str]:
    """The words of the CMU pronouncing dictionary (pocketsphinx's ``en-us/cmudict-en-us.dict``,
    ~126,000 words, read once in ~0.1 s); empty when the file is not there, so no word is corrected."""
    import pocketsphinx

    path = Path(pocketsphinx.get_model_path()) / "en-us" / "cmudict-en-us.dict"
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8") as fh:
        return frozenset(line.split(" ", 1)[0].split("(", 1)[0] for line in fh)
