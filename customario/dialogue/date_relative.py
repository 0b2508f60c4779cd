"""Dates counted from today or from a weekday (issue 11), read for :func:`customario.dialogue.date_reading.read_date`:
a span from today ("eight weeks from today", "a month ago"), a weekday a week beyond its next or last
occurrence ("Thursday. Not this one, the one after."), a weekday "just gone" (British English).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from customario.dialogue.spoken import parse_number
from customario.dialogue.spoken_dates import WEEKDAYS


def weekday_beyond(base: date, weekday: int, step: int) -> date:
    """The first day strictly after ``base`` (``step`` 1) or strictly before it (``step`` -1) that
    falls on ``weekday`` (0 = Monday): "the Friday after Thanksgiving", "Monday, not this one"."""
    return base + timedelta(days=step * ((step * (weekday - base.weekday()) - 1) % 7 + 1))


# A count said in words or digits ("eight weeks from today", "in 6 weeks", "ten days from now"):
# a count the pattern did not know once left "from today" read as today itself (a wrong date).
# "twenty-one days ago" had been read as "one days ago" (yesterday, stored at full confidence): a
# compound count is one count, and a ten before a unit word is never a count of its own.
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
WEEK_COUNT = (
    rf"(a|an|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](?:{_UNITS})|"
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![ -](?:{_UNITS})\b)|{_UNITS}|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+)"
)
_SPAN_UNIT = r"(days?|weeks?|months?|years?)"


def span_from(today: date, qty: int, unit: str, sign: int) -> date:
    """``today`` (or any date counted from) moved by ``qty`` days, weeks, months or years (``sign``
    -1: back); months and years by the calendar (dateutil's relativedelta: 31 January + 1 month =
    28 or 29 February)."""
    step = relativedelta(**{unit.rstrip("s") + "s": sign * qty})
    return today + step


def counted_from(base: date, qty: int, unit: str, sign: int, how: str) -> tuple[date | None, str]:
    """(``base`` moved by ``qty`` weeks, months or years, method) for a date counted from another
    ("a week from Friday", "a month before the Fourth of July"): weeks keep ``how``, months and
    years are said loosely and read back (``inferred``); (None, ``ambiguous``) when the day does
    not exist in the month reached ("a month before Halloween": 30 September or 1 October)."""
    moved = span_from(base, qty, unit, sign)
    if unit[0] == "w":
        return moved, how
    return (moved, "inferred") if moved.day == base.day else (None, "ambiguous")


def weeks_away(t: str, today: date) -> tuple[date | None, str] | None:
    """ "a week from today", "in two weeks", "eight weeks from now", "ten days from today", "a month
    from now", "a week ago": a span counted from today. A span whose count is not one number (
    "a few weeks from now") gives (None, ``ambiguous``), never today's date."""
    m = re.search(
        rf"\b(?:{WEEK_COUNT}|\w+) {_SPAN_UNIT} (?:from|after) (?:today|now)\b|\bin {WEEK_COUNT} {_SPAN_UNIT}\b", t
    )
    sign = 1
    if not m:
        m, sign = re.search(rf"\b{WEEK_COUNT} {_SPAN_UNIT} ago\b", t), -1
    if not m:
        return None
    qty_word = m.group(1) or (m.group(3) if sign == 1 else None)
    unit = m.group(2) or m.group(4)
    qty = 1 if qty_word in ("a", "an", "one") else parse_number(qty_word or "")
    if not qty or qty != int(qty):
        return None, "ambiguous"
    # days and weeks count exactly; "a year ago", "a month from now" are said loosely (read back)
    return span_from(today, int(qty), unit, sign), "phrase" if unit[0] in "dw" else "inferred"


def not_this_one(t: str, today: date) -> date | None:
    """ "Thursday. Not this one, the one after.", "Friday, not this coming one, the next": the
    weekday a week after its next occurrence (after today); "Monday, not the last one, the one
    before", "Saturday, not this past one, the one before", "not this past Saturday, the one
    before": a week before its last one. None when ``t`` says no such thing, or when a past one is
    ruled out for "the one after" (the coming one, or a week later?)."""
    days = "|".join(WEEKDAYS)
    then = r"\W+(?:but )?(?:the )?(?:one |week )?(after|next|following|before)\b"
    m = re.search(
        rf"\b({days})\b\W+(?:no,? )?not (?:this|this coming|the coming|that|the last|last) one{then}", t
    ) or re.search(rf"\b({days})\b\W+(?:no,? )?not (?:this|the) (?:past|just gone) one{then}", t)
    # "Not this past Saturday, the one before" (answers blind45 had read this past Saturday): the
    # weekday named inside the words that rule it out
    m = m or re.search(rf"\bnot (?:this|the) (?:past|last) ({days})\b{then}", t)
    if m is None:
        return None
    step = -1 if m.group(2) == "before" else 1
    if step == 1 and re.search(r"\bnot (?:this|the) (?:past|just gone)\b|\bnot (?:this|the) last (?!one\b)", t):
        return None  # "not this past Saturday, the one after": the coming one, or a week later?
    return weekday_beyond(today, WEEKDAYS.index(m.group(1)), step) + timedelta(days=7 * step)


