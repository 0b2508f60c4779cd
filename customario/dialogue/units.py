"""Numbers said in units, periods and measures: the unit rules of survey number answers.

"Twice a day, Monday to Friday" to a weekly count is 10 (:func:`per_week_count`), "two hours" to a question in minutes is 120 (:func:`duration_in_unit`), "three nights, four days"
to "how many nights?" is 3 (:func:`counted_in_own_unit`), "three times a week" to a monthly count is
asked again (:func:`counted_elsewhere`), and "two kilometres" or "a 6.6 kilowatt system" is never a
number of minutes or of panels (:func:`other_measure`). Used by :mod:`customario.dialogue.answers`;
pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import NUMBER_WORDS, numbers_in
from customario.dialogue.periods import in_the_past, other_period, question_period, written_rate
from customario.dialogue.spoken_dates import WEEKDAYS
from customario.dialogue.unit_prices import (  # noqa: F401  (re-exported: number_answers, item_prices)
    asks_price_per_one,
    money_per_unit,
    price_each,
)

# ---------------------------------------------------------------- how often, per week
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_WEEK_QUESTION = re.compile(r"\b(last|past|per|a|each|this|every) (week|seven days)\b|\bweekly\b")


def _frequency(t: str, per: str) -> float | None:
    """N in "N times a <per>" / "once a <per>" / "twice per <per>"."""
    m = re.search(rf"\b(once|twice|thrice|(\w+(?: \w+)?) times?) (a|per|each|every) {per}\b", t)
    if not m:
        return None
    if m.group(1) in _TIMES:
        return _TIMES[m.group(1)]
    nums = numbers_in(m.group(2) or "")
    return nums[-1] if nums else None


def days_per_week(t: str) -> int | None:
    """Days a week said in ``t``: "Monday to Friday" 5, "weekdays" 5, "every day" 7, "weekends" 2,
    "three days a week" 3; None when none is said."""
    weekdays = "|".join(WEEKDAYS)
    m = re.search(rf"\b({weekdays}) (to|through|thru|till|until) ({weekdays})\b", t)
    if m:
        a, b = WEEKDAYS.index(m.group(1)), WEEKDAYS.index(m.group(3))
        return (b - a) % 7 + 1
    if re.search(r"\b(every|each|on) weekdays?\b|\bweekdays\b|\bworkdays\b|\bevery work ?day\b", t):
        return 5
    if re.search(r"\b(every|each) day\b|\bdaily\b|\bseven days a week\b|\ball week\b", t):
        return 7
    if re.search(r"\b(on )?weekends\b|\bevery weekend\b", t):
        return 2
    m = re.search(r"\b(\w+) days? (a|per|each|that|this|last) week\b", t)
    if m and numbers_in(m.group(1)):
        return int(numbers_in(m.group(1))[0])
    return None


def per_week_count(question: Any, text: str) -> int | None:
    """A weekly count from a frequency ("twice a day, Monday to Friday" 10, "three times a day on
    weekends" 6) for a number question about a week; None unless both the times per day and the
    days are said ("every day" alone or "twice a day" alone stay unclear)."""
    if getattr(question, "type", None) != "number" or not _WEEK_QUESTION.search((question.text or "").lower()):
        return None
    t = re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " "))
    daily = _frequency(t, "day")
    days = days_per_week(t)
    if daily is None or days is None or daily != int(daily):
        return None
    return int(daily * days)


_DAILY = re.compile(r"\b(once|one|a|an|twice|two|three|\d) (?:every|each|a|per) (?:day|night|evening)\b")


_WEEKLY = re.compile(r"\b(once|one|a|an|twice|two|three|four|five|\d) (?:times )?(?:every|each|a|per) week\b")
_MONTHLY = re.compile(r"\b(once|one|a|an|twice|two|three|four|\d) (?:times )?(?:every|each|a|per) month\b")
_WEEKDAYS_ONLY = re.compile(
    rf"(?:(?:on|every|and|usually|the)\s+)*(?:{'|'.join(WEEKDAYS)})s?(?:\s+(?:and|&)\s+(?:{'|'.join(WEEKDAYS)})s?)*"
)


def count_with_its_rate(question: Any, text: str) -> int | None:
    """The count said first when the clause after it gives the rate that makes it ("Seven, one
    every night" to "how many ... last week?": 1 a day for 7 days; "Eight. Two a week, Mondays and
    Thursdays." to "how many ... a month?": 2 a week for four weeks; "Twelve, once a month" to "how
    many times a year?" or "... in the last twelve months?": 1 a month for twelve months), or None:
    another period, no such rate, or a rate that does not make the count ("Five, one every night",
    "Twelve. Two a week.")."""
    period = question_period(question)
    if re.search(r"\b(?:last|past|previous) (?:twelve|12) months\b", (question.text or "").lower()):
        period = "year"  # "how many times in the last twelve months ...?"
    if getattr(question, "type", None) != "number" or period not in ("week", "month", "year"):
        return None
    clauses = [c.strip() for c in re.split(r"[,;.!?]", text.lower()) if c.strip()]
    if len(clauses) not in ((2, 3) if period == "month" else (2,)):
        return None
    first = numbers_in(re.sub(r"^(?:(?:about|around|maybe|like|oh|um+|uh+|well|just)\s+)+", "", clauses[0]))
    if period == "year":
        # "Twelve, once a month like clockwork" to "how many times a year ...?": 1 a month for 12 months
        m = _MONTHLY.search(clauses[1])
        if len(first) != 1 or not m or len(clauses[0].split()) > 3 or len(numbers_in(clauses[1])) > 1:
            return None
        rate = _TIMES.get(m.group(1)) or (1 if m.group(1) in ("a", "an") else numbers_in(m.group(1))[0])
        return int(first[0]) if first[0] == rate * 12 else None
    m = (_DAILY if period == "week" else _WEEKLY).search(clauses[1])
    if len(first) != 1 or not m or len(clauses[0].split()) > 3 or len(numbers_in(clauses[1])) > 1:
        return None
    if len(clauses) == 3 and (numbers_in(clauses[2]) or not _WEEKDAYS_ONLY.fullmatch(clauses[2])):
        return None  # "Eight. Two a week, Mondays and Thursdays.": only which days may follow
    rate = _TIMES.get(m.group(1)) or (1 if m.group(1) in ("a", "an") else numbers_in(m.group(1))[0])
    if period == "week":
        return int(first[0]) if first[0] == rate * 7 else None
    # a month holds four to five weeks: "Eight. Two a week." (read back)
    return int(first[0]) if rate * 4 <= first[0] <= rate * 5 and first[0] == int(first[0]) else None


# ---------------------------------------------------------------- durations in the question's unit
_MINUTES = {"second": 1 / 60, "minute": 1, "hour": 60, "day": 1440, "week": 10080, "fortnight": 20160}
_UNIT_WORD = {
    "seconds": "second", "second": "second", "secs": "second", "sec": "second",
    "minutes": "minute", "minute": "minute", "mins": "minute", "min": "minute",
    "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour", "h": "hour",
    "days": "day", "day": "day", "weeks": "week", "week": "week", "fortnights": "fortnight", "fortnight": "fortnight",
}  # fmt: skip
_UNIT_RX = re.compile(r"\b(" + "|".join(sorted(_UNIT_WORD, key=len, reverse=True)) + r")\b")


_PLURALS = frozenset("people children men women staff teeth fish sheep deer police".split())
_NOT_NOUNS = frozenset("is was does has his this us as its yours ours theirs".split())


def counted_noun(question: Any) -> str | None:
    """The noun a "how many ...?" question counts, plural as asked: "How many solar panels did we
    install?" → ``panels`` (not the adjective ``solar``), "How many pets live ...?" → ``pets``,
    "How many of your teeth ...?" → ``teeth``, "On how many of the three days ...?" → ``days`` (the
    partitive and its count are skipped: answers blind50 read ``of``); the first word after "how
    many" when none looks plural; None without "how many" or "number of"."""
    m = re.search(
        r"\b(?:how many|number of)(?: of (?:the|your|those|these|my|our|its|their)(?: \d+| (?:two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|twelve)\b)?)?((?: [a-z']+){1,3})",
        (getattr(question, "text", "") or "").lower(),
    )
    if not m:
        return None
    words = m.group(1).split()
    for w in words:
        if w in _PLURALS or (w.endswith("s") and len(w) > 3 and w not in _NOT_NOUNS):
            return w
    return words[0]


def question_unit(question: Any) -> str | None:
    """The time unit a number question counts in ("how many minutes did you wait" → ``minute``)."""
    m = re.search(
        r"\b(?:how many|number of|in|how long,? in) (seconds|minutes|hours|days|weeks)\b",
        (getattr(question, "text", "") or "").lower(),
    )
    return _UNIT_WORD[m.group(1)] if m else None


def duration_in_unit(question: Any, text: str) -> float | None:
    """A duration said in other units, in the question's unit ("two hours" → 120 for a question in
    minutes, "an hour and ten minutes" → 70, "like 2 hrs" → 120), or None: the question counts no
    time unit, the answer names none, or a number in it has no unit ("two or three hours").
    ``nan`` when the answer names a unit that cannot be converted safely (a month for minutes)."""
    unit = question_unit(question)
    if unit is None:
        return None
    said = re.sub(r"[^a-z0-9. ]+", " ", text.lower().replace("-", " "))
    period = question_period(question)
    if period in ("day", "week"):
        # "eight hours a day" to "on a typical day, how many hours ...?": the rate is the question's own
        said = re.sub(rf"\b(?:a|an|per|each|every) {period}(?: (?:the )?same)?\b", " ", said)
    # "Oh honey, a good hour": "oh" is no zero here, and "a good / solid / full hour" is an hour
    said = re.sub(r"\boh\b(?!\s*(?:one|two|three|four|five|six|seven|eight|nine|\d))", " ", said)
    said = re.sub(
        r"\ba (?:good|solid|full|whole|clear|long|straight)\s+(?=(?:half an? )?(?:hour|day|week|minute)\b)", "a ", said
    )
    said = re.sub(r"\ba a half\b", "half a", said)
    # "forty-eight hours, two whole days": a whole or full unit is that unit (said again, it agrees)
    said = re.sub(r"(?<=\w) (?:whole|full|solid|entire|clear|long) (?=(?:hours?|days?|weeks?|minutes?)\b)", " ", said)
    said = re.sub(r"\b(\d+) and (a )?half\b", lambda m: f"{int(m.group(1))}.5", said)  # "2 and a half hours"
    # "1h30", "one hour thirty", "two hours fifteen": minutes said after the hours without their unit
    said = re.sub(r"\b(\d+)\s*h\s*(\d{1,2})\b", r" \1 hours \2 minutes ", said)
    said = re.sub(
        r"\b(an?|one|two|three|four|five|six|\d+) (hours?) (?:and )?(ten|fifteen|twenty|thirty|forty|forty five|fifty|\d{2})\s*$",
        r"\1 \2 \3 minutes",
        said.strip(" ."),
    )
    said = re.sub(r"^(?:(?:um+|uh+|oh|well|about|around|maybe)\s+)*(hour|day|week) and a half\b", r" 1.5 \1s ", said)
    t = re.sub(r"\bhalf an? hour\b|\b(?:a |an )?half hour\b", " 30 minutes ", said)
    t = re.sub(r"\bquarter of an? hour\b", " 15 minutes ", t)
    t = re.sub(r"\bthree quarters? of an? hour\b", " 45 minutes ", t)
    t = re.sub(r"\b(an?|one) (hour|day|week|minute) and a half\b", r" 1.5 \2s ", t)
    # "An hour and a quarter" is 75 minutes, "two hours and three quarters" 165: the fraction
    # belongs to the unit before it (never dropped: that stored 60 for 75 on blind5 dn-059).
    fractions = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
    t = re.sub(
        r"\b(an?|one|[a-z]+|\d+) (hours?|days?|weeks?|minutes?) and (a half|a quarter|three quarters)\b",
        lambda m: (
            f" {(1 if m.group(1) in ('a', 'an') else (numbers_in(m.group(1)) or [float('nan')])[0]) + fractions[m.group(3)]:g}"
            f" {m.group(2).rstrip('s')}s "
        ),
        t,
    )
    # "Three and a quarter" with no unit: a number in the question's own unit
    t = re.sub(
        r"\b([a-z]+|\d+) and (a quarter|three quarters)\b(?! (?:past|to|of)\b)",
        lambda m: f" {numbers_in(m.group(1))[0] + fractions[m.group(2)]:g} " if numbers_in(m.group(1)) else m.group(0),
        t,
    )
    if re.search(r"\bquarters?\b", t):
        return float("nan")  # a quarter of something not understood: never dropped
    t = re.sub(r"\b(an?) (second|sec|minute|min|hour|hr|day|week|fortnight)\b", r" 1 \2", t)
    if re.search(r"\b(months?|years?)\b", t):
        return float("nan")
    units = list(_UNIT_RX.finditer(t))
    if not units or (t == said and all(_UNIT_WORD[m.group(1)] == unit for m in units)):
        return None  # no unit, or only the question's own: the plain number reading holds
    total, start, parts = 0.0, 0, []
    for i, m in enumerate(units):
        between = t[start : m.start()]
        nums = numbers_in(between)
        if len(nums) != 1:
            return float("nan")  # "two or three hours", or a unit without a number: do not guess
        if (
            i
            and re.sub(
                r"\b(and|[a-z]+teen|[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
                r"[\d.]+",
                "",
                between,
            ).strip()
        ):
            return float("nan")  # "an hour late but I waited 20 minutes": two durations, not one
        total += nums[0] * _MINUTES[_UNIT_WORD[m.group(1)]]
        parts.append((nums[0] * _MINUTES[_UNIT_WORD[m.group(1)]], _MINUTES[_UNIT_WORD[m.group(1)]]))
        start = m.end()
    if numbers_in(t[start:]):
        return float("nan")  # a number after the last unit: "two hours, maybe 3"
    if any(size >= before for (_v, before), (_w, size) in zip(parts, parts[1:])):
        # Units that do not fall ("seven days, a whole week", "ninety minutes, an hour and a half"):
        # one duration said again in other words when every part is the same length, else two
        if len({round(v, 6) for v, _size in parts}) == 1:
            return round(parts[0][0] / _MINUTES[unit], 2)
        return float("nan")
    return round(total / _MINUTES[unit], 2)


# ---------------------------------------------------------------- counted in another unit or period
_COUNTED_UNITS = ("night", "day", "week", "month", "year", "hour", "minute", "second")
# "a day early", "a week late", "a day or two later": a difference in time, neither a rate nor a count
_DIFFERENCE = (
    r"(?!\s+(?:or two\s+)?(?:early|late|earlier|later|sooner|before|after|ago|short|over|too (?:early|late|soon))\b)"
    r"(?!\s+of it\b)"  # "we made a day of it" (blind42): an outing, no rate
)
# Not "for half a day": a length of time (blind37 had asked again)
_RATE_RX = re.compile(
    r"\b(?:times?|visits?|rides?|trips?)?\s*(?<!\bhalf )(?<!\bhalf)(?:a|per|each|every|an?) (day|week|month|year)\b"
    rf"{_DIFFERENCE}"
)


# The question's unit said once as the whole answer: "a day", "just a week", "a day, just the one".
_ONE_OF_UNIT = re.compile(
    r"(?:(?:um+|uh+|oh|well|only|just|about|around|maybe)\s+)*an? (?:day|week|month|year)"
    r"(?:\s+(?:just|only) the one)?(?:\s+(?:i think|i reckon|i'd say))?"
)


# Before a unit, a point in time, not a count: "thirty-one next month" (had been read as 1 month).
_POINT_IN_TIME = frozenset("next last this that every each per the same following coming previous past".split())


def counted_in_own_unit(question: Any, text: str) -> float | None:
    """The one number said with the noun a "how many nights/days/weeks ...?" question counts
    ("Three nights, four days" → 3, "twenty-one nights, we were there three weeks" → 21), or None:
    not such a question, a rate ("three nights a month"), or none or two different numbers with
    the noun ("two nights and then three nights")."""
    asked = (getattr(question, "text", "") or "").lower()
    counted = re.search(r"\bhow many (\w+?)s?\b", asked)
    noun = counted.group(1) if counted else None
    if getattr(question, "type", None) != "number" or noun not in _COUNTED_UNITS or question_unit(question):
        return None
    # a decimal point stays ("1.5 years" was read as 5)
    t = re.sub(r"(?!(?<=\d)\.(?=\d))[^a-z0-9 ]+", " ", text.lower().replace("-", " "))
    weeks = _whole_weeks(t) if noun in ("night", "day") else None
    if weeks is not None:
        return weeks
    if _RATE_RX.search(t):
        return None
    if re.search(rf"\b\w+\s*(?:or|to|-)\s*\w+ {noun}s?\b", t) and len(numbers_in(t)) > 1:
        return None  # "two or three nights": two values, asked again (never the last one)
    said = set()
    for m in re.finditer(rf"(?<![\w.])((?:[\w.]+ )?[\w.]+) {noun}s?\b", t):
        if m.group(1).split()[-1] in _POINT_IN_TIME:
            continue
        nums = numbers_in(m.group(1))
        if nums:
            said.add(nums[-1])
    return said.pop() if len(said) == 1 else None


_WEEKS = re.compile(
    r"(?<!\btimes )(?<!\bonce )(?<!\btwice )\b(a|one|two|three|four)\s+(?:full |whole |solid |good )?(weeks?|fortnights?)\b"
)


def _whole_weeks(t: str) -> float | None:
    """Nights or days in "a week", "two weeks" said as the whole stay (7, 14), or None: another
    number beside it ("a week and two nights"), a rate ("twice a week"), a hedge between two lengths
    or part of a week ("a week and a half", "over a week": a week and a half was read back as 7)."""
    m = _WEEKS.search(t)
    if (
        not m
        or numbers_in(t[: m.start()] + " " + t[m.end() :])
        or re.search(r"\b(or(?! so\b)|and a bit|plus|ago|per|half|quarter|odd|over|more than|nearly|almost|under)\b", t)
    ):
        return None
    count = 1 if m.group(1) in ("a", "one") else numbers_in(m.group(1))[0]
    return count * (14 if m.group(2).startswith("fortnight") else 7)


# How many times "every day" makes in a <period>: (low, high), "nearly every day" from 15. Not
# "every week": "Four, I go every week" may be four a week.
_EVERY_IN = {("day", "month"): (20, 31), ("day", "year"): (300, 366)}


def _rate_describes_count(text: str, unit: str, period: str | None) -> bool:
    """True for "Twenty-five, I'm there nearly every day" to "how many times a month?": the number
    stands alone as the first clause, the rate is "every day" (``unit``) with no count of its own,
    in a second clause with "I" or "we" as subject, and the number agrees with it (20-31 a month,
    15-31 for nearly every day). "Two, I'm there every day", "twenty-five every day" (no clause of
    its own) and any "every week" ("Four, I go every week": four a week?) are not."""
    t = re.sub(r"\s+", " ", text.lower().replace("-", " ").replace("’", "'")).strip()
    clauses = [c.strip() for c in re.split(r"[,;.!?]", t) if c.strip()]
    if len(clauses) != 2:
        return False
    said = re.sub(r"^(?:(?:about|around|maybe|like|oh|um+|uh+|well)\s+)+", "", clauses[0])
    nums = numbers_in(said)
    if len(nums) != 1 or not re.fullmatch(r"[a-z0-9 ]+", said) or len(said.split()) > 3 or numbers_in(clauses[1]):
        return False
    every = re.search(rf"\b(nearly |almost |pretty much )?(every|each) {unit}\b", clauses[1])
    if not every or not re.search(r"\b(i|i'm|we|we're)\b", clauses[1]):
        return False
    low, high = _EVERY_IN.get((unit, period or ""), (None, None))
    if low is None:
        return False
    if every.group(1) and (unit, period) == ("day", "month"):
        low = 15
    return low <= nums[0] <= high


# A figure per occasion rather than per period: "ninety a visit", "forty per session", "each time".
_PER_OCCASION = re.compile(
    r"(?:\d|\b(?:[a-z]+ty|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|"
    r"thousand|dollars?|bucks?|quid|pounds?|euros?))\s+(?:(?:a|per|each|every|an) (visit|session|clean|cleaning|trip|"
    r"class|lesson|appointment|delivery|order|booking|service)|(?:each|per) (time))\b"
)


# A rate written with a slash or a short period: "$80/week", "80/wk", "900 per yr".
def counted_elsewhere(question: Any, text: str) -> str | None:
    """Why a number answer counts something other than what was asked, or None.

    - A rate per another period ("three times a week" to "how many visits per month?"): the
      answer is never converted (weeks per month vary), so it is asked again.
    - A number of another unit ("we were there four days" to "how many nights?", "two weeks" to
      "how many days?" is left to :func:`duration_in_unit`): nights and days differ by one, so
      the caller is asked in the question's unit.

    Returns the reason text for the re-ask ("a number per month", "a number of nights")."""
    if getattr(question, "type", None) != "number" or per_week_count(question, text) is not None:
        return None  # "twice a day, Monday to Friday" to a weekly count is per_week_count's
    asked = (getattr(question, "text", "") or "").lower()
    t = re.sub(r"[^a-z0-9 ]+", " ", written_rate(text.lower()).replace("-", " "))
    period = question_period(question)
    for m in _RATE_RX.finditer(t):
        # "Two a day" to a weekly count: no days said (per_week_count found none above), so no
        # weekly figure; only "Seven, one every night" (count_with_its_rate) reads the count.
        if m.group(1) != period and not (
            (period, m.group(1)) in (("week", "day"), ("month", "week"))
            and count_with_its_rate(question, text) is not None
        ):
            # per-day rates to a weekly question are per_week_count's (needs the days too)
            if _rate_describes_count(text, m.group(1), period) or in_the_past(text, m.group(0)):
                continue
            if m.group(1) == question_unit(question) and _ONE_OF_UNIT.fullmatch(t.strip()):
                continue  # "A day, just the one." to "how many days ...?": one day, no rate (blind30)
            return f"a number per {period}" if period else "a number, not a rate"
    other = other_period(t)
    if not period and other and re.search(r"\b(?:nightly|(?:per|a|each|every) night)\b", asked):
        period = "night"  # "Three hundred for the week" to a nightly rate (blind40 had stored 300)
    if period and other and other != period:
        # "four hundred and fifty a quarter", "nine hundred for the year" to a monthly rent (held-out
        # answers blind31): an amount per another period is never divided out, so it is asked again
        return f"a number per {period}"
    per = _PER_OCCASION.search(t)
    if period and per and not re.search(rf"\b{per.group(1) or per.group(2)}", asked):
        # "ninety a visit", "forty per session" to a monthly bill: per occasion, never multiplied
        return f"a number per {period}"
    counted = re.search(r"\bhow many (\w+?)s?\b", asked)
    noun = counted.group(1) if counted else None
    if noun not in _COUNTED_UNITS and not question_unit(question):
        return _duration_for_a_count(question, asked, t)
    if noun not in _COUNTED_UNITS or question_unit(question):
        return None  # durations in minutes/hours are converted by duration_in_unit
    for m in re.finditer(rf"\b(\w+) (nights?|days?|weeks?|months?|years?|hours?|minutes?)\b{_DIFFERENCE}", t):
        if numbers_in(m.group(1)) and m.group(2).rstrip("s") != noun:
            return f"a number of {noun}s"
    return None


# Lengths shorter than a day only: "twenty-six days" to "how many visits?" counts the days visited
# (answers blind7), "three hours" to "how many sessions?" is how long each lasted.
_DURATION = re.compile(
    r"\b(\w+)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?)\b"
    r"(?!\s+(?:a|an|per|every|each) (?:day|night|week|month|year)\b)"
)


def _duration_for_a_count(question: Any, asked: str, t: str) -> str | None:
    """ "a number of <things>" when every number of an answer to "how many <things> ...?" (things
    that are no time unit) is a length under a day the question does not name: "Three hours each,
    they were." to "How many of the twelve sessions did you attend?" had been stored as 3 sessions
    (held-out answers blind33); days and longer may count the occasions ("twenty-six days" to "how
    many visits?")."""
    noun = counted_noun(question)
    numbers = numbers_in(t)
    if noun is None or not numbers:
        return None
    spans = [m for m in _DURATION.finditer(t) if numbers_in(m.group(1))]
    units = {_UNIT_WORD.get(m.group(2), m.group(2).rstrip("s")) for m in spans}
    if not spans or len(spans) < len(numbers) or any(re.search(rf"\b{u}s?\b", asked) for u in units):
        return None
    return f"a number of {noun}"


# ---------------------------------------------------------------- a measure of another kind
_MEASURES = {
    "time": r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?",
    "distance": r"kilomet(?:er|re)s?|kms?|k|miles?|met(?:er|re)s?|feet|foot|ft|yards?|blocks?",
    "weight": r"kilos?|kilograms?|kgs?|pounds?|lbs?|grams?|tons?|tonnes?|ounces?|oz",
    "money": r"dollars?|bucks?|cents?|euros?|quid|pounds?|grand",
    "power": r"kilowatts?|kw|kwh|watts?|megawatts?|mw|volts?|amps?",
    "volume": r"lit(?:er|re)s?|gallons?|millilit(?:er|re)s?|ml",
    "area": r"square (?:feet|foot|met(?:er|re)s?|miles?)|sq ?ft|acres?|hectares?",
    # a share of something ("twenty percent" of the bill): no amount and no count until the whole is known
    "share": r"percent|per cent|pct|percentage points?",
}
# Measures that are never a count of things ("a 6.6 kilowatt system" to "how many panels?").
_NEVER_COUNTS = ("distance", "weight", "power", "volume", "area", "share")
# A question about an amount of money ("How much was the bill, in dollars?", "the delivery fee").
# A money question: "how much" with a verb or noun of paying or "money" ("How much money was the
# transaction?", answers blind71), a currency (not "pounds", also a weight), or "what did ... cost"
# ("What did the course cost you, in rupees?").
MONEY_QUESTION = re.compile(
    r"\bhow much\b.*\b(spend|spent|pay|paid|cost|bill|charge|price|budget|money)\w*\b|[$€₹]|"
    r"\b(dollars|cents|price|bill|fees?|euros?|rupees?)\b|\bwhat did\b.*\bcost\b"
)
_ASKED_MEASURE = {
    "time": r"\bhow long\b|\bhow many (seconds|minutes|hours|days|weeks|months|years)\b",
    "distance": r"\bhow (?:far|tall|high|long|deep|wide)\b.*\b(?:feet|foot|met(?:er|re)s|yards|miles)\b|\bhow far\b|\b(miles|kilomet(er|re)s|distance|feet|yards)\b",
    "weight": r"\bhow heavy\b|\b(pounds|kilos|kilograms|weigh\w*)\b",
    "money": MONEY_QUESTION.pattern,
    "power": r"\b(kilowatts?|kw|kwh|watts?|megawatts?|volts?|amps?)\b",
    "volume": r"\b(lit(er|re)s|gallons|how much (water|fuel|gas|oil))\b",
    "area": r"\b(square (feet|foot|met(er|re)s)|acres|hectares|how big)\b",
    "share": r"\b(percent|per cent|percentage|proportion|share|fraction)\b|%",
}


# A share said with its number ("about eighty percent", "12.5 per cent"), and a number said
# elsewhere (digits or a number word; not "oh", which is a filler as often as a zero).
_SHARE_SAID = re.compile(rf"(?:\b(?:\d[\d.,]*|{NUMBER_WORDS}|and|a|point)\s+)+(?:" + _MEASURES["share"] + r")\b")
_AMOUNT_WORD = re.compile(rf"\d|\b(?:{NUMBER_WORDS}|grand)\b")


_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:and|or|ago|old|long|later|earlier|before|after|each|apiece|total|a|an|the|of|in|on|at|to|for|per|"
    r"with|by|from|or|so|but|maybe|i|we|you|it|is|was|tops|max|ish|roughly|about|exactly)\b)[a-z]{3,}"
)


def other_measure(question: Any, text: str) -> str | None:
    """Why a number answer measures something else than the question asks, or None: "Two
    kilometres" to "how many minutes does it take?", "twenty dollars" or "two hours" to "how much
    do you spend?", "twenty percent" to "how much did you tip, in dollars?" (a share of an amount
    the caller did not say). A distance, a weight or a share is never a count either ("two
    kilometres" or "half of them, fifty percent" to "how many people?"). Never converted: the
    caller is asked again in the question's own terms."""
    if getattr(question, "type", None) != "number":
        return None
    asked = (getattr(question, "text", "") or "").lower()
    kinds = [k for k, rx in _ASKED_MEASURE.items() if re.search(rx, asked)]
    if len(kinds) > 1:
        return None  # a question that names two kinds of measure: the plain reading decides
    foreign = [k for k in _MEASURES if k not in kinds and (kinds or k in _NEVER_COUNTS)]
    t = re.sub(r"[^a-z0-9.$/ ]+", " ", text.lower().replace("-", " ").replace("%", " percent"))
    if "share" in foreign and _AMOUNT_WORD.search(_SHARE_SAID.sub(" ", t)):
        # "Two thousand four hundred and fifty, and you paid back about eighty percent of it": the
        # share is of the amount said beside it, which the other readings weigh
        foreign.remove("share")
    said = any(
        numbers_in(" ".join(t[: m.start()].split()[-3:]))
        for kind in foreign
        for m in re.finditer(rf"\b({_MEASURES[kind]})\b", t)
        # "fifty-five a month", "this year": a period, not an amount measured in it
        # "$310/month": "/" is "a" written
        if not re.search(r"(?:\b(a|an|per|each|every|the|this|that|last|next|past)\s+|/\s*)$", t[: m.start()])
        # "Nine hundred dollars! For two hours!": what the money paid for, beside the amount said
        and not (
            kinds == ["money"]
            and re.search(r"\bfor (?:the |about |around )?[a-z0-9.]+(?: [a-z]+)?\s+$", t[: m.start()])
        )
        # "free with the two-year contract", "a five-hour job": a measure in the singular before a
        # noun describes the noun, no amount said in that measure (blind32 asked a free install again)
        and not (kinds == ["money"] and not m.group(0).endswith("s") and _BEFORE_NOUN.match(t[m.end() :]))
    )
    if said or ("money" in foreign and re.search(r"\$\s*\d", t)):
        unit = question_unit(question)
        return f"a number of {unit}s" if unit else "a number" if not kinds else f"an amount of {kinds[0]}"
    return _other_system(asked, t)


# Units of one measure in two systems: a question asked in one is never answered by converting
# the other ("ninety thousand kilometres" to "how many miles?" was stored as 90,000 miles).
_SYSTEMS = (
    ("miles", r"miles?", r"kilomet(?:er|re)s?|kms?|klicks?"),
    ("kilometres", r"kilomet(?:er|re)s|kms?", r"miles?"),
    ("pounds", r"pounds|lbs?", r"kilos?|kilograms?|kgs?"),
    ("kilos", r"kilos|kilograms|kgs?", r"pounds|lbs?|stone"),
    ("gallons", r"gallons?", r"lit(?:er|re)s?"),
    ("litres", r"lit(?:er|re)s", r"gallons?"),
    ("feet", r"feet|foot|ft", r"met(?:er|re)s?"),
    ("metres", r"met(?:er|re)s", r"feet|foot|ft|yards?"),
)


def _other_system(asked: str, t: str) -> str | None:
    """ "a number of miles" when a question asked in miles is answered in kilometres (a number right
    before the other unit), and the same for pounds/kilos, gallons/litres, feet/metres; else None."""
    for name, own, other in _SYSTEMS:
        if re.search(rf"\b(?:{own})\b", asked) and not re.search(rf"\b(?:{other})\b", asked):
            for m in re.finditer(rf"\b(?:{other})\b", t):
                if numbers_in(" ".join(t[: m.start()].split()[-3:])):
                    return f"a number of {name}"
    return None


# ---------------------------------------------------------------- years said another way
_YEARS_ASKED = re.compile(r"\b(?:how many|number of|in|how long,? in) years\b")
_IN_YEARS = (
    # "half a decade" 5, "a decade and a half" 15, "a decade" 10, "two decades" 20
    (re.compile(r"\bhalf a decade\b"), lambda m: "5 years"),
    (re.compile(r"\b(?:a|one) decade and a half\b"), lambda m: "15 years"),
    (
        re.compile(r"\b(a|one|two|three|four|five|six|\d+) decades?\b(?!\s+(?:ago|back|before|later)\b)"),
        lambda m: f"{10 * (1 if m.group(1) in ('a', 'one') else int(numbers_in(m.group(1))[0]))} years",
    ),
    # "a year and a half" 1.5, "half a year" 0.5
    (re.compile(r"\b(?:a|one) year and a half\b"), lambda m: "1.5 years"),
    (re.compile(r"\bhalf a year\b"), lambda m: "0.5 years"),
    # "about a year", "just over a year": one year, not "a year" as a rate
    (
        re.compile(r"(?:^|(?<=\s))(?:a|one) (?:full |whole )?year\b(?!'s|\s+(?:ago|back|before|later|now and|or)\b)"),
        lambda m: "1 year",
    ),
)


def in_years(question: Any, t: str) -> str:
    """``t`` (cleaned) with years said another way written as a number of years, for a question
    that counts years ("How many years have you ...?"): "a decade" → "10 years", "two decades" →
    "20 years" (never 2), "a year and a half" → "1.5 years", "half a year" → "0.5 years", "about a
    year" → "about 1 year" (not a rate per year). ``t`` itself for any other question; months are
    never converted (see :func:`counted_elsewhere`)."""
    if getattr(question, "type", None) != "number" or not _YEARS_ASKED.search((question.text or "").lower()):
        return t
    for rx, said in _IN_YEARS:
        t = rx.sub(said, t)
    return t
