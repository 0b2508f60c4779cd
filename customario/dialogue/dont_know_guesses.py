"""A don't-know followed by a guess ("I don't know, probably yes", "no idea, last summer maybe",
"no idea what I'd change, maybe the seats"): which one a survey researcher records, per type.

The caller says they do not know and then offers something anyway. Coding the turn as don't-know
throws the offer away; storing the offer as if it were certain overstates it. The readings here
follow what an interviewer trained on a standard manual does (probe the guess, record the
respondent's own words for an open question) and the conventions of the blind answer corpora
written by people who never read the parser ("Dinnae ken, a seven maybe" is 7, "I'm not sure.
Plasma, maybe?" is plasma, "I dunno, maybe more parking?" is the open answer):

- ``yes_no``: a hedged yes or no after the don't-know ("not sure, probably yes", "no idea, I
  guess not", "dunno, I think so") is that value, read back (``inferred``): the read-back lets a
  caller who really does not know say so. A don't-know with no yes or no in it stays one.
- ``date``: a named period guessed beside the don't-know ("I don't know, last summer maybe",
  "can't remember, sometime in the spring") is part of an answer, so the date is asked for again;
  storing a day inside the season would invent precision, coding don't-know would drop the
  guess. An unnamed span ("no idea, a few months ago", "ages ago") stays a don't-know, as the
  corpora code it.
- ``open``: the words after a don't-know about the change itself ("no idea what I'd change,
  maybe the seats") are the answer (see :func:`customario.dialogue.codes.says_more`).

Pure functions on cleaned text (:func:`customario.dialogue.spoken.clean`); no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from customario.dialogue.answer_core import Normalised
from customario.dialogue.codes import is_dont_know
from customario.dialogue.yesno_answers import normalise_yes_no

# A hedge and the yes or no it qualifies, in either order: "probably yes", "I think so", "I guess
# not", "maybe not", "yes, I think", "no, probably".
_HEDGE = r"(?:probably|maybe|perhaps|possibly|likely|most likely|i think|i guess|i suppose|i'?d (?:say|guess)|i reckon)"
_GUESS_AFTER = re.compile(rf"\b{_HEDGE}\W+(?P<word>yes|yeah|yep|so|no|not|nope)\b(?!\W+(?:sure|idea|clue|really)\b)")
_GUESS_BEFORE = re.compile(rf"(?:^|[,.;!?]\s*)(?P<word>yes|yeah|yep|no|nope)\W+{_HEDGE}\W*(?:$|[,.;!?])")
_YES_WORDS = frozenset({"yes", "yeah", "yep", "so"})

# A named period guessed for a date: a season (this, last, that, in the ...), or "last/this year".
GUESSED_PERIOD = re.compile(
    r"\b(?:(?:last|this|that|the|in|in the|over the|during the|early|late|mid|end of the)\s+)"
    r"(?:summer|spring|autumn|fall|winter|summertime|springtime|wintertime)\b"
    r"|\b(?:summer|spring|autumn|winter)\s+(?:before last|last year|of last year|holidays?)\b"
)


def guessed_yes_no(question: Any, t: str) -> Normalised | None:
    """The yes or no a caller guesses after saying they do not know (``t`` cleaned), as an
    ``inferred`` reading (read back), or None: no don't-know, no hedged yes or no, or both a
    guessed yes and a guessed no ("probably yes, or maybe not")."""
    if getattr(question, "type", None) != "yes_no" or not is_dont_know(t):
        return None
    words = {m.group("word") for pattern in (_GUESS_AFTER, _GUESS_BEFORE) for m in pattern.finditer(t)}
    if not words:
        return None
    said = {"yes" if w in _YES_WORDS else "no" for w in words}
    if len(said) != 1:
        return None
    n = normalise_yes_no(question, said.pop())
    if n.status != "valid":
        return None
    return Normalised("valid", n.value, confidence=0.7, method="inferred")


def guessed_period(question: Any, t: str) -> bool:
    """True when a date answer ``t`` (cleaned) with a don't-know guesses a named period ("last
    summer maybe"): asked again, neither a date nor a don't-know."""
    return getattr(question, "type", None) == "date" and is_dont_know(t) and bool(GUESSED_PERIOD.search(t))


# A span stated flatly as the last clause: "sometime this month", "some time last week", "at some
# point in the fall", "sometime in March" (no hedge: "maybe", "I think" make it a guess).
_MONTH_WORDS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_STATED_SPAN = re.compile(
    r"(?:it was |it'?s been |that was )?(?:some ?time|at some point)\s+"
    r"(?:(?:this|last|that) (?:week|weekend|month|year)|(?:in|during|over) (?:the )?"
    rf"(?:spring|summer|autumn|fall|winter|{_MONTH_WORDS})|(?:in )?(?:early|mid|late) (?:{_MONTH_WORDS}))\W*"
)
_ANY_HEDGE = re.compile(rf"\b{_HEDGE}\b|\?")


def span_after_doubt(question: Any, t: str, tense: str) -> bool:
    """True when a past date answer ``t`` (cleaned) says the caller does not know the date and then,
    as its last clause, only a span stated flatly ("I genuinely can't remember, sometime this
    month", "I don't remember, sometime last month", "Gosh, I couldn't tell you, sometime in the
    fall"): a don't-know, the span said to soften it. Not a guess ("no idea, sometime in the
    spring perhaps": asked again, see the module docstring), not the span said first ("sometime
    last week, I don't remember which day": asked again, answers blind18), not a date ahead ("I
    don't know, sometime next month" to a booking is asked again). From the blind answer corpora
    written by people who never read the parser: blind12 bs-last_ride-16, blind34 wr-inst-37 and
    blind46 ch-last_ride-28 code these don't-know."""
    if getattr(question, "type", None) != "date" or tense != "past" or _ANY_HEDGE.search(t):
        return False
    clauses = [c for c in re.split(r"\s*[,.;!]\s*", t) if c.strip()]
    if len(clauses) < 2 or not _STATED_SPAN.fullmatch(clauses[-1]):
        return False
    before = " ".join(clauses[:-1])
    return is_dont_know(before) and not re.search(r"\d|\b(?:" + _MONTH_WORDS + r")\b", before)
