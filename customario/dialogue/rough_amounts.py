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

from customario.dialogue import number_bounds, number_readings
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
