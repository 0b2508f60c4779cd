"""Does a rating agree with the words said beside it? ("Oh, a ten, obviously, since they lost my
prescription twice": a top score with a complaint is likely sarcasm.)

The words' sentiment is VADER's compound score (Hutto and Gilbert, "VADER: A Parsimonious
Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM 2014; the ``vaderSentiment``
package, whose lexicon ships inside the wheel): -1 (most negative) to +1 (most positive). The
authors' own cut-offs are used: at or below -0.05 is negative, at or above +0.05 positive; this
module asks for a clear lean (:data:`CLEAR`) before doubting a rating. A rating that disagrees is
never changed here, only read back ("I heard ten, is that right?") by the caller of
:func:`disagrees`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from customario.dialogue.quantities import NUMBER_PHRASE

# How far the words must lean (VADER compound) before a top or bottom rating is doubted.
CLEAR = 0.3

# The rating itself and its scale ("a ten", "eight out of ten") carry no sentiment.
_NUMBER_WORDS = re.compile(rf"\b(?:{NUMBER_PHRASE}|out of)\b")


@lru_cache(maxsize=1)
def _analyser():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """VADER's compound sentiment of ``text`` (numbers and "out of" set aside), -1.0 to 1.0."""
    words = _NUMBER_WORDS.sub(" ", text or "")
    if not re.search(r"[a-z]{3,}", words.lower()):
        return 0.0
    return float(_analyser().polarity_scores(words)["compound"])


def _beside_rating(text: str) -> str:
    """The clauses of ``text`` that do not say the rating ("Oh, a perfect ten, especially when the
    bikes are dead" → "especially when the bikes are dead"): the rating's own clause praises or
    damns the number ("perfect", "lousy"), not the service. ``text`` when every clause names it."""
    clauses = [c for c in re.split(r"[,.;!?]+", text or "") if c.strip()]
    rest = [c for c in clauses if not _NUMBER_WORDS.search(c.lower()) and not re.search(r"\d", c)]
    return ", ".join(rest) if rest and len(rest) < len(clauses) else text


def disagrees(question: Any, value: Any, text: str) -> bool:
    """True when a rating at the top of its range is said with clearly negative words, or one at
    the bottom with clearly positive words ("zero, they were brilliant"), in the whole turn or in
    any one clause of it ("ten, the crew were lovely, left the deck filthy"): the value may not be
    meant, so the caller reads it back (a read-back costs a right answer nothing). ``question`` is an ``nps`` or ``scale`` question, ``value`` the number read; other
    questions and values give False."""
    if getattr(question, "type", None) not in ("nps", "scale") or not isinstance(value, (int, float)):
        return False
    lo, hi = (0, 10) if question.type == "nps" else question.bounds
    if lo is None or hi is None or hi <= lo:
        return False
    top = 9 if question.type == "nps" else hi
    bottom = 1 if question.type == "nps" else lo
    if value >= top:
        return min(compound(text), compound(_beside_rating(text)), *map(compound, _clauses(text))) <= -CLEAR
    if value <= bottom:
        return max(compound(text), compound(_beside_rating(text)), *map(compound, _clauses(text))) >= CLEAR
    return False


def _clauses(text: str) -> list[str]:
    """The clauses of ``text`` (split at , . ; ! ?). One clearly negative clause beside a top rating
    ("five, he was amazing, turned up late, left a mess") is a complaint the praise around it does
    not outweigh: VADER sums the whole turn to positive, so each clause is scored on its own too."""
    return [c for c in re.split(r"[,.;!?]+", text or "") if c.strip()]
