"""A number said only as a bound ("under ten minutes", "more than twenty", "higher than a five",
"ten dollars less than last year") or one number counting two things ("3 cats 3 dogs"): no single
count to store, so the question is asked again; and a value said a little off ("a shade under 400")
read as a hedged value. Moved out of
:mod:`customario.dialogue.quantities` when that module passed 600 lines; pure functions, no I/O.
"""

from __future__ import annotations

import re

from customario.dialogue.quantities import NUMBER_PHRASE
from customario.dialogue.spoken import numbers_in


_BOUND = re.compile(
    rf"(?<!just )(?<!almost )\b(under|less than|fewer than|more than|over|at least|at most|up to|no more than|"
    rf"no less than|upwards of|upward of|below|above|north of|south of|in excess of|well over|well under|"
    # a rating or count compared with a number (blind25: "Higher than a five, anyway" had stored 5)
    rf"(?:no |not )?(?:higher|greater|bigger|better|lower|worse|smaller|fewer|less) than)\s+"
    rf"(?:a |an )?(?:{NUMBER_PHRASE}|hour|minute|day|week|night|month)\b|"
    # "Seven and a bit", "three hundred plus": more than the number said
    rf"\b{NUMBER_PHRASE}(?:\s*|-)(?:and a (?:bit|little|half or so)|plus|\+|odd and change|and change)(?=\s*(?:$|[,.;!?]))|"
    # "Forty-something", "two hundred and something": more than the number, by an amount not said
    rf"\b{NUMBER_PHRASE}[\s-]*(?:and )?something\b|"
    r"\b(?:hours?|minutes?|days?|weeks?|nights?) and a (?:bit|little)\b|"
    # a difference from another amount said as the answer, not the amount ("Ten dollars less than
    # last year"; not "36,000, which was four thousand more than the quote"), and a rating said
    # against the middle ("a bit above average"): blind25 had stored 10 and 4
    r"^\W*(?:(?:um+|uh+|er+|well|oh|so|about|around|roughly|maybe|probably|like)\W+)*"
    rf"{NUMBER_PHRASE}\s+(?:(?:dollars?|bucks?|pounds?|quid|euros?|percent|per cent|minutes?|hours?|days?|times)\s+)?"
    r"(?:less|more|cheaper|dearer|fewer|longer|shorter|higher|lower|extra) than\b|"
    # a point in time, not a length: "since I was ten", "since the age of six" (had stored 10 years)
    rf"\bsince (?:(?:i|we|he|she|they|you) (?:was|were|turned|'?d turned)|(?:the )?age(?: of)?|(?:i|we) were aged)\s+{NUMBER_PHRASE}\b"
)


# A rating said against the middle of the scale ("a bit above average", "worse than average"): a
# side of the scale, no point of it (blind25 had stored 4 for "A bit above average").
_FROM_MIDDLE = re.compile(r"\b(?:(?P<up>above|better than)|below|worse than) (?:the )?average\b")


def side_of_middle(t: str) -> int:
    """+1 when ``t`` rates above the middle of the scale ("better than average"), -1 below it
    ("below average"), 0 when it says neither or both."""
    sides = {1 if m.group("up") else -1 for m in _FROM_MIDDLE.finditer(t)}
    return sides.pop() if len(sides) == 1 else 0


def near_bounds(t: str) -> str:
    """``t`` with "a shade under", "a tad below", "shy of" as "just under" and "a touch over" as
    "just over": a value said a little off, hedged, not a bound."""
    t = re.sub(
        r"\b(?:a (?:shade|tad|touch|smidge|smidgen|hair|whisker|fraction|squeak|nudge) (?:under|below)|"
        r"(?<!just )(?:shy|short) of)\b",
        "just under",
        t,
    )
    return re.sub(
        r"\ba (?:shade|tad|touch|smidge|smidgen|hair|whisker|fraction|squeak|nudge) (?:over|above)\b", "just over", t
    )


