"""The forms one number answer is said in (issue 11): an amount in two parts ("twelve dollars
and fifty cents", "two fifty" with the hundreds left out, "eighty-five fifty" for money), the one
amount of a part of a bill, and a duration in the question's unit after a self-correction ("like
fifty. No, an hour ten."). Used by :mod:`customario.dialogue.number_answers`; split from it.
Pure functions.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import inferred, quantities, units
from customario.dialogue.answer_core import _prep_numbers, _self_corrected_tail
from customario.dialogue.spoken import numbers_in


def in_two_parts(
    question: Any, t: str, said: str, nums: list[float], method: str, alone: bool
) -> tuple[list[float], str]:
    """(numbers, method) with an amount said in two parts made one: "twelve dollars and fifty
    cents" (12.5), "two fifty" (250, hundreds left out) and, for money, "eighty-five fifty" (85.50);
    the last two are read back. ``alone``: no other rule gave the count."""
    cents = re.search(r"\b([a-z0-9 -]+?) dollars?(?:,? and|,)? ([a-z0-9 -]+?) cents?\b", t)
    if cents and len(numbers_in(cents.group(1))) == 1 and len(numbers_in(cents.group(2))) == 1:
        nums, method = [round(numbers_in(cents.group(1))[0] + numbers_in(cents.group(2))[0] / 100, 2)], "phrase"
    if len(nums) == 1 and alone and quantities.asks_money(question):
        # "Ninety-nine ninety-nine": dollars and cents that are the same number were said as one
        # number by the list of distinct numbers; the price reading keeps both (read back).
        same = inferred.cents_elided(said)
        if same is not None and same != nums[0] and int(same) == nums[0]:
            return [same], "inferred"
    if len(nums) == 3 and alone and quantities.asks_money(question):
        whole = inferred.cents_elided(said)  # "two-forty-nine ninety-nine": 249.99
        if whole is not None:
            return [whole], "inferred"
    if len(nums) == 2 and alone:
        hundreds = inferred.hundreds_elided(said) or inferred.hundreds_elided(_self_corrected_tail(said))
        if hundreds is None and quantities.asks_money(question):
            # "eighty-five fifty": 85.50; "fifty-nine, no, sixty-nine ninety-five": 69.95
            hundreds = inferred.cents_elided(said) or inferred.cents_elided(_self_corrected_tail(said))
            hundreds = _hundreds_first(question, said, hundreds)  # "sixteen fifty" to a $0-20,000 total
        elif hundreds is not None and quantities.asks_money(question):
            hundreds = _dollars_and_cents(question, hundreds)  # "six fifty" to a $0-60 price: 6.50
        if hundreds is not None:
            nums, method = [float(hundreds)], "inferred"
    return nums, method


def _dollars_and_cents(question: Any, hundreds: float) -> float:
    """A price said as a digit and ten to ninety-nine ("six fifty", "nine ninety-nine") read as
    dollars and cents (6.50, 9.99) when the hundreds reading (650, 999) is more than twice the
    question's maximum (a $0-60 entry price) and the dollars-and-cents one is within its bounds:
    only one reading fits what is asked (read back all the same). The same when the hundreds
    reading is over the maximum at all and the cents are those a shop price ends in (".95" to
    ".99", charm prices): "seven ninety-nine" to a shipping cost of at most $500 is 7.99 (answers
    blind43 had asked it again). ``hundreds`` itself otherwise: both fit, neither does, or the
    hundreds reading is just over the maximum ("three fifty" to a bill of at most $300 is more
    likely 350 than 3.50: asked again)."""
    lo, hi = question.bounds
    cents = round(hundreds // 100 + (hundreds % 100) / 100, 2)
    over = hi is not None and (hundreds > 2 * hi or (hundreds > hi and hundreds % 100 in _SHOP_CENTS))
    if over and cents <= hi and (lo is None or cents >= lo):
        return cents
    return hundreds


# Cents a shop price ends in (".95" to ".99"): "nineteen ninety-nine" is read as a price first.
_SHOP_CENTS = range(95, 100)


def _hundreds_first(question: Any, said: str, cents: float | None) -> float | None:
    """The reading of a price said as two numbers of two digits ("sixteen fifty") that is read
    back first: dollars and cents (16.50, :func:`inferred.cents_elided`) unless that is below the
    question's minimum, or the question's maximum makes the cents reading less than half of one per
    cent of it (16.50 of a $0-20,000 tour, 17.50 of $0-50,000 paid out of pocket; not 85.50 of a
    $0-3,000 bill) while the hundreds reading (1,650) is within it. Cents of a shop price
    (".95" to ".99") stay cents. Either way the reading is read back, and a caller who says no and
    repeats the words hears the other reading (:func:`other_price_reading`). ``cents`` itself
    when no rule applies, None when it is None."""
    if cents is None or re.search(r"\bhundred\b", said):
        return cents
    dollars, part = int(cents), round((cents - int(cents)) * 100)
    whole = dollars * 100 + part
    lo, hi = question.bounds
    if dollars >= 100 or part < 10 or (hi is not None and whole > hi):
        return cents
    if lo is not None and cents < lo <= whole:
        return float(whole)  # "Forty-two fifty" for a car of at least $500: 4,250
    if hi is not None and part not in _SHOP_CENTS and cents < hi / 200:
        return float(whole)  # "Sixteen fifty" for a tour of up to $20,000: 1,650
    return cents


def other_price_reading(question: Any, text: str, value: Any) -> float | int | None:
    """The other reading of a price said in two parts with both units left out, when ``value`` is
    one of its two readings: "two fifty" 250 ↔ 2.50, "sixteen fifty" 16.50 ↔ 1,650 (``text`` as
    said, cleaned here); None when ``text`` is not such a price, ``question`` is no money
    question, or the other reading lies outside the question's bounds. Used after the caller said
    no to the read-back of one reading and repeated the same words: the other is read back next
    (read back, never stored unconfirmed)."""
    from customario.dialogue.spoken import clean

    if not quantities.asks_money(question) or not isinstance(value, (int, float)):
        return None
    t = clean(text)
    pairs = []
    # the whole answer, or one clause of it when the price was read from that clause ("Seven fifty
    # for the plumber plus the thousand deductible, so seventeen fifty all in")
    for said in dict.fromkeys([t, *(c.strip() for c in re.split(r"[,.;!?]|\bso\b", t) if c.strip())]):
        h = inferred.hundreds_elided(said)
        if h is not None:
            pairs.append((float(h), round(h // 100 + (h % 100) / 100, 2)))
        c = inferred.cents_elided(said)
        if c is not None and not re.search(r"\bhundred\b", said) and int(c) < 100:
            pairs.append((c, float(int(c) * 100 + round((c - int(c)) * 100))))
    lo, hi = question.bounds
    for a, b in pairs:
        for mine, other in ((a, b), (b, a)):
            if float(value) == mine and (lo is None or other >= lo) and (hi is None or other <= hi):
                return int(other) if other == int(other) else other
    return None


def amount_said_twice(question: Any, t: str) -> float | int | None:
    """The amount of a money answer said in full and again in the short form of a price, in two
    sentences that agree ("One thousand nine hundred and fifty dollars. Nineteen fifty." → 1,950;
    "Twelve fifty. Twelve hundred and fifty, I mean." → 1,250): the short form's reading that is
    the full amount (:func:`other_price_reading` gives both); None when ``t`` (cleaned) is not two
    such sentences, the question is no money question, or they do not agree. Read back."""
    if not quantities.asks_money(question):
        return None
    parts = [p.strip() for p in re.split(r"[.!?;]+", t) if numbers_in(_prep_numbers(p))]
    if len(parts) != 2:
        return _restated_in_clauses(question, t)
    return _agreeing(question, parts)


# Fillers and a yes that open a repeated amount: "Hmm, seven-fifty? Yeah, seven-fifty."
_REPEAT_OPENING = re.compile(r"^\W*(?:(?:hmm+|um+|uh+|er+m?|yeah|yes|yep|so|well|like|ok(?:ay)?)\W+)*")


def _agreeing(question: Any, parts: list[str]) -> float | int | None:
    """The full amount of two parts (one said in full, the other in the short form of a price)
    that agree, or of the short form said twice in the same words (a caller checking the amount
    with themselves, then saying it again: "Hmm, seven-fifty? Yeah, seven-fifty." = 750, as
    "seven-fifty" alone; answers blind62), within the question's bounds; None otherwise."""
    bare = [_REPEAT_OPENING.sub("", p).strip(" ,.!?") for p in parts]
    if bare[0] == bare[1] and len(numbers_in(_prep_numbers(bare[0]))) > 1:
        again = inferred.hundreds_elided(bare[0].replace("-", " ", 1))
        lo, hi = question.bounds
        if again is not None and (lo is None or again >= lo) and (hi is None or again <= hi):
            return again
    for full, short in (parts, parts[::-1]):
        said = numbers_in(_prep_numbers(full))
        if len(said) != 1:
            continue
        readings = {inferred.cents_elided(short), inferred.hundreds_elided(short)}
        readings |= {other_price_reading(question, short, r) for r in set(readings) if r is not None}
        if said[0] in readings and said[0] not in numbers_in(_prep_numbers(short)):
            lo, hi = question.bounds
            if (lo is None or said[0] >= lo) and (hi is None or said[0] <= hi):
                return int(said[0]) if said[0] == int(said[0]) else said[0]
    return None


