"""Durations said to count questions, and counts of occasions said to duration questions (issue 11):

- "three hours", "I was there ten hours" to "How many times did you visit?": a length of time is
  no number of occasions, so the question is asked again (it was stored as 3 and 10);
- "three times, two hours each", "twice, an hour each time" to "How many hours did you spend
  there?": the occasions times the length of each (6, 2), read back; the length of one occasion
  alone had been stored as the total.

A careful interviewer asks again for the count, and multiplies a count of occasions by a length
each and reads the total back before writing it down (the same convention as
:mod:`customario.dialogue.products`). Used by :mod:`customario.dialogue.number_answers`. Pure
functions on cleaned, lower-case text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.inferred import counts_occasions
from customario.dialogue.quantities import NUMBER_PHRASE
from customario.dialogue.spoken import numbers_in
from customario.dialogue.units import counted_noun, question_unit

# What a question counts when it counts occasions: "How many times ...", "how many visits ...".
_OCCASIONS = frozenset(
    """times visits trips sessions classes lessons rides journeys outings appointments occasions games matches
    rounds shows concerts climbs dives flights bookings""".split()
)
# A length of time said with its number: "three hours", "90 minutes", "an hour and a half".
_LENGTH = re.compile(
    rf"\b(?:{NUMBER_PHRASE}|an?|half an?)\s+(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b"
    r"(?!\s+(?:a|per|each|every)\s+(?:time|visit|trip|session|go)\b)"
)
# How many occasions: "three times", "twice", "four visits", "once".
_COUNT = re.compile(
    rf"\b(?:(?P<n>{NUMBER_PHRASE})\s+(?:times|visits|trips|sessions|classes|lessons|goes)|(?P<word>once|twice|thrice))\b"
)
# The length of each: "two hours each", "an hour each time", "ninety minutes a session".
_EACH_LENGTH = re.compile(
    rf"\b(?P<n>{NUMBER_PHRASE}|an?|half an?)\s+(?P<unit>hours?|hrs?|minutes?|mins?)\s+"
    r"(?:each(?: time| visit| session| go)?|a (?:time|visit|session|go|pop)|per (?:time|visit|session)|every time)\b"
)
_TIMES_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _number(said: str) -> float | None:
    """The one number of a phrase ("an" and "a" are one, "half an" a half), or None."""
    if re.fullmatch(r"an?", said):
        return 1.0
    if re.fullmatch(r"half an?", said):
        return 0.5
    nums = numbers_in(_prep_numbers(said))
    return nums[0] if len(nums) == 1 else None


def length_for_count(question: Any, t: str) -> str | None:
    """Why a number answer is not a count of occasions: the only numbers said are lengths of time
    ("three hours", "I was there ten hours") and the question counts occasions ("How many times
    did you visit?"); the reason to ask again ("a number of times"), or None."""
    noun = counted_noun(question)
    if getattr(question, "type", None) != "number" or noun not in _OCCASIONS or question_unit(question):
        return None
    lengths = list(_LENGTH.finditer(t))
    if not lengths:
        return None
    rest = _LENGTH.sub(" ", t)
    if numbers_in(_prep_numbers(rest)) or re.search(r"\b(?:once|twice|thrice)\b", rest):
        return None  # "three visits, two hours each": a count is said too, other rules read it
    return f"a number of {noun}"


def occasions_times_length(question: Any, t: str) -> float | None:
    """Hours or minutes in all, for a question asked in hours or minutes, when ``t`` gives a count of
    occasions and the length of each and nothing else ("three times, two hours each" → 6 to a
    question in hours, "twice, forty minutes a time" → 80 to one in minutes); None otherwise, and
    NaN (ask again) for a total in hours that is not a whole quarter hour (80 minutes)."""
    unit = question_unit(question)
    if unit not in ("hour", "minute") or re.search(r"\b(?:or|total|in all|altogether|so|that'?s)\b", t):
        return None
    counts, lengths = list(_COUNT.finditer(t)), list(_EACH_LENGTH.finditer(t))
    if len(counts) != 1 or len(lengths) != 1:
        return None
    m, each = counts[0], lengths[0]
    times = _TIMES_WORDS[m.group("word")] if m.group("word") else _number(m.group("n"))
    length = _number(each.group("n"))
    rest = t[: min(m.start(), each.start())] + " " + t[max(m.end(), each.end()) :]
    between = t[min(m.end(), each.end()) : max(m.start(), each.start())]
    if times is None or length is None or numbers_in(_prep_numbers(rest + " " + between)):
        return None
    minutes = times * length * (60 if each.group("unit").startswith("h") else 1)
    total = minutes / 60 if unit == "hour" else minutes
    # 80 minutes to a question in hours is 1.33...: no figure a caller would say (NaN: asked again)
    return total if (total * 4) == int(total * 4) else float("nan")


# A count of occasions said first, then each occasion: "Twice. Once over and once back.", "Three
# times, twice in May and once in June".
_LEAD_COUNT = re.compile(
    rf"^\W*(?:(?:um+|uh+|oh|well|so|just)\W+)*(?P<lead>once|twice|thrice|(?:{NUMBER_PHRASE}) times)\s*[.,;:!-]+\s*(?P<rest>.+)$"
)
_PART_COUNT = re.compile(rf"\b(?:(?P<word>once|twice|thrice)|(?P<n>{NUMBER_PHRASE}) times)\b")


def occasions_listed(question: Any, t: str) -> float | None:
    """The count of occasions said first when the occasions told after it add up to it ("Twice. Once
    over and once back." → 2 to "How many crossings ...?"), for a question that counts occasions;
    None otherwise (the parts disagree, another number is said, or the question counts no
    occasions). Read back by the caller (``inferred``)."""
    m = _LEAD_COUNT.match(t)
    if m is None or not counts_occasions(question) or question_unit(question):
        return None
    lead = _TIMES_WORDS.get(m.group("lead")) or _number(m.group("lead").removesuffix(" times"))
    parts = list(_PART_COUNT.finditer(m.group("rest")))
    if lead is None or len(parts) < 2:
        return None
    total = sum(_TIMES_WORDS[p.group("word")] if p.group("word") else (_number(p.group("n")) or 0) for p in parts)
    if numbers_in(_prep_numbers(_PART_COUNT.sub(" ", m.group("rest")))):
        return None  # "Twice, once in 2019 and once on the 3rd": other numbers, other rules
    return lead if total == lead else None
