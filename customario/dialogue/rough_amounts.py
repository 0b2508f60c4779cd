"""Numbers said roughly or from one side, to a ``number`` question (issue 11): the number said is
not the value, so the reading is read back before it is stored (``inferred``), never stored as
said at the confidence of a plain answer.

- A number approached from one side: "just under a hundred", "almost forty minutes", "nearly two
  hundred people", "not quite fifty", "close to 300", "just over ten", "a shade under 400" (made
  "just under" by :func:`customario.dialogue.number_bounds.near_bounds`). The value lies next to
  the number said, on one side of it: a bound is not a value (issue 11: "out of range is never in
  range", and a wrong value stored as valid is the worst outcome, STYLE.md 10). The number is
  read back ("I heard 100, is that right?"), so the caller confirms it or gives the exact one.
  Before this, "just under a hundred" was stored as 100 at 0.95 and "nearly forty minutes" as 40
  at 1.0, with no read-back. A plain bound ("under ten", "more than twenty") stays without a
  value (:func:`customario.dialogue.number_bounds.bound_only`).
- Two of a round unit: "a couple of hundred dollars", "a couple thousand", "a couple grand", "a
  couple hundred people": about 200 / 2,000, read back. Money said so was asked again outright and
  a count stored at the hedged confidence (0.85) with no read-back; writers of the corpora split
  (blind25 recorded "A couple of hundred." as 200, blind22 asked "A couple hundred." again), and
  a read-back serves both: the caller who meant about 200 says yes, one who wants to be exact
  says no and is asked again. "A few hundred", "several thousand", "hundreds" name no one
  value and are still asked again.

Used by :mod:`customario.dialogue.answers` (every number reading passes :func:`read_back_rough`)
and :mod:`customario.dialogue.number_answers` (:func:`couple_of_unit` keeps money said as a couple
of hundreds from being refused as vague). Pure functions on cleaned text; no I/O. A reading is only
ever made ``inferred`` here (read back), never given a value the parser did not read.
"""

from __future__ import annotations

import re

from customario.dialogue import inferred, number_bounds, number_readings
from customario.dialogue.answer_core import Normalised, _prep_numbers, _valid
from customario.dialogue.quantities import NUMBER_PHRASE
from customario.dialogue.spoken import numbers_in

# A number approached from one side. "Just under/over", "almost", "nearly", "not quite", "close
# to", "getting on for", "just short of" straight before the number ("a"/"an" allowed between).
_NEAR = re.compile(
    r"\b(?:(?:only )?just (?:under|over|below|above|short of|shy of)|almost|nearly|not quite|close to|"
    # "going on five", "pushing forty": one side of the number too
    rf"getting on for|coming up (?:on|to)|going on|pushing|knocking on)\s+(?:a |an )?(?:{NUMBER_PHRASE}|\d)"
    # "five come March", "ten come Christmas": the number it will be then, not now
    rf"|\b(?:{NUMBER_PHRASE}|\d+)\s+come\s+(?:next\s+)?[a-z]+"
)

# "A couple of hundred", "a couple thousand dollars", "a couple grand": two of a round unit, said
# as the whole answer (a unit word, "or so" or a filler may follow; no other number beside it).
_COUPLE_OF = re.compile(r"\b(?:a )?couple(?: of)? (?:hundred|thousand|grand)\b")
_COUPLE_ALONE = re.compile(
    r"\W*(?:(?:um+|uh+|er+|oh|well|so|hmm+|about|around|roughly|maybe|probably|i'?d say|i think|it was|"
    r"it'?s|it came to|we paid|i paid|we spent|i spent)\W+)*"
    r"(?:a )?couple(?: of)? (?:hundred|thousand|grand)"
    r"(?: (?:dollars?|bucks|quid|pounds?|euros?|people|folks|guests|visitors|of (?:us|them)))?"
    r"(?:\W+(?:or so|give or take|i'?d say|i think|i reckon|roughly|all in|in total|total))?\W*"
)


