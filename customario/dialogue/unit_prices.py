"""Money said per a unit: the price rules of survey number answers about money.

"Twelve dollars an hour" to a monthly fee is asked again (:func:`money_per_unit`), as is "thirty-five
dollars each" to a group's total (:func:`price_each`); :func:`asks_price_per_one` tells a question
about one thing's price ("how much was each lesson?"). Moved out of :mod:`customario.dialogue.units`
unchanged when it grew past 600 lines (``units`` re-exports the three); pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import per_head
from customario.dialogue.periods import question_period

# A price per unit of something else than the whole asked for: "twelve dollars an hour" to a
# monthly fee, "thirty cents a kilowatt hour" to what a charging session cost, "$4 a gallon".
_AMOUNT_END = (
    r"(?:\d|\b(?:[a-z]+ty|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|"
    r"thousand|grand|dollars?|bucks?|cents?|quid|pounds?|euros?))"
)
_PER_UNIT = re.compile(
    rf"{_AMOUNT_END}\s*(?:(?:a|an|per|each|every)\s+|/\s*)(?:(?:single|whole|full|extra)\s+)?"
    r"(?P<unit>kilowatt[ -]?hours?|kilowatts?|kwh|kw|hours?|hrs?|hr|minutes?|mins?|gallons?|lit(?:er|re)s?|"
    r"miles?|kilomet(?:er|re)s?|kms?|kilos?|kilograms?|kgs?|lbs?|pounds?|heads?|persons?|person|child|kids?|students?|"
    r"pupils?|lessons?|class(?:es)?|sessions?|visits?|tickets?|items?|nights?|seats?|square (?:foot|feet|met(?:er|re)s?))\b"
)


def money_per_unit(question: Any, text: str) -> str | None:
    """Why an amount of money is not the amount asked for, when it is said per a unit the
    question does not ask per ("twelve dollars an hour" to "how much do you pay each month?",
    "thirty cents a kilowatt hour" to "how much did you pay for the session?"), or None: no such
    rate, or a rate per what the question itself names ("forty a lesson" to "how much is one
    lesson?", "$310 a month" to a monthly fee is :func:`counted_elsewhere`'s). Never multiplied
    out (hours, kilowatt hours and heads are not known): the caller is asked again. ``text`` is
    cleaned, lower case."""
    asked = (getattr(question, "text", "") or "").lower()
    for m in _PER_UNIT.finditer(text):
        unit = re.sub(r"[^a-z]", "", m.group("unit"))
        if not re.search(rf"\b{unit[:4]}", asked) and not (
            per_head.person_unit(unit) and per_head.asks_per_person(question)
        ):
            period = question_period(question)
            return f"the whole amount per {period}" if period else "the whole amount you paid"
    return None


# "Thirty-five dollars each", "twenty apiece", "each of us paid forty": a price per person or per
# thing said without naming what it is per.
_EACH = re.compile(rf"{_AMOUNT_END}\s*(?:each|apiece|a piece)\b|\beach of (?:us|them)\b|\b(?:we|they) each\b")
# A question that asks about one thing or per thing: "how much was each ticket?", "per night".
_ONE_ASKED = re.compile(r"\b(?:each|per|apiece|a head|a person|one|single)\b")


def asks_price_per_one(question: Any) -> bool:
    """True when a money question asks a price per one thing or per period ("how much did you pay
    per night?", "how much was each lesson?")."""
    return bool(_ONE_ASKED.search((getattr(question, "text", "") or "").lower()))


def price_each(question: Any, text: str) -> bool:
    """True when ``text`` (cleaned) gives a price each ("Thirty-five dollars each") and the money
    question asks no price each or per thing ("how much did your group pay in total?"): how many
    it was each of is not known, so it is never multiplied out and the caller is asked again
    (blind26). False for "forty each" to "how much was each ticket?"."""
    asked = (getattr(question, "text", "") or "").lower()
    return bool(_EACH.search(text)) and not _ONE_ASKED.search(asked)