# Clauses of one sentence; "but" opens one ("..., but the tuition itself was two eighty").
_CLAUSES = re.compile(r"[,.;!?:]+|\s+(?=but\b)")
# Words that make a clause's amount another one: added to, taken off, per unit, an alternative.
_CHANGES = re.compile(
    r"\b(?:plus|minus|with|without|each|per|a (?:week|month|year|night|day|head|piece)|or|more|less|extra|off|"
    r"tax|taxes|tip|not|no|before|after|except|including|excluding|on top|instead|deposit|discount)\b"
)


def _restated_in_clauses(question: Any, t: str) -> float | int | None:
    """A money answer whose last two clauses with numbers say one amount in full and in the short
    form of a price ("two hundred and sixty, yeah, two-sixty"; "the registrar said two hundred and
    eighty, plus the lab fee, but the tuition itself was two eighty"): the full amount, when the
    short form's clause and every clause after the pair hold no word that changes an amount
    (plus, each, or, tax ...); None otherwise. Earlier clauses may tell a story; the value is read
    back. The rule is the price reading's own (:func:`inferred.hundreds_elided`,
    :func:`inferred.cents_elided`): a caller repeats the amount the way prices are read aloud."""
    clauses = [c.strip() for c in _CLAUSES.split(t) if c and c.strip()]
    numeric = [i for i, c in enumerate(clauses) if numbers_in(_prep_numbers(c))]
    if len(numeric) < 2:
        return None
    first, last = numeric[-2], numeric[-1]
    pair = [clauses[first], clauses[last]]
    if any(_CHANGES.search(c) for c in clauses[last + 1 :]):
        return None
    value = _agreeing(question, pair)
    if value is None:
        return None
    short = pair[1] if value not in numbers_in(_prep_numbers(pair[1])) else pair[0]
    return None if _CHANGES.search(short) else value


