"""The middle of a single-choice question whose other choices are two opposite extremes ("too
tight / about right / too loose", "too hot / just right / too cold", or two comparatives: "lower /
about the same / higher", answers blind48), said by ruling out both
extremes: "Not too tight, not too loose", "Neither too hot nor too cold", "I wouldn't say it was
too cold, and it wasn't too warm either" (answers blind21). The reading is ``inferred``: read back.
Used by :mod:`customario.dialogue.choice_answers`; pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

# An extreme: "too tight", "much too hot", "far too long", "too much".
_EXTREME = re.compile(r"^(?:much |far |way |a bit |slightly )?too\b")
# Two extremes said as comparatives of one scale: "lower / about the same / higher", "earlier / on
# time / later", "more / the same / less" (answers blind48: "Not higher, not lower").
_COMPARATIVE = re.compile(
    r"^(?:a (?:bit|little|lot) |much |slightly |far )?(?:(?:high|low|cheap|dear|early|late|long|short|fast|slow|"
    r"big|small|bett|wors|great|few)er|more|less|better|worse|more \w+|less \w+)$"
)
# The middle: "about right", "just right", "fine", "neither", "right amount", "ok", "the same".
_MIDDLE = re.compile(
    r"\b(?:about right|just right|right|fine|neither|ok|okay|perfect|spot on|balanced|same|as quoted|as expected|"
    r"no change|unchanged|on time|equal)\b"
)


def middle_choice(question: Any, t: str) -> str | None:
    """The code of the middle choice when ``question`` (a single choice) has exactly two extreme
    choices and one middle one, ``t`` (cleaned) names both extremes only where ruled out
    (:func:`~customario.dialogue.choice_picks.negated_named`) and names no choice plainly; None
    otherwise."""
    from customario.dialogue.choice_picks import negated_named
    from customario.dialogue.choices import match_choices_how

    if getattr(question, "type", None) != "single_choice":
        return None
    choices = question.choices or []
    extremes = [c.code for c in choices if _EXTREME.match(c.label.lower().strip())]
    if not extremes:
        extremes = [c.code for c in choices if _COMPARATIVE.match(c.label.lower().strip())]
    middles = [
        c.code
        for c in choices
        if c.code not in extremes and any(_MIDDLE.search(n.lower()) for n in [c.label, *c.synonyms])
    ]
    if len(extremes) != 2 or len(middles) != 1 or not set(extremes) <= negated_named(question, t):
        return None
    return None if match_choices_how(question, t)[0] else middles[0]
