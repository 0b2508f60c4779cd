"""Spoken answers the recogniser heard only in part (issue 11), read by
:class:`customario.dialogue.survey_flow.SurveyPolicy` only for speech (a recogniser confidence is
given), never for typed text:

- :func:`no_content_word`: an open answer heard as function words only ("that", "and the"), asked
  again;
- :func:`leading_code`: a "don't know" or refusal said first, the rest heard as other words ("not
  sure yet i'd it one let me it three out"), taken as that code heard faintly;
- :func:`heard_off_list`: the end of a request to be taken off a list whose verb was lost ("... me
  off your list"), asked back with the opt-out question.

Pure functions; no I/O.
"""

from __future__ import annotations

import re
from datetime import date

from customario.definitions import Question
from customario.dialogue.answers import Normalised, normalise

_FUNCTION_WORDS = frozenset(
    """a an the and or but so that this these those it its of to in on at by for with from
    is was are were be i you he she we they uh um er ah oh hmm well like then there here
    it's that's there's i'm""".split()
)


def no_content_word(text: str) -> bool:
    """True when ``text`` holds only function words and fillers ("that", "and the")."""
    words = re.findall(r"[a-z']+", (text or "").lower())
    return bool(words) and all(w in _FUNCTION_WORDS for w in words)


# Words of a code said first that the rest of the sentence must not hold alone: a prefix of two to
# four words, and at least one word after it (a whole code is the parser's own reading).
_LEAD_WORDS = (2, 4)


def leading_code(q: Question, text: str, today: date | None = None) -> Normalised | None:
    """The "don't know" or refusal (a :class:`Normalised` of status ``dont_know``/``refused``) that
    the first two to four words of ``text`` say by themselves for ``q`` ("not sure yet ..." → don't
    know, "rather not say ..." → refused), or None. For a spoken answer the parser found nothing in
    as a whole: through the telephone band the recogniser heard the start of "Not sure yet. Ask me
    in six months when I see if it breaks down." right and the story after it as numbers and other
    words (blind18 voice sample, 4 December 2026)."""
    words = text.split()
    lo, hi = _LEAD_WORDS
    for k in range(lo, min(hi, len(words) - 1) + 1):
        n = normalise(q, " ".join(words[:k]), today=today)
        if n.status in ("dont_know", "refused"):
            return n
    return None


# The end of a request to be taken off a list ("take me off your list", "I want off your calling
# list") with its verb lost: "i won't out of beats early me off your list" for "I want out of this
# survey and off your list" (blind18 voice sample).
_OFF_LIST = re.compile(r"\b(?:me|us|my number)\s+(?:off|from)\s+(?:of\s+)?(?:your|the|this)\s+(?:\w+\s+)?list\b")


def heard_off_list(text: str) -> bool:
    """True when a transcript ends a request to be taken off a list ("... me off your list"): the
    policy asks "would you like us to stop calling?" (never an opt-out by itself)."""
    return bool(_OFF_LIST.search((text or "").lower()))
