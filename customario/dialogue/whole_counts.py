"""Counts said as the whole set or as none of it, without the figure (issue 11): "All of them",
"every night", "every single one of them, I haven't missed a home game in eleven years" (the whole
the question states), "Not a single one." (zero).

Two failures of one kind: the figure said beside the whole was read as the count ("..., in eleven
years" stored 11 to "The club played twenty-two home matches. How many did you attend?"), and the
"one" of the emphatic negative "not a single one" was read as the count 1. English says "all of
them" / "every N" for the whole of a set named before (the universal quantifier of the noun
phrase), and "not a single N" / "not one N" for none (the emphatic negative; Quirk et al., *A
Comprehensive Grammar of the English Language*, 1985, §6.62, §10.64). Both readings are read back
(``inferred``). Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import units, whole_less
from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.spoken import numbers_in
from customario.dialogue.things_listed import singular

# "Every single one!", "each one", "all of them": the whole of the set the question counts.
ALL_OF_THEM = re.compile(
    r"\b(?:every|each)(?: single| last)? one\b|\ball of (?:them|'em|it)\b|\bevery one of (?:them|'em)\b"
)
# A span of time said beside the count: "in eleven years", "for ten years", "eleven years running",
# "twenty years now" (how long the habit has lasted, never how many of the things asked).
_TIME_ASIDE = re.compile(
    r"\b(?:in|for|over|these|the last|the past)\s+(?:the\s+)?(?:last\s+|past\s+)?(?P<a>[a-z0-9-]+(?: [a-z0-9-]+)?)\s+"
    r"(?P<unit>years?|decades?|seasons?)\b"
    r"|\b(?P<b>[a-z0-9-]+)\s+(?P<unit2>years?|decades?|seasons?)\s+(?:running|now|straight|in a row)\b"
)
_FILLER = r"(?:(?:oh|um+|uh+|er+|well|honestly)\W+)*"


def _time_asides_only(question: Any, rest: str) -> bool:
    """True when every number in ``rest`` counts a span of years or seasons said as an aside ("in
    eleven years") and the question does not count years or seasons itself."""
    noun = units.question_unit(question) or units.counted_noun(question) or ""
    if re.match(r"(?:year|decade|season)", noun):
        return False
    left = _TIME_ASIDE.sub(" ", rest)
    return not numbers_in(_prep_numbers(left))


def _every_counted(question: Any, t: str) -> re.Match | None:
    """ "Every night", "each single session": every one of the things the question counts, said as
    a clause of its own (followed by punctuation or the end: "every night I woke up" is no count)."""
    noun = units.counted_noun(question)
    if not noun:
        return None
    one = singular(noun)
    # "Each and every day of it" (answers blind50): the emphatic pair, and the whole named by "of it"
    return re.search(
        rf"^\W*{_FILLER}(?:each and every|every|each)(?: single)? {re.escape(one)}\b(?: of (?:it|them|'em))?"
        r"(?=\s*(?:[,.;!?]|$))",
        t,
    )


def all_said(question: Any, t: str) -> float | str | None:
    """The whole the question states (``whole_less._question_total``: "The club played twenty-two
    home matches. How many ...?" 22, "In the last seven nights, on how many nights ...?" 7) when
    the answer says "all of them" or "every <thing counted>" and any other number in it is a span
    of years said aside; ``"unknown"`` when it says so but the question states no whole (asked
    again: "Every single one!" of an unsaid number); None when the answer says no such thing or
    gives another number."""
    whole = ALL_OF_THEM.search(t) or _every_counted(question, t)
    if whole is None:
        return None
    rest = t[: whole.start()] + " " + t[whole.end() :]
    if numbers_in(_prep_numbers(rest)) and not _time_asides_only(question, rest):
        return None
    total = whole_less._question_total(question)
    return total if total is not None else "unknown"


# None said emphatically: "not a single one", "not one", "not even one", "not a one", "not a single
# night" (the thing the question counts), each as a sentence of its own beside "none" or "zero".
_FILLER_WORDS = r"(?:oh|um+|uh+|er+|well|honestly|no|nope|nah|gosh|sadly|sorry)"
_NONE_PART = re.compile(
    rf"(?:{_FILLER_WORDS}\s+)*(?:(?P<emph>not (?:even )?(?:a single|one single|a one|one|a solitary)"
    r"(?: (?P<noun>[a-z]+))?(?: of them)?)|none|zero|nothing)(?: at all| whatsoever)?"
)


def emphatic_none(question: Any, t: str) -> bool:
    """True when the whole answer says none emphatically ("Not a single one.", "None. Not a single
    one.", "Not one night.") to a count (zero may be out of its range: the caller then says a value
    that is not allowed, and is asked again, never stored as one): every sentence is "none", "zero",
    "nothing" or "not (even) a single / one [one | <the thing counted>] [of them]", and one of them
    is the emphatic negative. "Not one bad night" (an adjective: a count of good ones) and "not one
    of them was late" (a clause about something else) are not."""
    noun = units.counted_noun(question)
    allowed = {"one"} | ({noun, singular(noun)} if noun else set())
    said = False
    for part in re.split(r"[,.;!?]+", t):
        part = part.strip()
        if not part or re.fullmatch(rf"(?:{_FILLER_WORDS}\s*)+", part):
            continue  # "Sadly, not even one": a filler of its own
        m = _NONE_PART.fullmatch(part)
        if m is None or (m.group("noun") and m.group("noun") not in allowed):
            return False
        said = said or bool(m.group("emph"))
    return said
