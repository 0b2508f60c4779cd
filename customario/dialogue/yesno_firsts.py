"""A question whether something was the caller's first ("Was this your first visit to a
distillery?", "Is this the first time you've used us?") answered by the caller's history instead of
a yes or no (answers blind68: "Never been to one before." had been stored as a no).

To such a question "never ... before" is a yes: nothing came before, so this one was the first.
Having done it before ("I've been to loads before", "not my first", "my third time") is a no, and
"first time", "my first", "first ever" are a yes. Each reading is read back (``inferred``), and a
yes or no word said against it ("No, never been before": the no may answer "had you been before?")
leaves the answer to be asked again. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

# "Was this your first visit ...?", "Is this the first time you've ...?", "Was it her very first
# lesson?": whether this one is the first (never "Was it fixed on the first visit?", which asks
# about what happened on a first one).
_ASKS_FIRST = re.compile(
    r"^\W*(?:(?:so|and|now|next|finally|and finally),?\s+)?(?:was|is|will) (?:this|that|it|today|today's \w+) "
    r"(?:(?:your|the|their|his|her|our|its) )?(?:very )?first\b"
)
# Nothing before: "never been to one before", "I'd never hired one until now", "never done a tour
# in my life", "not been before", "haven't visited one before" (any words after "never", a
# participle after a negated "have"). The time word is needed: "I've never been to a distillery"
# said of this one contradicts itself, and "Never ever!" may be a no; both are left to the other rules.
_NOTHING_BEFORE = re.compile(
    r"(?:\bnever\b|\b(?:not|haven'?t|hadn'?t|have not|had not) (?:ever |once )?(?:been|done|had|taken|seen|gone|"
    r"come|made|\w+ed)\b)[^.!?;]{0,40}?"
    r"\b(?:before|until (?:now|this|then|today)|till (?:now|this|then|today)|prior|previously|in my life)\b"
)
# This one the first: "first time", "my first", "first ever", "the first one I've been to".
_FIRST_SAID = re.compile(
    r"^(?:(?:yes|yeah|yep|aye|si|oui|ja|it was|it is|it's|that's|that was|this was|this is|definitely|absolutely)\W+)*"
    r"(?:(?:my|our|the|a) )?(?:very )?first(?: (?:time|one|ever|visit|go|trip))?(?: ever)?\b(?! (?:of|in|at|on|question|answer|part|bit|thing|point)\b)"
)
# Some before: "been to loads before", "not my first", "I've done it twice before", "my third time".
_SOME_BEFORE = re.compile(
    r"\bnot (?:my|our|the|his|her|their) (?:very )?first\b|"
    r"\b(?:i'?ve|we'?ve|i have|we have|i had|we had|i'?d|we'?d|been|done it|done one|visited)\b"
    r"(?!\s+(?:never|not)\b)[^.!?;]{0,30}?\b(?:before|previously)\b(?<!\bnever before)|"
    r"\b(?:my|our|the) (?:second|third|fourth|fifth|sixth|\w+th|2nd|3rd|\d+th) (?:time|visit|one|trip|go)\b"
)
_NEGATED = re.compile(r"\b(?:never|not|n't|haven'?t|hadn'?t|no)\b")
_YES_WORD = re.compile(r"^\W*(?:yes|yeah|yep|yup|aye|sure|definitely|absolutely|it was|it is)\b")
_NO_WORD = re.compile(r"^\W*(?:no|nope|nah|naw|not really)\b(?!\s*(?:one|time|ever)\b)")


def first_reading(question: Any, t: str) -> str | None:
    """``"yes"``, ``"no"`` or ``"unclear"`` when ``question`` (a yes/no question) asks whether this
    was the caller's first and ``t`` (cleaned text) answers by what came before ("never been to one
    before" → yes, "been loads of times before" → no, "first time" → yes); ``"unclear"`` when a yes
    or no word is said against that reading; None when the question asks no such thing or ``t``
    tells no history. Source of the rule: answers blind68 (a distillery's first-visit question)."""
    if not _ASKS_FIRST.search(str(getattr(question, "text", "") or "").lower()):
        return None
    if _NOTHING_BEFORE.search(t):
        read = "yes"
    elif _SOME_BEFORE.search(t):
        read = "no"
    elif _FIRST_SAID.search(t) and not _NEGATED.search(t):
        read = "yes"
    else:
        return None
    said = "yes" if _YES_WORD.search(t) else "no" if _NO_WORD.search(t) else None
    if said is not None and said != read:
        return "unclear"
    return read
