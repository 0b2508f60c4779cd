"""A short no to a yes/no question that offers something, said in words that elsewhere end the call.

"Don't bother" and "not right now" are a request to stop calling and a request for a call-back
when they answer "Is now a good time?"; said to "Would you like a text when prices change?" or
"May we send you a reminder?" they decline that offer, and the survey goes on with a no (answers
blind48 and blind74 code "Not right now." and "Nah, don't bother." to an offer as a no). Only the
bare phrase is read this way: any other wording ("don't bother calling me again", "not now, call
me tomorrow") keeps its opt-out or call-back meaning. Split from :mod:`survey_flow`.
"""

from __future__ import annotations

import re
from typing import Any

# The question offers something: "May we ...", "Would you like a ...", "Do you want us to ...".
_OFFER = re.compile(
    r"^(may|can|could|shall|should) (we|i)\b|\b(would you like|do you want|want) ((us|me) to|a|an|some)\b"
)
_NO_FIRST = r"(?:(?:no|nah|nope|naw)(?:,? thanks?(?: you)?)?,? )?"
_POLITE_LAST = r"(?:,? (?:please|thanks|thank you))?[.!]*"
_DONT_BOTHER = re.compile(rf"^{_NO_FIRST}(?:please )?(?:don'?t|do not) bother{_POLITE_LAST}$")
_NOT_NOW = re.compile(rf"^{_NO_FIRST}(?:maybe )?not (?:right )?now{_POLITE_LAST}$")


def _offers(q: Any) -> bool:
    return q is not None and q.type == "yes_no" and bool(_OFFER.search((q.text or "").lower()))


def _said(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


def declines_offer(q: Any, text: str) -> bool:
    """True for a bare "don't bother" ("No, don't bother.", "Nah, don't bother thanks") to a yes/no
    question ``q`` (a :class:`~customario.definitions.Question` or None) that offers something: a
    no to the offer, not a request to stop calling (any other wording still opts out)."""
    return _offers(q) and bool(_DONT_BOTHER.match(_said(text)))


def not_now_to_offer(q: Any, text: str) -> bool:
    """True for a bare "not right now" ("Not now, thanks.", "Nah, not right now") to a yes/no
    question ``q`` that offers something: a no to the offer, not a request to be called back."""
    return _offers(q) and bool(_NOT_NOW.match(_said(text)))
