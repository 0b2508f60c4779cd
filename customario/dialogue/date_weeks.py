"""A weekday of a week or weekend named by another day (issue 11): "Thanksgiving week, the
Tuesday", "the weekend before Memorial Day, the Saturday", "the week after the 10th of March, on
the Friday", "Labor Day weekend, the Sunday".

The anchor day is read by the date reader itself (a holiday, "the 12th", "the fifth of May"), its
calendar week is the one that contains it (Monday first, ISO 8601, as :mod:`date_reading` counts
"next week Friday"), shifted a week by "before"/"after"; a weekend is the Saturday and Sunday
before, after or beside the anchor. The one weekday said then names one day, read back by the
survey (``inferred``). Anything less certain gives None and the ordinary readings decide: two
weekdays, a month or day of the month said outside the anchor, "or", a weekday that no weekend has
("the weekend before Easter, the Tuesday"), a bare "Easter weekend" on a Tuesday-to-Wednesday
anchor. Pure functions; nothing here reads the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from customario.dialogue.date_reading import day_of_month
from customario.dialogue.spoken_dates import MONTHS, WEEKDAYS

_DAYS = "|".join(WEEKDAYS)
# "the Tuesday", "on the Saturday", "Tuesday": one weekday, never "next Tuesday" or "Tuesdays".
_WEEKDAY = re.compile(rf"(?<!next )(?<!last )(?<!this )(?<!coming )(?<!past )\b({_DAYS})\b(?!s\b|')")
# "the week before X", "the weekend after X", "the week of X": the anchor follows.
_WEEK_THEN_ANCHOR = re.compile(r"\b(?:the )?(week|weekend) (before|after|of) (?P<anchor>[^,;.!?]+)")
# "Thanksgiving week", "Easter weekend", "the 4th of July weekend": the anchor goes before.
_BARE_WEEK = re.compile(r"\b(week|weekend)\b")
# Weeks said relative to today are read elsewhere ("next week", "the week after next").
_RELATIVE = re.compile(r"\b(?:next|last|this|that|the|a|one|two|three|every|each|per|same|following|previous)\s*$")


def _anchor(words: str, today: date, tense: str, read: Callable) -> date | None:
    """The one day ``words`` name (read by ``read``, the date reader), or None: nothing, a
    weekday of its own, a relative week ("next", "last") or a reading the reader is unsure of."""
    words = re.sub(r"^\W*(?:the )?|\W*$", "", words)
    if not words or _RELATIVE.search(words) or re.search(rf"\b(?:{_DAYS}|next|last|ago|or)\b", words):
        return None
    d, how = read(words, today, "nearest" if tense == "nearest" else tense)
    if d is None and tense != "nearest":
        # "the week before Christmas, the Monday" said on 27 December for a past visit: the holiday
        # is the one nearest today, the day is checked against the tense afterwards
        d, how = read(words, today, "nearest")
    return d if how != "ambiguous" else None


def _anchor_before_week(t: str, today: date, tense: str, read: Callable) -> tuple[date, str, tuple] | None:
    """(anchor day, ``week`` or ``weekend``, span of the words) for a week named by the day said
    before it ("Thanksgiving week", "the 4th of July weekend", "the Tuesday of Easter week": the
    longest run of up to four words before it in its clause that reads as one day), or None."""
    for m in _BARE_WEEK.finditer(t):
        words = re.split(r"[,;.!?]", t[: m.start()])[-1].split()
        for k in range(min(4, len(words)), 0, -1):
            anchor = _anchor(" ".join(words[-k:]), today, tense, read)
            if anchor is not None:
                return anchor, m.group(1), (m.start() - len(" ".join(words[-k:])) - 1, m.end())
    return None


def _weekend_of(anchor: date, way: str, weekday: int) -> date | None:
    """The Saturday (5) or Sunday (6) of the weekend ``way`` (before, after, of) ``anchor``."""
    if weekday not in (5, 6):
        return None
    if way == "before":
        sunday = anchor - timedelta(days=(anchor.weekday() + 1) % 7 or 7)  # the last Sunday before it
        saturday = sunday - timedelta(days=1)
    elif way == "after":
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7 or 7)  # the first Saturday after it
    elif anchor.weekday() in (5, 6):
        saturday = anchor - timedelta(days=anchor.weekday() - 5)  # its own weekend
    elif anchor.weekday() == 0:
        saturday = anchor - timedelta(days=2)  # Memorial Day weekend: the one before the Monday
    elif anchor.weekday() in (3, 4):
        saturday = anchor + timedelta(days=5 - anchor.weekday())  # Thanksgiving weekend: the one after
    else:
        return None  # a Tuesday or Wednesday anchor has no weekend of its own
    return saturday + timedelta(days=weekday - 5)


def weekday_in_named_week(t: str, today: date, tense: str, read: Callable) -> tuple[date, str] | None:
    """(the day, ``inferred``) for a weekday said with a week or weekend named by another day
    ("Thanksgiving week, the Tuesday", "the weekend before Thanksgiving, the Saturday"), or None
    (see the module docstring). ``t`` is the cleaned, lower-case answer; ``read(text, today,
    tense)`` the date reader (:func:`customario.dialogue.date_reading.read_date`)."""
    if re.search(r"\bor\b|\bweeks\b|\d+(?:st|nd|rd|th)? weeks?\b", t):
        return None
    m = _WEEK_THEN_ANCHOR.search(t)
    if m is not None:
        kind, way = m.group(1), m.group(2)
        # "the week before Christmas, on the Monday": the anchor ends where the weekday begins
        anchor_words = re.split(rf"\s*\b(?:on )?(?:the )?(?:{_DAYS})\b", m.group("anchor"))[0]
        span = (m.start(), m.start("anchor") + len(anchor_words))
    else:
        found = _anchor_before_week(t, today, tense, read)
        if found is None:
            return None
        anchor, kind, span = found
        way = "of"
    outside = t[: span[0]] + " " + t[span[1] :]
    weekdays = set(_WEEKDAY.findall(outside))
    if len(weekdays) != 1:
        return None
    # no other date beside the week: a month, a day of the month, today/yesterday, another week
    if (
        re.search(
            rf"\b(?:{'|'.join(MONTHS)}|today|tomorrow|yesterday|tonight|ago|weeks?|weekends?|month|year)\b|\d",
            outside,
        )
        or day_of_month(outside) is not None
    ):
        return None  # "Presidents' Day weekend? The Sunday. So the twentieth.": a day said beside it
    if m is not None:
        anchor = _anchor(anchor_words, today, tense, read)
        if anchor is None:
            return None
    weekday = WEEKDAYS.index(weekdays.pop())
    if kind == "weekend":
        d = _weekend_of(anchor, way, weekday)
        return (d, "inferred") if d is not None else None
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks={"before": -1, "after": 1}.get(way, 0))
    return monday + timedelta(days=weekday), "inferred"
