"""Does a rating agree with the words said beside it? ("Oh, a ten, obviously, since they lost my
prescription twice": a top score with a complaint is likely sarcasm.) :func:`sarcastic` adds the
spoken markers of sarcasm and scorn (moved here from :mod:`customario.dialogue.answers`).

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


def sarcastic(question: Any, value: Any, text: str) -> bool:
    """True when ``value`` (read from ``text``, cleaned, for ``question``) may be meant the other
    way: a sarcasm marker (:data:`_SARCASM`: "if you like leaks", "that's a good one", "because I
    love paying ..."), a top rating beside scorn ("a ten, a total rip-off") or words whose
    sentiment disagrees with a rating (:func:`disagrees`). Such a value is read back, never stored
    as said and never dropped."""
    return (
        bool(_SARCASM.search(text))
        or _scorned_top(question, value, text)
        or (_scorned_top(question, value, "joke") and bool(_IRONIC_ONLY.search(text)))
        or disagrees(question, value, text)
    )


# A nuisance played down as a small number: "he only tried to sell me the extras four times", "they
# just lost my form twice". Beside a top rating it is irony (the ten was stored as said, blind18).
_IRONIC_ONLY = re.compile(
    r"\b(?:only|just) (?:(?:tried|asked|made|kept|had|forgot|lost|called|rang|cancell?ed|rescheduled|"
    r"got|took|left|sent|charged|double[- ]booked|mixed)\b[^.!?]*?\b)?"
    r"(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|several|a few|\d+) (?:times|hours|tries|attempts))\b"
)


# Sarcasm markers: the caller may mean the opposite of the value they say.
_SARCASM = re.compile(
    r"\bif you (?:like|enjoy|love|fancy|want|prefer|don'?t mind) (?!it\b|that\b|me\b)\w+|\bsaid no one\b|"
    # ("Oh, super smooth. Yeah. Right.": the scoff said as two words of its own, answers blind40)
    r"\byeah,? right\b|\byeah[.!]+\s+right\W*$|^\W*oh,? sure\b|\bas if\b|\bnot!|\bsaid (?:no one|nobody)(?: ever)?\b|"
    r"\bwhen pigs fly\b|\bin (?:your|my) dreams\b|\bif (?:i|we) (?:was|were) (?:being )?paid\b|\bright after (?:i|we|hell)\b|"
    # "Oh, a ten, I just love paying fees": the classic ironic frame (read back, never rejected)
    r"\bi (?:just|simply) (?:love|adore) \w+ing\b|"
    # "A nine, because I love paying for things twice": the same frame given as the reason
    r"\b(?:because|cos|'?cause|since|as) i (?:really |truly |absolutely )?(?:love|adore|enjoy) \w+ing\b|"
    # "Ha, on budget, that's a good one": the question laughed off; the words echoed are no answer
    r"\b(?:that'?s|that is) (?:a good one|rich|a laugh|hilarious|funny)\b|\bgood one\W*$|"
    r"\bdon'?t make me laugh\b|\b(?:you'?re|you are|you must be|are you) (?:joking|kidding)\b|"
    # "Oh yeah, after how they treated me at the door?": a rhetorical reason against the answer
    r"\bafter (?:how|the way|what) (?!well\b|nicely\b|kindly\b|great\b|good\b)(?:they|you|he|she|that|the|y'?all)\b|"
    # "Oh yes, ready, after I'd waited forty minutes": the value came only after a wait or a chase
    r"\bafter (?:i|we)(?:'d| had)? (?:waited|queued|chased|rang|phoned|called|complained|asked (?:twice|again|(?:two|three|four|five|several|many|a few|a dozen) times))\b|"
    # "Oh, a ten, obviously.": the top said with mock certainty
    r"^\W*oh,? (?:a |an )?\w+(?:[ -]\w+)?,? obviously\b|"
    # "Sure, and I'm getting a pony too": a mock agreement capped with an addition no one means
    # "Oh yeah, can't wait to renew", "oh joy": mock eagerness
    r"^\W*oh,? (?:yeah|yes|sure|boy|great)\W+(?:i )?(?:just |really )?can'?t wait\b|\boh,? (?:joy|goody)\b|"
    r"^\W*(?:oh\W+)?(?:sure|yeah|yes|right|of course|totally)\W+and (?:i'?m|i am|i'?ll|i will|pigs|my \w+)\b"
    r"[^.!?]*\b(?:too|as well)\W*$"
)


# Words no one says of a service they rate at the top: "definitely a ten, right after I recommend
# food poisoning".
_SCORN = re.compile(
    r"\b(?:food poisoning|poison\w*|disgusting|vile|worst|horrible|horrendous|terrible|awful|appalling|"
    r"nightmare|rubbish|garbage|trash|joke|scam|rip-?off|filthy|useless|pathetic|shambles|shambolic|incompetent|"
    r"disaster|mouldy|moldy|rotten|stale|soggy|burnt|infested|filthy|stank|stinks|leaking|leaked|flooded|pigsty|pig sty|hovel|hellhole|cesspit|dump)\b"
)


def _scorned_top(question: Any, value: Any, t: str) -> bool:
    """True when a top rating (9-10 on NPS, the top point of a scale) is said beside words of scorn:
    the value may be sarcasm and is read back, never stored as said."""
    if question.type not in ("nps", "scale") or not isinstance(value, (int, float)):
        return False
    top = 9 if question.type == "nps" else question.bounds[1]
    return top is not None and value >= top and bool(_SCORN.search(t))
