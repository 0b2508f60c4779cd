"""An answer the caller takes back as a joke (issue 11, helper ans20b, 5 December 2026).

"Five, just kidding.", "Yes. Kidding!", "One lol jk": the value said was not meant and nothing
replaces it, so it is never stored; the question is asked again. "A thousand dollars. Kidding.
Honestly, I don't remember.": what follows the joke is the answer, here a don't-know. ("Ten, just
kidding, four" takes the four: :data:`customario.dialogue.answer_core._SELF_CORRECTION`.)

Not a taking back: "no kidding", "not joking", "I kid you not" (emphasis), "you're kidding" (a
scoff), "I was joking with the groomer" (no clause of its own). Used by
:func:`customario.dialogue.answers.normalise`. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from customario.dialogue.answer_core import Normalised

# The marker as a clause of its own: after the start or a punctuation mark (and perhaps a laugh or
# a "nah"), before a punctuation mark or the end. "jk" and "j/k" are the texted "just kidding".
_JOKE = re.compile(
    r"(?:^|[,.;!?]\s*|\s+(?=(?:lol|lmao|haha+)\s))(?:(?:lol|lmao|haha+|ha|nah|no no|nope)\W+)*"
    r"(?:(?:i'?m |i am |i was )?(?:just |only )?(?:kidding|joking|jking)(?: aside| apart)?|jk|j/k)"
    r"(?:\W+(?:lol|lmao|haha+|ha))*\s*(?=[,.;!?]|$)"
)
_ONLY_LAUGHS = re.compile(r"^(?:\W|lol|lmao|haha+|ha|obviously|of course|sorry)*$")


def after_joke(t: str) -> str | None:
    """What ``t`` (cleaned) says after the last joke taken back ("five, just kidding" → "", "a
    thousand dollars. kidding. honestly, i don't remember." → "honestly, i don't remember."); ""
    when only a laugh or punctuation follows; None when nothing is taken back as a joke."""
    last = None
    for m in _JOKE.finditer(t):
        last = m
    if last is None:
        return None
    rest = t[last.end() :].strip(" ,.;!?")
    return "" if _ONLY_LAUGHS.match(rest) else rest


def joke_reading(question: Any, t: str, codes: Callable[[Any, str], Normalised | None]) -> Normalised | None:
    """For a closed ``question``: invalid when ``t`` (cleaned) takes its answer back as a joke with
    nothing after it; the don't-know or refusal said after the joke (``codes(question, rest)``,
    :func:`customario.dialogue.answer_codes.refused_or_dont_know`); None otherwise (a value after
    the joke is read as a self-correction)."""
    if question.type == "open":
        return None
    rest = after_joke(t)
    if rest == "":
        return Normalised("invalid", reason="your answer, said in earnest")
    special = codes(question, rest) if rest else None
    return special if special is not None and special.status in ("dont_know", "refused") else None
