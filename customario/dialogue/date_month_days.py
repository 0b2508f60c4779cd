"""A day of a month the way callers say it (issue 11), read for :func:`customario.dialogue.date_reading.read_date`.

The day of the month said as an ordinal ("the 9th", "twenty-second"), numeric dates ("12/15"), a
weekday counted within a month ("the first Monday in January"), a month's last day, a day "of this
month", and a weekday said with its day ("Tuesday the eighth"). None of these reads another date
inside the words, so none calls back into :func:`read_date`. Split from
:mod:`customario.dialogue.date_reading` when it reached the module limit; nothing here reads the clock.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from customario.dialogue.date_holidays import in_tense as _in_tense
from customario.dialogue.date_holidays import month_day as _month_day
from customario.dialogue.date_holidays import nth_weekday_of
from customario.dialogue.spoken_dates import _ORDINALS, MONTHS, WEEKDAYS

DAY_ORDINALS = {w: n for w, n in _ORDINALS.items() if n <= 31}


def day_of_month(t: str) -> int | None:
    """The day of the month said in ``t`` ("the 9th", "the twenty-second", "ninth"), or None."""
    m = re.search(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b", t)
    if m:
        return int(m.group(1))
    for word, n in sorted(DAY_ORDINALS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b(twenty|thirty)[\s-]{word}\b", t):
            base = 20 if re.search(rf"\btwenty[\s-]{word}\b", t) else 30
            return base + n
    for word, n in sorted(DAY_ORDINALS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"{_OWNED}\b{word}\b{_NOT_A_DAY}", t):
            return n
    return None


def two_days_named(t: str, weekday: int | None, has_month: int | None, dom: int | None) -> bool:
    """Whether ``t`` names two days where one date is read: two days of the month with a month
    ("We paid on the tenth of June and collected it on the twelfth of June", which had been stored
    as the 12th, the longest word, unconfirmed), or two weekdays and no day of the month ("They
    started Monday and finished Wednesday", read as the first of the week named). The whole answer
    then picks one (:mod:`date_events`) or asks again."""
    if has_month and dom:
        return len(_days_said(t)) > 1
    return dom is None and weekday is not None and len({d for d in WEEKDAYS if re.search(rf"\b{d}\b", t)}) > 1


def _days_said(t: str) -> set[int]:
    """Every day of the month said in ``t`` as an ordinal ("the 9th", "twenty-second", "ninth")."""
    days = {int(m.group(1)) for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)\b", t)}
    rest = t
    for m in re.finditer(r"\b(twenty|thirty)[\s-]([a-z]+)\b", t):
        if m.group(2) in DAY_ORDINALS:
            days.add((20 if m.group(1) == "twenty" else 30) + DAY_ORDINALS[m.group(2)])
            rest = rest.replace(m.group(0), " ")
    for word, n in DAY_ORDINALS.items():
        if re.search(rf"{_OWNED}\b{word}\b{_NOT_A_DAY}", rest):
            days.add(n)
    return {d for d in days if 1 <= d <= 31}


# An ordinal that ranks things, not days: "the first courgettes", "my first new potatoes", "the
# second time", "her first lesson" (a plural noun or "time" after it, or a possessive before it).
_OWNED = "".join(rf"(?<!\b{w} )" for w in ("my", "his", "her", "our", "their", "your", "its"))
_NOT_A_DAY = (
    r"(?!(?:\s+(?!of\b|in\b|on\b|at\b|and\b|or\b|this\b|next\b|last\b)[a-z]+){0,2}\s+(?:[a-z]{3,}(?<!ss)s|times?)\b)"
)


def numeric_date(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """ "12/15", "15.12.2026": day and month are ambiguous when both are 12 or less."""
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b", t)
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if a <= 12 and b <= 12 and a != b:
        return None, "ambiguous"
    month, day = (a, b) if b > 12 or a == b else (b, a)
    if m.group(3):
        year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        try:
            return date(year, month, day), "phrase"
        except ValueError:
            return None, "exact"
    return _month_day(month, day, today, tense), "phrase"


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}


def nth_weekday(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """ "the first Monday in January", "the last Friday of the month", "the second Tuesday of
    March 2027", "the first Tuesday of the new year" (January): a weekday counted within a month
    (None when the words are not such a date)."""
    m = re.search(
        rf"\b({'|'.join(_NTH)}) ({'|'.join(WEEKDAYS)}) (?:in|of) (?:the month|this month|next month|"
        rf"({'|'.join(MONTHS)})|(the new year|next year))(?: (\d{{4}}))?\b",
        t,
    )
    if not m:
        return None
    nth, weekday = _NTH[m.group(1)], WEEKDAYS.index(m.group(2))
    if m.group(4):
        # "The first Tuesday of the new year" (blind31 had read the next month's): the coming
        # January, or this one while it lasts
        year = today.year + (1 if today.month > 1 or m.group(4) == "next year" else 0)
        months = [(year, 1)]
    elif m.group(3):
        months = [(y, MONTHS.index(m.group(3)) + 1) for y in (today.year - 1, today.year, today.year + 1)]
        if m.group(5):
            months = [(int(m.group(5)), MONTHS.index(m.group(3)) + 1)]
    else:
        step = 1 if "next month" in m.group(0) else 0
        y, mo = divmod(today.year * 12 + today.month - 1 + step, 12)
        months = [(y, mo + 1)]
    cands = [nth_weekday_of(year, month, weekday, nth) for year, month in months]
    return _in_tense(cands, today, tense), "phrase"


def last_day_of(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """ "The last day of May", "the last day of the month", "the last day of next month": the
    month's last day (the occurrence of a named month that fits ``tense``); None for other words."""
    m = re.search(
        # the article may be left out when the phrase opens the answer ("Last day of February, I think")
        rf"(?:\bthe |^\W*(?:(?:um+|uh+|er+|oh|well|it was|on)\W+)*)(?:very )?last day of "
        rf"(?:(this|next|last|the) month|({'|'.join(MONTHS)}))(?: (\d{{4}}))?\b",
        t,
    )
    if not m:
        return None
    if m.group(2):
        month = MONTHS.index(m.group(2)) + 1
        years = [int(m.group(3))] if m.group(3) else [today.year - 1, today.year, today.year + 1]
        cands = [date(y, month, calendar.monthrange(y, month)[1]) for y in years]
        return _in_tense(cands, today, tense), "phrase"
    step = {"next": 1, "last": -1}.get(m.group(1), 0)
    y, mo = divmod(today.year * 12 + today.month - 1 + step, 12)
    return date(y, mo + 1, calendar.monthrange(y, mo + 1)[1]), "phrase"


# "The first of the month", "the 20th of this month"; "the end of the month, the thirtieth".
# "the eighth. of this month." too: the month said as an afterthought
_OF_THIS_MONTH = re.compile(r"(?:(?<=[a-z0-9])|(?<=[a-z0-9][.,]))\s+of (?:the|this) month\b")
_END_OF_THIS_MONTH = re.compile(r"\b(?:at |around |towards |near |by )?(?:the )?(?:very )?end of (?:the|this) month\b")
_SPAN_OF_MONTH = re.compile(
    r"\b(?:start|beginning|middle|mid|rest|half|part|end|turn|first week|last week)\s+of (?:the|this) month\b"
)


def in_this_month(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """A day of the month said of the current month: "the first of the month" (the 1st of this
    month), "the end of the month, the thirtieth" (a day from the 20th on, in this month), read
    back; None for other words, (None, ``inferred``) when that day does not fit ``tense`` or does
    not exist (asked again, never moved to another month)."""
    end = _END_OF_THIS_MONTH.search(t)
    of_month = _OF_THIS_MONTH.search(t) if not _SPAN_OF_MONTH.search(t) else None
    if not end and not of_month:
        return None
    rest = t[: end.start()] + " " + t[end.end() :] if end else t[: of_month.start()] + " " + t[of_month.end() :]
    if re.search(rf"\b(?:{'|'.join(MONTHS)}|next|last|week|weeks|ago|or|and)\b", rest):
        return None
    dom = day_of_month(rest)
    if dom is None or (end and dom < 20):
        return None
    try:
        d = date(today.year, today.month, dom)
    except ValueError:
        return None, "inferred"
    if (tense == "past" and d > today) or (tense == "future" and d < today):
        return None, "inferred"
    return d, "inferred"


def weekday_and_day(t: str, weekday: int, dom: int, today: date, tense: str) -> tuple[date | None, str]:
    """A weekday said with its day of the month and no month ("Tuesday the eighth", "next Friday
    the 16th"): the day within two months of today that is both, in ``tense``, or on the side of
    today a "next"/"last"/"this" says (``inferred``); (None, ``ambiguous``) when none fits. "next
    Friday the 16th" had been read as the first Friday after today, whatever the day said."""
    cands = [today + timedelta(days=k) for k in range(-62, 63)]
    cands = [d for d in cands if d.day == dom and d.weekday() == weekday]
    side = re.search(r"\b(next|last|this|coming|past)\b", t)
    if side is None:
        return _in_tense(cands, today, tense), "inferred"
    ahead = side.group(1) in ("next", "coming") or (side.group(1) == "this" and tense != "past")
    cands = [d for d in cands if (d > today if ahead else d < today)]
    return (min(cands, key=lambda d: abs(d - today)), "inferred") if cands else (None, "ambiguous")


_UNITS_ORD = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_DAY_ORD = rf"(?:(?:twenty|thirty)[ -](?:{_UNITS_ORD})|{'|'.join(DAY_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
_MONTH_ORD = {w: n for w, n in _ORDINALS.items() if n <= 12}
# "The third of the fourth", "the 3rd of the 4th", "the twenty-first of the sixth, 2032": the day
# and the month both said as ordinals, day first (the British and Irish way of saying 3/4 aloud);
# only at the end of a clause or before a year ("the third of the fourth week" is no date).
_MONTH_AS_ORDINAL = re.compile(
    rf"\bthe (?P<day>{_DAY_ORD}) of the (?P<month>{'|'.join(_MONTH_ORD)}|\d{{1,2}}(?:st|nd|rd|th))"
    r"(?=\s*(?:[,.;!?]|$|(?:19|20)\d\d\b|(?:this|last|next) year\b))"
)


def month_said_as_ordinal(t: str) -> str:
    """``t`` with a month said as an ordinal after the day ("the third of the fourth" → "the third
    of april"; :data:`_MONTH_AS_ORDINAL`), or ``t`` itself. answers blind50: "The third of the
    fourth." had been read as the 4th of next month, a wrong date read back. A caller speaking the
    day and the month as numbers says the day first (as in "the third of April"); the date this
    gives is read back (:func:`date_reading.read_date` makes it ``inferred``)."""

    def month(m: re.Match) -> str:
        said = m.group("month")
        n = int(re.sub(r"\D", "", said)) if said[0].isdigit() else _MONTH_ORD[said]
        return f"the {m.group('day')} of {MONTHS[n - 1]}" if 1 <= n <= 12 else m.group(0)

    return _MONTH_AS_ORDINAL.sub(month, t)


# The most days each month can have, in any year (February 29 in a leap year).
_MOST_DAYS = {name: max(calendar.monthrange(2000, i + 1)[1], 29 if i == 1 else 0) for i, name in enumerate(MONTHS)}
_DAY_WORDS = "|".join(sorted((w for w in DAY_ORDINALS if not w.isdigit()), key=len, reverse=True))
_SAID_DAY = rf"(?:(?:twenty|thirty)[\s-])?(?:{_DAY_WORDS})|\d{{1,2}}(?:st|nd|rd|th)?"
_MONTH_RX = "|".join(MONTHS)
_MONTH_THEN_DAY = re.compile(rf"\b(?P<m>{_MONTH_RX})\s+(?:the\s+)?(?P<d>{_SAID_DAY})\b")
_DAY_OF_MONTH = re.compile(rf"\b(?:the\s+)?(?P<d>{_SAID_DAY})\s+(?:of\s+)?(?P<m>{_MONTH_RX})\b")


def impossible_day(t: str) -> bool:
    """True when ``t`` (cleaned) names a day its month never has: "November the thirty-first",
    "the 30th of February", "June 31". Such a date is a slip of the caller's; a holiday or weekday
    said beside it ("..., the day after St Andrew's") does not say which day was meant, so the
    answer is asked again (answers blind64 had stored the day after St Andrew's Day, 1 December,
    for "November the thirty-first, the day after St Andrew's.")."""
    for rx in (_MONTH_THEN_DAY, _DAY_OF_MONTH):
        for m in rx.finditer(t):
            said = m.group("d")
            day = int(re.match(r"\d+", said).group()) if said[0].isdigit() else day_of_month(said)
            if day is not None and _MOST_DAYS[m.group("m")] < day <= 31:
                return True
    return False