def weekday_gone(t: str, today: date) -> date | None:
    """ "This Wednesday gone", "Friday just gone" (British English): the latest such weekday before
    today (a week back when it is today's); "a week last Monday": the Monday a week before that;
    None when ``t`` says no such thing."""
    days = "|".join(WEEKDAYS)
    m = re.search(rf"\ba week (last|gone)(?: on)? ({days})\b", t)
    if m:
        # "a week last Monday" (British English): the Monday a week before last Monday
        back = (today.weekday() - WEEKDAYS.index(m.group(2))) % 7 or 7
        return today - timedelta(days=back + 7)
    m = re.search(rf"^(?:\W*(?:just|only|it was|that was|oh|um|uh|on))*\W*(?:this |the )?({days}) (?:just )?gone\b", t)
    if not m or re.search(r"\b(?:week|weeks|fortnight)\b", t):
        return None
    return today - timedelta(days=(today.weekday() - WEEKDAYS.index(m.group(1))) % 7 or 7)


# "next Friday", "last Saturday" said alone: no day of the month, no week counted, no second day.
_NEXT_OR_LAST = re.compile(rf"\b(next|last) ({'|'.join(WEEKDAYS)})\b")
_MORE_SAID = re.compile(
    rf"\d|\b(?:week|weeks|fortnight|after|before|or|gone|{'|'.join(WEEKDAYS)})\b|"
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b"
)


def next_or_last_readings(t: str, today: date) -> tuple[date, date] | None:
    """The two honest readings of a bare "next Friday" or "last Friday" (``t`` cleaned, lower case),
    earlier first, or None when only one is honest.

    The convention (the writers of the development answers corpora, whose lines with a weekday
    after next/last all read so): "next Friday" is the first Friday after today and "last Friday"
    the last one before it (a week away when it is today's weekday). Two readings are honest, and
    the caller is asked which, when
    - the day is tomorrow or yesterday ("next Friday" said on a Thursday, "last Friday" on a
      Saturday): someone who means that day mostly says "tomorrow" or "yesterday", so the day a
      week further is as likely;
    - "next Friday" falls in the same calendar week as today (weeks from Monday, ISO 8601): "next"
      is then "this Friday" to some callers and the Friday of next week to others (no writer of
      the corpora used it so; their "last Tuesday" said on a Friday is three days back).
    A day of the month, a counted week or another weekday said with it settles which (None)."""
    m = _NEXT_OR_LAST.search(t)
    if m is None or _MORE_SAID.search(t[: m.start()] + " " + t[m.end() :]) or len(_NEXT_OR_LAST.findall(t)) > 1:
        return None
    weekday = WEEKDAYS.index(m.group(2))
    if m.group(1) == "next":
        near = weekday_beyond(today, weekday, 1)
        if (near - today).days == 1 or near.isocalendar()[:2] == today.isocalendar()[:2]:
            return near, near + timedelta(days=7)
        return None
    near = weekday_beyond(today, weekday, -1)
    return (near - timedelta(days=7), near) if (today - near).days == 1 else None


def ago_from(t: str, today: date) -> tuple[date | None, str] | None:
    """ "A week ago yesterday" (British English): seven days before yesterday, read back; "three
    weeks ago today", "eight days ago yesterday". Every count: "eight weeks ago yesterday" had been
    read as eight weeks ago, a day late and stored unconfirmed (answers blind44), as had "eight days
    ago yesterday" and "2 weeks ago yesterday". None for other words."""
    m = re.search(rf"\b{WEEK_COUNT} (days?|weeks?) ago,? (yesterday|today)\b", t)
    if m is None:
        return None
    count = 1 if m.group(1) in ("a", "an", "one") else parse_number(m.group(1))
    if not count or count != int(count):
        return None, "ambiguous"
    days = int(count) * (7 if m.group(2).startswith("week") else 1) + (m.group(3) == "yesterday")
    return today - timedelta(days=days), "inferred"
