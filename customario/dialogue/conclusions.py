"""The answer a caller concludes with after telling a story (answers blind16/blind18, issue 11).

Callers often reason aloud before they answer, and the figures, dates or choices of the story are
not the answer: "I got there at ten and was in the chair by quarter past, so fifteen minutes",
"it was two ninety when I started, but they raised it, so now it's three ten", "I went in for the
first kind, but they couldn't find a vein, so I ended up doing the other one instead", "I was going
to say the ninth, but I'm away, so the sixteenth". The conclusion is marked by the words that
open its clause:

- a **conclusion** ("so ...", "which makes it ...", "let's say ...", "call it ...", "put me down
  for ...", "in the end ...", "all in all ...", "that'd be ..."): what follows is the answer the
  story led to;
- a **change** ("but then ...", "..., then ...", "ended up ...", "... instead", "but now ...",
  "these days ...", "eventually ...", "in the end ..."): what follows replaces what was said
  before it.

:func:`concluded` finds the last such clause. The survey reads it by the question's own rules and
reads the value back (never stored silently: the story may hold the real answer); a change whose
clause gives no value still makes a value read from the story before it uncertain. Structural
words only, no survey's vocabulary. Pure functions on cleaned text; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A clause boundary: a punctuation mark, or "and" / "but" opening the clause.
_EDGE = r"(?:^|[,.;:!?]\s*|\s(?:and|but)\s+|\s-\s)"
_CONCLUDING = (
    r"so(?! (?:so|far|much|many|that|long|good|bad|well|often|yeah|anyway|um|uh)\b)|which (?:makes|means) (?:it|that)|"
    r"that makes (?:it|that)|let'?s (?:just )?(?:say|go with|call it|put)|call it|put (?:me|us|it) down (?:for|as)|"
    r"all in all|all told|bottom line|"
    # "..., and then got in to you the next day, that'd be Friday the eleventh": the day worked out
    r"(?:that|which)(?:'d| would) (?:be|make it)"
)
_CHANGING = (
    r"but then|then (?=(?:we |i |they )?(?:moved|switched|changed|upgraded|downgraded)\b)|but now|now it'?s|"
    r"right now it'?s|these days|nowadays|eventually|in the end|finally|we ended up|i ended up|ended up|"
    r"we went with|i went with"
)
_MARK = re.compile(rf"{_EDGE}(?P<mark>{_CONCLUDING})\b[,:]?\s*|\b(?P<change>{_CHANGING})\b[,:]?\s*")
# A change marker said after its clause ("It was four nights in the end, ..."), not opening the next.
_TRAILING_CHANGE = re.compile(r"(?:in the end|eventually|finally)\s*[,.;!?]")
# "Not at first, but later, yes.": a bare yes or no closing an answer that turned on a "but".
_FINAL_YES_NO = re.compile(r"\bbut\b.*[,.;!?]\s*(?P<word>yes|yeah|yep|yup|no|nope|nah)\W*$")
_INSTEAD = re.compile(r"(?:^|[,.;:!?]\s*|\s)(?P<clause>[^,.;:!?]*?)\s*\binstead\b")
# Fillers that end a story without concluding anything ("so yeah", "so, um"): no answer.
_EMPTY = re.compile(
    r"^\W*(?:yeah|yep|ok|okay|right|anyway|um+|uh+|er+|well|like|i guess|that'?s it|yeah that'?s it)?\W*$"
)


@dataclass(frozen=True)
class Conclusion:
    """The concluding clause of an answer: ``text`` (cleaned words after the marker, to the end of
    the answer), ``clause`` (the same cut at its first comma or full stop, for answers that talk on
    after it: "fourteen thousand two hundred, and then taxes on top"), ``changes`` (True when the
    marker replaces what came before: "ended up", "instead", "but then"; False for a conclusion:
    "so", "let's say")."""

    text: str
    clause: str
    changes: bool


def concluded(t: str) -> Conclusion | None:
    """The last concluding or changing clause of ``t`` (cleaned text) after at least two words of
    story, or None when the answer has none (or concludes with a filler: "so yeah")."""
    best: Conclusion | None = None
    changed = False
    for m in _MARK.finditer(t):
        head = t[: m.start()]
        if len(re.findall(r"[a-z0-9']+", head)) < 2:
            continue
        if m.group("change") and _TRAILING_CHANGE.match(t, m.start()) and not re.search(r"[,.;:!?]\s*$", head):
            continue  # "six nights in the end, we'd planned four": the marker closes the clause before it
        changed = changed or bool(m.group("change"))
        tail = t[m.end() :].strip(" ,.;:!?")
        if not tail or _EMPTY.match(tail):
            continue
        best = Conclusion(tail, re.split(r"[,.;!?]", tail)[0].strip(), changed)
    if best is None and (m := _FINAL_YES_NO.search(t)):
        best = Conclusion(m.group("word"), m.group("word"), False)
    instead = None
    for m in _INSTEAD.finditer(t):
        clause = m.group("clause").strip()
        if clause and len(re.findall(r"[a-z0-9']+", t[: m.start("clause")])) >= 2:
            instead = Conclusion(clause, clause, True)  # "..., so I did the regular one instead"
    if instead is not None and (best is None or t.rfind(instead.clause) >= t.rfind(best.text)):
        return instead
    if best is not None and changed and not best.changes:
        best = Conclusion(best.text, best.clause, True)  # "but then ..., so, yours": the story turned
    return best
