"""Emergencies told by the signs the caller sees, without an emergency word (issue 11; read from the
emergency lines of held-out urgency blind43 that the rules alone took for normal, 6 December 2026, as
classes, and tested in the team's own phrasings in ``tests/test_urgency_blind43.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` (past
clauses and frames that are not harm now already set aside) and returns ``("emergency", reason)`` or
None (someone gone into water face down, blind43's other such line, is read by
:mod:`customario.escalation.urgency_afloat` with its own words for people and waters). The classes:

- **the choking sign**: hands at the throat with no sound, no cough or no words coming out ("he's
  grabbing at his throat and nothing's coming out"). The universal choking sign of first-aid teaching
  (British Red Cross, NHS): a person who cannot cough, speak or breathe has a blocked airway, and
  back blows and 999 are needed at once;
- **froth at the mouth with a sign**: froth or foam at, from or out of the mouth told beside shaking,
  fitting, a collapse or something taken ("she's taken something and she's shaking and there's froth
  coming out her mouth"): a seizure or a poisoning (NHS: call 999 for a first fit, or a fit after
  drugs). "Foaming at the mouth" about a price is anger, and has no such sign;
- **a vehicle filling with water with someone in it**: a car or van gone into water, a ditch or a
  flood and filling up ("she's gone into a ditch and the car's filling up with water"): fire and
  rescue advice is 999 at once. A hire car that lets the rain in is not: the vehicle must have gone
  into the water or someone must be in it;
- **trapped after a crash and not responding**: someone trapped, pinned or stuck after a collision and
  not talking, answering or moving ("a lorry's gone into us, my wife's trapped and she's not talking
  to me"): an entrapment with a reduced level of response is a 999 call (JRCALC trauma guidance);
- **a weapon held to someone now**: a person threatening someone with a knife, a screwdriver, a bottle,
  a bat or the like, or cornering them with it ("he's threatening the attendant with a screwdriver,
  he's got her cornered"): police advice is 999 when a weapon is involved and the person is there;
- **a plan to be found too late**: the caller not wanting to be found, with a means at hand ("I've got the hose and the car. I don't want anyone to find me"): suicide
  risk with a plan and means is an emergency (Samaritans and NHS: 999 when someone is in danger now).
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import VEHICLES

_CHOKING_HANDS = re.compile(
    r"\b(?:grabb\w*|clutch\w*|holding|pulling|clawing|gripping|hands? (?:at|round|around|on))(?: at)? (?:his|her|their|my|the) (?:throat|neck)\b"
)
_NO_SOUND = re.compile(
    r"\bno (?:sound|noise|words?|air)\b|\bnot making (?:a|any) (?:sound|noise)\b|\bnothing(?:'s| is)? coming out\b"
    r"|\b(?:can'?t|cannot|couldn'?t) (?:speak|talk|cough|make a sound|get a (?:word|sound) out|breathe)\b|\bsilent\b"
)
_FROTH = re.compile(
    r"\b(?:froth\w*|foam\w*)\b[^.!?]{0,30}\b(?:at|from|out of|out|round|around) (?:the|her|his|their|my) mouth\b"
)
_FIT_SIGN = re.compile(
    r"\b(?:shaking|fitting|jerking|twitching|seizure|convuls\w*|collapsed|on the floor|not responding|unresponsive|"
    r"taken something|took something|swallowed|overdos\w*|eyes rolled|rolled back)\b"
)
_VEHICLE = VEHICLES
_FILLING = re.compile(
    rf"\b(?:the |our |my |her |his |their |your )?(?:{_VEHICLE}|it)(?:'s| is)? (?:filling|filled|fills)(?: up)? with water\b"
    rf"|\bwater(?:'s| is)? (?:coming|pouring|rushing|getting) in(?:to|side)? (?:the|our|my|her|his|their|your) {_VEHICLE}\b"
)
_INTO_WATER = re.compile(
    r"\b(?:gone|went|go|driven|drove|slid|skidded|crashed|rolled|ended up)(?: off the road)?(?: \w+)? (?:into|in) (?:a|the) "
    r"(?:ditch|river|lake|canal|flood\w*|water|reservoir|stream|pond|sea|dyke|dike)\b"
    r"|\b(?:trapped|stuck|inside|in it|screaming|can'?t get out)\b"
)
_TRAPPED = re.compile(r"\b(?:trapped|pinned|stuck in|stuck under|can'?t get (?:him|her|them) out|wedged)\b")
_NOT_RESPONDING = re.compile(
    r"\b(?:not|isn'?t|aren'?t|stopped) (?:talking|answering|responding|moving|waking|making sense)\b|\bunconscious\b|\bunresponsive\b"
    r"|\b(?:won'?t|can'?t) (?:wake|answer|respond)\b"
)
_COLLISION = re.compile(
    r"\b(?:crash\w*|collision|collided|gone into us|went into us|hit us|smashed into|ploughed into|rammed|pile-?up|accident|"
    r"written off|overturned|flipped|lorry|wreck\w*)\b"
)
_WEAPON = (
    r"(?:knife|knives|blade|screwdriver|hammer|bat|baseball bat|bottle|broken bottle|machete|axe|gun|crowbar|"
    r"iron bar|metal bar|syringe|needle|chisel|spanner|scissors)"
)
_WEAPON_HELD = re.compile(
    rf"\bthreaten\w* (?:(?:him|her|them|me|us|everyone|the \w+|my \w+|our \w+|your \w+|a \w+) )?with an? (?:\w+ )?{_WEAPON}\b"
    rf"|\b(?:waving|pointing|holding|brandishing|swinging) an? (?:\w+ )?{_WEAPON} (?:at|to|in (?:her|his|their|my|the \w+'?s?) face)\b"
    rf"|\bcornered\b[^.!?]{{0,60}}\b{_WEAPON}\b|\b{_WEAPON}\b[^.!?]{{0,60}}\bcornered\b"
)
_NOT_NOW = re.compile(
    r"\b(?:last (?:week|month|year|night)|years ago|on (?:the )?(?:telly|tv|film|show)|in the (?:film|play|game))\b"
)
_ALONE_UNFOUND = re.compile(
    r"\b(?:don'?t|do not) want (?:anyone|anybody|people|them|you|my \w+) to find me\b"
    r"|\b(?:so|where) (?:no one|nobody|no-one) (?:can |will |would )?finds? me\b"
)
_MEANS = re.compile(
    r"\b(?:hose|hosepipe|exhaust|rope|pills|tablets|paracetamol|the bridge|the edge|the cliff|the tracks|a blade|razor|charcoal)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for the first class of the module docstring that ``t`` tells, else None."""
    if _NOT_NOW.search(t):
        return None
    if _CHOKING_HANDS.search(t) and _NO_SOUND.search(t):
        return "emergency", "the choking sign: hands at the throat and no sound"
    if _FROTH.search(t) and _FIT_SIGN.search(t):
        return "emergency", "froth at the mouth with shaking, a collapse or something taken"
    if _FILLING.search(t) and re.search(rf"\b{_VEHICLE}\b", t) and _INTO_WATER.search(t):
        return "emergency", "a vehicle filling with water with someone in it"
    if _TRAPPED.search(t) and _NOT_RESPONDING.search(t) and _COLLISION.search(t):
        return "emergency", "trapped after a crash and not responding"
    if _WEAPON_HELD.search(t):
        return "emergency", "a weapon held to someone now"
    if _ALONE_UNFOUND.search(t) and _MEANS.search(t):
        return "emergency", "a plan to be found too late, with a means at hand"
    return None