def duration(question: Any, t: str) -> float | None:
    """:func:`units.duration_in_unit` of ``t``, or of what follows its self-correction when the
    whole holds two durations ("It was like fifty. No, an hour ten." is 70 minutes, read back).
    Someone's age beside it ("a week, with a baby of four months") is no second duration. A number
    described by a whole unit ("Eight, a full day" to a question in hours) is the number said."""
    unaged = quantities.without_ages(t)
    if (
        unaged != t
        and numbers_in(_prep_numbers(unaged))
        and not re.search(r"\b(old|age|aged|born)\b", question.text or "")
    ):
        t = unaged
    duration = units.duration_in_unit(question, t)
    described = _DESCRIBED.fullmatch(t)
    if duration is not None and described and numbers_in(_prep_numbers(described.group("n"))):
        unit = units.question_unit(question)
        said = described.group("n")
        if len(numbers_in(_prep_numbers(said))) == 1 and (
            not re.search(r"[a-z]{3,}", re.sub(rf"\b{unit}s?\b|{quantities.NUMBER_PHRASE}", " ", said))
        ):
            # "Eight, a full day" to "how many hours?": the number said, the day only says what it was
            return numbers_in(_prep_numbers(said))[0]
    tail = _self_corrected_tail(t)
    if duration is not None and duration != duration and tail != t:
        again = units.duration_in_unit(question, tail)
        if again is None and numbers_in(_prep_numbers(tail)):
            return None  # the tail is a plain number in the question's unit ("an hour. no, fifty")
        return again if again is not None else duration
    return duration


# A number said first, then described by a whole span of no fixed length without a number: "Eight,
# a full day" (a working day), "eight hours, a whole shift". Spans of a fixed length ("Forty, a full
# hour") are durations of their own and are weighed as such.
_DESCRIBED = re.compile(
    r"\W*(?:about |around |roughly )?(?P<n>[a-z0-9 -]+?)\s*[,;:-]+\s*(?:so |that'?s |which is )?"
    r"(?:a|an|one) (?:full|whole|entire|solid|complete) (?:working |work )?(?:day|shift|morning|afternoon|evening)\W*"
)


def one_amount(text: str) -> float | None:
    """The one amount in a part of a bill ("two-fifty", "a hundred", "$89.99"), or None."""
    said = re.sub(r"^(?:about|around|roughly|like)\s+", "", text.strip())
    nums = numbers_in(_prep_numbers(said))
    if len(nums) == 2:
        elided = inferred.hundreds_elided(said.replace("-", " "))
        return float(elided) if elided is not None else None
    return nums[0] if len(nums) == 1 else None
