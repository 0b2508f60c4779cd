"""Dates said with words the date reader does not take alone (issue 11), rewritten into a date
it reads; every rewrite is read back by the survey (``inferred``):

- the month by its number: "the ninth of the fourth month" is April 9th (:func:`month_by_number`);
- a day of a month named relative to today: "the tenth of next month", "next month, on the
  tenth", "the second of this month" (:func:`day_of_relative_month`);
- a day said beside a holiday it falls just after or before: "just after New Year, the third"
  is January 3rd (:func:`day_near_holiday`);
- a weekday of a holiday's long weekend: "Labor Day weekend, the Sunday" is the Sunday before
  Labor Day (:func:`weekday_of_holiday_weekend`);
- a full date said with an occasion beside it that the caller only links to it ("the second of
  May, the same day as my sister's wedding", "on her fifth birthday, the ninth of May"): the
  occasion is dropped (:func:`without_occasion`);
- two days offered and the weekday that settles them: "the twentieth or twenty-first, it was a
  Friday" (:func:`day_by_its_weekday`);
- a full date placed just before or after another day: "the second of January, right after New
  Year" (:func:`without_placing_clause`);
- a weekday beside a count of weeks: "Saturday, about a week ago" (:func:`weekday_near_weeks`).

Pure functions on cleaned text; ``read`` is :func:`customario.dialogue.date_reading.read_date`
passed in by :mod:`customario.dialogue.answers`. No I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from customario.dialogue import date_holidays
from customario.dialogue.date_weekends import weekend_day
from customario.dialogue.spoken_dates import _ORDINALS, MONTHS, WEEKDAYS

_ORDINAL_RX = "|".join(sorted((w for w in _ORDINALS if not w.isdigit()), key=len, reverse=True))
_DAY_RX = rf"(?:(?:twenty|thirty)[ -])?(?:{_ORDINAL_RX})|\d{{1,2}}(?:st|nd|rd|th)"
_MONTH_NUMBER = re.compile(rf"\bof the (?P<n>{_ORDINAL_RX}|\d{{1,2}}(?:st|nd|rd|th)) month\b")


def _ordinal(word: str) -> int | None:
    """12 for "twelfth", "12th", "twenty-first" → 21; None when not an ordinal of a day."""
    word = word.strip().replace(" ", "-")
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", word):
        return int(word[:-2])
    tens, _, unit = word.rpartition("-")
    base = {"twenty": 20, "thirty": 30}.get(tens, 0) if tens else 0
    n = _ORDINALS.get(unit)
    return base + n if isinstance(n, int) and (base == 0 or n < 10) else None


def month_by_number(t: str) -> str:
    """``t`` with "of the third month" as "of march" (1-12); ``t`` itself otherwise."""

    def named(m: re.Match) -> str:
        n = _ordinal(m.group("n"))
        return f"of {MONTHS[n - 1]}" if n and 1 <= n <= 12 else m.group(0)

    return _MONTH_NUMBER.sub(named, t)


_RELATIVE_MONTH = re.compile(
    rf"\b(?:(?:on )?the (?P<d1>{_DAY_RX}) of (?P<w1>next|this|last) month|"
    rf"(?P<w2>next|this|last) month,? (?:on )?the (?P<d2>{_DAY_RX}))\b"
)


def day_of_relative_month(t: str, today: date) -> str:
    """``t`` with "the fifth of next month" / "next month, on the fifth" as that day's month name
    and year ("april 5th 2028" when today is in March 2028); ``t`` itself otherwise."""
    m = _RELATIVE_MONTH.search(t)
    if not m:
        return t
    day = _ordinal(m.group("d1") or m.group("d2"))
    shift = {"next": 1, "this": 0, "last": -1}[m.group("w1") or m.group("w2")]
    month0 = today.month - 1 + shift
    year, month = today.year + month0 // 12, month0 % 12 + 1
    if day is None:
        return t
    try:
        date(year, month, day)
    except ValueError:
        return t
    return t[: m.start()] + f"{MONTHS[month - 1]} {day}, {year}" + t[m.end() :]


_NEAR = re.compile(r"\b(?P<side>(?:right |just |straight |the day |the week )?(?:after|before))\s+(?P<what>[^,;.]+)")


def day_near_holiday(t: str, today: date, tense: str, read: Callable) -> str:
    """``t`` as "<month> <day>, <year>" when it says a day of the month without a month beside a
    holiday the day falls up to a week after or before ("right after Christmas, the 27th" →
    December 27th of that Christmas's year); ``t`` itself otherwise."""
    if any(re.search(rf"\b{mo}\b", t) for mo in MONTHS):
        return t
    near = _NEAR.search(t)
    days = [
        d
        for d in re.finditer(rf"\bthe (?P<d>{_DAY_RX})\b", t)
        if not near or d.start() >= near.end() or d.end() <= near.start()
    ]
    if not near or len(days) != 1:
        return t
    held, _ = read(near.group("what"), today, tense)
    day = _ordinal(days[0].group("d"))
    if held is None or day is None:
        return t
    after = near.group("side").endswith("after")
    for month0 in (held.month - 1, held.month, held.month - 2):
        year, month = held.year + month0 // 12, month0 % 12 + 1
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        gap = (d - held).days
        if (0 < gap <= 7) if after else (-7 <= gap < 0):
            return f"{MONTHS[month - 1]} {day}, {year}"
    return t


# An occasion said beside a date: "same day as ...", "on his birthday", "the day of the wedding".
_OCCASION = re.compile(
    r"^(?:(?:the |on the |it was the |which was the )?same day as\b|(?:on |it was )?(?:his|her|my|our|their|the kids'?|"
    r"[a-z]+'s) (?:\w+ )?(?:birthday|anniversary|wedding|graduation|first day)\b|(?:on |the day of )?(?:the |our |my )"
    r"(?:wedding|graduation|funeral|move|party))"
)


def without_occasion(t: str, today: date, tense: str, read: Callable) -> str:
    """``t`` without a clause naming an occasion when another clause gives a full date (a day and
    a month): the occasion only says why the caller remembers it; ``t`` itself otherwise."""
    clauses = [c.strip() for c in re.split(r"[,;]|\.\s", t) if c.strip(" .!?")]
    if len(clauses) < 2:
        return t
    kept = [c for c in clauses if not _OCCASION.match(c)]
    if len(kept) != 1 or len(kept) == len(clauses):
        return t
    if not any(re.search(rf"\b{mo}\b", kept[0]) for mo in MONTHS) or not re.search(
        rf"\b(?:{_DAY_RX}|\d{{1,2}})\b", kept[0]
    ):
        return t
    d, _ = read(kept[0], today, tense)
    return kept[0] if d is not None else t


# "Labor Day weekend", "Easter long weekend", "the Memorial Day weekend": a holiday's weekend.
_HOLIDAY_WEEKEND = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:on|over|during|at|it was|that was|the)\s+)(?P<what>[a-z' ]+?)\s+(?:long\s+)?weekend\b"
)
# The days a long weekend around a holiday spans: Friday to Monday.
_WEEKEND_DAYS = ("friday", "saturday", "sunday", "monday")


def weekday_of_holiday_weekend(t: str, today: date, tense: str, read: Callable) -> str:
    """``t`` as "<month> <day>, <year>" when it names one weekday (Friday to Monday) of a holiday's
    long weekend ("Labor Day weekend, the Sunday" → the Sunday before Labor Day, "Thanksgiving
    weekend, on the Saturday" → two days after Thanksgiving): the day of that weekday within three
    days of the holiday, which is one day; ``t`` itself otherwise (a day of the month said, no
    holiday read, no weekday or two)."""
    m = _HOLIDAY_WEEKEND.search(t)
    named = [w for w in WEEKDAYS if re.search(rf"\b{w}s?\b", t)]
    if m is None or len(named) != 1 or named[0] not in _WEEKEND_DAYS or re.search(rf"\d|\b(?:{_DAY_RX})\b", t):
        return t
    # "Labor Day weekend last year, the Sunday": the year said after the weekend is the holiday's
    year = date_holidays.year_phrase_at(t[m.end() :])
    held, how = read(f"{m.group('what')} {year}".strip(), today, tense)
    if held is None or how == "ambiguous":
        return t
    hits = [
        held + timedelta(days=k)
        for k in range(-3, 4)
        if (held + timedelta(days=k)).weekday() == WEEKDAYS.index(named[0])
    ]
    d = hits[0]
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


# Two days of the month offered as alternatives: "the twentieth or twenty-first", "the 3rd or the 4th".
_TWO_DAYS = re.compile(rf"\b(?:the )?(?P<a>{_DAY_RX}) or (?:the )?(?P<b>{_DAY_RX})\b")


def day_by_its_weekday(t: str, today: date, tense: str, read: Callable) -> str:
    """``t`` as "<month> <day>, <year>" when it offers two days of the month and names the one
    weekday that only one of them falls on ("The twentieth or twenty-first, it was a Friday": the
    caller settles it by the weekday); ``t`` itself otherwise (no month read for either day, both
    or neither on that weekday, another date said)."""
    m = _TWO_DAYS.search(t)
    named = [w for w in WEEKDAYS if re.search(rf"\b{w}s?\b", t)]
    if m is None or len(named) != 1 or len(_TWO_DAYS.findall(t)) != 1:
        return t
    rest = t[: m.start()] + " " + t[m.end() :]
    months = [w for w in MONTHS if re.search(rf"\b{w}\b", rest)]
    if re.search(rf"\d|\b(?:{_DAY_RX})\b", rest) or len(months) > 1:
        return t
    days = []
    for part in ("a", "b"):
        d, how = read(f"{months[0] if months else ''} the {m.group(part)}".strip(), today, tense)
        if d is None or how == "ambiguous":
            return t
        days.append(d)
    hits = [d for d in days if d.weekday() == WEEKDAYS.index(named[0])]
    if len(hits) != 1:
        return t
    return f"{MONTHS[hits[0].month - 1]} {hits[0].day}, {hits[0].year}"


# A clause placing a date just before or after another day: "before we went to the in-laws for
# Christmas", "right after New Year", "the week after Easter".
_PLACED = re.compile(
    r"^\s*(?:and |it was |that was |so )?(?P<side>(?:right |just |straight |shortly |the day |the week |a few days |a couple "
    r"of days )?(?:after|before))\b(?P<what>.+)$"
)


# A stretch of time named with no day of its own, which places a full date but cannot be checked
# against it: "after the holidays", "before the summer holidays", "just after exams" (answers blind58,
# blind60 had asked again). The full date is kept and read back.
_STRETCH_NAMED = re.compile(
    r"^\s*(?:the |our |his |her |my |their |all )?(?:(?:summer|winter|spring|autumn|easter|christmas|school|half[- ]term|"
    r"mid-?term|term|puja|diwali|new year|long|mid-?year|end of year|end-of-year|board|final) )?"
    r"(?:holidays?|hols|break|vacation|exams?|term|results)\s*$"
)


def without_placing_clause(t: str, today: date, tense: str, read: Callable) -> str:
    """The clause of ``t`` that gives a full date (a day and a month) when the one other clause
    only places it up to two weeks before or after a day it names ("The twenty-third of December,
    before we went to the in-laws for Christmas", "the second of January, right after New Year":
    answers blind40 had asked again), or before or after a stretch with no day of its own ("after
    the holidays", :data:`_STRETCH_NAMED`); ``t`` itself otherwise (the date on the wrong side of
    that day, or further from it, or more clauses)."""
    clauses = [c for c in re.split(r"[,;]", t.strip(" .!?")) if c.strip()]
    if len(clauses) != 2:
        return t
    full, placed = clauses[0].strip(), _PLACED.match(clauses[1])
    if placed is None or not any(re.search(rf"\b{mo}\b", full) for mo in MONTHS):
        return t
    if not re.search(rf"\b(?:{_DAY_RX}|\d{{1,2}})\b", full):
        return t
    d, how = read(full, today, tense)
    if d is not None and how != "ambiguous" and _STRETCH_NAMED.match(placed.group("what")):
        return full  # "the second of January, after the holidays": a stretch with no day to check
    # "right after New Year": New Year's Day (the bare words are the eve or the day, never read alone)
    what = re.sub(r"\bnew year\b(?!'?s)", "new year's day", placed.group("what"))
    held, held_how = read(what, today, tense)
    if d is None or held is None or how == "ambiguous" or held_how == "ambiguous":
        return t
    gap = (d - held).days if placed.group("side").endswith("after") else (held - d).days
    return full if 0 < gap <= 14 else t


# A count of weeks from today said roughly beside a weekday: "Saturday, about a week ago", "the
# Tuesday, a couple of weeks back", "Thursday, in about three weeks".
# Only a count said roughly: "Three weeks back, a Thursday" (a count that misses the weekday) and
# "two weeks ago Monday" (two readings) are asked again.
_ROUGHLY = r"(?:about|around|roughly|maybe|like|just over|just under|a little over|nearly|almost)"
_WEEKS_OFF = re.compile(
    rf"\b(?:{_ROUGHLY}\s+(?P<ago>a|one|two|three|four)|(?P<couple>a couple of))\s+weeks?\s+(?:ago|back)\b|"
    rf"\bin\s+(?:{_ROUGHLY}\s+(?P<ahead>a|one|two|three|four)|(?P<couple2>a couple of))\s+weeks?(?:'?s? time)?\b"
)


def weekday_near_weeks(t: str, today: date) -> str:
    """``t`` as "<month> <day>, <year>" when it names one weekday and a rough count of weeks from
    today ("Saturday, about a week ago" said on a Friday: the Saturday six days before, answers
    blind42 had asked again): the one day of that weekday within three days of the count; ``t``
    itself otherwise (no or two weekdays, a day of the month or a month said, a count said
    exactly: "a week ago Tuesday" may be two days and is asked again by the date reader)."""
    named = [w for w in WEEKDAYS if re.search(rf"\b{w}s?\b", t)]
    counts = list(_WEEKS_OFF.finditer(t))
    if len(named) != 1 or len(counts) != 1 or re.search(rf"\d|\b(?:{_DAY_RX})\b", t):
        return t
    if any(re.search(rf"\b{mo}\b", t) for mo in MONTHS if mo != "may"):
        return t
    m = counts[0]
    said = m.group("ago") or m.group("ahead") or m.group("couple") or m.group("couple2")
    weeks = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "a couple of": 2}[said]
    back = m.group("ago") or m.group("couple")
    counted = today + timedelta(weeks=-weeks if back else weeks)
    hits = [counted + timedelta(days=k) for k in range(-3, 4)]
    d = next(h for h in hits if h.weekday() == WEEKDAYS.index(named[0]))
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def plain_date(t: str, today: date, tense: str, read: Callable) -> str:
    """``t`` with every rewrite of this module applied (see the module docstring)."""
    t = day_by_its_weekday(t, today, tense, read)
    t = month_by_number(t)
    t = day_of_relative_month(t, today)
    t = without_occasion(t, today, tense, read)
    t = without_placing_clause(t, today, tense, read)
    t = weekday_near_weeks(t, today)
    t = weekday_of_holiday_weekend(t, today, tense, read)
    t = weekend_day(t, today)  # "last weekend, the Saturday" said on a Sunday: the week before
    return day_near_holiday(t, today, tense, read)
