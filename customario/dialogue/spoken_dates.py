"""Dates and times as people say them ("next Tuesday", "March 3rd", "tomorrow at 3pm").

Weekday and month names (:data:`WEEKDAYS`, :data:`MONTHS`, also the offline voice models' date
vocabulary), :func:`parse_date`, :func:`parse_time_of_day` and :func:`parse_datetime_local` (the
callback tool's "when"). Dates fall back to ``dateutil.parser`` for written forms ("March 3rd",
"2026-03-03"). Nothing here reads the clock: callers pass ``today`` or ``now`` (aware datetime).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from customario.dialogue.spoken import _UNITS, parse_number

_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}


# English weekday and month names, lower case; also the offline voice models' date vocabulary.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_ABBR = {d[:3]: i for i, d in enumerate(WEEKDAYS)}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def _weekday_index(word: str) -> int | None:
    word = word.lower().rstrip("s") if word.lower().endswith("days") else word.lower()
    if word in WEEKDAYS:
        return WEEKDAYS.index(word)
    return _WEEKDAY_ABBR.get(word[:3]) if len(word) in (3, 4) and word[:3] in _WEEKDAY_ABBR else None


def parse_date(text: str, today: date, *, prefer: str = "past") -> date | None:
    """A calendar date from words: "today", "yesterday", "tomorrow", "next Tuesday", "last Friday",
    "two weeks ago", "in 3 days", "March 3rd", "the 3rd of March", "2026-03-03".

    ``prefer`` ("past" or "future") decides which side a bare weekday or a month/day without a year
    falls on. Returns None when no date is recognised.
    """
    t = text.lower().strip()
    if not t:
        return None
    if re.search(r"\btoday\b|\btonight\b|\bthis (morning|afternoon|evening)\b", t):
        return today
    if re.search(r"\bday before yesterday\b", t):
        return today - timedelta(days=2)
    if re.search(r"\byesterday\b", t):
        return today - timedelta(days=1)
    if re.search(r"\bday after tomorrow\b", t):
        return today + timedelta(days=2)
    if re.search(r"\btomorrow\b", t):
        return today + timedelta(days=1)
    m = re.search(r"\b(in|within)\s+(.+?)\s+(day|week|month)s?\b", t)
    m2 = re.search(r"\b(.+?)\s+(day|week|month)s?\s+ago\b", t)
    for match, sign in ((m, 1), (m2, -1)):
        if match:
            qty_text = match.group(2) if sign == 1 else match.group(1).split()[-1]
            unit = match.group(3) if sign == 1 else match.group(2)
            qty = parse_number(qty_text) if qty_text not in ("a", "an") else 1
            if qty is not None:
                days = {"day": 1, "week": 7, "month": 30}[unit] * int(qty)
                return today + timedelta(days=sign * days)
    m = re.search(r"\b(next|last|this|coming|past)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t)
    if m:
        target = WEEKDAYS.index(m.group(2))
        which = m.group(1) or ""
        delta = (target - today.weekday()) % 7
        if which in ("next", "coming") or (not which and prefer == "future"):
            return today + timedelta(days=delta or 7)
        if which == "this":
            return today + timedelta(days=delta)
        back = (today.weekday() - target) % 7
        return today - timedelta(days=back or 7)
    if re.search(r"\bnext week\b", t):
        return today + timedelta(days=7 - today.weekday())
    if re.search(r"\blast week\b", t):
        return today - timedelta(days=today.weekday() + 7)
    return _calendar_date(t, today, prefer)


def _calendar_date(t: str, today: date, prefer: str) -> date | None:
    has_month = any(mo in t or re.search(rf"\b{mo[:3]}\b", t) for mo in MONTHS)
    has_digits = re.search(r"\d", t)
    if not has_month and not re.search(r"\d{1,4}[-/.]\d{1,2}", t):
        return None
    day_text = t
    for word, n in sorted(_ORDINALS.items(), key=lambda kv: -len(kv[0])):
        day_text = re.sub(
            rf"\b(twenty|thirty)[\s-]{word}\b",
            lambda mm, n=n: str({"twenty": 20, "thirty": 30}[mm.group(1)] + n),
            day_text,
        )
        day_text = re.sub(rf"\b{word}\b", str(n), day_text)
    if has_month and not has_digits and not re.search(r"\d", day_text):
        return None
    from dateutil import parser as du

    default = datetime(today.year, today.month, 1 if has_month else today.day)
    try:
        parsed = du.parse(day_text, fuzzy=True, default=default).date()
    except (ValueError, OverflowError):
        return None
    if not re.search(r"\b\d{4}\b", t):
        if prefer == "past" and parsed > today:
            parsed = parsed.replace(year=parsed.year - 1)
        elif prefer == "future" and parsed < today:
            parsed = parsed.replace(year=parsed.year + 1)
    return parsed


_TIME_RE = re.compile(
    r"\b(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?=\W|$)|\b(noon|midday|midnight)\b"
)
_PART_OF_DAY = {"morning": time(10, 0), "afternoon": time(15, 0), "evening": time(18, 0), "tonight": time(19, 0)}


def parse_time_of_day(text: str) -> time | None:
    """ "3pm", "3:30 pm", "at 15:00", "at three", "noon", "in the morning" → a time; None if absent.
    A bare hour from 1 to 7 without am/pm is read as afternoon (people rarely mean 3 a.m.)."""
    t = text.lower()
    for word, n in sorted(_UNITS.items(), key=lambda kv: -len(kv[0])):
        if word in ("a", "an", "oh", "none", "nil", "nought", "zero"):
            continue
        t = re.sub(rf"\bat {word}\b", f"at {n}", t)
        t = re.sub(rf"\b{word}(?=\s*(?:o'clock|a\.?m|p\.?m|thirty|fifteen|forty five))", str(n), t)
    t = re.sub(r"\b(\d{1,2})\s+thirty\b", r"\1:30", t)
    t = re.sub(r"\b(\d{1,2})\s+fifteen\b", r"\1:15", t)
    t = re.sub(r"\b(\d{1,2})\s+forty five\b", r"\1:45", t)
    t = re.sub(r"(\d{1,2})\s*o'?clock", r"\1", t)
    for m in _TIME_RE.finditer(t):
        if m.group(4):
            return time(0, 0) if m.group(4) == "midnight" else time(12, 0)
        hour, minute, ampm = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").replace(".", "")
        explicit = bool(ampm) or m.group(2) is not None or m.group(0).strip().startswith("at")
        if not explicit or hour > 23 or minute > 59:
            continue
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        elif not ampm and 1 <= hour <= 7:
            hour += 12
        return time(hour, minute)
    for word, value in _PART_OF_DAY.items():
        if word in t:
            return value
    return None


def parse_datetime_local(text: str, now: datetime, tz: str) -> datetime | None:
    """A moment in the future from words such as "tomorrow at 3pm", "Friday morning", "in two hours",
    "next week", understood in IANA zone ``tz`` relative to ``now`` (aware). Returns an aware
    datetime in ``tz`` or None. A time with no day is today if still ahead, else tomorrow; a day with
    no time is 10:00 local."""
    zone = ZoneInfo(tz)
    local_now = now.astimezone(zone)
    t = text.lower()
    m = re.search(r"\bin\s+(.+?)\s+(minute|hour)s?\b", t)
    if m:
        qty = 1 if m.group(1) in ("a", "an", "one") else parse_number(m.group(1))
        if qty is None and "half" in m.group(1):
            qty = 0.5
        if qty is not None:
            delta = timedelta(minutes=qty) if m.group(2) == "minute" else timedelta(hours=qty)
            return local_now + delta
    if re.search(r"\bin half an hour\b", t):
        return local_now + timedelta(minutes=30)
    day = parse_date(t, local_now.date(), prefer="future")
    tod = parse_time_of_day(t)
    if day is None and tod is None:
        return None
    if day is None:
        day = local_now.date()
        if datetime.combine(day, tod, zone) <= local_now:
            day += timedelta(days=1)
    if tod is None:
        tod = time(10, 0)
    return datetime.combine(day, tod, zone)


_DIGIT_WORDS_RX = "one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS_RX = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_YEAR_WORDS = re.compile(
    rf"\b(?:two thousand(?: and)? (?P<y>(?:twenty|thirty)(?:[ -](?:{_DIGIT_WORDS_RX}))?|{_TEEN_WORDS_RX}|(?:oh )?(?:{_DIGIT_WORDS_RX}))|"
    rf"twenty (?P<z>(?:twenty|thirty)(?:[ -](?:{_DIGIT_WORDS_RX}))?|{_TEEN_WORDS_RX}|oh (?:{_DIGIT_WORDS_RX})))\b"
    r"(?!\s*(?:minutes?|hours?|days?|weeks?|dollars?|bucks|times|people|percent))"
)
_DAY_WORDS = rf"(?:thirty(?:[ -]one)?|twenty(?:[ -](?:{_DIGIT_WORDS_RX}))?|{_TEEN_WORDS_RX}|{_DIGIT_WORDS_RX})"
# The day of a month said in words ("thirteen", "twenty-first" is read elsewhere), for other readers.
DAY_WORDS = _DAY_WORDS


def spoken_numbers(t: str) -> str:
    """Years and days of a date said as plain numbers, in digits: "two thousand twenty six
    november twenty nine" → "2026 november 29", "twenty twenty-six" → "2026"; a day follows its
    month ("march two" → "march 2") or comes before "of" and its month ("the eight of December" →
    "december 8"), never an ordinal ("november twenty ninth" is read as it is)."""
    from customario.dialogue.spoken import numbers_in

    def year(m: re.Match) -> str:
        n = numbers_in((m.group("y") or m.group("z")).replace("oh ", ""))
        return f" {2000 + int(n[0])} " if len(n) == 1 and n[0] < 40 else m.group(0)

    t = _YEAR_WORDS.sub(year, t)
    months = "|".join(MONTHS)

    def day(m: re.Match) -> str:
        n = numbers_in(m.group(2))
        return f"{m.group(1)} {int(n[0])}" if len(n) == 1 and 1 <= n[0] <= 31 else m.group(0)

    # "the eight of December": a plain number before "of" and a month can only be its day
    t = re.sub(
        rf"\b(?:the )?({_DAY_WORDS}) of ({months})\b",
        lambda m: (
            f"{m.group(2)} {int(n[0])}" if len(n := numbers_in(m.group(1))) == 1 and 1 <= n[0] <= 31 else m.group(0)
        ),
        t,
    )
    # "Thirteen March", "on twenty-one June" (British and Singapore English: the day first, said as
    # a plain number): the day of that month, when the number opens the answer or a clause; "may"
    # is left (a verb as often as a month)
    t = re.sub(
        rf"(^|[,.;!?]\s*|\b(?:the|on|it was|was)\s+)({_DAY_WORDS}) ({months.replace('may|', '')})\b",
        lambda m: (
            f"{m.group(1)}{m.group(3)} {int(n[0])}"
            if len(n := numbers_in(m.group(2))) == 1 and 1 <= n[0] <= 31
            else m.group(0)
        ),
        t,
    )
    return re.sub(
        rf"\b({months}) (?:the )?({_DAY_WORDS})\b(?![ -]?(?:st|nd|rd|th|first|second|third|\w+th)\b)"
        r"(?!\s*(?:minutes?|hours?|days?|weeks?|dollars?|times|people|o'?clock|am|pm)\b)",
        day,
        t,
    )


_LONG_NAMES = {"sept": "september", "tues": "tuesday", "thur": "thursday", "thurs": "thursday", "weds": "wednesday"}
_SHORT_DAYS = {d[:3]: d for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}


def names_in_full(t: str) -> str:
    """``t`` (cleaned) with month and weekday names typed short written in full: four-letter ones
    ("Sept 5", "next Tues", "Thurs the 9th") and three-letter weekdays ("fri", "last sat"): "tue",
    "thu" and "fri" are no English words; "mon", "wed", "sat" and "sun" are read as days only after
    last/next/this/on or as the whole answer ("I sat in the sun" keeps its words). The other
    three-letter month names are read where the names are. Texted shorthand is spelt out first
    ("tmrw" tomorrow, "yday" yesterday, "nxt" next)."""
    t = re.sub(r"\b(tmrw|tmrow|tmoz|tmr|2mor+ow|2moro|2mrw)\b", "tomorrow", t)  # texting shorthand
    t = re.sub(r"\b(ystdy|yday|ysterday)\b", "yesterday", t)
    t = re.sub(r"\bnxt\b", "next", t)
    t = re.sub(r"\b(sept|tues|thur|thurs|weds)\b\.?", lambda a: _LONG_NAMES[a.group(1)], t)
    t = re.sub(r"\b(tue|thu|fri)\b\.?", lambda a: _SHORT_DAYS[a.group(1)], t)
    return re.sub(
        r"(?:(?<=\blast )|(?<=\bnext )|(?<=\bthis )|(?<=\bon )|^(?=\W*\w+\W*$))\W*\b(mon|wed|sat|sun)\b\.?",
        lambda a: _SHORT_DAYS[a.group(1)],
        t,
    )
