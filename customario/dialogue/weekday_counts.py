"""Days a week answered by naming the days (issue 11): "Monday, Wednesday and Friday." is 3 and "Every
weekday." or "Mon-Fri" is 5 to "How many days a week does your child attend?" (answers blind68 had
asked all three again).

Only for a number question that asks how many days a week; only when no number is said (a number
is read by the other rules) and no day is taken away ("every day but Friday": 4 of the weekdays or
6 of the week?; "we dropped Wednesdays": asked again). The count is read back (``inferred``). Pure
functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import numbers_in
from customario.dialogue.spoken_dates import WEEKDAYS
from customario.dialogue.units import days_per_week

_ASKS_DAYS_A_WEEK = re.compile(r"\bhow many days (?:a|per|each|every|in a) week\b")
# Weekday names written short: "Mon", "Tues", "Weds", "Thurs", "Fri".
_SHORT = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}
_SHORT_DAY = re.compile(r"\b(" + "|".join(_SHORT) + r")\b\.?")
_DAY = "|".join(WEEKDAYS)
_DAYS_ALONE = re.compile(rf"(?:\W|\b(?:and|to|through|thru|till|until|{_DAY}|{'|'.join(_SHORT)})s?\b\.?)+")
# "monday-friday", "monday - friday": a range of days.
_DASHED_RANGE = re.compile(rf"\b({_DAY})\s*[-–]\s*({_DAY})\b")
# A day taken away or another count of days: "but", "except", "not", "dropped", "off", "some".
_TAKEN_AWAY = re.compile(
    r"\b(?:but|except|apart from|other than|bar|besides|without|not|no|never|n't|dropped|skip|skipped|off|"
    r"some|sometimes|usually|mostly|or|either|alternate|every other)\b"
)


def days_named(question: Any, t: str) -> int | None:
    """The number of days a week ``t`` (cleaned text) names for ``question`` when it asks how many
    days a week ("Monday, Wednesday and Friday" 3, "every weekday" 5, "Mon-Fri" 5, "Tuesday to
    Thursday" 3); None when the question asks no such thing, a number is said, a day is taken away
    or no day is named. Source: answers blind68 (a daycare's days-a-week question)."""
    if getattr(question, "type", None) != "number" or not _ASKS_DAYS_A_WEEK.search((question.text or "").lower()):
        return None
    if numbers_in(t) or _TAKEN_AWAY.search(t):
        return None
    # short names only in an answer of days alone ("Mon-Fri"): "we sat outside" names no Saturday
    said = _SHORT_DAY.sub(lambda m: _SHORT[m.group(1)], t) if _DAYS_ALONE.fullmatch(t) else t
    said = _DASHED_RANGE.sub(r"\1 to \2", said)
    span = days_per_week(said)
    if span is not None:
        return span
    named = {w for w in WEEKDAYS if re.search(rf"\b{w}s?\b", said)}
    return len(named) or None
