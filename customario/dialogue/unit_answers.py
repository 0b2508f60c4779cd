"""Numbers said in the unit a number question counts, and clock times: "Three men, five hours" → 5
for an hours question, "a couple of hours" → 2, "from 9 to 5" → 8 hours, "at 2" (a time, no
duration). Split from :mod:`customario.dialogue.quantities` (which finds the one number that answers
among others); used by :mod:`customario.dialogue.number_answers` and :mod:`customario.dialogue.products`.

Like the rest of :mod:`quantities`, these give up (None) whenever two numbers could answer: the
question is then asked again, never guessed; a figure found here is an ``inferred`` reading (read
back). Pure functions, no I/O.
"""

from __future__ import annotations

import re

from customario.dialogue.number_readings import clock_words
from customario.dialogue.quantities import (
    _QUANTITY_RX,
    NUMBER_PHRASE,
    asks_money,
    couple_of,
    unit_pattern,
    without_other_quantities,
)
from customario.dialogue.spoken import numbers_in
from customario.dialogue.spoken_dates import WEEKDAYS, parse_time_of_day
from customario.dialogue.units import question_unit


def count_in_unit(t: str, unit_words: str) -> float | None:
    """The one number said with the question's unit when every other number in ``t`` counts
    something else or is a clock time ("Three men, five hours" → 5 for an hours question, "They got
    there at eight and left at three, so seven hours" → 7), or None: no number with the unit, two
    different ones ("five hours, maybe six hours"), or a bare number beside it ("two, three hours")."""
    if re.search(r"\b(a|per|each|every|an) (day|night|week|month|year)\b", t):
        return None  # "three nights a month": a rate, not a count
    with_unit = [
        numbers_in(m.group(1))
        for m in _QUANTITY_RX.finditer(t)
        if re.fullmatch(unit_words, m.group(2)) and len(numbers_in(m.group(1))) == 1
    ]
    values = {n[0] for n in with_unit}
    if len(values) != 1:
        return None
    rest = without_other_quantities(t, None)
    rest = re.sub(rf"\b{NUMBER_PHRASE}\s+(?:and (?:a|an) )?(?:half|quarter)\b", " ", rest)
    if numbers_in(rest):
        return None  # a number that counts nothing named ("two, three hours"): not ours to drop
    if re.search(r"\b(or|to|between|maybe|perhaps)\b", t) and len(with_unit) > 1:
        return None
    return values.pop()


def answer_in_unit(question: object, t: str) -> float | None:
    """The one number of ``t`` said in the unit of a number question (:func:`count_in_unit`, with
    "a couple of hours" as two), or None (no unit, a money question, or no single such number)."""
    unit = unit_pattern(question)
    said = count_in_unit(couple_of(t), unit) if unit else None
    return said if said is not None else clock_span(question, t)


_CLOCK = (
    r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)(?:[ -](?:o'?clock|fifteen|thirty|forty[ -]five|oh five|ten|twenty|twenty[ -]five|forty|fifty|am|pm))?"
    r"(?:\s*(?:am|pm))?|noon|midday)"
)
_CLOCK_SAID = re.compile(
    # at the start only a time that says it is one ("9am till 5pm"; "8 to 10" is a range of hours),
    # or one followed by "till" ("1 till 5": "till" is said of clock times, not of amounts)
    rf"(?:^\W*(?=\d{{1,2}}(?::\d\d|\s*(?:am|pm|a\.m\.|p\.m\.)))|\b(?:at|from|till|until|til|to|by|and)\s+|"
    rf"(?:^|(?<=\s))(?=(?:{_CLOCK})\s+(?:till|until|til)\b))"
    rf"({_CLOCK})(?![\w:])(?!\s*(?:minutes?|mins?|hours?|hrs?)\b)"
)
AT_CLOCK = re.compile(
    rf"\b(?:at|by|till|until|til)\s+(?:half past |quarter (?:past|to) )?({_CLOCK})(?![\w:])"
    r"(?!\s*(?:minutes?|mins?|hours?|hrs?|days?)\b)|\bfrom\s+\S+\s+(?:to|till|until)\s+\S+|"
    r"\b(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:till|until|til)\s+\S+|"
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)(?!\w)"
)


# Words of when, beside which "at ten" is a clock time.
_WHEN_WORDS = re.compile(
    rf"\b(?:(?:{'|'.join(WEEKDAYS)}|weekend|weekday|morning|afternoon|evening|night)s?|"
    r"tonight|tomorrow|usually|o'?clock|am|pm|noon|midday)\b"
)


def without_clock_times(question: object, t: str) -> str:
    """``t`` without the clock times it names ("at 2", "by half past three", "from 9 to 5") when the
    question counts minutes or hours: "I arrived at 2 and left by half past" says no duration (it
    had been stored as 2 minutes); for a question that counts no time, without the clock times
    said beside words of when ("Saturdays, usually, at ten" to "how much was each lesson?" holds
    no price)."""
    if question_unit(question) is None and _WHEN_WORDS.search(t):
        return AT_CLOCK.sub(" ", t)
    if question_unit(question) not in ("minute", "hour") or re.search(r"\bor\b", t):
        return t  # "from 8 to 10 or 11": alternatives, read as they are (asked again)
    return without_other_quantities(AT_CLOCK.sub(" ", british_half(t)), unit_pattern(question), clocks=False)


def british_half(t: str) -> str:
    """ "till half 3" → "till 3:30": British "half three" is half past three (not after "an")."""
    return re.sub(
        r"\b(?<!an )half (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
        r"(?!\s*(?:hours?|minutes?|an?\b|of\b))",
        lambda m: f"{m.group(1)}:30" if m.group(1).isdigit() else f"{m.group(1)} thirty",
        t,
    )


def clock_span(question: object, t: str) -> float | None:
    """The time between two clock times said for a question in minutes or hours ("I leave at eight
    fifteen and I get there at eight forty-five" → 30 minutes, "from 9 to 5" → 8 hours, "got there at
    eight and left at three" → 7 hours), read back by the caller; None unless exactly two times and
    no other number are said, or the span is not between a minute and twelve hours."""
    unit = question_unit(question)
    if unit not in ("minute", "hour") or asks_money(question):
        return None
    t = british_half(clock_words(t))  # "from quarter past eight till about ten"
    said = list(_CLOCK_SAID.finditer(t))
    rest = without_other_quantities(_CLOCK_SAID.sub(" ", t), None, clocks=False)  # "with 3 guys"
    if len(said) != 2 or numbers_in(rest) or re.search(r"\bor\b", t):
        return None  # "at 9 or at 10": two times offered, not a span
    times = []
    for m in said:
        clock = parse_time_of_day("at " + m.group(1).replace("-", " "))
        if clock is None:
            return None
        times.append(clock.hour * 60 + clock.minute)
    span = times[1] - times[0]
    if span <= 0:
        span += 12 * 60  # "at eight ... at three": the afternoon
    if not 1 <= span <= 12 * 60:
        return None
    return span if unit == "minute" else round(span / 60, 2)
