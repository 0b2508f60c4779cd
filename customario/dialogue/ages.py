"""Yes/no questions with an age threshold ("Did any children under twelve come with you?"),
answered with ages instead of a yes or a no: "My granddaughter, she's five" is a yes, "Just my
fourteen-year-old" and "My nephew, he's twelve" are a no (twelve is not under twelve).

Used by :func:`customario.dialogue.thresholds.threshold_reading`; the reading is ``inferred`` and
read back by the survey. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import clean, numbers_in

_NUM = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
# The question: people (children, kids, anyone...) under / over an age.
_ASKED = re.compile(
    r"\b(?:child|children|kids?|anyone|anybody|someone|somebody|people|persons?|guests?|grandchildren|grandkids)\b"
    rf"[^?.]*?\b(under|below|younger than|over|above|older than)\s+(?:the age of\s+|age\s+)?({_NUM})\b"
    r"(?!\s+(?:minutes?|hours?|days?|weeks?|months?|times|miles?|dollars?|pounds?|kilos?|feet|inches)\b)"
)
# An age in the answer: "she's five", "he is twelve", "my fourteen-year-old", "aged 7", "age 9".
_AGE = re.compile(
    rf"\b(?:he|she|they|who)(?:'s| is| was| are| were)\s+(?P<hedge>(?:only |just |about |nearly |almost |barely |over |"
    rf"just turned |turned )?)(?P<a>{_NUM})\b(?!\s*(?:minutes?|hours?|days?|weeks?|months?|times|dollars?|o'?clock|"
    rf"percent|%|pounds?|feet|inches|miles?|[a-z]+ (?:minutes?|hours?)))|"
    rf"\b(?P<b>{_NUM})[- ](?:years?|yrs?)[- ]olds?\b|\b(?P<c>{_NUM})\s+(?:years?|yrs?) of age\b|"
    rf"\baged?\s+(?P<d>{_NUM})\b"
)


def age_threshold_reading(question: Any, t: str) -> str | None:
    """``"yes"``/``"no"`` when ``t`` (cleaned) answers an age-threshold question with ages: yes
    when one of them passes it (``under twelve``: younger than twelve), no when none does; None
    when the question has no age threshold or the answer gives no age. An age "nearly" or "almost"
    the threshold is just under it."""
    asked = _ASKED.search(clean(getattr(question, "text", "") or ""))
    if not asked:
        return None
    limit = numbers_in(asked.group(2))
    if len(limit) != 1:
        return None
    below = asked.group(1) in ("under", "below", "younger than")
    sides = set()
    for m in _AGE.finditer(t):
        said = next(g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if g)
        n = numbers_in(said)
        if len(n) != 1:
            return None
        hedge = (m.group("hedge") or "").strip()
        age = n[0] - 0.5 if hedge in ("nearly", "almost") else n[0] + 0.5 if hedge == "over" else n[0]
        sides.add(age < limit[0] if below else age > limit[0])
    if not sides:
        return None
    return "yes" if True in sides else "no"


# An age the person is only coming up to: "going on five", "nearly four", "about to turn three",
# "rising five" (British), "turning six next month", "six in June".
_APPROACHED = re.compile(
    rf"\b(?:going on|goin on|nearly|almost|about to turn|turning|turns|close to|coming up (?:on|to)|rising|"
    rf"not quite|nearer to|nigh on)\s+(?:a\s+)?{_NUM}\b|"
    rf"\b{_NUM}\s+(?:next|this|in|on|come)\s+(?:week|month|year|birthday|spring|summer|autumn|fall|winter|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
_AGE_QUESTION = re.compile(r"\bhow old\b|\bages?\b|\baged\b|\bin years\b.*\bold\b")


def approaching_age(question: Any, t: str) -> bool:
    """True when ``t`` answers an age question ("How old is your youngest?") with the age the
    person is coming up to ("going on five", "nearly four", "turning six next month"): their age
    now is one less, or not yet known, so the question is asked again rather than either stored."""
    if getattr(question, "type", None) != "number" or not _AGE_QUESTION.search((question.text or "").lower()):
        return False
    return bool(_APPROACHED.search(clean(t)))


# An age said in a smaller unit: "ten weeks old", "eighteen months", "a few days old".
# Said as an age: "... old", after "she's" / "he is", or as the whole answer ("Eighteen months.");
# never "started two months ago" or "for six weeks".
_SMALL_AGE = re.compile(
    rf"(?:^\W*(?:(?:oh|um+|uh+|well|just|only|about|she'?s|he'?s|they'?re)\W+)*(?=(?:{_NUM}|an?)\s+\w+\W*$)|"
    rf"\b(?:she|he|they|it|who)(?:'s| is| was| are|'re)\s+(?:only |just |about |barely )?(?=(?:{_NUM}|an?)\s+\w+\s*(?:$|[,.;!?]))|"
    rf"(?=(?:{_NUM}|an?)\s+\w+\s+old\b))"
    rf"(?P<n>{_NUM}|an?)\s+(?P<unit>days?|weeks?|months?)(?:\s+old)?\b"
)
_PER_YEAR = {"day": 365.25, "week": 52.18, "month": 12}
OTHER_UNIT = -1  # age_in_years: an age in another unit that does not agree with the rest


def age_in_years(question: Any, t: str) -> int | None:
    """For a question about someone's age in years ("How old is your youngest, in years?"), the
    whole years of an age said in days, weeks or months ("ten weeks old" 0, "eighteen months" 1;
    the survey reads it back); :data:`OTHER_UNIT` when the answer also says another number that is
    not those years ("Two, eighteen months"), so it is asked again; None when the question is no
    such question or the answer names no such unit. A question in months is never converted."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "number" or not _AGE_QUESTION.search(asked):
        return None
    if re.search(r"\b(?:months?|weeks?|days?)\b", asked):
        return None
    said = list(_SMALL_AGE.finditer(t))
    if not said:
        return None
    years = set()
    for m in said:
        n = 1.0 if m.group("n") in ("a", "an") else (numbers_in(m.group("n")) or [None])[0]
        if n is None:
            return OTHER_UNIT
        years.add(int(n // _PER_YEAR[m.group("unit").rstrip("s")]))
    rest = set(numbers_in(_SMALL_AGE.sub(" ", t)))
    if len(years) != 1 or rest - years:
        return OTHER_UNIT
    return years.pop()
