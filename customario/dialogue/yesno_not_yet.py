"""A step before the one asked about, said still to come (issue 11).

"Haven't taken it yet." to "Did you pass your practical test?" says the test has not happened: the
question, asked in the simple past, takes for granted that it did, and a no to it would store a
fail that never was (answers blind70 had stored "Haven't taken it yet, it got cancelled." as no).
The caller denies another deed than the one asked (taking a test, not passing it), so the answer
is asked again. Asked with "yet" or in the present perfect ("Have you passed your road test
yet?"), the question allows that nothing has happened, and the same words are a plain no (answers
blind55 stores "Haven't taken it yet." to that question as no); the same verb ("haven't passed it
yet" to "did you pass?") is the caller's no as well.

English puts a deed still expected in the present perfect with "yet" (Quirk et al., *A
Comprehensive Grammar of the English Language*, 8.71 on "yet" with the perfect). Structural words
only, no survey's vocabulary. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["earlier_step_pending"]

# A question in the simple past about one deed or how it went: "Did you pass ...?", "Was the
# examiner fair?"; not "Have you ... yet?", which allows that nothing happened yet.
_SIMPLE_PAST = re.compile(r"\b(?:did|was|were)\s+(?:you|the|your|he|she|they|it|we)\b")
_ALLOWS_NOT_YET = re.compile(r"\b(?:yet|so far|still|already)\b|\b(?:have|has)\s+(?:you|the|your|he|she|they|it|we)\b")
# "haven't taken it yet", "I haven't even sat the test yet", "we've not had it yet".
_NOT_YET = re.compile(
    r"\b(?:haven'?t|hasn'?t|have not|has not|'ve not|'s not)\s+(?:even |actually |really |properly )?"
    r"(?P<verb>(?!yet\b)[a-z]{2,})\b(?:\s+(?:it|them|one|that|(?:the|my|our|his|her) [a-z]+))?\s+yet\b"
)


def _same_deed(verb: str, asked: str) -> bool:
    """True when ``verb`` (a past participle) is a form of a word of ``asked``: "passed" of "pass",
    "taken" of "take", "seen" of "see" (shared first four letters, or the shorter word's whole)."""
    for word in re.findall(r"[a-z]{3,}", asked):
        n = min(4, len(word), len(verb))
        if verb[:n] == word[:n]:
            return True
    return False


def earlier_step_pending(question: Any, t: str) -> bool:
    """True when ``t`` (cleaned) says a deed other than the one ``question`` asks about has not
    happened yet ("Haven't taken it yet" to "Did you pass your practical test?") and the question,
    asked in the simple past, takes for granted that it did: no yes or no can be stored, the
    question is asked again. False for a question that allows "not yet" ("Have you passed ...
    yet?") and for the question's own verb ("haven't passed yet")."""
    asked = (getattr(question, "text", "") or "").lower()
    if not _SIMPLE_PAST.search(asked) or _ALLOWS_NOT_YET.search(asked):
        return False
    m = _NOT_YET.search(t)
    return m is not None and not _same_deed(m.group("verb"), asked)
