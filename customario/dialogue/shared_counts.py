"""A count said per thing to a question about a total (issue 11): "two per room", "one on each
door", "every window has one", "each bedroom has two" to "How many sensors were fitted in your
home?". How many rooms or doors there are is not said, so the count per thing is never stored as
the total (it had been: "Two per room." stored 2, "Every window and door has one." stored 1).

:func:`count_per_thing` finds such a distributive phrase (the grammar of English distributives:
"per"/"each"/"every"/"apiece" with the thing counted over, or "each/every <thing> has <n>"), and

- when another number is said outside it, that number is the total the caller counted ("Just the
  three, one on each door" → 3, read back);
- else the answer is asked again for the number in all.

Left to other rules: a rate over time ("one every night", "twice a week": :mod:`units`), money
("thirty-five dollars each": :mod:`item_prices`, :mod:`units`), a question that itself asks per
one thing ("How many plants per bed?", "each", "per"), and people who each had one ("we each had
one": :mod:`listed_counts`). Pure functions on cleaned, lower-case text; no I/O. The rule is the
survey-methodology one of :mod:`item_prices`: a respondent's count per unit is not the quantity
asked, and the interviewer probes for the total.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import numbers_in

_N = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple|a pair|a few|"
    r"several|[a-z]+teen|twenty|thirty|forty|fifty)"
)
# Things a count is spread over that are times: left to the rate rules ("one every night").
_TIMES = (
    r"(?:second|minute|hour|day|night|morning|evening|afternoon|week|weekend|fortnight|month|year|"
    r"time|visit|session|lesson|class|trip|season|term|semester|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekday)s?"
)
_THING = rf"(?!{_TIMES}\b)(?!(?:of|the|them|us|one|person)\b)[a-z]{{3,}}"
# "two per room", "one on each door", "two in every room", "one for each kid" ("two a room" is left:
# "two and a newborn", "two and a half thousand" are no such thing)
_PER = re.compile(
    rf"\b(?P<n>{_N})\s+(?:(?:(?!and\b)[a-z]+\s+)?per\s+(?P<a>{_THING})|(?:(?!and\b)[a-z]+\s+)?(?:in|on|for|at|by|to)\s+"
    rf"(?:each|every)(?:\s+single)?\s+(?P<b>{_THING}))\b"
)
# "every window and door has one", "each room has two", "each of the rooms got one"
_EACH_HAS = re.compile(
    rf"\b(?:each|every)(?:\s+single)?\s+(?:of\s+(?:the|our|my)\s+)?(?P<c>{_THING})(?:\s+(?:and|or)\s+[a-z]+)?\s+"
    rf"(?:has|had|have|got|gets|came with|comes with|takes|took)\s+(?:got\s+)?(?:a\s+)?(?P<n>{_N})\b"
)
# "two apiece", "two each" at the end of a clause
_APIECE = re.compile(rf"\b(?P<n>{_N})\s+(?:apiece|each)\b(?=\s*(?:[,.;!?]|$))")
# The determiner straight after the number: "nine each side", "nine either side", "six every roof",
# "nine on both sides" (per side or in all: not said), and "nine a side" closing its clause (had
# been stored as 9 to "how many panels?"; "two and a newborn" has no such shape).
_EACH_THING = re.compile(
    rf"\b(?P<n>{_N})\s+(?:(?:each|either|every)\s+(?P<d>{_THING})|(?:on |at |in |for )?both\s+(?P<e>{_THING})|"
    rf"a\s+(?P<f>{_THING})(?=\s*(?:[,.;!?]|$)))\b"
)
# The question asks per one thing ("How many plants per bed?", "each", "on average").
_ASKS_PER_ONE = re.compile(r"\b(?:per|each|every|apiece|a piece|on average|average)\b")
_MONEY = re.compile(r"[$£€]|\b(?:dollars?|bucks?|cents?|pounds?|quid|euros?)\b")


def count_per_thing(question: Any, t: str) -> tuple[str, float | None] | None:
    """``("total", n)`` when ``t`` (a cleaned answer to a count question) gives a count per thing
    and one other number ``n`` said beside it (the total, read back); ``("ask", None)`` when it
    gives a count per thing and no total; None when it gives no count per thing, when the question
    asks per one thing, or when money is said (see the module docstring)."""
    asked = (getattr(question, "text", "") or "").lower()
    if _ASKS_PER_ONE.search(asked) or _MONEY.search(t):
        return None
    spans = [m.span() for rx in (_PER, _EACH_HAS, _APIECE, _EACH_THING) for m in rx.finditer(t)]
    if not spans:
        return None
    rest = t
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " , " + rest[end:]
    others = numbers_in(rest)
    if len(set(others)) == 1:
        return "total", others[0]
    return "ask", None
