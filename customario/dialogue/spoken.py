"""Numbers, dates and times as people say them ("twenty five", "next Tuesday", "tomorrow at 3pm").

Pure functions used by answer normalisation (:mod:`customario.dialogue.answers`) and by the callback tool.
Digits and words are both understood; dates fall back to ``dateutil.parser`` for written forms
("March 3rd", "2026-03-03"). Nothing here reads the clock: callers pass ``now`` (aware datetime).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_UNITS = {
    "zero": 0,
    "oh": 0,
    "nought": 0,
    "none": 0,
    "nil": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
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
_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS_WORDS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def clean(text: str) -> str:
    """``text`` lower-cased with runs of white space as one space and curly apostrophes straight;
    "outta" / "out ta" read as "out of" ("nine outta ten")."""
    t = re.sub(r"\s+", " ", (text or "").lower().replace("’", "'").replace("‘", "'")).strip()
    return re.sub(r"\bout ?ta\b", "out of", t)


def number_words(n: int) -> str:
    """0 <= n <= 9999 in English words, lower case: ``42`` -> ``"forty two"``. Raises ValueError."""
    if n < 0 or n > 9999:
        raise ValueError(f"{n} is outside 0..9999")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS_WORDS[tens] + (f" {_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{number_words(thousands)} thousand" + (f" {number_words(rest)}" if rest else "")


_NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | {"and", "point", "minus", "negative", "half"}
_DIGITS_RE = re.compile(r"^-?\d+(?:[.,]\d+)?$")


_SPOKEN_FILLERS = {"uh", "um", "umm", "er", "erm", "ah", "oh", "hmm", "mm", "a", "an", "like", "well", "so", "okay"}


def stray_words(text: str) -> list[str]:
    """Words of a recognised numeric answer that are neither number words nor fillers: "five out
    it" -> ["out", "it"], "uh seven" -> []. A recogniser that hears a number beside such fragments
    may have misheard it ("for five" for "four five"), so the survey reads it back."""
    return [
        w for w in _tokens(clean(text)) if w not in _NUMBER_WORDS and w not in _SPOKEN_FILLERS and not w[0].isdigit()
    ]


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("-", " ").replace(",", " ")
    return re.findall(r"\d+(?:\.\d+)?(?:st|nd|rd|th)?|[a-z']+|/|%", text)


def _words_value(words: list[str]) -> float | None:
    """Value of a run of number words ("one hundred and five" → 105); None if not a number."""
    words = [w for w in words if w != "and"]
    if not words or all(w in ("a", "an") for w in words):
        return None
    sign = 1
    if words[0] in ("minus", "negative"):
        sign, words = -1, words[1:]
    frac = None
    if "point" in words:
        i = words.index("point")
        words, decimals = words[:i], words[i + 1 :]
        if not decimals or any(d not in _UNITS or _UNITS[d] > 9 for d in decimals):
            return None
        frac = float("0." + "".join(str(_UNITS[d]) for d in decimals))
    total, current, seen = 0, 0, False
    for idx, w in enumerate(words):
        if w in ("a", "an"):
            nxt = words[idx + 1] if idx + 1 < len(words) else ""
            if nxt in _SCALES:
                current += 1
                seen = True
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        elif w == "half" and seen:
            frac = (frac or 0) + 0.5
        else:
            return None
        seen = True
    if not seen and frac is None:
        return None
    value = total + current + (frac or 0)
    return sign * value


def _kind(word: str) -> str:
    if word in _SCALES:
        return "scale"
    if word in _TENS:
        return "tens"
    if word in _UNITS and word not in ("a", "an"):
        return "teen" if _UNITS[word] >= 10 else "zero" if _UNITS[word] == 0 else "unit"
    return word


def _composes(run: list[str], word: str, after: str) -> bool:
    """Whether ``word`` continues the number in ``run`` ("twenty" + "five", "one" + "hundred") or
    starts a new one ("fifty" + "sixty", "seven" + "eight", "fifty and sixty": two numbers)."""
    if word in ("a", "an"):
        return after in ("half", *_SCALES)
    words = [w for w in run if w not in ("a", "an")]
    if not words:
        return True
    prev = words[-1]
    if prev == "point" or word == "point" or word == "half":
        return True
    if word == "and":
        # "a hundred and five", "one and a half"; not "fifty and sixty".
        return _kind(prev) == "scale" or after in ("a", "an", "half")
    k, w = _kind(prev), _kind(word)
    if prev == "and":
        before = [x for x in words[:-1] if x != "and"]
        return bool(before) and _kind(before[-1]) == "scale" and w in ("unit", "teen", "tens")
    if k in ("minus", "negative"):
        return True
    if w == "scale":
        return k != "zero"
    if k == "tens":
        return w == "unit"
    if k == "scale":
        return w in ("unit", "teen", "tens")
    return False


def numbers_in(text: str) -> list[float]:
    """Every number mentioned in ``text``, in order: digits ("9", "9.5"), words ("twenty five",
    "nine point five") and fractions/ratios ("9/10" and "eight out of ten" give their first part)."""
    toks = _tokens(re.sub(r"\bhalf an? dozen\b", "six", text, flags=re.IGNORECASE))
    out: list[float] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if _DIGITS_RE.match(re.sub(r"(st|nd|rd|th)$", "", t)):
            out.append(float(re.sub(r"(st|nd|rd|th)$", "", t)))
            i += 1
        elif (
            t in _NUMBER_WORDS
            and t not in ("and", "point", "half")
            and not (t in ("a", "an") and (i + 1 >= len(toks) or toks[i + 1] not in _NUMBER_WORDS))
        ):
            j = i
            while (
                j < len(toks)
                and toks[j] in _NUMBER_WORDS
                and not (
                    j > i and toks[j] in ("a", "an") and (j + 1 >= len(toks) or toks[j + 1] not in ("half", *_SCALES))
                )
                and (j == i or _composes(toks[i:j], toks[j], toks[j + 1] if j + 1 < len(toks) else ""))
            ):
                j += 1
            run = toks[i:j]
            while run and run[-1] in ("and", "point", "a", "an"):
                run.pop()
                j -= 1
            value = _words_value(run)
            if value is not None:
                out.append(value)
            i = max(j, i + 1)
        else:
            i += 1
        # "9/10", "eight out of ten": skip the denominator
        if (
            out
            and i < len(toks)
            and (toks[i] == "/" or (toks[i] == "out" and i + 1 < len(toks) and toks[i + 1] == "of"))
        ):
            i += 1 if toks[i] == "/" else 2
            while i < len(toks) and (toks[i] in _NUMBER_WORDS or _DIGITS_RE.match(toks[i])):
                i += 1
    return out


def parse_number(text: str) -> float | None:
    """The single number in ``text`` ("a nine" → 9.0, "nine point five" → 9.5); None when there is
    none or several different ones ("seven or eight")."""
    nums = numbers_in(text)
    distinct = list(dict.fromkeys(nums))
    return distinct[0] if len(distinct) == 1 else None


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


_HOLIDAYS = (
    (r"christmas eve", (12, 24)),
    (r"christmas( day)?", (12, 25)),
    (r"new ?year'?s eve", (12, 31)),
    (r"new ?year'?s( day)?", (1, 1)),
    (r"hallowe'?en", (10, 31)),
    (r"valentine'?s( day)?", (2, 14)),
    (r"(independence day|fourth of july|july fourth)", (7, 4)),
    (r"boxing day", (12, 26)),
)
_DAY_ORDINALS = {w: n for w, n in _ORDINALS.items() if n <= 31}


def _in_tense(candidates: list[date], today: date, tense: str) -> date | None:
    """The candidate that fits ``tense`` (past: latest on/before today; future: earliest on/after
    today; nearest: closest)."""
    if not candidates:
        return None
    if tense == "past":
        past = [d for d in candidates if d <= today]
        return max(past) if past else None
    if tense == "future":
        future = [d for d in candidates if d >= today]
        return min(future) if future else None
    return min(candidates, key=lambda d: (abs((d - today).days), d < today))


def _month_day(month: int, day: int, today: date, tense: str) -> date | None:
    out = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue
    return _in_tense(out, today, tense)


def _day_of_month(t: str) -> int | None:
    m = re.search(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b", t)
    if m:
        return int(m.group(1))
    for word, n in sorted(_DAY_ORDINALS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b(twenty|thirty)[\s-]{word}\b", t):
            base = 20 if re.search(rf"\btwenty[\s-]{word}\b", t) else 30
            return base + n
    for word, n in sorted(_DAY_ORDINALS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{word}\b", t):
            return n
    return None


def _numeric_date(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
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


def _named_day(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """Holidays: fixed dates, and Thanksgiving (the fourth Thursday of November)."""
    for rx, (month, day) in _HOLIDAYS:
        if re.search(rf"\b{rx}\b", t):
            return _month_day(month, day, today, tense), "phrase"
    if re.search(r"\bthanksgiving\b", t):
        cands = []
        for year in (today.year - 1, today.year, today.year + 1):
            first = date(year, 11, 1)
            cands.append(first + timedelta(days=(3 - first.weekday()) % 7 + 21))
        return _in_tense(cands, today, tense), "phrase"
    return None


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}


def _nth_weekday(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """ "the first Monday in January", "the last Friday of the month", "the second Tuesday of
    March 2027": a weekday counted within a month (None when the words are not such a date)."""
    m = re.search(
        rf"\b({'|'.join(_NTH)}) ({'|'.join(WEEKDAYS)}) (?:in|of) (?:the month|this month|next month|"
        rf"({'|'.join(MONTHS)}))(?: (\d{{4}}))?\b",
        t,
    )
    if not m:
        return None
    nth, weekday = _NTH[m.group(1)], WEEKDAYS.index(m.group(2))
    if m.group(3):
        months = [(y, MONTHS.index(m.group(3)) + 1) for y in (today.year - 1, today.year, today.year + 1)]
        if m.group(4):
            months = [(int(m.group(4)), MONTHS.index(m.group(3)) + 1)]
    else:
        step = 1 if "next month" in m.group(0) else 0
        y, mo = divmod(today.year * 12 + today.month - 1 + step, 12)
        months = [(y, mo + 1)]
    cands = []
    for year, month in months:
        days = [date(year, month, d) for d in range(1, 32) if _valid_day(year, month, d)]
        hits = [d for d in days if d.weekday() == weekday]
        cands.append(hits[nth - 1] if nth > 0 else hits[-1])
    return _in_tense(cands, today, tense), "phrase"


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _weeks_away(t: str, today: date) -> tuple[date | None, str] | None:
    """ "a week from today", "in two weeks", "a week ago"."""
    m = re.search(
        r"\b(a|an|one|two|three|four|\d+) weeks? (from|after) (today|now)\b|\bin (a|an|one|two|three|\d+) weeks?\b", t
    )
    sign = 1
    if not m:
        m, sign = re.search(r"\b(a|an|one|two|three|four|\d+) weeks? ago\b", t), -1
    if not m:
        return None
    qty_word = m.group(1) or (m.group(4) if sign == 1 else None)
    qty = 1 if qty_word in ("a", "an", "one") else parse_number(qty_word or "")
    return (today + timedelta(days=sign * 7 * int(qty)), "phrase") if qty else (None, "exact")


