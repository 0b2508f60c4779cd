"""The periods an amount or a count is said per (issue 11): the one a question asks
("visits per month", "your monthly rent"), a rate written short ("$80/wk"), and a period an answer
names that the rate readers of :mod:`customario.dialogue.units` do not ("a quarter", "for the
year", "I pay it yearly"), and a rate said of another time ("used to be every week":
:func:`in_the_past`). Pure functions over lower-case text.
"""

from __future__ import annotations

import re
from typing import Any

# Adverbs of a period, by the period they name ("monthly" → month, "per annum" → year).
ADVERB_PERIOD = {
    "daily": "day",
    "weekly": "week",
    "fortnightly": "fortnight",
    "monthly": "month",
    "quarterly": "quarter",
    "yearly": "year",
    "annually": "year",
    "per annum": "year",
    "biannually": "half year",
}


def question_period(question: Any) -> str | None:
    """The period a count question is asked per ("visits per month", "in a typical week",
    "last month", "monthly") as ``day``/``week``/``month``/``year``, or None."""
    asked = (getattr(question, "text", "") or "").lower()
    # "in a typical week", "on an average day", "on a normal day"
    m = re.search(
        r"\b(?:a|an|per|each|every|in an?|last|past|this)(?: (?:typical|normal|usual|average|ordinary|given))? "
        r"(day|week|month|year)\b",
        asked,
    )
    if m:
        return m.group(1)
    if re.search(r"\b(seven|7) days\b", asked):
        return "week"
    m = re.search(r"\b(daily|weekly|monthly|yearly)\b", asked)
    return ADVERB_PERIOD[m.group(1)] if m else None


_WRITTEN_RATE = re.compile(r"(?<=[a-z0-9])\s*(?:/|\s(?:a|per)\s)\s*(wk|week|mo|mth|month|yr|year|day)s?\b")
_PERIOD_WORD = {"wk": "week", "mo": "month", "mth": "month", "yr": "year"}


def written_rate(t: str) -> str:
    """``t`` with a rate written short said in words: "$80/wk" → "$80 a week", "900 per yr" →
    "900 a year"."""
    return _WRITTEN_RATE.sub(lambda m: f" a {_PERIOD_WORD.get(m.group(1), m.group(1))}", t)


# A period said with an amount that units._RATE_RX does not read: a quarter, a fortnight, a term, a
# season, "for the year", and the adverbs ("quarterly", "I pay it yearly", "annually", "per annum").
_OTHER_PERIOD = re.compile(
    r"\b(?:(?:a|per|each|every|for the) (quarter|fortnight|term|semester|season)"
    r"|for the (?:whole |full |entire )?(year|week))\b"
    # ... closing the amount, not naming a thing ("a scandal for a quarter plot")
    r"(?=\s*(?:$|[,.;!?]|and\b|so\b|but\b|which\b|or\b|i\b|we\b|it\b|that\b))"
    r"|\b(quarterly|fortnightly|yearly|annually|per annum|biannually|weekly)\b"
)


def other_period(t: str) -> str | None:
    """The one period an amount in ``t`` (lower case, words) is said per, read by :data:`_OTHER_PERIOD`
    ("a quarter" → ``quarter``, "yearly" → ``year``), or None: none, or two different ones (held-out
    answers blind31: "four hundred and fifty a quarter" to a monthly rent)."""
    found = {m.group(1) or m.group(2) or ADVERB_PERIOD[m.group(3)] for m in _OTHER_PERIOD.finditer(t)}
    return found.pop() if len(found) == 1 else None


_PAST_HABIT = re.compile(r"\b(?:used to|back then|years ago|in the old days|before (?:that|covid|my)|last year)\b")


def in_the_past(text: str, rate: str) -> bool:
    """True when ``rate`` ("every week") is said in a clause of ``text`` about another time ("...
    twice a month now, used to be every week"), and another clause gives a count: the past habit
    is no answer to a question about now."""
    clauses = re.split(r"[,;.!?]|\bbut\b", text.lower().replace("-", " "))
    said = [c for c in clauses if rate in re.sub(r"[^a-z0-9 ]+", " ", c)]
    return bool(said) and all(_PAST_HABIT.search(c) for c in said) and len(clauses) > len(said)
