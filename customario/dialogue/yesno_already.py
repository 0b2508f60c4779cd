"""A plan answered with the deed already done: "I already did" to "Will you sign up for the next
term?", "We already renewed" to "Do you plan to renew?", "Already booked for March" to "Are you
planning to come back?" (answers blind13, blind15, blind16).

To a question about an intention, saying it has been done already is a yes: the caller is past the
plan. It is read back (``inferred``), because "already" also opens the opposite ("I already
cancelled", "we already signed up somewhere else"), which is never read as a yes here: a negator,
a word of leaving or going elsewhere anywhere in the turn, or a deed that is not the question's own
nor a booking, leaves the answer to the other rules. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.question_names import word_stems
from customario.dialogue.spoken import NEGATED_AUX

# "Will you ...?", "Do you plan to ...?", "Are you planning on ...?", "Would you ...?", "Are you
# going to ...?", "Do you intend to ...?"
_INTENTION = re.compile(
    r"^\W*(?:will you|would you|are you (?:planning|going|hoping|thinking of|intending)|"
    r"do you (?:plan|intend|expect|want|think you(?:'ll| will))|are you likely to)\b"
)
# "I already did", "we've already done it", "already have", "I did already".
_DONE = re.compile(
    r"\b(?:(?:i|we)(?:'ve| have)?\s+)?already\s+(?:did|done|have|has)\b(?:\s+(?:it|that|so|one))?\s*(?:[,.;!?]|$)"
    r"|\b(?:i|we)\s+(?:did|have|'ve done)(?: it| that)? already\b"
)
# "already booked", "already got tickets", "already bought our tickets", "already reserved"
_BOOKED = re.compile(
    r"\balready\s+(?:booked|reserved|(?:got|bought|have|paid for)\s+(?:the |my |our |some )?(?:tickets?|seats?|a place|places|a spot))\b"
)
# "already" + a deed: the deed said, to compare with the question's own verb ("renewed", "signed")
_ALREADY_DEED = re.compile(r"\balready\s+(?P<deed>[a-z]+ed)\b")
_AGAINST = re.compile(
    r"\b(?:not|no|never|nope|nah|cancel\w*|stopp\w*|quit|left|leaving|moved|switch\w*|elsewhere|somewhere else|"
    r"another|other|different|instead|competitor|someone else)\b|" + NEGATED_AUX
)


def asks_intention(question: Any) -> bool:
    """True when ``question`` is a yes/no question about the caller's intention ("Will you ...?",
    "Are you planning to ...?")."""
    asked = (getattr(question, "text", "") or "").lower()
    return getattr(question, "type", None) == "yes_no" and bool(_INTENTION.search(asked))


def done_already(question: Any, t: str) -> str | None:
    """``"yes"`` when ``t`` (cleaned) answers a question about an intention by saying it is done
    already (see the module docstring), else None."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "yes_no" or not _INTENTION.search(asked) or "already" not in t:
        return None
    if _AGAINST.search(t):
        return None
    if _DONE.search(t) or _BOOKED.search(t):
        return "yes"
    m = _ALREADY_DEED.search(t)
    if m and word_stems(m.group("deed")) & word_stems(asked):
        return "yes"  # "We already renewed" to "Do you plan to renew?"
    return None