def _two_dates_or_counted(t: str, today: date, tense: str) -> tuple[date | None, str] | None:
    """ "Either the ninth or the tenth" (two dates: ambiguous), "any day after the 15th" (a range:
    ambiguous), "the day after Thanksgiving" / "two days before Christmas" (counted from another
    date); None when the words are none of these."""
    sides = [x for x in re.split(r"\bor\b", re.sub(r"\beither\b", " ", t)) if x.strip()]
    if len(sides) == 2:
        # "Either the ninth or the tenth": two dates, ask again.
        first, second = (read_date(x, today, tense)[0] or read_date(f"the {x}", today, tense)[0] for x in sides)
        if first is not None and second is not None and first != second:
            return None, "ambiguous"
    if re.search(r"\b(any|some|every|each|whatever|few|couple of|several|other|next)\s+days?\s+(after|before)\b", t):
        return None, "ambiguous"  # "any day after the fifteenth": a range, not a date
    week = re.search(r"\b(next|last|this|coming|past|that) week\b", t)
    if week and not re.search(rf"\b({'|'.join(WEEKDAYS)})\b", t):
        if re.search(rf"\d|\b({'|'.join(_DAY_ORDINALS)})\b", t):
            # "last week, on the 24th": the day of the month says which day.
            return read_date(t[: week.start()] + " " + t[week.end() :], today, tense)
        return None, "ambiguous"  # "sometime next week", "last week": seven days, not a date
    m = re.search(r"\b(a|an|one|two|three|\d+) weeks? (from|after|before) (?!today|now)(.+)$", t)
    if m:
        # "a week from Friday": counted from another date.
        base, how = read_date(m.group(3), today, tense)
        weeks = 1 if m.group(1) in ("a", "an", "one") else int(parse_number(m.group(1)) or 0)
        if base is None or not weeks:
            return None, how
        return base + timedelta(days=7 * weeks * (-1 if m.group(2) == "before" else 1)), how
    if re.search(r"\b(the |that )?(week|weekend)s? (after|before|of|following)\b", t):
        return None, "ambiguous"  # "the week after Christmas": several days, not a date
    if re.search(r"\b(weekend|holidays|break)\b", t) and not re.search(rf"\d|\b({'|'.join(WEEKDAYS)})\b", t):
        return None, "ambiguous"  # "Thanksgiving weekend", "over the holidays": a span, not a date
    m = re.search(rf"\b(?:the )?(?:first )?({'|'.join(WEEKDAYS)}) (after|before|following) (.+)$", t)
    if m:
        # "the Monday after New Year's": that weekday counted from another date (never the date itself).
        base, how = read_date(m.group(3), today, tense)
        if base is None:
            return None, how
        step = -1 if m.group(2) == "before" else 1
        target = WEEKDAYS.index(m.group(1))
        d = base + timedelta(days=step)
        while d.weekday() != target:
            d += timedelta(days=step)
        return d, "inferred"
    m = re.search(r"\b(?:the |a |one |(two|three|four|five|six|\d+) )?days? (after|before) (.+)$", t)
    if m:
        # "the day after Thanksgiving", "two days before Christmas": a date counted from another.
        base, how = read_date(m.group(3), today, tense)
        if base is None:
            return None, how
        n = int(parse_number(m.group(1)) or 0) if m.group(1) else 1
        return base + timedelta(days=n if m.group(2) == "after" else -n), how
    return None


