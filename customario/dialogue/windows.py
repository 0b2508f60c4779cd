"""Yes/no questions about arriving within a window ("Did the operative arrive within the
appointment slot?", "Did the delivery come inside the time window you chose?") answered with
where the arrival fell instead of a yes or a no: "They came at one and the slot was eight till
twelve" (after it: no), "an hour before the slot started" (before it: no), "in the last ten minutes
of it" (inside: yes).

Used by :func:`customario.dialogue.thresholds.threshold_reading`; the reading is ``inferred`` and
read back by the survey. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import clean, numbers_in

# The question: arriving (coming, turning up, being there) within / inside / during a slot or window.
_ASKED = re.compile(
    r"\b(?:within|inside|in|during)\s+(?:the\s+|your\s+|their\s+|our\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:slot|window|time ?frame|time slot|time window|appointment (?:slot|window|time))\b"
)
_WINDOW = r"(?:(?:the |that |my |our |their )?(?:slot|window|time ?frame|appointment)|it)"
# Where the arrival fell against the window, in words.
_BEFORE = re.compile(
    rf"\bbefore {_WINDOW}\s*(?:(?:had |even )?(?:started|began|opened|was due))?\b|\bbefore it started\b"
)
_AFTER = re.compile(
    rf"\bafter {_WINDOW}\s*(?:had )?(?:ended|finished|closed|was up|was over)\b|\b(?:once|after) it (?:ended|was over)\b"
)
_INSIDE = re.compile(
    rf"\bin the (?:last|final|first|closing|opening) (?:\w+ )?(?:minutes?|hour|half hour)s? (?:of {_WINDOW})\b|"
    rf"\b(?:right |just )?(?:within|inside|during) {_WINDOW}\b(?! (?:had|was) (?:ended|finished|over))|"
    rf"\b(?:right |just )?at the (?:very )?(?:end|start|beginning) of {_WINDOW}\b"
)
# "the slot was eight till twelve", "a 10 to 2 window", "between nine and one".
_SPAN = re.compile(
    r"\b(?:slot|window|time ?frame|appointment)\s+(?:was|is|were|of|from|between)?\s*(?:from |between )?"
    r"(?P<a>[a-z0-9:]+(?: (?:am|pm))?)\s+(?:till|til|until|to|and|-)\s+(?P<b>[a-z0-9:]+(?: (?:am|pm))?)\b"
)
_ARRIVED = re.compile(
    r"\b(?:came|arrived|turned up|showed up|got here|got there|rocked up|knocked)\s+(?:at|around|about)\s+"
    r"(?P<at>[a-z0-9:]+(?: (?:am|pm|thirty|fifteen|forty[ -]five))?)\b"
)


def _hour(said: str) -> float | None:
    """A clock hour said in words or digits ("one", "8", "12:30", "two pm"); a bare hour from 1 to 7
    is the afternoon (as :func:`customario.dialogue.spoken_dates.parse_time_of_day` reads it)."""
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?(?: (am|pm))?", said) or None
    if m:
        hour, minute, ampm = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    else:
        words = said.split()
        ampm = words[-1] if words[-1] in ("am", "pm") else None
        words = [w for w in words if w not in ("am", "pm")]
        nums = numbers_in(" ".join(words[:1]))
        if len(nums) != 1:
            return None
        hour = int(nums[0])
        minute = {"thirty": 30, "fifteen": 15, "forty five": 45, "forty-five": 45}.get(" ".join(words[1:]), 0)
    if not 0 <= hour <= 23 or not 0 <= minute <= 59:
        return None
    if ampm == "pm" and hour < 12 or ampm is None and 1 <= hour <= 7:
        hour += 12
    return hour + minute / 60


def window_reading(question: Any, t: str) -> str | None:
    """``"yes"``/``"no"`` when ``t`` (cleaned) says where an arrival fell against the window the
    question asks about (see the module docstring); None when the question asks no window or the
    answer does not place the arrival, or places it two ways."""
    if not _ASKED.search(clean(getattr(question, "text", "") or "")):
        return None
    said = set()
    if _BEFORE.search(t) or _AFTER.search(t):
        said.add("no")
    if _INSIDE.search(t):
        said.add("yes")
    span, arrived = _SPAN.search(t), _ARRIVED.search(t)
    if span and arrived:
        a, b, at = _hour(span.group("a")), _hour(span.group("b")), _hour(arrived.group("at"))
        if None in (a, b, at) or b <= a:
            return None
        said.add("yes" if a <= at <= b else "no")
    return said.pop() if len(said) == 1 else None
