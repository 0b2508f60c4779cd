"""Yes/no questions that ask whether an amount passes a threshold ("Did you wait more than twenty
minutes?", "Did the installation take more than one full day?"), answered with the amount: "an hour
and ten minutes" is yes, "done by four o'clock" says no amount, "no wait at all" is below it, "more
than ten" to "more than fifteen?" could be either (asked again).

Split out of :mod:`customario.dialogue.yesno` (moved unchanged, re-exported there); used by
:mod:`customario.dialogue.answers`. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue import units
from customario.dialogue.spoken import clean

# "Did you wait more than fifteen minutes?", "Was it at least two hours?": a yes/no question that
# asks whether an amount passes a threshold. (comparison words, the comparison)
_THRESHOLD = re.compile(
    r"\b(more than|longer than|over|at least|less than|fewer than|under|shorter than)\s+"
    r"([a-z0-9-]+(?: [a-z0-9-]+)?)\s+(seconds?|minutes?|hours?|days?|weeks?|miles?|times|people|dollars?)\b"
)
_NUMBER_WORD = (
    r"\b(?:\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred)\b"
)
_ABOVE = {"more than": 1, "longer than": 1, "over": 1, "at least": 0, "less than": -1, "fewer than": -1}
# What the caller puts before their number: "over twenty" is above it, "almost fifteen" below.
_SAID_ABOVE = re.compile(r"\b(more than|over|longer than|past|at least|upwards of)\s+$")
_SAID_BELOW = re.compile(r"\b(less than|under|almost|nearly|not even|shorter than|just under|barely)\s+$")
_OPEN_BELOW = re.compile(r"\b(less than|under|not even|shorter than|fewer than)\s+$")
_SAID_ROUGHLY = re.compile(
    r"\b(about|around|roughly|maybe|probably|approximately|give or take|like|a good|a solid)\s+$|\bish\b|\bor so\b"
)


_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight|\d{1,2})"
_CLOCK_TIME = re.compile(
    rf"\b(?:(?:at|by|till|til|until|from|for|before|after|around|about|since|past)\s+(?:an?\s+)?"
    rf"(?:(?:nearly|almost|about|around|just|gone|roughly)\s+)?)"
    rf"(?:(?:half|quarter|ten|five|twenty|twenty[ -]five|\d{{1,2}})\s+(?:past|to|after|till)\s+)?{_HOUR_WORD}"
    rf"(?:\s+(?:o'?clock|am|pm|in the (?:morning|afternoon|evening)|at night|thirty|fifteen|forty[ -]five))?\b"
    rf"(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|people|times|dollars?)\b)|"
    rf"\b{_HOUR_WORD}\s+o'?clock\b|\b(?:half|quarter|ten|five|twenty)\s+(?:past|to)\s+{_HOUR_WORD}\b"
)
_PRONOUN_ONE = re.compile(
    r"\b(?:that|this|the|which|each|every|any|no|other|another|same|right|wrong|last|next|first) one\b"
    r"(?!\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|miles?|times|people|dollars?)\b)|\bone of\b"
)
_NO_AMOUNT = re.compile(
    r"\b(?:no|not any|didn'?t|did not|never had to)\s+(?:\w+\s+)?(?:wait|queue|delay|hold)(?:ing|s)?(?:\s+at all)?\b"
    r"(?!\s+(?:long|much|too|very|that))|"
    r"\b(?:straight|right) (?:in|away)\b|\bstraight away\b|\bseen (?:right |bang |dead )?on time\b|"
    r"\bno time at all\b|\bin no time\b"
)


def _no_amount(question: Any, said: str) -> bool:
    """True when a threshold question about waiting is answered by saying there was no wait ("no
    wait at all", "seen right on time", "straight in"), with no amount said beside it."""
    asked = clean(getattr(question, "text", "") or "")
    if not re.search(r"\b(wait|queue|hold|delay|late|behind|past)", asked) or re.search(_NUMBER_WORD, said):
        return False
    return bool(_NO_AMOUNT.search(said))


def threshold_reading(question: Any, t: str) -> str | None:
    """``"yes"``/``"no"`` when ``t`` (cleaned) answers a threshold question ("did you wait more than
    fifteen minutes?") with amounts that all fall on one side of it ("exactly fifteen" is no,
    "twenty minutes" yes), ``"ambiguous"`` when they fall on both sides or on the threshold itself
    said roughly ("ten or twenty", "about fifteen"), None when the question has no threshold or
    the answer no amount. Amounts in another time unit are converted ("half an hour" is 30). Ages
    against an age threshold and arrivals against a time window are read by :mod:`ages` and
    :mod:`windows`."""
    from types import SimpleNamespace

    from customario.dialogue.spoken import numbers_in

    asked = re.search(_THRESHOLD, clean(getattr(question, "text", "") or ""))
    if asked is None:
        from customario.dialogue.ages import age_threshold_reading
        from customario.dialogue.windows import window_reading

        # "children under twelve?": "she's five"; "within the slot?": "they came at one, the slot was eight till twelve"
        return age_threshold_reading(question, t) or window_reading(question, t)
    limit = numbers_in(asked.group(2)) if asked else []
    if len(limit) != 1 or re.match(r"\s*(a|an|per|each|every) (day|week|month|year)\b", asked.string[asked.end() :]):
        return None  # "at least one day a week?" asks how often (inferred.implied_yes_no)
    unit = re.sub(r"s$", "", asked.group(3))
    if unit in ("minute", "hour"):
        t = parts_of_day(t)  # "there all afternoon": more than two hours
    said = re.sub(r"\b\d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.|o'?clock)\b|\b\d{1,2}:\d\d\b", " ", t)
    # "I got there at 2 and left at 3": the time between two clock times is the amount (minutes or
    # hours asked about); otherwise clock times ("at ten past two for a two o'clock", "done by four
    # o'clock") say when, not how long or how many
    from customario.dialogue.unit_answers import clock_span

    span = (
        clock_span(SimpleNamespace(type="number", text=f"how many {unit}s"), t) if unit in ("minute", "hour") else None
    )
    if span is not None:
        direction = _ABOVE.get(asked.group(1), -1)
        above = span > limit[0] if direction == 1 else span >= limit[0] if direction == 0 else span < limit[0]
        return "yes" if above else "no"
    said = _CLOCK_TIME.sub(" ", said)
    # "Pass on that one", "the other one", "one of them": "one" standing for a thing, no amount
    said = _PRONOUN_ONE.sub(" ", said)
    # "three people ahead of me" to "did you queue more than fifteen minutes?": a count of something
    # else is no amount of the unit asked about
    said = re.sub(
        rf"{_NUMBER_WORD}\s+(?:(?:other|more|\w+)\s+)?(?!{unit}s?\b)(?:people|persons|folks|customers|patients|cars|"
        r"kids|children|men|women|guys|others|of us|of them|in front|ahead|before me|before us)\b",
        " ",
        said,
    )
    if units.question_unit(SimpleNamespace(text=f"how many {unit}s")) and _no_amount(question, said):
        # "no wait at all", "seen straight away": nothing of the amount asked about
        direction = _ABOVE.get(asked.group(1), -1)
        return "yes" if (direction == -1) else "no"
    said = re.sub(r"\b(an? )?half an? hour\b|\b(an? )?half hour\b", " 30 minutes ", said)
    values: list[float] = []
    said = re.sub(rf"\b(?:an?|one) ({unit})\b", r"1 \1", said)  # "less than a day" to a question in days
    converted = units.duration_in_unit(SimpleNamespace(text=f"how many {unit}s"), said)
    if converted is not None:
        if converted != converted:
            return "ambiguous"  # "an hour or two": more than one amount in another unit
        values = [converted]
        if converted == limit[0] and re.search(r"\b(good|solid|about|around|roughly|or so|ish|maybe|like)\b", said):
            return "ambiguous"  # "a good half hour" to "more than thirty minutes?": at it, said roughly
        # "More than a day" to "more than one full day?" is above it, "under an hour" below: a bound
        # on the far side of the threshold leaves both sides open (asked again)
        bound = re.search(
            r"\b(more than|over|longer than|upwards of|at least|less than|under|shorter than|not even|barely)\s+(?:an?\b|one\b|\w+\s+(?:minutes?|hours?|days?|weeks?))",
            said,
        )
        if bound:
            above = bound.group(1) in ("more than", "over", "longer than", "upwards of", "at least")
            if not (converted >= limit[0] if above else converted <= limit[0]):
                return "ambiguous"
            values = [converted + (limit[0] * 1e-6 if above else -limit[0] * 1e-6)]
    else:
        for m in re.finditer(rf"{_NUMBER_WORD}(?:[ -]+{_NUMBER_WORD})*", said):
            for n in numbers_in(m.group(0)):
                before = said[: m.start()]
                shift = 0.5 if _SAID_ABOVE.search(before) else -0.5 if _SAID_BELOW.search(before) else 0.0
                if (
                    shift == 0.0
                    and n == limit[0]
                    and (_SAID_ROUGHLY.search(before) or _SAID_ROUGHLY.search(said[m.end() :][:8]))
                ):
                    return "ambiguous"  # "about fifteen" to "more than fifteen?"
                if (shift > 0 and n < limit[0]) or (_OPEN_BELOW.search(before) and n > limit[0]):
                    return "ambiguous"  # "more than ten" to "more than fifteen?": either side
                values.append(n + shift)
    if not values:
        return None
    direction = _ABOVE.get(asked.group(1), -1)
    sides = {
        (v > limit[0]) if direction == 1 else (v >= limit[0]) if direction == 0 else (v < limit[0]) for v in values
    }
    return ("yes" if sides.pop() else "no") if len(sides) == 1 else "ambiguous"


# "all afternoon", "the whole morning": more than two hours; "all day": more than six. (Moved here from
# yesno_asides, whose import of yesno made thresholds -> yesno_asides -> yesno -> thresholds a cycle.)
_PART_OF_DAY = re.compile(r"\b(?:all|the whole|the entire|the full)\s+(?:(morning|afternoon|evening)|(day))\b")


def parts_of_day(t: str) -> str:
    """``t`` with a part of the day spent somewhere as a bound in hours ("there all afternoon" →
    "there more than two hours"), unless negated in its clause ("wasn't there all afternoon")."""

    def bound(m: re.Match) -> str:
        clause = re.split(r"[,.;!?]|\bbut\b", t[: m.start()])[-1]
        if re.search(r"\b(?:not|never|no)\b|n'?t\b", clause):
            return m.group(0)
        return "more than six hours" if m.group(2) else "more than two hours"

    return _PART_OF_DAY.sub(bound, t)
