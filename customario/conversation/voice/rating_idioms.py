"""A rating said with words around or instead of its number, for a rating question's model (issue
11): the top named ("full marks", "top marks", "top score"), the middle named ("in the middle",
"middle of the road", "halfway") and a number with a word of firmness ("a solid seven", "easily a
nine", "ten, easily").

The answer parser reads each (``dialogue.scales.point_in_words``, ``dialogue.answers``): the named
points as inferred values, which a survey reads back. In the typed development answer corpora 39
lines name the top this way, 196 the middle, 103 say "a solid" before a number and 32 "easily"
with one. Without a path to these words the per-question model made them into others: "Full marks.
Ten." came out as "no more guess do" and "Right in the middle." as "four idea don't recall" on a
clean voice (answers blind66 voice sample, us-m3-150, 7 December 2026).
"""

from __future__ import annotations

from typing import Any

from customario.dialogue.spoken import number_words

TOP_NAMED = ("full marks", "top marks", "top score", "a perfect score")
# The middle is one point only on a scale with an odd number of points (0-10, 1-5); the parser asks
# an even scale's middle again, so these are left out of its model.
MIDDLE_NAMED = ("in the middle", "right in the middle", "somewhere in the middle", "middle of the road", "halfway")
FIRM_FRAMES = ("a solid {n}", "easily a {n}", "{n} easily")
# Ratings up to this top get the firm frames: a number question's wide range would add hundreds.
_MOST_POINTS = 10


def rating_idioms(question: Any) -> list[str]:
    """The forms above for an ``nps`` or ``scale`` question whose range is ``lo``..``hi`` with
    0 <= lo < hi <= 10 (the middle forms only when ``hi - lo`` is even; firm frames for every point
    of the range), lower case, de-duplicated, once each for ``phrases.decoder_phrases``; [] for
    other questions and ranges."""
    if getattr(question, "type", None) not in ("nps", "scale"):
        return []
    lo, hi = getattr(question, "bounds", (None, None))
    lo = int(lo) if lo is not None else 0
    hi = int(hi) if hi is not None else 10
    if lo < 0 or hi > _MOST_POINTS or hi <= lo:
        return []
    out = list(TOP_NAMED)
    if (hi - lo) % 2 == 0:
        out += MIDDLE_NAMED
    out += [f.format(n=number_words(n)) for n in range(lo, hi + 1) for f in FIRM_FRAMES]
    return list(dict.fromkeys(out))
