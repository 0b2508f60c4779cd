"""How callers say a day, for the date question's language model (issue 11)."""

from __future__ import annotations

from customario.dialogue.spoken import number_words
from customario.dialogue.spoken_dates import MONTHS, WEEKDAYS

_WEEKDAYS = WEEKDAYS
_MONTHS = MONTHS
_DAY_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_DAY_ORDINALS += [f"twenty {o}" for o in _DAY_ORDINALS[:9]] + ["thirtieth", "thirty first"]


# Days callers name by name (issue 11), each one the date parser reads (``date_holidays``; a test
# checks every one): missing from the model, "Valentine's Day" came out as "eleventh i'd say" and
# "Martin Luther King Day" as "march june thirteenth".
HOLIDAYS = (
    "valentine's day",
    "martin luther king day",
    "presidents day",
    "memorial day",
    "labor day",
    "mother's day",
    "father's day",
    "independence day",
    "the fourth of july",
    "halloween",
    "easter",
    "easter sunday",
    "good friday",
    "black friday",
    "saint patrick's day",
    "new year's day",
    "new year's eve",
    "boxing day",
    "veterans day",
)
# Years said with a date ("the fourth of September twenty twenty seven"): missing, the year came out
# as ordinals ("twenty twenty seventh").
_YEARS = [f"twenty {number_words(n)}" for n in range(20, 40)] + [
    f"two thousand {w}{number_words(n)}" for n in range(20, 40) for w in ("", "and ")
]


def date_phrases() -> list[str]:
    """How callers say a day (issue 11): relative days, weekdays with last/next/this, a month and an
    ordinal in both orders, "the tenth", "in three days", "two weeks ago" and the common holidays.
    The date question's language model is built from these instead of the open vocabulary, which
    heard "the day after tomorrow" as "the the after tomorrow"."""
    out = [
        "today",
        "yesterday",
        "tomorrow",
        "the day before yesterday",
        "the day after tomorrow",
        "this morning",
        "last night",
        "tonight",
        "this afternoon",
        "last week",
        "next week",
        "this week",
        "earlier this week",
        "later this week",
        "this weekend",
        "last weekend",
        "next weekend",
        "a week ago",
        "a week ago today",
        "a week from today",
        "a week from now",
        "last month",
        "next month",
        "christmas",
        "christmas eve",
        "christmas day",
        "new year's eve",
        "new year's day",
        "thanksgiving",
        "as soon as possible",
        "any day",
        "whenever",
    ]
    for n in ("two", "three", "four", "five", "six", "ten"):
        out += [f"{n} days ago", f"in {n} days", f"{n} weeks ago", f"in {n} weeks"]
    out += [*HOLIDAYS, "a couple of weeks ago", "a month ago", "a few days ago", "in a couple of weeks"]
    for d in _WEEKDAYS:
        out += [
            d,
            f"last {d}",
            f"next {d}",
            f"this {d}",
            f"on {d}",
            f"this coming {d}",
            f"{d} morning",
            f"{d} afternoon",
        ]
    # Said relative to today, by weekday or by name: counted three times, so that the many month
    # and day pairs below do not drown them ("the day before yesterday" came out as "the eighth
    # april fifth of may").
    out *= 3
    for o in _DAY_ORDINALS:
        out += [f"the {o}", f"on the {o}"]
        for m in _MONTHS:
            out += [f"{m} {o}", f"the {o} of {m}"]
    out += [f"{m} {y}" for m in _MONTHS for y in _YEARS[:20]] + [f"of {y}" for y in _YEARS]
    return out