def _uk_weeks(t: str) -> str:
    """British and Australian week counts in the words the date rules read: "a fortnight" is two
    weeks, "a week today" / "two weeks tomorrow" / "a week on Friday" count from that day
    ("a week from today")."""
    t = re.sub(r"\b(?:a|one) fortnight\b", "two weeks", t)
    t = re.sub(r"\bfortnight\b", "two weeks", t)
    return re.sub(rf"\b(weeks?) (?:on )?(today|tomorrow|{'|'.join(WEEKDAYS)})\b", r"\1 from \2", t)


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
    if not t:
        return None, "exact"
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", t)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "exact"
        except ValueError:
            return None, "exact"
    counted = _two_dates_or_counted(t, today, tense)
    if counted is not None:
        return counted
    found = (
        _numeric_date(t, today, tense)
        or _named_day(t, today, tense)
        or _nth_weekday(t, today, tense)
        or _weeks_away(t, today)
    )
    if found is not None:
        return found
    weekday = next((i for i, d in enumerate(WEEKDAYS) if re.search(rf"\b{d}\b", t)), None)
    has_month = next((i + 1 for i, mo in enumerate(MONTHS) if re.search(rf"\b({mo}|{mo[:3]})\b", t)), None)
    dom = _day_of_month(t)
    if has_month and dom:
        d = _month_day(has_month, dom, today, tense)
        if d is not None and weekday is not None and d.weekday() != weekday:
            return None, "ambiguous"
        return d, "phrase"
    if dom and weekday is not None and not re.search(r"\b(next|last|this|coming|past)\b", t):
        cands = []
        for k in range(-62, 63):
            d = today + timedelta(days=k)
            if d.day == dom and d.weekday() == weekday:
                cands.append(d)
        return _in_tense(cands, today, tense), "inferred"
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
        prefer = "future" if tense == "future" else "past"
        return parse_date(t, today, prefer=prefer), "inferred"
    prefer = "future" if tense == "future" else "past"
    d = parse_date(t, today, prefer=prefer)
    if d is not None and has_month and tense == "nearest":
        d = _month_day(d.month, d.day, today, tense) or d
    simple = re.search(r"\b(today|yesterday|tomorrow|ago|this morning|tonight)\b", t)
    return d, "phrase" if simple or has_month else "inferred"
