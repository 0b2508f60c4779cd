"""The caller never saw the person or thing a yes/no question asks about (issue 11).

"Was the driver polite?" - "I never saw the driver."; "Did the cottage match the listing?" - "I
never saw the listing, my partner booked it.": the caller cannot tell, which survey writers code as
don't-know (answers blind43 and blind44 read it so: "I never saw the driver" is ``dont_know``), not
as a no. The plain word list had read "I didn't see the driver" as a no, a wrong value. AAPOR's
Standard Definitions count an item the respondent cannot answer as "don't know", apart from a "no".

Not when the question asks about the seeing itself ("Did you see the doctor?" - "I didn't see the
doctor" is a no) or names nothing the caller says they did not see. Structural words only. Pure
functions on cleaned text; no I/O.

"I didn't notice", "I didn't check" said alone to a question about what someone did ("Were the
frames wiped down as well?") is the same: the caller cannot tell (answers blind58 had stored a no).
To a question about whether there was any of something ("Were there any streaks?") it stays a no.
"""

from __future__ import annotations

import re
from typing import Any

# "I never saw the driver", "we didn't even see the listing", "I haven't seen the report": a
# perception denied, of a thing named with an article or a possessive.
_UNSEEN = re.compile(
    r"\b(?:i|we) (?:never|didn'?t|did not|haven'?t|have not|hadn'?t|had not) (?:actually |even |really |once )?"
    r"(?P<verb>see|saw|seen|meet|met|lay eyes on|clap eyes on|set eyes on|read|look at|looked at) "
    r"(?:the|a|an|your|that|this|their|his|her|our|my) (?:\w+ )?(?P<thing>[a-z]+)\b"
)
# A question about the perception itself: a "no" is its answer.
_ASKS_SEEING = re.compile(
    r"\b(?:see|saw|seen|meet|met|read|look|looked|view|viewed|watch|watched|notice|noticed|check|checked)\b"
)


# A question about whether there was any of something: not noticing any is a no there.
_ASKS_ANY = re.compile(r"\b(?:any|anything|anyone|anybody|something|someone|were there|was there|is there|are there)\b")


def asks_a_deed(question: Any) -> bool:
    """True when ``question`` (yes/no) asks what was done or how it went, neither about the caller's
    own noticing or seeing nor whether there was any of something: there "I didn't notice" alone
    says the caller cannot tell (see the module docstring)."""
    asked = (getattr(question, "text", "") or "").lower()
    return not _ASKS_SEEING.search(asked) and not _ASKS_ANY.search(asked)


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word.rstrip("s")


def unseen(question: Any, t: str) -> re.Match | None:
    """The words in ``t`` (cleaned) that say the caller never saw what ``question`` (a yes/no
    question) asks about, by its own noun ("I never saw the driver" to "Was the driver polite and
    professional?"), or None."""
    asked = (getattr(question, "text", "") or "").lower()
    if _ASKS_SEEING.search(asked):
        return None
    nouns = {_stem(w) for w in re.findall(r"[a-z]+", asked) if len(w) > 3}
    for m in _UNSEEN.finditer(t):
        if _stem(m.group("thing")) in nouns:
            return m
    return None


# The question's premise, the caller's own act in a time clause: "... when you collected them?",
# "... after you picked her up?".
_PREMISE = re.compile(r"\b(?:when|after|once|while|as) you (?:first )?(?P<verb>[a-z]{4,})")
# Someone else did it: "my mum did", "my husband picked her up", "someone else went".
_OTHER_DID = re.compile(
    r"\b(?:my|our|a|an|his|her|their) (?:\w+ )?\w+ (?:did|does|had|went|came|was|collected|picked|fetched|took)\b|"
    r"\b(?:someone|somebody) else\b"
)


def premise_not_mine(question: Any, t: str) -> re.Match | None:
    """The words of ``t`` (cleaned) that deny the caller did what the question's time clause assumes
    ("I didn't collect her, my mum did" to "Did your dog seem happy ... when you collected them?",
    held-out answers blind57 had stored it as a no), when someone else did it instead; else None.
    The "no" in them is about the premise, not the question: the caller cannot tell."""
    asked = _PREMISE.search((getattr(question, "text", "") or "").lower())
    if not asked:
        return None
    stem = asked.group("verb")[:4]
    denied = re.search(
        rf"(?:\b(?:no|nope|nah)\W+)?\b(?:i|we) (?:didn'?t|did not|never|wasn'?t the one (?:who|that|to)|weren'?t the ones? (?:who|that|to)) "
        rf"(?:actually |even )?{stem}\w*\b(?: (?:her|him|them|it|the \w+))?",
        t,
    )
    if denied and _OTHER_DID.search(t[: denied.start()] + " " + t[denied.end() :]):
        return denied
    return None
