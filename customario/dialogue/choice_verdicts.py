"""The choices of a multi-choice question ticked one by one with a yes or a no (issue 11, stop 51):
"Concert yes, jam no, theory no, recording yes", "Fuel dock: yes. Showers: no.", "yes to the
showers, no to the laundry" (answers blind58 had read the first as the last choice alone, a
self-correction, and "Concert: yes. Jam: no." as both choices, stored at once).

The caller goes down the list read out and gives each item its own verdict, the way a checklist
is filled in; the choices with a yes are the answer. Only when every part of the turn is such a
verdict on exactly one choice, at least two parts, and at least one yes: anything else in the turn
leaves it to the other rules. A "the rest no" / "the others no" part is a verdict on the items not
named. Read back (``inferred``): the caller did not say the list itself. Pure functions on cleaned
text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any, Callable

_YES = r"(?:yes|yeah|yep|yup|aye|definitely|absolutely|for sure|of course|tick)"
_NO = r"(?:no|nope|nah|not really|never|not that|not that one|none|cross)"
# "concert yes", "fuel dock: yes", "the theory class - no"
_ITEM_FIRST = re.compile(rf"^\s*(?P<item>[a-z][a-z' -]*?)\s*[:=-]?\s+(?P<verdict>{_YES}|{_NO})\s*$")
# "yes to the concert", "no for the jam sessions", "yes on recording"
_VERDICT_FIRST = re.compile(rf"^\s*(?P<verdict>{_YES}|{_NO})\s*[:=-]?\s+(?:to|for|on)\s+(?P<item>[a-z][a-z' -]*?)\s*$")
_THE_REST = re.compile(r"^(?:the|all the)? ?(?:rest|others|other ones|other two|other three)$")


def ticked(question: Any, t: str, named: Callable[[Any, str], list[str]]) -> list[str] | None:
    """The codes given a yes when ``t`` (cleaned) answers the multi-choice ``question`` item by
    item ("concert yes, jam no"), in the question's order; None when any part of the turn is not
    such a verdict on one choice (``named(question, words)`` gives the codes the words name), when
    fewer than two parts are given, or when no part is a yes."""
    if getattr(question, "type", None) != "multi_choice":
        return None
    parts = [p for p in re.split(r"\s*[,;.!]\s*|\s+and\s+|\s+but\s+", t) if p.strip()]
    if len(parts) < 2:
        return None
    yes: set[str] = set()
    seen: set[str] = set()
    rest: str | None = None
    for part in parts:
        m = _ITEM_FIRST.match(part) or _VERDICT_FIRST.match(part)
        if m is None:
            return None
        verdict = "yes" if re.fullmatch(_YES, m.group("verdict")) else "no"
        item = m.group("item").strip()
        if _THE_REST.match(item):
            rest = verdict
            continue
        codes = named(question, item)
        if len(codes) != 1 or codes[0] in seen:
            return None
        seen.add(codes[0])
        if verdict == "yes":
            yes.add(codes[0])
    if rest == "yes":
        return None  # "the rest yes": the ones meant are not named
    return [c.code for c in question.choices if c.code in yes] or None
