"""A price per item said to a question about a total (issue 11): "eighteen dollars a ticket" to "In
total, how much did you spend on tickets?", "twelve a jar" to "How much did you spend at the shop
altogether?", "$4 per loaf", "nine bucks a pop". How many items there were is not said, so the
price is never multiplied out and never stored as the total: the question is asked again.

The question asks per one item when it says so ("each", "per", "a head", "one", "single":
:func:`customario.dialogue.unit_prices.asks_price_per_one`), names the item in the singular with a
determiner ("How much was your ticket?", "the jar of honey"), or is asked per the period the
price is said per ("forty a month" to a monthly fee). A price worked out with its count ("twelve a
jar, I got three, so thirty-six") is read before this rule by
:func:`customario.dialogue.products.worked_out_total`.

Used by :mod:`customario.dialogue.number_answers` for money questions. Pure functions on cleaned,
lower-case text; no I/O. Written for answers blind25 (a price per ticket to a total spent on
tickets, stored as the total); the rule is the survey-methodology one that a respondent's unit
price is not the quantity asked (the interviewer probes for the total).
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import numbers_in
from customario.dialogue.things_listed import singular
from customario.dialogue.units import asks_price_per_one, question_period

# The end of an amount: a digit, a number word, or a money word ("twelve", "18", "nine bucks").
_AMOUNT_END = (
    r"(?:\d|\b(?:[a-z]+ty|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|"
    r"thousand|dollars?|bucks?|cents?))"
)
# The price said per one thing: "eighteen dollars a ticket", "$4 per loaf", "twelve/jar".
_PER_ITEM = re.compile(
    rf"{_AMOUNT_END}\s*(?:(?:a|an|per|every)\s+|/\s*)(?:(?:single|whole|full|extra|small|large|big)\s+)?"
    r"(?P<noun>[a-z]{2,})\b"
)
# Words after "a" that are no item: an amount ("a bit", "a hundred"), a judgement ("a steal"), a
# share ("per cent"), or what the amount is of ("a year ago" is read by the date rules).
_NOT_ITEMS = frozenset(
    """bit lot little few couple half quarter third fair good great total grand whole tad touch shade hundred
    thousand million billion fortune steal bargain deal rip ripoff lie guess rough cent percent ago while
    month week year day fortnight annum quarterly monthly weekly""".split()
)
_SINGULAR_DETERMINERS = r"(?:a|an|the|your|that|this|one|each|per|every|single|its)"


def price_per_item(question: Any, text: str) -> str | None:
    """Why a money answer is not the total asked for, when ``text`` (cleaned, lower case) gives a
    price per item ("eighteen dollars a ticket") and the question asks a total, not a price per one
    ("In total, how much did you spend on tickets?"); None otherwise. The reason is what to ask for
    ("the whole amount for all the tickets"). Periods ("forty a month") are left to
    :func:`customario.dialogue.units.counted_elsewhere`, per-unit measures the question does not name
    ("a kilo", "an hour") to :func:`customario.dialogue.unit_prices.money_per_unit`."""
    asked = (getattr(question, "text", "") or "").lower()
    if asks_price_per_one(question):
        return None
    for m in _PER_ITEM.finditer(text):
        noun = m.group("noun")
        if noun in _NOT_ITEMS or noun == question_period(question) or numbers_in(noun):
            continue  # "four hundred an fifty" is one amount
        one = singular(noun)
        if re.search(rf"\b{_SINGULAR_DETERMINERS}\s+(?:[a-z-]+\s+)?{re.escape(one)}\b(?!s)", asked):
            continue  # "How much was your ticket?": the price of one is the answer
        named = re.search(rf"\b{re.escape(one)}(?:e?s)\b", asked)
        return f"the whole amount for all the {named.group(0)}" if named else "the whole amount you paid"
    return None
