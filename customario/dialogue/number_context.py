"""What a number answer's context makes of the numbers said (used by
:func:`customario.dialogue.number_answers._normalise_number`; pure functions, no I/O): occasions
("twice"), thousands in a money answer ("1.2k"), an unusual count to a question about a usual period,
and this visit added to a count that includes it.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import amounts, quantities
from customario.dialogue.answer_core import Normalised

# "1.2k", "twenty grand": thousands said with a multiplier, read as money by the amount parser.
_THOUSANDS = re.compile(r"\d\s?k\b|\bgrand\b")
# "Three in November, but usually less": a count the caller says is not the usual one, to a
# question about a typical or usual month, week or visit.
_NOT_USUAL = re.compile(
    r"\b(but|though|although)\s+(usually|normally|typically|generally|most (months|weeks|times)|on average|"
    r"as a rule)\b[^.!?]*\b(less|fewer|more|lower|higher|not (that|as|so) (many|much|often))\b(?! like\b)"
)
_USUAL_QUESTION = re.compile(r"\b(typical|usual|usually|average|normal|normally|regular|ordinary|generally)\b")
# "Counting this last visit, how many times ...": the question counts the visit it asks about, so
# "twice before this one" is three and "once for the brakes and then this time" two.
_COUNTS_THIS = re.compile(r"\b(counting|including) (this|today'?s|that) ((last|latest|most recent) )?\w+")
_BEFORE_THIS = re.compile(
    r"\b(before|prior to|previous to|apart from|besides|other than|not counting|on top of)\s+(this|today|that)"
    r"( (one|time|visit|trip|service|occasion))?\b|\b(previous|earlier|other) (times?|visits?)\b"
)
_AND_THIS = re.compile(r"\b(and|plus)( then| now| also)? (this|today'?s?)( (one|time|visit|trip|service))?\b")


def counted(question: Any, t: str, nums: list[float], method: str) -> tuple[list[float], str] | Normalised:
    """(numbers, method) after occasions ("twice") and the question's context
    (:func:`_in_context`) are read, or an invalid reading to ask again."""
    occasions = quantities.occasions(question, t, nums)
    if occasions == []:
        return Normalised("invalid", reason="just one number")  # "twice, maybe three times"
    if occasions is not None:
        nums, method = occasions, "phrase"
    in_context = _in_context(question, t, nums)
    if isinstance(in_context, Normalised):
        return in_context
    return ([in_context], "inferred") if in_context is not None else (nums, method)


def _in_context(question: Any, t: str, nums: list[float]) -> float | Normalised | None:
    """What the question's context makes of the numbers said: thousands in a money answer, an
    unusual count to a question about a usual period (an invalid reading), this visit added to a
    count that includes it; None when nothing applies. New values are read back."""
    thousands = _in_thousands(question, t)
    if thousands is not None:
        return thousands
    return _not_usual(question, t) or _counting_this(question, t, nums)


def _in_thousands(question: Any, t: str) -> float | None:
    """The amount of a money answer said with a thousands multiplier ("about 1.2k" → 1200,
    "twenty grand" → 20000) by the amount parser (:mod:`customario.dialogue.amounts`), or None."""
    if not quantities.asks_money(question) or not _THOUSANDS.search(t) or re.search(r"\band a half\b", t):
        return None
    found, _ = amounts.find_amounts(t)
    if len(found) == 1 and not found[0].ambiguity and re.search(r"(\d\s?k|grand)$", found[0].text):
        return found[0].cents / 100
    return None


def _not_usual(question: Any, t: str) -> Normalised | None:
    """An invalid reading asking for the usual number when the caller says theirs is not usual
    ("Three in November, but usually less") to a question about a typical period, or None."""
    asked = (question.text or "").lower()
    if not (_USUAL_QUESTION.search(asked) and _NOT_USUAL.search(t)):
        return None
    period = re.search(r"\b(month|week|year|day)\b", asked)
    return Normalised("invalid", reason=f"the number in a usual {period.group(1)}" if period else "the usual number")


def _counting_this(question: Any, t: str, nums: list[float]) -> float | None:
    """The count with this visit added when the question counts it and the caller counts only the
    others ("twice before this one" → 3, "once for the brakes and then this time" → 2), or None."""
    if len(nums) != 1 or not _COUNTS_THIS.search((question.text or "").lower()):
        return None
    if _BEFORE_THIS.search(t) or _AND_THIS.search(t):
        return nums[0] + 1
    return None
