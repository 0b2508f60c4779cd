"""A length asked is not a wait, and a wait asked is not a length (issue 11, helper kb20).

A "how long" question asks one of two different durations, and an answer states one of them:

- the **length** of the thing itself: "takes about 150 minutes" (a service's appointment), asked as
  "how long does the keratin take?", "how long does the patch test *itself* take?";
- a **lag** between two events: "a patch test is needed 48 hours *before* a first colour", "refunds
  reach ... 5 to 7 business days *after* we receive the return", asked as "how long *before* I can
  wash my hair?", "how long *after* the label comes ...".

A service's answer states only its length, so a question about the wait before or after it ("After
keratin, how long before I can wash my hair?") is not answered by it; and a part that states only a
lag does not answer a question that sets the thing itself apart with a reflexive "itself" ("How long
does the patch test itself take?": the intensifier contrasts the test with what it is related to,
its lead time). :func:`other_duration` says so; the search then holds the hit back as a near miss
(never offered: the caller asked something the base does not state). Pure functions of text.
"""

from __future__ import annotations

import re

from customario.escalation.kb_answer_type import asks_wait, other_sort

# "how long does the patch test itself take", "how long are the classes themselves".
_ASKS_ITSELF = re.compile(
    r"\bhow long (?:does|do|did|will|would|is|are|was) (?:the |a |an |my |your |that |this )?[\w' -]{1,40}? "
    r"(?:itself|themselves)\b"
)
# "how long does the patch test appointment take", "how long is the consultation session": a sitting
# has a length, which a lead time before it is not (kb blind49).
_ASKS_SITTING = re.compile(
    r"\bhow long (?:does|do|did|will|would|is|are|was) (?:the |a |an |my |your |that |this )?[\w' -]{1,40}? "
    r"(?:appointments?|sessions?|visits?)(?: (?:take|last)s?\b|\s*[?.!,]|$)"
)
_AMOUNT = r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|forty-eight|twenty-four)"
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
# A length of the thing itself: "takes about 150 minutes", "a 45-minute session", "lasts 2 hours".
_LENGTH = re.compile(
    rf"\b(?:takes?|lasts?|runs?)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|up to\s+)?{_AMOUNT}[\s-]+"
    rf"(?:(?:business|working)\s+)?{_UNIT}\b|\b{_AMOUNT}-{_UNIT}\s+(?:session|appointment|treatment|visit|class|lesson)\b",
    re.I,
)
# A lag between two events: "48 hours before", "5 to 7 business days after", "within 30 days of".
_LAG = re.compile(
    rf"\b{_AMOUNT}(?:\s*(?:to|-|–|or)\s*{_AMOUNT})?[\s-]+(?:(?:business|working)\s+)?{_UNIT}\s+"
    r"(?:before|after|ahead|prior|of|from|in advance)\b|\bwithin\s+" + _AMOUNT,
    re.I,
)


def other_duration(query: str, kind: str | None, part: str) -> str | None:
    """Why ``part`` (the part of an answer that would be read, of an article of ``kind``) does not
    state the duration ``query`` asks, or None: a wait before or after a service asked of a
    service's length (``kind`` "service", a part stating a length and no lag), or the length of a
    thing "itself", or of an appointment or session, asked of a part stating only a lag."""
    q = (query or "").lower().replace("\u2019", "'")
    text = part or ""
    if kind == "service" and asks_wait(q) and _LENGTH.search(text) and not _LAG.search(text):
        return "near miss: the service's length is not the wait asked"
    if (_ASKS_ITSELF.search(q) or _ASKS_SITTING.search(q)) and _LAG.search(text) and not _LENGTH.search(text):
        return "near miss: a lead time is not the length asked"
    return other_sort(query, text)  # a window to act in is not a wait, nor a wait a window (kb_answer_type)


def refuse_other_duration(query: str, hit: dict, cap: float) -> None:
    """Cap ``hit``'s confidence at ``cap`` when the part read (``excerpt``, else ``answer``) states
    another duration than the one asked (:func:`other_duration`); the near-miss reason, set as
    ``refused``, keeps it from being offered. In place."""
    why = other_duration(query, hit.get("kind"), hit.get("excerpt") or hit["answer"])
    if why:
        hit["confidence"], hit["refused"] = round(min(hit["confidence"], cap), 3), why
