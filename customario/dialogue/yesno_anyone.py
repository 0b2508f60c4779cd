"""Yes/no answers to a question about whether anyone did something ("Did anyone in your group get
seasick?", "Has anybody in the house used the app?") said as who did it (issue 11): naming a person
("Me.", "My wife, she was very sick.", "Both of us") says someone did, a yes; naming no one
("Nobody, calm as a millpond.", "Not a soul") says no one did, a no (answers blind37).

The caller answers "who?" instead of "did anyone?", so both readings are ``inferred`` (read back).
Only the first clause is read, and only when nothing after it takes it back (a negation, "but",
"except", a question). Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.spoken import NEGATED_AUX

# "Did anyone ...?", "Has anybody ...?", "Were any of you ...?": whether someone did it.
_ANYONE_ASKED = re.compile(
    r"^\W*(?:did|does|do|has|have|had|was|were|is|are|will|would)\b[^?]*\b(?:anyone|anybody|any of (?:you|your|them|the))\b"
)
_LEAD = r"^\W*(?:(?:oh|well|um+|uh+|er+m?|ah|honestly|actually|si|sí|aye|yeah|yes)\W+)*"
# No one at all: "nobody", "no one", "none of us", "not a soul", "not one of us".
_NOBODY = re.compile(
    _LEAD + r"(?:nobody|no one|no-one|none of (?:us|them)|not (?:a (?:single )?(?:soul|one)|one of us|anyone|anybody)|"
    r"neither of us)(?: at all| whatsoever)?(?P<said> (?:was|were|got|did|felt|had|has|have)\b[^,.;!?]*)?\s*(?:[,.;!]|$)"
)
_KIN = (
    r"son|daughter|wife|husband|partner|mum|mom|dad|father|mother|brother|sister|friend|mate|boss|kids?|children|"
    r"boy|girl|lad|lass|cousin|uncle|aunt|auntie|nephew|niece|grandson|granddaughter|grandma|grandpa|hubby|missus|"
    r"other half|better half|colleague|pal|buddy"
)
# Someone named: "Me.", "Just me", "My wife", "our youngest", "both of us", "two of us", "the kids".
_SOMEONE = re.compile(
    _LEAD + r"(?:(?:just|only|only ever|mainly|mostly)\s+)?(?:me|myself|i did|i was|i have|"
    r"(?:my|our) (?:\w+ )?(?:" + _KIN + r"|youngest|eldest|oldest)(?:[- ]in[- ]laws?)?|"
    r"the (?:kids|children|boys|girls|wife|husband|missus)|"
    r"(?:both|all|two|three|four|a couple|a few|half|most|one|some) of us)"
    r"(?: and (?:me|i|myself|(?:my|our) (?:\w+ )?(?:" + _KIN + r")))?"
    r"(?P<said> (?:was|were|got|did|felt|had|has|have)\b[^,.;!?]*)?\s*(?:[,.;!]|$)"
)
_TAKEN_BACK = re.compile(
    r"\b(?:no|not|never|nope|nah|nobody|no one|but|except|apart from|only joking|kidding|well|actually|maybe)\b|"
    + NEGATED_AUX
    + r"|\?"
)
# Someone named after a "nobody": "Nobody, my son a bit" takes it back.
_PERSON = re.compile(r"\b(?:me|i|my|our|his|her|someone|somebody|one of|some of|a couple of)\b")


def who_reading(question: Any, t: str) -> str | None:
    """``no`` when the cleaned answer ``t`` to "did anyone ...?" names no one ("Nobody, calm as a
    millpond."), ``yes`` when it names someone ("Me. Chucked up over the side twice."), else None
    (any other question, or words after the name that may take it back). Read back: ``inferred``."""
    asked = (getattr(question, "text", "") or "").lower()
    if getattr(question, "type", None) != "yes_no" or not _ANYONE_ASKED.search(asked):
        return None
    for pattern, said in ((_NOBODY, "no"), (_SOMEONE, "yes")):
        m = pattern.match(t)
        rest = t[m.end() :] if m else ""
        if m and said == "no" and _PERSON.search(rest):
            return None
        if m and not _TAKEN_BACK.search(rest) and not _TAKEN_BACK.search(m.group("said") or ""):
            return said  # "nobody didn't get sick" (a double negative) is not read
    return None
