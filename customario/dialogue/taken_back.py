"""A change of an earlier answer said as a new value with the old one taken back, its question not
named (issue 11): "... it was the twenty fifth, not the eighteenth" while the agent asks whether
the crew came on time.

Said in full the change names its question ("wrong date before"), and
:mod:`customario.dialogue.references` finds it; through the recogniser the naming words are the
first to go ("sorry one great before it was delivered one the twenty fifth of do not the
eighteenth", answers blind48 voice sample, us-m3-150, 6 December 2026), and the "not" of the value
taken back was read as the caller's no to the question asked. What is left still says which
question is meant when exactly one earlier answer takes both values, the new one before "not" and
the old one after it: a change names its question by its values as well as by its words. Pure
functions; no I/O.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterable

from customario.dialogue.answers import normalise

# The value taken back is short: "not the eighteenth", "not nine", "not the memory foam one".
_TAKEN_BACK_WORDS = 4
# Questions whose values a caller takes back by naming the old one; a yes or no taken back ("yes,
# not no") is read by survey_corrections' quoted answers, an open answer has no values.
_VALUED = ("date", "number", "nps", "scale", "single_choice", "multi_choice")


def taken_back_change(
    text: str, current: Any, earlier: Iterable[Any], today: date | None = None
) -> tuple[Any, str] | None:
    """``(question, new words)`` when ``text`` gives a value and takes another back after "not"
    ("... the twenty fifth not the eighteenth") and exactly one of the ``earlier`` questions
    (definitions ``Question`` objects answered before ``current``) reads both, as two different
    values, while ``current`` reads no answer in the words taken back; None otherwise (no "not", a
    long tail after it, no earlier question or two of them reading both). The new words are
    everything before the "not"; the caller reads the change back before it is stored."""
    t = " ".join(re.findall(r"[a-z0-9']+", (text or "").lower()))
    found: dict[str, tuple[Any, str]] = {}
    for m in re.finditer(r"\bnot\b", t):
        new, old = t[: m.start()].strip(), t[m.end() :].strip()
        if not new or not old or len(old.split()) > _TAKEN_BACK_WORDS:
            continue
        if normalise(current, old, today=today).status == "valid":
            continue
        for q in earlier:
            if q.id == current.id or q.type not in _VALUED:
                continue
            a, b = normalise(q, new, today=today), normalise(q, old, today=today)
            if a.status == "valid" and b.status == "valid" and a.value != b.value:
                found.setdefault(q.id, (q, new))
    return next(iter(found.values())) if len(found) == 1 else None
