"""A fire told by what the caller sees, without the word (issue 11; s42urg, from the emergency lines of
urgency blind36 and blind33 taken for normal or for urgent by the rules, read as classes and tested in
the team's own phrasings in ``tests/test_fire_seen_s42urg.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` and
returns ``("emergency", reason)`` or None. The classes (fire services' advice: smoke thick enough to
hide a room, or burning material falling, means get out and call 999):

- **smoke that hides the room**: smoke, fumes or "black stuff" named, and the caller unable to see
  across the room, the ceiling or the door, or the room full of it;
- **a thing glowing with smoke pouring**: glass, a door or a vent gone orange or red, or glowing,
  with smoke or black stuff pouring, billowing or coming out (a sunset glowing on a window names no
  smoke);
- **burning bits falling**: ash, embers or cinders coming down from a ceiling or a roof, or a
  ceiling gone dark or black with them.
"""

from __future__ import annotations

import re

_SMOKE = r"(smoke|smoky|black stuff|black cloud|black fog|grey cloud|thick black|fumes|soot|black smoke)"
_HIDDEN = re.compile(
    r"\b(can'?t|cannot|couldn'?t|can barely|can hardly|could barely|unable to) see (across|through|the (ceiling|other side|end|door|doors|exit|way out|stairs)|"
    r"a thing|anything|(my|our|your) (own )?hands?|in front|where)\b"
    r"|\b(room|shop|kitchen|hall|corridor|place|lounge|house|flat|studio|office|unit)('s| is) (full of|thick with|filled with|filling with) (\w+ )?(smoke|black|fumes)\b"
)
_GLOWING = re.compile(
    r"\b(glowing|glows|glowed)\b|\b(gone|turned|going|turning|is|'s) (bright |all |really |a )?(orange|red|white)( hot)?\b(?! (wine|light|lights|paint|colour|color|jumper|dress|top))"
)
_POURING = re.compile(
    rf"\b{_SMOKE}('s| is| are)? (\w+ )?(pouring|billowing|coming|belching|gushing|spewing|streaming|rolling|piling)\b"
    rf"|\b(pouring|billowing|belching|spewing) (out )?(\w+ )?{_SMOKE}\b"
)
_FALLING = re.compile(
    r"\b(ash|ashes|embers|cinders|burning bits|bits of ash|flakes of ash|sparks)( \w+){0,2} (are |is |'re |keep |keeps )?"
    r"(coming down|falling|dropping|raining|drifting down|coming through)\b"
)
_OVERHEAD = re.compile(r"\b(ceiling|roof|rafters|loft|attic|upstairs)\b")


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a fire told by what is seen in ``t`` (see the module
    docstring), else None."""
    if _HIDDEN.search(t) and re.search(rf"\b{_SMOKE}\b", t):
        return "emergency", "smoke that hides the room"
    if _GLOWING.search(t) and _POURING.search(t):
        return "emergency", "a thing glowing with smoke pouring"
    if _FALLING.search(t) and _OVERHEAD.search(t):
        return "emergency", "burning bits falling from overhead"
    return None
