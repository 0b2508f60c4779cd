"""Totals a caller works out aloud instead of saying (issue 11): a rate and how many times it
applies, or the price of each item in turn.

- hours a week as hours a day times days ("nine hours a day, four days a week" 36, "two days,
  six hours each" 12, "half seven till five, Monday to Friday" 47.5): :func:`weekly_hours`;
- money as a price per item times the items ("forty each, and there were three of them" 120,
  "sixty a head for the two of us" 120): :func:`priced_count`;
- money as the price of each item in turn ("twenty for the first one, fifteen for the second"
  35): :func:`ordinal_prices`.

A careful interviewer multiplies and reads the total back before writing it down, so every total
here is an ``inferred`` reading (the survey reads it back). Anything that does not fit the shape
exactly (a third number, "or", a rate of another period, a total already said) gives None and the
ordinary rules decide. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import quantities, unit_answers
from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.spoken import numbers_in
from customario.dialogue.units import question_period, question_unit

_NUM = quantities.NUMBER_PHRASE
# A total already said, or two values offered: no product is worked out.
_SAID_TOTAL = re.compile(r"\b(?:or|total|in all|altogether|all together|all told|all up|so|makes|that'?s|which is)\b")
_PERIOD = r"(?:day|days|night|nights|week|weeks|fortnight|month|months|year|years|hour|hours|time|times)"

# ---------------------------------------------------------------- hours a week
_HOURS = re.compile(
    rf"\b(?P<n>{_NUM}|an?)\s+(?:hours?|hrs?)(?P<per>\s+(?:a|per|each|every)\s+(?:day|shift|session)|\s+each|\s+a\s+pop)?"
    rf"(?P<week>\s+(?:a|per|each|every|in a|this|that)\s+week)?\b"
)
_DAYS = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:days?|mornings?|afternoons?|shifts?|sessions?)"
    r"(?:\s+(?:a|per|each|every|in a|that|this|of the)\s+week)?\b"
)
_WEEKDAY_SPAN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:to|through|thru|till|until|-)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:every |each |on )?weekdays?\b|\bevery day\b"
)


def _one_number(text: str) -> float | None:
    """The one number in ``text``, or None when it says none or several."""
    nums = numbers_in(_prep_numbers(text))
    return nums[0] if len(nums) == 1 else None


def _days_said(t: str) -> tuple[float, str] | None:
    """(days a week, ``t`` without them) for "four days (a week)", "Monday to Thursday",
    "weekdays", "every day"; None when no such span or more than one is said."""
    from customario.dialogue.units import days_per_week

    found = list(_DAYS.finditer(t))
    if len(found) == 1:
        n = _one_number(found[0].group("n"))
        if n is None or n != int(n) or not 1 <= n <= 7:
            return None
        return n, t[: found[0].start()] + " " + t[found[0].end() :]
    if found:
        return None
    span = list(_WEEKDAY_SPAN.finditer(t))
    days = days_per_week(t) if len(span) == 1 else None
    return (float(days), t[: span[0].start()] + " " + t[span[0].end() :]) if days else None


def weekly_hours(question: Any, t: str) -> float | None:
    """Hours a week from hours a day and days a week, for a number question asked in hours per
    week: "nine hours a day, four days a week" 36, "two days, six hours each" 12, "seven till
    three, Monday to Friday" 40 (a clock span of each day, :func:`unit_answers.clock_span`). None
    unless exactly one day count (1-7) and one daily span (at most 24 hours) are said and nothing
    else: hours already said per week ("forty hours a week, five days") are the answer itself."""
    if question_unit(question) != "hour" or question_period(question) != "week" or _SAID_TOTAL.search(t):
        return None
    days = _days_said(t)
    if days is None:
        return None
    n_days, rest = days
    hours = list(_HOURS.finditer(rest))
    if len(hours) == 1:
        m = hours[0]
        daily = 1.0 if m.group("n") in ("a", "an") else _one_number(m.group("n"))
        left = rest[: m.start()] + " " + rest[m.end() :]
        if m.group("week") or daily is None or numbers_in(_prep_numbers(left)):
            return None
    elif not hours:
        daily = unit_answers.clock_span(question, rest)  # "eight till six": the span of one day
    else:
        return None
    if daily is None or not 0 < daily <= 24:
        return None
    return daily * n_days


# ---------------------------------------------------------------- a price per item times the items
_EACH = re.compile(
    rf"\b(?P<price>{_NUM})(?:\s+(?:dollars?|bucks?|quid|pounds?|euros?))?\s+"
    rf"(?:each|apiece|a piece|a head|per (?!{_PERIOD}\b)[a-z]+|a (?!{_PERIOD}\b)(?:bag|kid|child|person|ticket|item|pop)|"
    rf"for (?:each|every) (?!{_PERIOD}\b)(?:one|[a-z]+))\b"
)
# The items counted: "there were three of them", "I had two bags", "we have two there", "for the
# two of us", "two kids".
_ITEMS = re.compile(
    rf"^\W*(?:and\s+|but\s+|with\s+)?(?:(?:i|we|they)\s+(?:had|have|got|'?ve got|checked|brought|bought|took|sent)\s+|"
    rf"there (?:were|are|was)\s+|for (?:the |all )?)?(?P<n>{_NUM})(?:\s+of (?:us|them|'em|those))?"
    r"(?:\s+(?!(?:dollars?|bucks?|cents?|quid|pounds?|euros?|hundred|thousand)\b)[a-z]+)?"
    r"(?:\s+(?:there|in total|of them|with us))?\W*$"
)


def priced_count(t: str) -> float | None:
    """A money total said as a price each and how many ("forty each, and there were three of
    them" 120, "sixty a head, for the two of us" 120, "we had two, twenty-five per bag" 50), or
    None. The price must say it is per item (each, apiece, per bag, for every one), never per
    period ("750 a month, for two kids" is no product), and the other clause must hold only the
    count (2-20 items)."""
    if _SAID_TOTAL.search(t):
        return None
    found = list(_EACH.finditer(t))
    if len(found) != 1:
        return None
    m = found[0]
    before, after = t[: m.start()], t[m.end() :]
    if _FILLER.fullmatch(before):
        items = _ITEMS.match(after)
    elif _FILLER.fullmatch(after):
        items = _ITEMS.match(re.sub(r"\W*$", "", before) + " ")
    else:
        return None
    price = _one_number(m.group("price"))
    count = _one_number(items.group("n")) if items else None
    if price is None or count is None or count != int(count) or not 2 <= count <= 20:
        return None
    return round(price * count, 2)


# Words around a price that say nothing more: "it was", "I paid", "um".
_FILLER = re.compile(
    r"\W*(?:(?:it was|it'?s|that was|i paid|we paid|they charged(?: me| us)?|um+|uh+|er+|so|well|oh)\W+)*\W*"
)


# ---------------------------------------------------------------- each item priced in turn
_ORDINALS = ("first", "second", "third", "fourth", "fifth")
_IN_TURN = re.compile(
    rf"^\W*(?:and\s+|then\s+|plus\s+)?(?:it was\s+|it'?s\s+|about\s+)?(?P<price>{_NUM})(?:\s+(?:dollars?|bucks?))?\s+"
    r"for\s+(?:the\s+|my\s+)?(?P<ord>first|second|third|fourth|fifth|other|next|last)(?:\s+(?:one|[a-z]+))?\W*$"
)


def ordinal_prices(t: str) -> float | None:
    """A money total said as the price of each item in turn ("twenty for the first one, fifteen
    for the second" 35, "ten for the first bag and twelve for the other" 22), or None: two to
    five clauses, each only a price for the first, second ... item, the first of them first."""
    parts = [p for p in re.split(r"\s*[,;.]\s*|\s+(?=and\s)|\s+(?=then\s)|\s+(?=plus\s)", t.strip()) if p.strip(" ,.")]
    if not 2 <= len(parts) <= 5 or _SAID_TOTAL.search(t):
        return None
    total, seen = 0.0, []
    for p in parts:
        m = _IN_TURN.match(p)
        price = _one_number(m.group("price")) if m else None
        if price is None:
            return None
        total += price
        seen.append(m.group("ord"))
    if seen[0] != "first" or len(set(seen)) != len(seen):
        return None
    return round(total, 2)


def worked_out_total(question: Any, t: str) -> float | None:
    """The total a caller works out aloud for a number question (see the module docstring), or
    None; the caller reads it back."""
    if quantities.asks_money(question):
        total = priced_count(t)
        return total if total is not None else ordinal_prices(t)
    return weekly_hours(question, t)