def near_value(t: str) -> bool:
    """True when ``t`` (cleaned) says its number approached from one side ("just under a hundred",
    "almost forty", "nearly 200", "not quite fifty", "close to 300"): the number said is a bound
    next to the value, not the value."""
    # "a smidge over twenty", "a hair under", "shy of twenty": "just over/under" by another name
    # (number_bounds.near_bounds); they had been stored as the number said with no read-back
    return bool(_NEAR.search(t) or _NEAR.search(number_bounds.near_bounds(t)))


def couple_of_unit(t: str) -> bool:
    """True when the whole of ``t`` (cleaned) is two of a round unit ("a couple of hundred
    dollars", "about a couple grand", "a couple hundred people, give or take") with no other
    number: about 200 or 2,000, read back; "a couple hundred and fifty" or "a couple hundred, maybe
    three" are not this."""
    return bool(_COUPLE_ALONE.fullmatch(t.strip()))


def read_back_rough(t: str, read: Normalised) -> Normalised:
    """``read`` (the reading of ``t``, cleaned, for a number question) made ``inferred`` (read back
    before it is stored) when ``t`` says its number roughly or from one side (:func:`near_value`,
    a couple of a round unit) or how the caller knows it after a comma (set aside by
    :func:`customario.dialogue.number_readings.without_reason`); ``read`` itself otherwise, and
    for every reading that is not valid or is read back already."""
    if read.status != "valid" or read.lenient:
        return read
    if (
        near_value(t)
        or (_COUPLE_OF.search(t) and len(numbers_in(_prep_numbers(t))) == 1)
        or number_readings.reason_after_comma(t)  # "..., I remember because it was nearly ninety"
    ):
        return _valid(read.value, "inferred")
    return read


# A rough figure, then the exact one after a comma: "Just under a hundred, ninety-eight." (answers
# blind42 had read "a hundred, ninety-eight" as 198), "about two hundred, one ninety-five exactly".
_ROUGH_THEN_EXACT = re.compile(
    r"\W*(?:(?:um+|uh+|er+|oh|well|so|it was|it'?s|it came to|we paid|i paid|we spent|i spent)\W+)*"
    r"(?P<side>(?:just |only |a (?:bit|little|touch|shade) )?(?:under|over|below|above|short of)|almost|nearly|"
    r"about|around|roughly|approximately|round about|close to|not quite)\s+(?P<rough>[a-z0-9 -]+?)\s*[,;:.]\s*"
    rf"(?:(?:well|actually|exactly|precisely|to be exact|so|i mean|it was|it'?s)\W+)*(?P<exact>{NUMBER_PHRASE})"
    r"(?:\W+(?:exactly|precisely|to be exact|on the dot|dollars?|bucks|i think|i believe|i reckon))*\W*"
)
# A round figure with "and something" or "odd" after it, then the exact one: "Eight hundred and
# something, eight twenty I think." (answers blind43 had asked it again), "forty-odd. Forty-three."
_FLOOR_THEN_EXACT = re.compile(
    r"\W*(?:(?:um+|uh+|er+|oh|well|so|it was|it'?s|it came to|we paid|i paid|we spent|i spent)\W+)*"
    r"(?P<rough>[a-z0-9 -]+?)(?:\s+and\s+something|\s+something|[ -]odd)\s*[,;:.]\s*"
    rf"(?:(?:well|actually|exactly|precisely|to be exact|so|i mean|it was|it'?s)\W+)*(?P<exact>{NUMBER_PHRASE})"
    r"(?:\W+(?:exactly|precisely|to be exact|on the dot|dollars?|bucks|i think|i believe|i reckon))*\W*"
)