# A number with a part taken off in words: "ten bucks minus a quarter", "forty less the discount",
# "a hundred take away the deposit": arithmetic the caller leaves to the listener, whose result is
# not the number said ("ten bucks minus a quarter" was stored as ten).
_TAKEN_OFF = re.compile(
    rf"\b{NUMBER_PHRASE}(?:\s+(?:dollars?|bucks?|quid|pounds?|euros?|minutes?|hours?|days?))?\s+"
    r"(?:minus|take away|takeaway|less)\s+(?!than\b)(?:a |an |the |my |our |\d|[a-z]+ty\b|[a-z]+teen\b|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)


def bound_only(t: str, middle: bool = True) -> bool:
    """True when the number is only a bound ("under ten minutes", "more than twenty"), or with
    ``middle`` a rating said against the middle ("above average"): no value to store, so the
    question is asked again. "Just under ten", "almost forty" are values (hedged), and
    so is a rating moved "up to" or "down to" a point ("I'd bump him up to a five")."""
    t = re.sub(
        r"\b(?:bump|go|move|push|knock|take|bring|turn|put|mark|change|raise|lower|drop|upgrade|downgrade)\w*"
        r"(?: (?:it|him|her|them|that|this|you|me|us))? (?:up|down) to\b",
        " to",
        t,
    )
    return bool(_BOUND.search(near_bounds(t)) or _TAKEN_OFF.search(t) or (middle and _FROM_MIDDLE.search(t)))


_COUNTED = re.compile(rf"\b({NUMBER_PHRASE})\s+([a-z]+)")


# Units of one amount: "zero dollars, zero cents" and "two hours two minutes" are one figure each.
_ONE_AMOUNT = (
    {"dollar", "cent"},
    {"pound", "pence", "penny"},
    {"euro", "cent"},
    {"hour", "minute"},
    {"minute", "second"},
)


def same_number_for_other_things(t: str) -> bool:
    """True when one number counts two different things ("2 adults 2 kids", "3 cats 3 dogs"): not a
    repetition ("eight. eight.") but two counts, so the answer is no single number."""
    seen: dict[float, set[str]] = {}
    for m in _COUNTED.finditer(t):
        nums = numbers_in(m.group(1))
        word = m.group(2)
        if len(nums) == 1 and word not in ("and", "or", "to", "maybe", "no", "i", "then", "wait", "sorry"):
            seen.setdefault(nums[0], set()).add(re.sub(r"(es|s)$", "", word))
    return any(len(words) > 1 and not any(words <= pair for pair in _ONE_AMOUNT) for words in seen.values())


# "Two dogs and a cat", "3 bikes plus a scooter", "two plus a pop-up", "one tent and the kids'
# teepee": one more thing counted without a number beside the number said; the one number is not
# the count ("two and a half" is a number).
_ONE_MORE = re.compile(
    rf"\b{NUMBER_PHRASE}\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:and|plus|with|as well as)\s+(?:a|an|one)\s+[a-z]{{3,}}\b|"
    rf"\b{NUMBER_PHRASE}\s+(?:[a-z]+\s+)?(?:and|plus)\s+(?:a|an|one|the|my|our|his|her|their)\s+"
    r"(?!(?:half|quarter|third|bit|few|couple|little|lot|tad|while|dozen|hundred|thousand|million|bunch|rest|"
    r"same|other|odd)\b)[a-z]{3,}\b"
)


def no_single_count(t: str, plain: bool = True) -> bool:
    """True when the one number read from ``t`` is no count to store: a bound ("under ten
    minutes") or, for a ``plain`` reading, the same number counting two things ("3 cats 3 dogs")
    or a number of things and one more ("two dogs and a cat", where no rule added them up)."""
    return bound_only(t) or (plain and (same_number_for_other_things(t) or bool(_ONE_MORE.search(t))))
