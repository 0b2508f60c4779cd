"""The step after the one the caller has done (issue 11): "Got the label email. Now what?".

A caller who asks what comes next ("now what", "what next", "what do I do with it") and whose
question matched one sentence of a procedure ("We email a prepaid return label for every approved
return.") has that step behind them: the answer is the sentences after it ("Pack the item in its
original box, attach the label ..."), not the step they told us about.

Source: kb blind23 and blind15 (the label sentence was read to "Got the label email. Now what do I
do with it?" and "return approved, now what do I do?"); blind46 ("what do i do with the prepaid
label once i have it": the thing the caller has, named instead of "it").
"""

from __future__ import annotations

import re

from customario.escalation.kb_excerpt import SENTENCE_RE

NEXT_STEP_RE = re.compile(
    r"\b(?:now what|what now|what next|whats next|what'?s next|then what|what happens (?:now|next)|next steps?|"
    r"what (?:do|should|must|can) (?:i|we) (?:do|be doing) (?:now|next|then|with (?:it|this|that|them))|"
    # "what do I do with the prepaid label once I have it?": what to do with a thing the caller has
    # (kb blind46: the label sentence was read, not the steps after it).
    r"what (?:do|should|must|can) (?:i|we) (?:do|be doing) with (?:the|my|our|this|that|these|those) \w+|"
    r"what (?:am|are) (?:i|we) (?:supposed|meant) to do with)\b"
)


def asks_next_step(query: str) -> bool:
    """True when ``query`` asks what to do next ("now what?", "what do I do with it?")."""
    return bool(NEXT_STEP_RE.search((query or "").lower().replace("\u2019", "'")))


def next_step(query: str, answer: str, part: str | None) -> str | None:
    """``part``, or when ``query`` asks what comes next (:func:`asks_next_step`) and ``part`` is one
    sentence of ``answer`` with sentences after it, those sentences (as written, joined by a space).
    ``part`` None stays None."""
    if not part or not asks_next_step(query):
        return part
    sentences = [x.strip() for x in SENTENCE_RE.split((answer or "").strip()) if x.strip()]
    core = part.strip().rstrip(".").lower()
    at = [i for i, x in enumerate(sentences) if core and x.rstrip(".").lower() == core]
    if len(at) != 1 or at[0] == len(sentences) - 1:
        return part
    return " ".join(sentences[at[0] + 1 :])
