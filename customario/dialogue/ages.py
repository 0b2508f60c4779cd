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
