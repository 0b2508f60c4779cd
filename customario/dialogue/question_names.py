"""How a survey caller names a question of the interview: by its ``aliases`` from the definition,
its id or the content words of its text ("the recommendation question" names a question whose
text says "recommend"). Words are compared by their first five letters so "recommendation" meets
"recommend" and "satisfaction" meets "satisfied". Split from :mod:`customario.dialogue.references`;
shared by it and :mod:`customario.dialogue.reference_topics`. Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

STOP_WORDS = frozenset(
    """a about an and any are as at be been by can could did do does for from had has have how i
    if in is it its me my of on or our please rate say should so that the their them this to us was we were what
    when which who why will with would you your question answer answers one scale from zero ten five likely
    overall your much very many give tell think""".split()
)


def clean_words(text: str) -> str:
    """``text`` lower-cased, curly apostrophes straightened, runs of spaces made one ("" for None)."""
    return re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip()


def _stem(word: str) -> str:
    """A crude stem for naming a question: inflections off ("used"/"use", "spending"/"spend",
    "rides"/"ride"), then the first five letters ("recommendation"/"recommend")."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def word_stems(text: str) -> set[str]:
    """The stems (:func:`_stem`) of the content words of ``text``: no stop words, none under three letters."""
    # A contraction is no content word: "don't" never names a question aliased "what I had done"
    # ("don" was its stem); a possessive keeps its noun ("the hotel's" names the hotel).
    words = [re.sub(r"'s$", "", w) for w in re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower().replace("_", " "))]
    return {_stem(w) for w in words if "'" not in w and w not in STOP_WORDS and len(w) > 2}


def question_stems(question: Any) -> set[str]:
    """Word stems that name ``question``: its aliases, id and the content words of its text."""
    stems = word_stems(" ".join(getattr(question, "aliases", None) or []))
    stems |= word_stems(question.id)
    stems |= word_stems(question.text)
    # What callers call a question of its type: the Net Promoter *Score* is "my score", a rating
    # scale "my rating".
    stems |= word_stems(_TYPE_NAMES.get(getattr(question, "type", ""), ""))
    for c in getattr(question, "choices", None) or []:
        stems -= word_stems(c.code)
    return stems


_TYPE_NAMES = {"nps": "score recommendation", "scale": "rating"}


def question_itself_named(q: Any, t: str) -> bool:
    """True when ``t`` names question ``q`` by its own words or names, not only by one of its
    choices ("fix the practice minutes" names the minutes question; "fix the card reader" names
    only the card choice of "how do you get in, with the band or the card?")."""
    choice_words = word_stems(" ".join(w for c in getattr(q, "choices", None) or [] for w in [c.label, *c.synonyms]))
    words = word_stems(t)
    return bool(words & (question_stems(q) - choice_words)) or bool(words & own_names(q))


def own_names(q: Any) -> set[str]:
    """Stems of the names a question is given (its aliases and id), not of its text."""
    return word_stems(" ".join(getattr(q, "aliases", None) or [])) | word_stems(q.id)


@dataclass(frozen=True)
class Reference:
    """A caller's request about an earlier question: ``question`` (the definitions ``Question``)
    and ``payload`` (the new answer in their words, "" when they only want to go back)."""

    question: Any
    payload: str
    weak: bool = False  # named beside its value ("the bill was ninety"): only when nothing else fits
