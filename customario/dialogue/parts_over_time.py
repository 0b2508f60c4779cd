"""A count or an amount said in parts over the time it covers (issue 11): "Two weeks in July and
three in August" (5 weeks), "Eighty for the first half of the term and eighty for the second half"
($160), "four before Christmas and two after" (6).

The parts name different stretches of time that together make the time the question asks about,
so the answer is their sum, read back (``inferred``). The rule is the grammar of the answer, not
its words: two or more parts joined by "and", "plus" or a comma, each one number (its unit or a
currency word may be said once) followed by "in", "for", "during", "over", "before" or "after" and
a stretch of time (a month, a season, a term, a half or part of one, a week ...), every stretch
different. A question about a rate ("per month", "a typical week") or a price per unit is never
summed; "or", "maybe" and other numbers keep the answer asked again.

Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.spoken import numbers_in
from customario.dialogue.spoken_dates import MONTHS

_SEASONS = "spring|summer|autumn|fall|winter|christmas|easter|half[- ]term|the holidays"
# A stretch of time: "July", "the first half (of the term)", "the second term", "the spring",
# "the last two weeks"; "after" / "before" alone close a part ("two after").
_STRETCH = (
    rf"(?:(?:the |this |last |next )?(?:{'|'.join(MONTHS)}|{_SEASONS})\b"
    r"|the (?:first|second|third|fourth|last|final|other|next|previous|early|later|latter|former|rest of the) "
    r"(?:half|part|term|semester|quarter|week|month|weekend|block|session|stretch|bit)s?\b"
    r"|(?:the )?(?:first|second|other|latter) (?:half|part)\b)"
)
_PART = re.compile(
    r"^(?:and |plus |then |with )?(?:another |a further )?(?P<n>[a-z0-9$.,' -]+?)\s+"
    r"(?:(?P<unit>weeks?|days?|months?|nights?|sessions?|lessons?|classes|visits?|times|dollars?|bucks|pounds?|quid)\s+)?"
    r"(?:was |were )?(?P<prep>in|for|during|over|before|after|across|through)\s*(?P<when>.*)$"
)
_NOT_SUMMED = re.compile(r"\b(?:or|maybe|perhaps|either|each|per|a week|a month|every|usually|typical|average)\b")
_RATE_ASKED = re.compile(
    r"\b(?:per|each|every|a|typical|usual|average|normal) (?:week|month|day|night|year|visit|session|lesson)\b"
)


def summed(question: Any, t: str) -> float | None:
    """The sum of a number answer said in parts over stretches of time (see the module
    docstring), to be read back; None when the answer is not such parts, the question asks a
    rate, or a part could be an alternative or a rate."""
    if question.type != "number" or _RATE_ASKED.search((question.text or "").lower()):
        return None
    if _NOT_SUMMED.search(t):
        return None
    body = re.sub(
        r"^\W*(?:(?:oh|um+|uh+|er+|well|so|it was|she went|he went|they went|we went|i went|i paid|we paid)\W+)*", "", t
    )
    pieces = [p.strip() for p in re.split(r"\s*,\s*|\s+(?=and\b|plus\b)", body.strip(" .!;")) if p.strip()]
    if len(pieces) < 2:
        return None
    total, stretches = 0.0, []
    for piece in pieces:
        m = _PART.match(piece)
        if m is None:
            return None
        when = m.group("when").strip()
        if when and not re.match(_STRETCH, when):
            return None
        if not when and m.group("prep") not in ("before", "after"):
            return None
        n = numbers_in(_prep_numbers(re.sub(r"^(?:about|around|roughly|just|only)\s+", "", m.group("n"))))
        if len(n) != 1 or numbers_in(_prep_numbers(when)) and not re.match(r"the (?:first|second|last)", when):
            return None
        total += n[0]
        stretches.append((m.group("prep"), re.sub(r"\bof the \w+$", "", when)))
    if len(set(stretches)) != len(stretches):
        return None  # "two in July and three in July": the same stretch said twice
    return total
