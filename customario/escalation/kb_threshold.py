"""A charge for being "late" is read with the threshold that says what late means.

Class of failure: a policy of several sentences states the measure in one ("Please give us at least
24 hours' notice to cancel or reschedule") and the consequence in another ("Late cancellations and
no-shows are charged 50% of the service price"). A caller asking "will I get charged if I move my
appointment?" or "cancel fee?" matches the consequence best, and reading it alone tells them that
every cancellation costs half the price: the condition that makes the charge apply is lost. A
material condition of a charge is stated with the charge (the "clear and conspicuous" disclosure of
material terms in the FTC's .com Disclosures guidance), so the sentence that gives the measure of
"late" (a number with a unit of time) is read before the consequence.

:func:`with_threshold` is applied by :func:`customario.escalation.kb_excerpt.answer_excerpt` to the
part it picked.
"""

from __future__ import annotations

import re

# Words that call something early or late without saying by how much.
_RELATIVE_TIME = re.compile(r"\b(?:late|later|early|last[- ]minute|short notice|no[- ]shows?|overdue|missed)\b", re.I)
# A measure of time: "24 hours", "48-hour", "two days", "15 minutes".
_MEASURE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty-four|forty-eight)"
    r"[- ](?:hours?|days?|weeks?|minutes?|mins?|hrs?)\b",
    re.I,
)
_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset({"please", "will", "with", "your", "that", "this", "have", "from", "service", "price"})


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in _COMMON}


def with_threshold(answer: str, excerpt: str, sentences: list[str]) -> str:
    """``excerpt`` (one sentence of ``answer``, whose parts are ``sentences``) with the one other
    sentence that gives its measure put in front (as the answer writes the two when they are side by side), when ``excerpt`` calls something late or early
    (or a no-show) without a measure of time of its own and exactly one other sentence holds a
    measure of time and shares a word stem with it ("cancel" in "cancel or reschedule" and "late
    cancellations"); else ``excerpt`` unchanged. Returns a string ending in a full stop."""
    part = excerpt.strip()
    if not _RELATIVE_TIME.search(part) or _MEASURE.search(part):
        return excerpt
    own = _stems(part)
    measures = [
        s
        for s in sentences
        if s.strip() and s.strip(" .").lower() not in part.lower() and _MEASURE.search(s) and own & _stems(s)
    ]
    if len(measures) != 1:
        return excerpt
    first = measures[0].strip().rstrip(".;,")
    low = answer.lower()
    start, end = low.find(first.lower()), low.find(part.rstrip(".").lower())
    if start < 0 or end < 0 or start > end:
        return excerpt  # the measure comes after: it is not what defines the earlier sentence
    if not answer[start + len(first) : end].strip(" .;,"):
        return answer[start : end + len(part.rstrip("."))].rstrip(".") + "."  # side by side: as written
    return f"{first}. {part}"