def _readings(words: str) -> list[float]:
    """The figures ``words`` may say: one number, or a price said in two parts with its units
    left out, in both its readings ("nine ninety-nine" 999 or 9.99, "twelve forty" 1,240 or 12.40,
    :mod:`customario.dialogue.inferred`); [] for anything else."""
    said = numbers_in(_prep_numbers(words))
    if len(said) == 1:
        return said
    if len(said) != 2:
        return []
    spaced = words.replace("-", " ", 1)
    hundreds, cents = inferred.hundreds_elided(spaced), inferred.cents_elided(words)
    found = []
    if hundreds is not None:
        found += [float(hundreds), round(hundreds // 100 + (hundreds % 100) / 100, 2)]
    if cents is not None and cents < 100:
        found += [cents, float(int(cents) * 100 + round((cents - int(cents)) * 100))]
    return found


def _lowest_place(n: float) -> int:
    """The place of the lowest digit of a whole figure that is not zero: 800 → 100, 40 → 10."""
    place = 1
    while n >= place * 10 and n % (place * 10) == 0:
        place *= 10
    return place


def exact_after_rough(t: str) -> str | None:
    """The exact figure (in digits) when the whole of ``t`` (cleaned) gives a rough figure and then
    the exact one after a comma or full stop, within a tenth of it ("just under a hundred,
    ninety-eight" → "98"; "just under a thousand. Nine ninety-nine." → "999": of the two readings
    of a price said in parts, the one the rough figure agrees with), or a round figure with "and
    something" or "odd" and then an exact one from it up to the next step of its lowest digit
    ("eight hundred and something, eight twenty" → "820", answers blind43); "" when the exact
    figure lies on the wrong side of the rough one ("just under a hundred, a hundred and five",
    "eight hundred and something, nine twenty": asked again); None for any other answer, and for
    two figures further apart (the other number rules read those). The exact figure is read back."""
    floor = _FLOOR_THEN_EXACT.fullmatch(t.strip())
    m = floor or _ROUGH_THEN_EXACT.fullmatch(t.strip())
    if m is None:
        return None
    rough, readings = numbers_in(_prep_numbers(m.group("rough"))), _readings(m.group("exact"))
    if len(rough) != 1 or not readings or rough[0] <= 0:
        return None
    if floor is not None:
        # "Eight hundred and something": at least 800 and below 900, the next step of its lowest digit
        if rough[0] != int(rough[0]):
            return ""
        agree = {n for n in readings if rough[0] <= n < rough[0] + _lowest_place(rough[0])}
        return f"{agree.pop():g}" if len(agree) == 1 else ""
    near = {n for n in readings if abs(n - rough[0]) <= rough[0] / 10}
    if len(near) != 1:
        return None  # "about two hours, so a hundred and twenty minutes": the other rules read it
    exact = near.pop()
    side = m.group("side")
    below = re.search(r"under|below|short of|almost|nearly|not quite", side)
    above = re.search(r"over|above", side)
    wrong_side = (below and exact > rough[0]) or (above and exact < rough[0])
    return "" if wrong_side else f"{exact:g}"


# A figure with its magnitude, then the same figure restated without it: "Just under twenty
# thousand, call it twenty." (answers blind36 had read 20 dollars), "forty grand, say forty-two".
_WITH_MAGNITUDE = re.compile(rf"\b(?P<figure>{NUMBER_PHRASE})\s*(?P<mag>thousand|grand|k)\b")
_RESTATED = re.compile(
    r"(?P<lead>[,;.]\s*(?:(?:so|well|or|let'?s)\s+)?(?:call it|say|make it|more like|or rather|round it (?:up|down) to)\s+)"
    rf"(?P<n>{NUMBER_PHRASE})\b(?!\s*(?:thousand|grand|k|hundred|million)\b)"
)


def magnitude_carried(t: str) -> str:
    """``t`` (cleaned) with a figure restated after "call it", "say" or "make it" without the
    thousands the figure before it had, written in full ("just under twenty thousand, call it
    twenty" → "... call it 20000") when the two figures lie within a tenth of each other; ``t``
    itself otherwise (no such restatement, figures far apart: "forty thousand, call it fifty").
    The reading stays a lenient one (read back)."""
    first = _WITH_MAGNITUDE.search(t)
    later = _RESTATED.search(t, first.end()) if first else None
    if first is None or later is None:
        return t
    said = numbers_in(_prep_numbers(first.group("figure")))
    restated = numbers_in(_prep_numbers(later.group("n")))
    if len(said) != 1 or len(restated) != 1 or not 0 < restated[0] < 1000 or said[0] <= 0:
        return t
    if abs(restated[0] - said[0]) > said[0] / 10:
        return t
    whole = restated[0] * 1000
    return t[: later.start("n")] + f"{whole:g}" + t[later.end("n") :]
