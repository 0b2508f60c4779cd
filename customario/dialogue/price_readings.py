"""Prices and counts said with their whole or their parts (blind13 development corpus, issue 11):

- a price said with its whole or what it bought ("sixty-two with the fees", "750 for four", "two
  at sixty dollars each", "twenty, twenty-five with the shoes": :func:`whole_price`);
- loose change above a round figure ("eleven hundred and change": :data:`LOOSE_CHANGE`);
- a part out of a whole ("seven out of the ten rooms": :data:`PART_OF_WHOLE`).

Used by :mod:`customario.dialogue.number_answers`, which reads every rewrite back. Kept apart from
:mod:`customario.dialogue.number_readings` because it needs :mod:`customario.dialogue.quantities`,
which imports that module. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import quantities
from customario.dialogue.answer_core import _prep_numbers
from customario.dialogue.spoken import clean, numbers_in

# A part said out of its whole: "seven out of the ten rooms" (the whole only says what it is part of).
PART_OF_WHOLE = re.compile(
    rf"\b(?P<part>{quantities.NUMBER_PHRASE}) out of (?P<det>the |my |our |all |all the |their )?"
    rf"{quantities.NUMBER_PHRASE}(?P<noun> (?!points?\b|stars?\b)[a-z]{{3,}}s)?\b"
)
# "Eleven hundred and change": loose change above a round figure.
LOOSE_CHANGE = re.compile(r",?\s+(?:and|plus) (?:a (?:little|bit of) |some |loose )?change\b")


# The amount said as the whole: "sixty-two with the fees", "seventeen fifty all in".
_ALL_IN = re.compile(
    rf"\b({quantities.NUMBER_PHRASE})(?: dollars| bucks)?\s+(?:with (?:the )?(?:fees?|tax(?:es)?|tip|everything)|"
    r"all in|all told|including (?:the )?(?:fees?|tax(?:es)?|tip|everything)|in total|total)\b"
)
# The last of two amounts said with an extra thing that closes the answer, larger than the first:
# "Twenty bucks, twenty-five with the shoes" (blind31), "ninety, a hundred and ten with the parking".
_WITH_EXTRA = re.compile(
    rf"[,;.]\s*(?:(?:well|so|or|but|and|more like|really)\s+)*(?P<n>{quantities.NUMBER_PHRASE})(?: dollars| bucks)?"
    r"\s+with (?:the |my |our |a |an )?[a-z]+(?: [a-z]+)?\W*$"
)
# What a price bought, after it: "750 for four", "sixty for the two of us", "ninety for both".
_FOR_HOW_MANY = re.compile(
    rf"\s+for (?:the |all )?(?:{quantities.NUMBER_PHRASE}|both)(?: of (?:us|them|those|these|\w+s))?"
    r"(?: (?:tickets?|people|persons|seats|nights|adults|kids|children|passes|of us))?\b"
)


# A count at a price each, as the whole answer: "two at sixty dollars each", "three tickets at
# forty bucks apiece".
_COUNT_AT_EACH = re.compile(
    rf"\W*(?:(?:um+|uh+|oh|well|so|it was)\W+)*({quantities.NUMBER_PHRASE})(?: (?:tickets?|nights?|people|passes|of (?:them|us)))?"
    rf" at ({quantities.NUMBER_PHRASE})(?: dollars?| bucks)? (?:each|apiece|a (?:piece|head|ticket|night|pop)|per \w+)\W*"
)


def says_whole(said: str) -> bool:
    """True when ``said`` (cleaned) names one amount as the whole, with what it includes ("eleven
    thousand eight hundred all in", "sixty-two with the fees")."""
    return len(set(_ALL_IN.findall(said))) == 1


def whole_price(said: str) -> str:
    """For a money question: the one amount said as the whole ("Forty-five, but like sixty-two
    with the fees" → "sixty-two", "... so seventeen fifty all in" → "seventeen fifty"), a count at
    a price each multiplied out ("two at sixty dollars each" → "120"), else
    ``said`` without what the price bought ("seven hundred and fifty for four" → "seven hundred
    and fifty"); ``said`` itself when neither is there. A rewrite is read back."""
    each = _COUNT_AT_EACH.fullmatch(said.strip())
    if each:
        count, price = numbers_in(_prep_numbers(each.group(1))), numbers_in(_prep_numbers(each.group(2)))
        if len(count) == 1 and len(price) == 1 and count[0] == int(count[0]) and 1 < count[0] <= 20:
            return f"{count[0] * price[0]:g}"  # "Two at sixty dollars each": 120 in all
    whole = _ALL_IN.findall(said)
    said_numbers = numbers_in(_prep_numbers(said))
    if len(set(whole)) == 1 and (len(said_numbers) > 1 or numbers_in(_prep_numbers(whole[0])) == said_numbers):
        return whole[0]  # "$325 with fees" (blind38): the amount itself, without the fees counted as things
    extra = _WITH_EXTRA.search(said)
    if extra and len(said_numbers) == 2 and numbers_in(_prep_numbers(extra.group("n"))) == said_numbers[1:]:
        if said_numbers[1] > said_numbers[0]:
            return extra.group("n")  # "Twenty bucks, twenty-five with the shoes": the whole with its extra
    bought = _FOR_HOW_MANY.sub(" ", said)
    return bought if bought != said and numbers_in(_prep_numbers(bought)) else said


# The whole a count question names: "How many of the twelve lessons did you take?" (12).
_NAMED_WHOLE = re.compile(
    rf"\b(?:of|out of) (?:the|your|our|all|all the|those|these|its|their) (?P<n>{quantities.NUMBER_PHRASE})\b"
)

# The set stated in a sentence of its own, then counted from by "them": "The course had ten
# classes. How many of them did you attend?" (answers blind44: "every last one of them" had no whole);
# a word or two may describe the things ("This term had twelve scheduled lessons. How many of them
# ...?": answers blind46 had no whole, and "all of them" was asked again)
_WHOLE_THEN_THEM = re.compile(
    rf"\b(?P<n>{quantities.NUMBER_PHRASE})(?: [a-z]+(?<!s)){{0,2}} [a-z]+s\b[^.?!]*[.!]\s+how many of (?:them|those|these)\b"
)


def named_total(question: Any) -> float | None:
    """The total a number question names as the set it counts from ("How many of the twelve
    lessons have you taken?": 12), when it lies within the question's bounds; else None. An answer
    "every one of them" or "eleven out of twelve" is read against it (read back)."""
    m = _NAMED_WHOLE.search(clean(question.text or "")) or _WHOLE_THEN_THEM.search(clean(question.text or ""))
    n = numbers_in(_prep_numbers(m.group("n"))) if m else []
    if len(n) != 1 or _outside(n[0], *question.bounds):
        return None
    return n[0]


def _outside(n: float, lo: float | None, hi: float | None) -> bool:
    return (lo is not None and n < lo) or (hi is not None and n > hi)
