"""A person's breathing or heart told by what the caller sees rather than by the textbook words
(issue 11; s41urg, from the emergency lines of urgency blind34, development from its arrival on
5 December 2026 ~22:00 UTC, read as classes and tested in the team's own phrasings in
``tests/test_breaths_s41urg.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` and can
only raise a line to an emergency. The classes, each a sign that resuscitation guidance (Resuscitation
Council UK, American Heart Association: "not breathing normally" includes agonal gasps) treats as
cardiac arrest or a heart attack:

- **breathing as the subject, stopped**: "his breathing's stopped", "her breathing has just gone",
  "Dad's breathing stopped a minute ago" (not "breathing a word", not a habit: "his heavy snoring
  stopped since the op", "my breathing's stopped being a problem");
- **breathing told as gasps or a rattle** (agonal breathing): "she's doing this gaspy breathing",
  "his breathing is all gurgly", "breathing in big gasps" with a person (not yoga or a breathing
  exercise);
- **eyes rolling** in a person who took a turn or is down: "her eyes are rolling", "his eyes keep
  rolling up" (not "rolling her eyes at the price": the person rolls them, a look);
- **the chest told as a weight in a simile**: "it feels like someone's sat on his chest", "like a
  car parked on my chest" (the signs module knows "an elephant on my chest"; a cat that sat on his
  chest is no simile).
"""

from __future__ import annotations

import re

_WHOSE = r"(?:his|her|their|my \w+'s|(?:the|our|your) (?:\w+ )?\w+'s|[a-z]+'s)"
_STOPPED = re.compile(
    rf"\b{_WHOSE} breathing(?:'s| has| had| is| just)* (?:just |now |completely |totally )?(?:stopped|gone|ceased|given out|packed in)\b"
    r"(?! (being|since|after|now that|thanks|with the)\b)"
)
_GASPS = re.compile(
    r"\b(?:gaspy|gasping|gurgl\w*|rattl\w*|snorty) breathing\b"
    r"|\bbreathing(?:'s| is| has gone)? (?:all |really |very )?(?:gaspy|gurgly|gurgling|rattly|rattling|in (?:big |little |short )?gasps)\b"
)
_NOT_A_PERSON_BREATHING = re.compile(
    r"\b(yoga|meditat\w*|exercises?|technique|class|pilates|breathwork|singing|choir)\b"
)
_EYES = re.compile(
    r"\b(?:her|his|their|my \w+'s|(?:the|our) \w+'s) eyes(?:'re| are| were| keep| kept| started| have started| keep on)? (?:rolling|rolled|to roll)"
    r"(?: (?:back|up|about|around|round))?\b(?! at\b)"
)
# the eyes are told with a person in trouble (a turn, a fall, the floor, breathing, not answering)
_DOWN = re.compile(
    r"\b(took a turn|taken a turn|collaps\w*|fell|fallen|on the (floor|ground|pavement)|breathing|breath|not (answering|responding|waking)|"
    r"won'?t wake|fitting|shaking|jerking|slump\w*|passed out|gone floppy|floppy|limp|grey|pale)\b"
)
_CHEST = re.compile(
    r"\blike (?:someone|somebody|something|a person|an? (?:elephant|weight|brick|car|horse|house|truck|lorry|bus)|a (?:ton|tonne|load) of bricks)"
    r"(?:'s| is| has| was| had)? (?:been )?(?:sat|sitting|sits|standing|stood|pressing|pushing|crushing|squeezing|kneeling|parked|lying|stamping)"
    r"(?: down)? on (?:my|her|his|their|the) chest\b"
    # ... or the chest named first and the weight "on it" (s46urg, blind41: "my chest feels like someone's standing on it")
    r"|\bchest(?:'s| is| feels?| felt| feeling)? (?:\w+ )?like (?:someone|somebody|something|a person|an? (?:elephant|weight|brick|car|horse|house|truck|lorry|bus)|a (?:ton|tonne|load) of bricks)"
    r"(?:'s| is| has| was| had)? (?:been )?(?:sat|sitting|sits|standing|stood|pressing|pushing|crushing|squeezing|kneeling|parked|lying|stamping)"
    r"(?: down)? on (?:it|me|him|her|them)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for breathing stopped or gasping, eyes rolling in a person who is
    down, or a weight on the chest told in a simile, in ``t`` (see the module docstring), else None."""
    if _STOPPED.search(t):
        return "emergency", "breathing stopped"
    if _GASPS.search(t) and not _NOT_A_PERSON_BREATHING.search(t):
        return "emergency", "gasping breathing"
    if _EYES.search(t) and _DOWN.search(t):
        return "emergency", "eyes rolling in a person who is down"
    if _CHEST.search(t):
        return "emergency", "a weight on the chest, told as a simile"
    return None
