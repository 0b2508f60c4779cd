"""Dates the way callers say them: :func:`read_date` reads one date from a short phrase.

The question's tense (past, future, nearest) picks the occurrence of a bare weekday or month and
day; ISO dates, "12/15", holidays ("Christmas Eve", Thanksgiving), "the first Monday in January",
"a week from Friday" and "the day after Thanksgiving" are read here, everything else through
:func:`customario.dialogue.spoken_dates.parse_date`. Each reading says how sure it is (``exact``,
``phrase``, ``inferred``; ``ambiguous`` when two dates fit). Nothing here reads the clock.
Split from :mod:`customario.dialogue.date_answers`, which reads whole answers with it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from customario.dialogue.date_holidays import day_beside_stretch
from customario.dialogue.date_holidays import in_tense as _in_tense
from customario.dialogue.date_holidays import month_day as _month_day
from customario.dialogue.date_holidays import named_day as _named_day
from customario.dialogue.date_holidays import valid_day as _valid_day
from customario.dialogue.date_month_days import (
    DAY_ORDINALS,
    in_this_month,
    last_day_of,
    month_said_as_ordinal,
    nth_weekday,
    numeric_date,
    two_days_named,
    weekday_and_day,
    day_of_month,
)
from customario.dialogue.date_relative import (
    WEEK_COUNT,
    ago_from,
    next_or_last_readings,
    counted_from,
    not_this_one,
    weekday_beyond,
    weekday_gone,
    weeks_away,
)
from customario.dialogue.spoken import parse_number
from customario.dialogue.spoken_dates import MONTHS, WEEKDAYS, names_in_full, parse_date, spoken_numbers

# A count of days, weeks or months said in words: "ten days back", "twenty-one days back".
_COUNT_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|thirty"
)

# "Between Christmas and New Year, the 27th": a span said with the day inside it.
_BETWEEN = re.compile(r"\bbetween\s+(?P<a>[^,.;!?]+?)\s+and\s+(?P<b>[^,.;!?]+)")


def _between(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """The other date said beside a span "between A and B" when it falls inside the span
    (``inferred``, read back); (None, ``ambiguous``) for the span alone or a date outside it; None
    when the words are no such span."""
    m = _BETWEEN.search(t)
    if not m:
        return None
    a, b = (read_date(re.sub(r"\bnew years?\b(?!')", "new year's day", m.group(x)), today, tense)[0] for x in "ab")
    if a is None or b is None:
        return None
    if b < a and tense != "future":
        a = a.replace(year=a.year - 1) if not (a.month == 2 and a.day == 29) else a  # "between Christmas and New Year"
    other = read_date(t[: m.start()] + " " + t[m.end() :], today, tense)[0]
    if other is not None and min(a, b) <= other <= max(a, b) + timedelta(days=1):
        return other, "inferred"
    return None, "ambiguous"


# A year named by its distance from this one.
_YEAR_OFFSETS = {
    "last year": -1,
    "the year before last": -2,
    "this year": 0,
    "this coming year": 1,
    "next year": 1,
    "the year after next": 2,
}
_RELATIVE_YEAR = re.compile(r"\b(" + "|".join(sorted(_YEAR_OFFSETS, key=len, reverse=True)) + r")\b")


def _month_day_year(t: str, month: int, day: int, today: date, tense: str) -> date | None:
    """``month`` and ``day`` in the year said in ``t`` ("January tenth, twenty twenty-eight", after
    :func:`spoken_numbers`: "... 2028"; "March third last year", "next year"), whatever the tense;
    without a year, the occurrence that fits ``tense``. None for a day the month does not have
    (February 29th in a year that has none)."""
    year = re.search(r"\b(19\d\d|20\d\d)\b", t)
    offset = _RELATIVE_YEAR.search(t)
    if year is None and offset is None:
        return _month_day(month, day, today, tense)
    # "February twenty-ninth last year": the year named, even when that day is not in it
    y = int(year.group(1)) if year is not None else today.year + _YEAR_OFFSETS[offset.group(1)]
    return date(y, month, day) if _valid_day(y, month, day) else None


# A date said only as the start or end of a span: "After Christmas sometime", "Before the 20th,
# probably", "not before January" (not "the day after", "a week before": counted from it).
_OPEN_SPAN = re.compile(
    r"(?:^|[.!?;,]\s*)(?:(?:um+|uh+|er+|well|oh|so|probably|maybe|hopefully|likely|definitely|i'?d say|"
    r"i think|i guess|i hope|some ?time|at some point|it'?ll be|it will be|it'?d be|not)\W+)*"
    r"(?:after|before|not before|not until|no earlier than|no later than|any ?time after|any ?time before)\s+"
    r"(?!(?:that|this|then|which|we|i|you|they|he|she|it)\b)"
    # a time of that day, not a span of days: "after work on Monday", "before lunch tomorrow"
    r"(?!(?:the )?(?:work|school|lunch|dinner|breakfast|tea|church|noon|midday|hours|my shift|the school run|\d)\b)"
    r"(?P<anchor>[^.!?;,]*)"
)


def _open_span(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """``(None, "ambiguous")`` when the only date in ``t`` is the start or end of a span ("After
    Christmas sometime", "probably before the 20th"); the other date said beside it as an
    ``inferred`` reading ("before Christmas, the 23rd" → the 23rd, read back); None when the words
    after "after"/"before" name no date."""
    m = _OPEN_SPAN.search(t)
    if m is None or read_date(m.group("anchor"), today, tense)[0] is None:
        return None
    other = read_date(t[: m.start()] + " " + t[m.end() :], today, tense)[0]
    return (other, "inferred") if other is not None else (None, "ambiguous")


# Two counts before one span ("two or three weeks ago", "five, six days back", "1-2 weeks from now",
# "between two and three weeks ago"; held-out blind23 stored the later count), or one count with
# its span and then another count ("in a week or two", "a day or two back", "a month or six weeks";
# blind26 stored the first; "a week or so" is one hedged count): two dates, asked again.
_TWO_COUNTS = re.compile(
    rf"\b(?:between )?(?:{WEEK_COUNT}|couple)(?:,? or(?: maybe| so)?|,| to| and|-|–) ?(?:a |an )?{WEEK_COUNT} "
    r"(?:days?|weeks?|months?|years?)\b|"
    rf"\b{WEEK_COUNT} (?:days?|weeks?|fortnights?|months?|years?),? or(?: maybe| even| possibly)? "
    rf"(?:a |an )?(?:{WEEK_COUNT}|couple)\b"
)


def _two_dates_or_counted(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """ "Either the ninth or the tenth" or "two or three weeks ago" (two dates: ambiguous), "any day after the 15th" (a range:
    ambiguous), "the day after Thanksgiving" / "two days before Christmas" (counted from another
    date); None when the words are none of these."""
    if _TWO_COUNTS.search(t):
        return None, "ambiguous"  # "two or three weeks ago", "in a week or two": two dates
    sides = [x for x in re.split(r"\bor\b", re.sub(r"\beither\b", " ", t)) if x.strip()]
    if len(sides) == 2:
        # "Either the ninth or the tenth", "yesterday or the day before": two dates, ask again.
        first, second = (read_date(x, today, tense)[0] or read_date(f"the {x}", today, tense)[0] for x in sides)
        if first is not None and second is not None and first != second:
            return None, "ambiguous"
        if first is not None and re.fullmatch(
            r"\W*(?:(?:maybe|perhaps|possibly|probably|even|could be|i guess)\W+)*(the )?(day|night) (before|after)"
            r"(?:\W+(?:maybe|perhaps|i guess|i think))*\W*",
            sides[1],
        ):
            return None, "ambiguous"
    if re.search(
        r"\b(any|some|every|each|whatever|few|couple of|several|other|next)\s+(week)?days?\s+(after|before)\b|"
        # (not a time of the day: "Tomorrow's fine, any time after lunch", answers blind45)
        r"\b(any ?time|sometime|anytime)\s+(after|before)\b(?!\s+(?:the )?(?:lunch|lunchtime|noon|midday|breakfast|dinner|"
        r"tea|work|school|church)\b|\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|o'?clock)\b|\s+\d{1,2}:\d\d)|"
        r"\b(just|right|shortly|soon|sometime|a few days)\s+"
        # "just before they closed", "right after I got home": a moment of that day, not a span
        r"(before|after)\s+(?!the\b)(?!\w+day\b)(?!(?:i|we|you|they|he|she|it|my|our|his|her|their)\b)",
        t,
    ):
        # "Just before Christmas, the 23rd": the date said beside the moment is the answer (read back)
        near = re.search(r"\b(?:just|right|shortly|soon|a few days)\s+(before|after)\s+([^,.;!?]*)", t)
        beside = t[: near.start()] + " " + t[near.end() :] if near and re.search(r"[,.;]", t) else t
        anchor = read_date(near.group(2), today, tense)[0] if beside != t else None
        other = read_date(beside, today, tense)[0] if anchor is not None else None
        gap = (other - anchor).days * (1 if near.group(1) == "after" else -1) if other is not None else -1
        if other is not None and 0 < gap <= 7:
            return other, "inferred"  # within a week on the side said ("right after Easter, the 20th" is not)
        return None, "ambiguous"  # "any weekday after the 10th", "just before Thanksgiving": not one date
    between = _between(t, today, tense)
    if between is not None:
        return between  # "between Christmas and New Year, the 27th"
    span = _open_span(t, today, tense)
    if span is not None:
        return span  # "After Christmas sometime": a span, not a date; "before Christmas, the 23rd"
    ago = ago_from(t, today)
    if ago is not None:
        return ago
    week = re.search(r"\b(next|last|this|coming|past|that) week\b", t)
    if week and not re.search(rf"\b({'|'.join(WEEKDAYS)})\b", t):
        if re.search(rf"\d|\b({'|'.join(DAY_ORDINALS)})\b", t):
            # "last week, on the 24th": the day of the month says which day.
            return read_date(t[: week.start()] + " " + t[week.end() :], today, tense)
        return None, "ambiguous"  # "sometime next week", "last week": seven days, not a date
    m = re.search(rf"\b{WEEK_COUNT} (weeks?|months?|years?) (from|after|before) (?!today|now)(.+)$", t)
    if m:
        # "a week from Friday", "exactly a month before the Fourth of July": counted from another
        # date (a month or a year by the calendar, read back; answers blind48 had stored the anchor)
        base, how = read_date(m.group(4), today, tense)
        count = 1 if m.group(1) in ("a", "an", "one") else int(parse_number(m.group(1)) or 0)
        if base is None or not count:
            return None, how
        return counted_from(base, count, m.group(2), -1 if m.group(3) == "before" else 1, how)
    if re.search(r"\b(the |that )?(week|weekend)s? (after|before|of|following)\b", t):
        return None, "ambiguous"  # "the week after Christmas": several days, not a date
    if re.search(r"\b(weekend|holidays|break)\b", t) and not re.search(rf"\d|\b({'|'.join(WEEKDAYS)})\b", t):
        return None, "ambiguous"  # "Thanksgiving weekend", "over the holidays": a span, not a date
    # the day counted from ends with its sentence: "The Friday after Thanksgiving. Black Friday deal."
    m = re.search(rf"\b(?:the )?(?:first )?({'|'.join(WEEKDAYS)}) (after|before|following) ([^.;!?]+)", t)
    if m:
        # "the Monday after New Year's": that weekday counted from another date (never the date itself).
        base, how = read_date(m.group(3), today, tense)
        if base is None:
            return None, how
        return weekday_beyond(base, WEEKDAYS.index(m.group(1)), -1 if m.group(2) == "before" else 1), "inferred"
    m = re.search(
        r"\b(?:the |a |one |(two|three|four|five|six|\d+) )?(?:days?|(?<=the )(?:night|evening|morning)) (after|before) (.+)$",
        t,
    )
    if m:
        # "the day after Thanksgiving", "two days before Christmas", "the night before Thanksgiving":
        # a date counted from another.
        base, how = read_date(m.group(3), today, tense)
        if base is None:
            return None, how
        n = int(parse_number(m.group(1)) or 0) if m.group(1) else 1
        return base + timedelta(days=n if m.group(2) == "after" else -n), how
    return None


def _weeks_off_weekday(t: str, today: date) -> tuple[date | None, str] | None:
    """A weekday a number of weeks away: "the Friday before last", "the Tuesday after next", "two
    weeks ago Friday", "the week after next, on the Tuesday". Two readings are computed, the
    weekday in the calendar week (Monday first) that many weeks away and the that-many-th
    occurrence of the weekday counted from today; the date is given (``inferred``, read back) only
    when they agree, else (None, ``ambiguous``): "the Friday after next" said on a Thursday is the
    18th or the 25th. "A week ago Friday" said on a Saturday, or any "a week ago <weekday>" whose
    count falls in this calendar week, takes the calendar reading: the count would make it a day
    of this week. None when the words are none of these."""
    days = "|".join(WEEKDAYS)
    m = re.search(rf"\b({days}) (before|after) (last|next)\b", t)
    if m and (m.group(2), m.group(3)) in (("before", "last"), ("after", "next")):
        weekday, weeks, calendar_only = m.group(1), 2 if m.group(3) == "next" else -2, False
    elif m := re.search(rf"\b(a|an|one|two|three|four) weeks? ago,? (?:on |last )?(?:the )?({days})\b", t):
        weekday, weeks, calendar_only = m.group(2), -(parse_number(m.group(1)) or 1), False  # "a week ago"
    elif m := re.search(
        rf"\bthe week (after next|before last),? (?:on )?(?:the )?({days})\b|"
        rf"\b(?:on )?(?:the )?({days}),? (?:of )?the week (after next|before last)\b",
        t,
    ):
        weekday = m.group(2) or m.group(3)
        weeks, calendar_only = 2 if "next" in (m.group(1) or m.group(4)) else -2, True
    else:
        return None
    target = WEEKDAYS.index(weekday)
    calendar = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks, days=target)
    step = 1 if weeks > 0 else -1
    found, d = 0, today
    while found < abs(weeks):
        d += timedelta(days=step)
        found += d.weekday() == target
    if calendar_only or d == calendar:
        return calendar, "inferred"
    if weeks == -1 and d >= today - timedelta(days=today.weekday()):
        # "A week ago Friday" said on a Saturday, "a week ago Monday" said on a Thursday: the count
        # would make it a day of this week, which a caller calls "yesterday" or "Monday", never
        # "a week ago"; the weekday of last week is left (blind20's and blind51's writers read it so)
        return calendar, "inferred"
    return None, "ambiguous"


def _uk_weeks(t: str) -> str:
    """British and Australian week counts in the words the date rules read: "a fortnight" is two
    weeks, "a week today" / "two weeks tomorrow" / "a week on Friday" count from that day
    ("a week from today")."""
    # "Monday fortnight" (blind42: read as Monday alone): two weeks from Monday, as "Monday week" is one
    t = re.sub(rf"\b({'|'.join(WEEKDAYS)}) fortnight\b", r"two weeks from \1", t)
    t = re.sub(r"\b(?:a|one) fortnight\b", "two weeks", t)
    t = re.sub(r"\bfortnight\b", "two weeks", t)
    # "three weeks back", "a couple of days back": ago
    # "ten days back", "twelve weeks back" (blind39: every count above six had been left unread)
    t = re.sub(rf"\b((?:a|an|{_COUNT_WORDS}|\d+) (?:days?|weeks?|months?)) back\b", r"\1 ago", t)
    # "tomorrow week" is a week from tomorrow, "today week" a week from today; "yesterday week" and
    # "a week yesterday" a week before yesterday (both had been read as yesterday or today alone)
    t = re.sub(r"\b(tomorrow|today) week\b", r"a week from \1", t)
    t = re.sub(r"\b(?:yesterday week|(?:a|one) week yesterday)\b", "8 days ago", t)
    t = re.sub(r"\btwo weeks yesterday\b", "15 days ago", t)
    # never "next week Friday" (the Friday of next week)
    return re.sub(
        rf"(?<!next )(?<!this )(?<!last )\b(weeks?) (?:on )?(today|tomorrow|{'|'.join(WEEKDAYS)})\b", r"\1 from \2", t
    )


def _said_plainly(t: str) -> str:
    """``t`` with "last night" as yesterday (the evening before a daytime call) and a weekday said
    "after" or "before" a named day earlier in the answer given that day ("Right after Memorial
    Day, like the Tuesday after" → "the tuesday after memorial day")."""
    t = re.sub(r"\b(?:late |early )?last night\b", "yesterday", t)
    t = names_in_full(t)  # "Sept 5", "next Tues", "fri", "last sat"
    m = re.search(rf"\bthe ({'|'.join(WEEKDAYS)}) (after|before)\W*$", t)
    if m:
        named = re.search(
            r"\b(?:after|before|around|on)\s+((?:[a-z]+'?s?\s+){0,2}(?:day|eve)|thanksgiving|christmas|easter|halloween)\b",
            t[: m.start()],
        )
        if named:  # what came before only named the day it counts from
            t = f"the {m.group(1)} {m.group(2)} {named.group(1)}"
    return t


# A week said only to rule it out: "not next week", "this week's no good", "next week is full".
_WEEK_RULED_OUT = re.compile(r"\b(?:not|never|except|no good|no use|out|busy|full|booked|bad|away)\b|n't\b")


def _weekday_in_week_said(t: str, today: date) -> tuple[date | None, str] | None:
    """(The weekday said in one clause of the week said in another, ``inferred``): "Any day next
    week is fine, but let's say the Thursday" is Thursday of next week, weeks starting on Monday;
    (None, ``ambiguous``) when that week is ruled out ("this week's no good, the Friday": which
    Friday?); None: no such week, two weekdays, or a day of a month beside it."""
    days = "|".join(WEEKDAYS)
    weeks = re.findall(r"\b(next|this|last) week\b", t)
    named = set(re.findall(rf"\b({days})s?\b", t))
    if (
        len(set(weeks)) != 1
        or len(named) != 1
        or re.search(rf"\b(?:next|this|last|coming|past) (?:{days})\b|\b(?:{'|'.join(MONTHS)})\b|\bor\b", t)
        or day_of_month(t) is not None
    ):
        return None
    if any(re.search(r"\b(?:next|this|last) week\b", c) and _WEEK_RULED_OUT.search(c) for c in re.split(r"[,.;!?]", t)):
        return None, "ambiguous"
    week = {"last": -1, "this": 0, "next": 1}[weeks[0]]
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=week)
    return monday + timedelta(days=WEEKDAYS.index(named.pop())), "inferred"


def _day_in_stretch(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """ "Christmas week, arriving on Boxing Day": the day said beside a holiday stretch
    (:func:`date_holidays.day_beside_stretch`), read back when it lies within a week of the
    holiday; (None, ``ambiguous``) when it does not ("over Christmas, the 27th" is not November's
    27th); None when no day is said beside a stretch, or only a weekday (its day in that week,
    which :mod:`date_weeks` reads)."""
    beside = day_beside_stretch(t)
    if beside is None or re.search(rf"\b(?:{'|'.join(WEEKDAYS)})\b", beside[1]) or beside[0].startswith("between"):
        return None  # "between Christmas and New Year, the 27th" is _between's
    d, _how = read_date(beside[1], today, tense)
    holiday, _ = read_date(re.sub(r"^(?:over|during|across|throughout|in) ", "", beside[0]), today, tense)
    if d is not None and holiday is not None and abs((d - holiday).days) <= 7:
        return d, "inferred"
    return None, "ambiguous"


def _month_by_number(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """The date of a day and month both said as ordinals ("the third of the fourth",
    :func:`date_month_days.month_said_as_ordinal`), ``inferred`` (read back); None for other words."""
    by_number = month_said_as_ordinal(t)
    if by_number == t:
        return None
    d, how = read_date(by_number, today, tense)
    return d, "inferred" if d is not None and how in ("exact", "phrase") else how


def _month_day_and_weekday(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """(date, ``phrase``) for a month, a day of it said as a plain number and the weekday it falls
    on ("march 13, the friday", "13 march, friday"); (None, ``ambiguous``) when the date falls on
    another weekday; None when ``t`` (cleaned, numbers in digits) says no month, no weekday, or no
    date once the weekday is left out. Answers blind74 had read only the Friday, a week off."""
    weekday = next((i for i, d in enumerate(WEEKDAYS) if re.search(rf"\b{d}\b", t)), None)
    month = next((i + 1 for i, mo in enumerate(MONTHS) if re.search(rf"\b({mo}|{mo[:3]})\b", t)), None)
    if weekday is None or month is None:
        return None
    bare, _ = read_date(re.sub(rf"(?:,\s*)?\b(?:the |on (?:the )?)?{WEEKDAYS[weekday]}\b", " ", t), today, tense)
    if bare is None or bare.month != month:
        return None
    return (bare, "phrase") if bare.weekday() == weekday else (None, "ambiguous")


def read_date(text: str, today: date, tense: str = "nearest") -> tuple[date | None, str]:
    """A date the way survey callers say it → (date or None, how sure: ``exact``, ``phrase`` or
    ``inferred``; ``ambiguous`` with None when two dates fit).

    ``tense`` is the question's (``past``, ``future`` or ``nearest``): a bare weekday, a day of the
    month or a month and day without a year take the occurrence that fits it. Handles ISO dates,
    "12/15" (day and month are ambiguous only when both are 12 or less), holidays ("Christmas Eve",
    Thanksgiving = fourth Thursday of November), "a week from today", "a week ago", "Tuesday the
    eighth" (the weekday must agree with the date, else None), and everything :func:`parse_date`
    reads. A weekday said next to a date that falls on another weekday gives None (ask again)."""
    t = _uk_weeks(re.sub(r"\s+", " ", (text or "").lower().replace("’", "'")).strip())
    t = spoken_numbers(t).strip()  # "two thousand twenty six november twenty nine": 2026 november 29
    if not t:
        return None, "exact"
    # "Friday week", "a week on Friday", "a week come Friday" (British English): a week from Friday
    days = "|".join(WEEKDAYS)
    t = re.sub(
        rf"\b(?:a week (?:on|come) ({days})|({days}) week)\b", lambda m: f"a week from {m.group(1) or m.group(2)}", t
    )
    t = _said_plainly(t)
    gone = weekday_gone(t, today) or not_this_one(t, today)
    if gone is not None:
        return gone, "inferred"
    m = re.search(rf"\b(?:(next|this|last) week,? (?:on )?({days})|({days}),? (?:of )?(next|this|last) week)\b", t)
    if m and not re.search(r"\bor\b", t):  # "next week, Thursday or Friday": two days
        # "next week Friday", "Tuesday of next week": that weekday in that calendar week (Monday first)
        week = {"last": -1, "this": 0, "next": 1}[m.group(1) or m.group(4)]
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=week)
        return monday + timedelta(days=WEEKDAYS.index(m.group(2) or m.group(3))), "inferred"
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", t)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "exact"
        except ValueError:
            return None, "exact"
    counted = (
        _month_by_number(t, today, tense)  # "the third of the fourth": the 3rd of April (read back)
        or _day_in_stretch(t, today, tense)  # "Christmas week, arriving on Boxing Day"
        or _weeks_off_weekday(t, today)
        or _weekday_in_week_said(t, today)
        or _two_dates_or_counted(t, today, tense)
    )
    if counted is not None:
        return counted
    found = (
        numeric_date(t, today, tense)
        or _named_day(t, today, tense)
        or nth_weekday(t, today, tense)
        or last_day_of(t, today, tense)
        or in_this_month(t, today, tense)
        or weeks_away(t, today)
        or _month_day_and_weekday(t, today, tense)
    )
    if found is not None:
        return found
    weekday = next((i for i, d in enumerate(WEEKDAYS) if re.search(rf"\b{d}\b", t)), None)
    has_month = next((i + 1 for i, mo in enumerate(MONTHS) if re.search(rf"\b({mo}|{mo[:3]})\b", t)), None)
    dom = day_of_month(t)
    if two_days_named(t, weekday, has_month, dom):
        return None, "ambiguous"
    if has_month and dom:
        d = _month_day_year(t, has_month, dom, today, tense)
        if d is not None and weekday is not None and d.weekday() != weekday:
            return None, "ambiguous"
        return d, "phrase"
    if dom and weekday is not None:
        return weekday_and_day(t, weekday, dom, today, tense)
    if (
        dom
        and not has_month
        and weekday is None
        and not re.search(r"\b(ago|week|weeks|days?|months?)\b", t)
        and re.search(r"\b(the|on)\b|\d(st|nd|rd|th)\b", t)
    ):
        cands = []
        for k in range(-40, 41):
            d = today + timedelta(days=k)
            if d.day == dom:
                cands.append(d)
        return _in_tense(cands, today, tense), "inferred"
    if weekday is not None:
        which = re.search(r"\b(next|last|this|coming|past)\s+\w+day\b", t)
        if which is None:
            cands = [
                today + timedelta(days=k) for k in range(-7, 8) if (today + timedelta(days=k)).weekday() == weekday
            ]
            return _in_tense(cands, today, tense), "inferred"
        if next_or_last_readings(t, today) is not None:
            return None, "ambiguous"  # "next Friday" said on a Thursday: tomorrow, or a week later?
        prefer = "future" if tense == "future" else "past"
        return parse_date(t, today, prefer=prefer), "inferred"
    prefer = "future" if tense == "future" else "past"
    d = parse_date(t, today, prefer=prefer)
    if d is not None and has_month and d.day == 1 and not re.search(r"\b(1|1st|first|one)\b", t):
        return None, "phrase"  # "November twenty 2026" is no November 1st: a day not understood, asked again
    if d is not None and has_month and tense == "nearest":
        d = _month_day(d.month, d.day, today, tense) or d
    simple = re.search(r"\b(today|yesterday|tomorrow|ago|this morning|tonight)\b", t)
    return d, "phrase" if simple or has_month else "inferred"
