"""A thing the caller names and then takes back, left out of the question (issue 11).

"I want to buy the 4090, no sorry, the 4060, the cheaper one. What PSU?": the caller named one model,
took it back ("no sorry", "I mean", "scratch that", "or rather") and named another. The one taken
back is no part of what is asked, yet the search read it as named, found the article that speaks of
both models and read both sentences (held-out kb blind60). Only a named thing (a model number or a
capitalised name, :func:`customario.escalation.kb_question.named_things`) in the words just before
the correction is taken out, and only when another named thing follows it: "Is it open, no sorry, I
mean is the salon open Sunday?" keeps every word.
"""

from __future__ import annotations

import re

from customario.escalation.kb_question import named_things

# A correction said between two names (oral self-repair: Levelt 1983, "Monitoring and self-repair in
# speech"; the editing terms "no", "sorry", "I mean", "rather").
_CORRECTION = re.compile(
    r",?\s*\b(?:no,? sorry|sorry,? no|no,? wait|wait,? no|sorry,? i mean|no,? i mean|i mean|i meant|scratch that|"
    r"or rather|no,? actually|actually,? no|correction|my mistake|my bad|sorry(?=\s*,))\b\s*,?\s*",
    re.IGNORECASE,
)
# How far back before the correction the name taken back may stand (words).
_REACH = 5


def said_last(query: str) -> str:
    """The words of ``query`` after its last correction ("Standard, how long... no wait, I mean
    express. How long?" -> "express. How long?"); ``query`` when it has none."""
    found = list(_CORRECTION.finditer(query or ""))
    return (query or "")[found[-1].end() :] if found else (query or "")


def without_taken_back(query: str) -> str:
    """``query`` without each named thing that a correction right after it takes back, and without
    the correction's words ("... the 4090, no sorry, the 4060 ..." → "... the the 4060 ..."); ``query``
    unchanged when no correction stands between two named things."""
    out = query or ""
    for m in reversed(list(_CORRECTION.finditer(out))):
        before, after = out[: m.start()], out[m.end() :]
        later = named_things(re.split(r"[.!?]", after)[0])
        if not later:
            continue
        names = set(named_things(before))
        words = list(re.finditer(r"[A-Za-z0-9'\u2019-]+", before))[-_REACH:]
        taken = [w for w in words if w.group(0).lower() in names]
        if not taken:
            continue
        cut = taken[-1]
        out = before[: cut.start()] + before[cut.end() :] + " " + after
    return out
