"""A weekend named relative to today, with its day ("last weekend, the Saturday", "next weekend,
on the Sunday"), read the way it is said near a weekend (issue 11, dates in words):

- "last weekend", "the weekend just gone", "this past weekend" is the last weekend that is over:
  said on a Saturday or a Sunday it is the weekend before, never the one under way (on Saturday
  15 October "last weekend, the Saturday" is 8 October, not today); "the weekend before last" is
  the one before that;
- "this weekend", "this coming weekend" said on a Friday, Saturday or Sunday is the weekend at
  hand (on Monday "this weekend" may still be the one just gone: left to the date reader);
- "next weekend" and "the weekend after next" said on a Friday, Saturday or Sunday count from the
  weekend at hand (said on Friday 14 October, "next weekend, the Saturday" is 22 October, not
  tomorrow). Said from Monday to Thursday, "next weekend" may be the coming one or the one after,
  as "next Saturday" may: "next weekend, the Saturday" is rewritten "next saturday", which the
  date reader asks about with both dates (the convention of the development answers corpora,
  whose "next Saturday" said from Monday to Thursday is asked again in nine corpora of nine).

Only Saturday and Sunday are days of a weekend here, and only one of them may be named; a day of
the month said beside it leaves the words to the date reader. The rewrite is "<month> <day>,
<year>", which the date reader reads and the survey reads back (``inferred``). A date on the wrong
side of today for the question's tense is then asked again as any other. Used by
:func:`customario.dialogue.date_asides.plain_date`. Pure functions; nothing here reads the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from customario.dialogue.spoken_dates import MONTHS

_SATURDAY = 5
_LAST = r"last weekend|(?:the|this) (?:last |past )?weekend (?:just )?gone|this past weekend|the past weekend"
_BEFORE_LAST = r"the weekend before last|weekend before last"
_THIS = r"this (?:coming )?weekend"
_NEXT = r"next weekend|the weekend after this(?: one)?"
_AFTER_NEXT = r"the weekend after next|weekend after next"
_WHICH = re.compile(
    rf"\b(?:(?P<before_last>{_BEFORE_LAST})|(?P<after_next>{_AFTER_NEXT})|(?P<last>{_LAST})|(?P<next>{_NEXT})|"
    rf"(?P<this>{_THIS}))\b"
)
# A day of the month or a month said beside the weekend: the date reader reads those.
_DATE_SAID = re.compile(
    r"\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|"
    r"twentieth|thirtieth|twenty[- ]\w+|thirty[- ]first)\b|\b(?:" + "|".join(MONTHS) + r")\b"
)


def weekend_day(t: str, today: date) -> str:
    """``t`` (cleaned) as "<month> <day>, <year>" when it names a weekend relative to today and
    one day of it, Saturday or Sunday ("last weekend, the Saturday", "next weekend on the Sunday"
    said on a Friday); the weekend alone when it names both days (a span, asked again by the date
    reader); ``t`` itself otherwise (no such weekend, no day, another
    weekday, a day of the month or month said); "next <day>" for "next weekend" and one day said
    from Monday to Thursday.
    See the module docstring for which weekend each phrase is."""
    m = _WHICH.search(t)
    if m is None or _DATE_SAID.search(t):
        return t
    days = {w for w in ("saturday", "sunday") if re.search(rf"\b{w}s?\b", t)}
    others = re.search(r"\b(?:monday|tuesday|wednesday|thursday|friday)s?\b", t)
    if len(days) == 2 and not others and not re.search(r"\b(?:no|not|or)\b", t):
        # "Last weekend, Saturday and Sunday": the two days, a span (the date reader asks again
        # for a weekend said alone); it had been read as the Saturday of the weekend under way
        return m.group(0)
    if len(days) != 1 or others:
        return t
    wd = today.weekday()
    at_hand = today + timedelta(days=_SATURDAY - wd) if wd < _SATURDAY else today - timedelta(days=wd - _SATURDAY)
    near_weekend = wd >= 4  # Friday, Saturday, Sunday: "next weekend" counts from the one at hand
    if m.group("last"):
        saturday = at_hand - timedelta(days=7)
    elif m.group("before_last"):
        saturday = at_hand - timedelta(days=14)
    elif m.group("this") and near_weekend:
        saturday = at_hand
    elif m.group("next") and near_weekend:
        saturday = at_hand + timedelta(days=7)
    elif m.group("after_next") and near_weekend:
        saturday = at_hand + timedelta(days=14)
    elif m.group("next"):
        # Said from Monday to Thursday: the coming weekend or the one after, as "next Saturday"
        # is (asked which, with both dates); it had been read as the Saturday nearest today, even
        # the one just gone
        return f"next {days.pop()}"
    else:
        return t
    d = saturday + timedelta(days=1 if days == {"sunday"} else 0)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
