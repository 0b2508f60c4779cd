"""A date said with more than its date: a self-correction ("January, I think the twelfth, no, the
thirteenth"), or two parts that must name one day ("the day before yesterday, the Monday", "the
Sunday before that, the twenty-second").

Used by :mod:`customario.dialogue.answers` for ``date`` questions; the single phrases themselves
("next Tuesday", "March 3rd") are read by :func:`customario.dialogue.spoken.read_date`. A date
found by these rules is ``self-corrected`` or ``inferred``, which a survey reads back; parts that
name different days are ``ambiguous`` (asked again). Pure functions, no I/O.
"""

from __future__ import annotations

import re
from datetime import date

from customario.dialogue.spoken import MONTHS, WEEKDAYS, numbers_in, read_date


def answer_date(t: str, tail: str, today: date, tense: str) -> tuple[date | None, str]:
    """(date or None, how) for the cleaned answer ``t``, whose part after its last
    self-correction is ``tail`` (``t`` itself when there is none); ``tense`` is ``past``,
    ``future`` or ``nearest``. ``how`` is the method of the reading, or ``ambiguous``."""
    # "The 26th. No wait, that was Thanksgiving, we moved the day before. The 25th.": the last
    # sentence after the self-correction that gives a date is the answer (read back).
    said = [s for s in re.split(r"[.;!?]+", tail) if read_date(s, today, tense)[0]] if tail != t else []
    d, how = read_date(said[-1] if said else tail, today, tense)
    how = "self-corrected" if said and said[-1] != tail and d else how
    last = said[-1] if said else tail
    head = t[: len(t) - len(tail)]
    if tail != t:
        # "January, I think the twelfth, no, the thirteenth": the month said before the
        # correction still holds for the day after it.
        month = [m for m in MONTHS if m != "may" and re.search(rf"\b{m}\b", head)]
        if (
            len(month) == 1
            and not any(re.search(rf"\b{m}\b", last) for m in MONTHS)
            and _weekday_named(last) is None
            and not re.search(r"\b(today|tomorrow|yesterday|next|last|this|week|month|ago)\b", last)
        ):
            again, _ = read_date(f"{month[0]} {last}", today, tense)
            if again is not None:
                d, how = again, "self-corrected"
    # "Tuesday. No wait, it was Monday, Tuesday I was at the dentist": the day taken back, named
    # again as an aside, is not a second answer.
    taken_back = read_date(head, today, tense)[0] if tail != t else None
    agreed = _clauses_agree(last, today, tense, taken_back)
    if agreed is not None:
        # "The day before yesterday, the Monday", "the Sunday before that, the twenty-second":
        # each part read alone; parts that name one day give it (read back), parts that
        # disagree are asked again.
        return agreed
    return d, how


def _clauses_agree(t: str, today: date, tense: str, taken_back: date | None = None) -> tuple[date | None, str] | None:
    """(the date, ``inferred``) when ``t`` has two or more comma-separated parts that each name a
    date or a weekday and together name one day: all the same day, or weekdays and a day of the
    month that falls on them; (None, ``ambiguous``) when they name different days; None when fewer
    than two parts say when, or the caller offers alternatives ("or"). Parts naming ``taken_back``
    (the day a self-correction took back) are left out."""
    parts = [p for p in re.split(r"[,;]", t) if p.strip()]
    if len(parts) < 2 or re.search(r"\bor\b", t):
        return None
    read = [(p, read_date(p, today, tense)[0]) for p in parts]
    if taken_back is not None:
        read = [(p, d) for p, d in read if d != taken_back]
        parts = [p for p, _ in read]
    weekday_only = [p for p in parts if _weekday_named(p) is not None and not numbers_in(p)]
    dated = [(p, d) for p, d in read if d is not None]
    if len(dated) + len([p for p, d in read if d is None and p in weekday_only]) < 2 or not dated:
        return None
    days = {d for _, d in dated}
    if len(days) > 1:
        days = {d for p, d in dated if p not in weekday_only}  # the day of the month decides
    if len(days) == 1:
        day = days.pop()
        if all(_weekday_named(p) == day.weekday() for p in weekday_only):
            return day, "inferred"
    return None, "ambiguous"


def _weekday_named(t: str) -> int | None:
    named = {i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}s?\b", t)}
    return named.pop() if len(named) == 1 else None
