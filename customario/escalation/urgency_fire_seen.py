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

From the emergency lines of urgency blind38 and blind35 that the rules took for normal or urgent
(s43urg, tests in ``tests/test_urgency_fire_caught_s43urg.py``):

- **a fire starting or broken out**: "now fire is starting by the drain", "a fire's broken out in the
  bin store": a fire said to start, break out or spread, not one lit to sit by (a stove, a grate, a
  barbecue or a fire pit named in the line, or a fire starting "nicely");
- **a thing caught after smoke or sparks**: "the battery started smoking on the charger and now the
  curtains have caught": smoke, sparks or flames named before a thing that "has caught" with nothing
  after it (the elliptic "caught fire"; "caught a cold" names its object).

From urgency blind51 (s51urg): **smoke spreading where a crowd is** (a crowd panicking or coughing in smoke, or smoke
filling a place with people named).

From urgency blind64 (s56urg): **a flame shooting out** of a thing ("there's a flame shootin' outta the casing"): a
flame, a jet of flame or a fireball shooting, leaping, bursting or roaring out of, up from or over a thing; a flame
told as lit where it belongs ("the flame on the hob", "pilot flame") does not move out of anything; and **a fuel or a
store of fuel "gone up", spreading** ("the fuel can's gone up by the shed, it's spreading into the woodpile"): a fuel, a
fuel container, a stack of wood or a shed said to have gone up, with the fire spreading, taking hold, smoke or flames, or
people still inside in the same line ("the price of petrol has gone up" names a price, and nothing spreads).
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
_FLAME_OUT = re.compile(
    r"\b(flames?|jets? of (flame|fire)|fireball|fire)('s| is| are|'re)?( \w+)? (shooting|leaping|bursting|roaring|spurting|spewing|belching|"
    r"pouring|gushing|blasting)( up)? (out|outta|up (from|out of)|from|over|through|across)\b"
)
_FUEL_GONE_UP = re.compile(
    r"\b(fuel|petrol|diesel|paraffin|kerosene|propane|butane|gas bottle|gas cylinder|jerry ?can|fuel can|petrol can|can|tank|"
    r"cylinder|canister|generator|woodpile|log ?pile|wood ?stack|haystack|hay|bales|sawdust|shed|barn|hut|workshop|garage|"
    r"caravan|tent|bin store|skip)('s| has| have|'ve) (just |now |all )?(gone up|went up)\b"
)
_SPREADING = re.compile(
    r"\b(spreading|spread(s)? (in)?to|taking hold|took hold|smoke|smoking|flames?|ablaze|alight|"
    r"(still|stuck|trapped) (inside|in there|in the \w+))\b"
)
_OVERHEAD = re.compile(r"\b(ceiling|roof|rafters|loft|attic|upstairs)\b")
_STARTING = re.compile(
    r"\b(a |the |now |and )?fire('s| is| has)( now| just| already)? (starting|started|breaking out|broken out|broke out|spreading|taking hold)\b"
    r"(?! (to (die|go out|dwindle|settle)|nicely|well|ok|okay|first time|up)\b)"
)
_LIT_TO_SIT_BY = re.compile(
    r"\b(stove|wood ?burner|log ?burner|grate|hearth|fireplace|barbecue|bbq|fire ?pit|chimenea|campfire|bonfire|kindling|firelighters?|"
    r"lighting|lit|toast\w*|marshmallows?)\b"
)
_CAUGHT_AFTER = re.compile(
    r"\b(smok\w*|spark\w*|flames?|flaring|fire)\b[^.!?]*\b(the|my|our|your|his|her|their) ([a-z]+ )?([a-z]+) (has|have|'s|'ve)( now| just| already)? caught"
    r"(?=\s*($|[,.!?;]|and\b|too\b|as well\b))"
)


# Smoke spreading where a crowd is (s51urg, blind51: "smoke coming out of the projection booth and it's filling the back
# rows, people are panicking on the stairs"): a crowd panicking or coughing in smoke, or smoke filling a place with
# a crowd named, is a fire with people to get out (fire services: get everyone out, then call 999)
_CROWD = r"(people|everyone|everybody|the audience|the crowd|customers|kids|children|guests|passengers|the whole (room|hall|place))"
_CROWD_IN_DISTRESS = re.compile(
    rf"\b{_CROWD}('re| are| is|'s)? (all )?(panicking|screaming|stampeding|pushing|crushing|coughing|choking|trapped|stuck)\b"
)
_SMOKE_FILLING = re.compile(
    rf"\b(it'?s|it is|{_SMOKE}('s| is)?)( now| already| quickly| fast)? (filling|spreading (through|into|across|along)|drifting into|pouring into) "
    r"(the|a|our|this|those|all the) "
)


def _crowd_in_smoke(t: str) -> bool:
    if not re.search(rf"\b{_SMOKE}\b", t):
        return False
    return bool(_CROWD_IN_DISTRESS.search(t) or (_SMOKE_FILLING.search(t) and re.search(rf"\b{_CROWD}\b", t)))


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a fire told by what is seen in ``t`` (see the module
    docstring), else None."""
    if _HIDDEN.search(t) and re.search(rf"\b{_SMOKE}\b", t):
        return "emergency", "smoke that hides the room"
    if _GLOWING.search(t) and _POURING.search(t):
        return "emergency", "a thing glowing with smoke pouring"
    if _FALLING.search(t) and _OVERHEAD.search(t):
        return "emergency", "burning bits falling from overhead"
    if _STARTING.search(t) and not _LIT_TO_SIT_BY.search(t):
        return "emergency", "a fire starting or broken out"
    if _FLAME_OUT.search(t):
        return "emergency", "a flame shooting out of a thing"
    gone_up = _FUEL_GONE_UP.search(t)
    if gone_up and not re.search(r"\b(price|cost|bill|rate)s?\b", t) and _SPREADING.search(t, gone_up.end()):
        return "emergency", "a fuel or a store of fuel gone up, spreading"
    if _CAUGHT_AFTER.search(t):
        return "emergency", "a thing caught after smoke or sparks"
    if _crowd_in_smoke(t):
        return "emergency", "smoke spreading where a crowd is"
    return None
