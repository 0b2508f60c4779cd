"""A plan answered with the deed already done: "I already did" to "Will you sign up for the next
term?", "We already renewed" to "Do you plan to renew?", "Already booked for March" to "Are you
planning to come back?" (answers blind13, blind15, blind16).

A question whether the caller will stay on ("Will your child continue with us next term?", "Do you
plan to renew?") answered by where they will be: going to a different or another provider is a no,
"We'll be there", "she'll keep coming" a yes (answers blind60): :func:`staying_on`.

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
# "already booked", "already got tickets", "already bought our tickets", "already reserved"; and a
# ticket by its kind: "Already bought my early bird" (answers blind50), "already got our passes"
_BOOKED = re.compile(
    r"\balready\s+(?:booked|reserved|(?:got|bought|have|paid for)\s+(?:the |my |our |some |an? )?(?:(?:season |weekend |day |"
    r"annual |vip |camping )?(?:tickets?|seats?|passe?s?|wristbands?)|a place|places|a spot|early ?birds?(?: tickets?)?))\b"
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


# "Have you taken your road test yet?", "Has the part arrived yet?", "Did you get the refund yet?": a
# deed asked as done by now.
_YET_ASKED = re.compile(r"^\W*(?:have|has|did) (?:you|your|the|it|they|he|she|anyone|someone)\b[^?]*\byet\b")
# The asked deed is itself an arrangement ("Have you booked your next visit yet?"): saying it is
# booked for May is then a yes, never a not-yet.
_ARRANGING_ASKED = re.compile(
    r"\b(?:book|schedul|arrang|plan|set (?:up|a)|sign(?:ed)? up|regist|enrol|appoint|reserv|order|pencil|organi[sz])"
)
# A date or time still to come: "for May", "on Tuesday", "next week", "in a fortnight", "tomorrow".
_AHEAD = (
    r"(?:(?:on|for|in|next|this|this coming|the|at the end of|early|late|mid|end of|by)\s+)*(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|tomorrow|week|weekend|month|fortnight|summer|autumn|fall|winter|spring|new year|"
    r"(?:a|one|two|three|four|five|six|a few|a couple of|\d+) (?:days?|weeks?|fortnights?|months?)|the \d+(?:st|nd|rd|th)\b)"
)
# The deed set for a later day: "It's booked for May", "I've got it on Tuesday", "it's next week",
# "it's coming Friday", "due in a fortnight", "I'm sitting it in June".
_STILL_TO_COME = re.compile(
    r"^\W*(?:(?:well|oh|um+|uh+|er+m?|so|ah)\W+)*(?:"
    r"(?:it'?s|it is|mine'?s|that'?s|the test'?s|they'?re)\s+(?:(?:all |only )?(?:booked|scheduled|set|planned|"
    r"arranged|lined up|pencilled|penciled)(?: in)?\s+|due\s+|coming\s+)?"
    r"|(?:i'?ve|we'?ve|i have|we have|i|we)\s+got\s+(?:it|one|mine|ours|that|the test)\s+"
    r"|(?:i'?m|we'?re|i am|we are)\s+(?:doing|taking|sitting|having|getting)\s+(?:it|one|mine|that|the test)\s+"
    r")" + _AHEAD + r"\b"
)
# Anything that says the deed was done after all: a yes, a past deed, "already", "again".
_DONE_AFTER_ALL = re.compile(
    r"\b(?:yes|yeah|yep|yup|already|again|retake|resit|did|done|took|taken|passed|failed|had|went|got it done|"
    r"came|arrived|last)\b"
)


def still_to_come(question: Any, t: str) -> str | None:
    """``"no"`` when ``t`` (cleaned) answers a question about a deed done by now ("Have you taken
    your road test yet?") with the day it is set for ("It's booked for May", "I've got it on
    Tuesday, fingers crossed"; answers blind47): the deed has not happened yet. The mirror of
    :func:`done_already`. None when the question itself asks about arranging something ("Have you
    booked your next visit yet?": booked for May is a yes), or when the turn also says it was done
    ("took it in March, again next week"). Read back (``inferred``)."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "yes_no" or not _YET_ASKED.search(asked) or _ARRANGING_ASKED.search(asked):
        return None
    if _DONE_AFTER_ALL.search(t) or "?" in t:
        return None
    return "no" if _STILL_TO_COME.search(t) else None


# An intention to stay on: continuing, renewing, re-enrolling, coming back, staying, keeping on.
_STAY_ASKED = re.compile(
    r"\b(?:continu\w*|renew\w*|re-?enrol\w*|re-?join\w*|come back|coming back|return\w*|stay\w*|keep (?:on|coming|going)|"
    r"carry on|stick with)\b"
)
# Going to another provider: "He'll be going to a different tutor from January", "we're moving to
# another school", "switching to the club down the road".
_GOING_ELSEWHERE = re.compile(
    r"^\W*(?:(?:well|um+|uh+|oh|actually|honestly|sadly|unfortunately)\W+)*(?:i|we|he|she|they)(?:'ll| will|'re| are|'s| is)"
    r" (?:be )?(?:going|moving|switching|changing|heading|off) (?:over )?to (?:a |an )?(?:different|another|other|new)\b"
)
# Being there again: "We'll be there", "she'll keep coming", "he'll carry on", "we'll stick with you";
# opened by a reassuring "no, no" ("No no, she'll keep coming, don't worry"), which denies a worry.
_STAYING = re.compile(
    r"^\W*(?:(?:oh|well|yes|yeah|no,? no|don'?t worry)\W+)*(?:i|we|he|she|they)(?:'ll| will) (?:definitely |surely |still )?"
    r"(?:be there|be back|keep coming|keep going|carry on|stay(?: on)?|stick (?:with|around)|continue)\b"
    r"(?P<rest>[^?]*)$"
)


def staying_on(question: Any, t: str) -> str | None:
    """``"no"`` when ``t`` (cleaned) answers a question about staying on ("Will your child continue
    with us next term?") by going to a different or another provider, ``"yes"`` when it says the
    caller will be there or keep coming, with no negation, "but" or "if" after; else None. Read back
    (``inferred``): the answer is told, not said."""
    asked = (getattr(question, "text", "") or "").lower()
    will = re.match(r"\W*(?:will|are|is) (?:you|your|he|she|they|the)\b", asked)  # "Will your child ...?"
    if getattr(question, "type", None) != "yes_no" or not (will or asks_intention(question)):
        return None
    if not _STAY_ASKED.search(asked):
        return None
    if _GOING_ELSEWHERE.search(t) and not re.search(r"\b(?:not|never|no|but|if|unless|maybe)\b|n't\b|\?", t):
        return "no"
    m = _STAYING.match(t)
    rest = m.group("rest") if m else ""
    if m and not re.search(
        r"\b(?:not|never|no|but|if|unless|maybe|elsewhere|different|another)\b|n't\b",
        re.sub(r"\bdon'?t (?:you )?worry\b", " ", rest),
    ):
        return "yes"
    return None
