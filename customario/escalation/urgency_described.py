"""Dangers and injuries described by what is happening to the body or the crowd, without the textbook
word (issue 11; s45urg, from the lines of urgency blind39 and blind40 that the rules alone took for
normal or for merely urgent, read as classes and tested in the team's own phrasings in
``tests/test_urgency_s45urg.py``).

:func:`grave` and :func:`hurt` run on the normalised, lower-case line of
:mod:`customario.escalation.urgency`. Emergencies (:func:`grave`, danger to life now):

- **a crowd crush with people going down**: a crush or a surge at a barrier, the front, a gate or the
  stage told with people going under or down, unable to breathe, being crushed or turning blue (the
  UK Purple Guide and crowd-safety guidance: compressive asphyxia kills within minutes; "I've got a
  crush on the drummer" names no crowd and no sign);
- **a person pinned between or against a heavy thing**: "a woman pinned between the van and the wall",
  "he's crushed against the gate by the tractor" (a vehicle, a boat or a machine named in the line;
  St John Ambulance: crush injuries are a 999 call);
- **a limb crushed with signs of shock or the weight still on it**: "his leg's crushed, he's going
  white", "her arm's crushed and the boat's still moving against her" (St John Ambulance; "my finger
  got crushed in the door" names neither and stays as it was read);
- **an open fracture told plainly**: "there's bone through the skin", "you can see the bone" (NHS:
  an open fracture is a 999 call);
- **neurological signs after a dive** (decompression sickness): surfaced from a dive or a wreck, then
  numbness, weakness, tingling, confusion, breathlessness or not passing water (DAN and the BSAC:
  give oxygen and call the emergency services for any such sign after diving);
- **smoke with the way out locked or blocked and people there**: "black smoke behind the stage and the
  fire exit's chained, people starting to panic" (fire-safety law: a blocked exit in an occupied place
  on fire is a danger to life; "the fire exit is blocked by boxes" with no smoke is a complaint).

Urgent injuries (:func:`hurt`):

- **an ear in pain with blood seen**: "my ear's been agony since the dive and there was blood on the
  pillow" (NHS: a perforated eardrum or ear barotrauma needs seeing the same day);
- **a part swollen to the size of a thing**: "my ankle's the size of a grapefruit" (swelling told by a
  comparison; NHS sprains and fractures advice).

Returns ``(level, reason)`` or None.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_plights import PERSONS as _PERSONS
from customario.escalation.urgency_words import is_body_part

# --- a crowd crush --------------------------------------------------------------------------------
_CRUSH = re.compile(
    r"\b(?:crush|crushing|surge|pile-?up)\b(?: of people)? (?:at|by|near|against|in|on|towards?) (?:the |a )?(?:\w+ )?"
    r"(?:front|barriers?|stage|gates?|entrance|exit|turnstiles?|pit|doors?|railings?|fence|crowd)\b"
    r"|\b(?:the )?crowd(?:'s| is)? (?:surging|crushing|pushing|piling)\b"
)
_CROWD_SIGN = re.compile(
    r"\bpeople(?:'re| are)? (?:\w+ )?(?:going|gone|falling|fallen|being (?:pushed|pulled|dragged)) (?:under|down)\b"
    r"|\b(?:being|getting) (?:crushed|squashed|trampled)\b|\btrampl\w*\b"
    r"|\b(?:can'?t|cannot|couldn'?t) (?:breathe|get (?:their|his|her) breath)\b"
    r"|\b(?:face|faces|lips)(?:'s| is| are| has| have)? (?:gone |going |turned |turning )?(?:blue|purple|grey)\b"
)

# --- pinned between or against a heavy thing ------------------------------------------------------
_PINNED_BETWEEN = re.compile(
    rf"\b{_PERSONS}\b(?:'s| is| are|'re| has been| have been| got| been| was| were| being| getting| now| still)* "
    r"(?:pinned|crushed|trapped|wedged|squashed|squeezed) (?:between|against)\b"
)
_HEAVY = re.compile(
    r"\b(?:van|car|lorry|truck|bus|coach|tractor|forklift|trailer|caravan|boat|hull|jetty|pontoon|vehicle|digger|dumper|"
    r"machine|skip|pallet|container|horse)\b"
)

# --- a limb crushed with shock or the weight still on ---------------------------------------------
_LIMB_CRUSHED = re.compile(
    r"\b(?:leg|legs|arm|arms|foot|feet|chest|pelvis|hips?|thigh)(?:'s| is| are| has been| have been| got| been| was| were| now)* "
    r"(?:crushed|mangled|squashed|pinned)\b"
)
_SHOCK_PLAIN = re.compile(
    r"\b(?:going|gone|turned|turning) (?:white|grey|gray|pale)\b|\bwhite as a sheet\b|\bashen\b|\bclammy\b"
    r"|\b(?:passing|passed|going to pass) out\b|\bfaint\w*\b"
)
_WEIGHT_STILL_ON = re.compile(
    r"\bstill (?:moving|pressing|pushing|grinding|rolling|crushing|on top of|on|against)\b(?: (?:against|into|on))? (?:him|her|them|his|her|their)\b"
)

# --- an open fracture ---------------------------------------------------------------------------------
_BONE_OUT = re.compile(
    r"\bbones?(?:'s| is| are)? (?:\w+ )?(?:out )?through (?:the|his|her|my|their|your) skin\b"
    r"|\b(?:can|could) see (?:the |his |her |their |my )?bone\b(?! (?:china|marrow|broth|dry))"
    r"|\bbone(?:'s| is)? (?:showing|visible)\b"
)

# --- neurological signs after a dive ------------------------------------------------------------------
_AFTER_DIVE = re.compile(
    r"\b(?:came|come|coming) (?:back )?up from (?:the|a|our|his|her|their|that) (?:\w+ )?(?:dive|wreck|reef|drop-?off|deep)\b"
    r"|\bafter (?:the|a|our|his|her|their|that|this morning'?s|today'?s|yesterday'?s) (?:\w+ )?dive\b"
    r"|\b(?:since|after) (?:we |he |she |they )?(?:surfaced|surfacing)\b|\bthe bends\b"
)
_NERVE_SIGN = re.compile(
    r"\b(?:numb|tingl\w*|pins and needles|paraly\w*|muddled|confused|disorient\w*|not making sense|slurr\w*)\b"
    r"|\b(?:legs?|arms?)(?:'s| are| is| have| has)? (?:gone |going )?(?:weak|floppy|heavy|dead)\b"
    r"|\b(?:can'?t|cannot|couldn'?t) (?:feel|move|wee|pee|pass water|urinate|stand|walk|breathe|catch (?:his|her|my|their) breath)\b"
)

# --- smoke with the way out locked ------------------------------------------------------------------
_EXIT_SHUT = re.compile(
    r"\b(?:fire |emergency |back |side |main )?(?:exits?|doors?)(?:'s| is| are|'re| has been| have been)? (?:all )?"
    r"(?:chained|padlocked|locked|blocked|jammed|bolted|barred)\b"
)
_SMOKE_OR_FLAME = re.compile(r"\bsmoke\b|\bflames?\b|\b(?:on fire|ablaze|alight)\b")
_PEOPLE_THERE = re.compile(
    r"\b(?:people|everyone|everybody|crowd|audience|kids|children|guests|customers)\b|\bpanic\w*\b|\b(?:still )?inside\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a danger to life described (see the module docstring)."""
    if _CRUSH.search(t) and _CROWD_SIGN.search(t):
        return "emergency", "a crowd crush with people going down"
    if _PINNED_BETWEEN.search(t) and _HEAVY.search(t):
        return "emergency", "a person pinned between or against a heavy thing"
    if _LIMB_CRUSHED.search(t) and (_SHOCK_PLAIN.search(t) or _WEIGHT_STILL_ON.search(t)):
        return "emergency", "a limb crushed with signs of shock or the weight still on it"
    if _BONE_OUT.search(t):
        return "emergency", "an open fracture: bone through the skin"
    if _AFTER_DIVE.search(t) and _NERVE_SIGN.search(t):
        return "emergency", "neurological signs after a dive (decompression sickness)"
    m = _EXIT_SHUT.search(t)
    # "fire exit" and "fire door" name the door, not a fire
    rest = re.sub(r"\bfire (?:exits?|doors?|escape|alarm)\b", " ", t)
    if m and _SMOKE_OR_FLAME.search(rest) and _PEOPLE_THERE.search(rest):
        return "emergency", "smoke with the way out locked and people there"
    return None


_EAR_PAIN = re.compile(
    r"\bears?(?:'s| is| are| has| have)?(?: been| gone)? (?:agony|in agony|killing|agonising|excruciating|throbbing|"
    r"hurting|hurts?|aching|so sore|sore|painful|screaming)\b|\bearache\b|\bpain in (?:my|his|her|their) ears?\b"
)
_BLOOD_SEEN = re.compile(r"\bblood\w*\b|\bbled\b|\bbleed\w*\b")
_SIZE_OF = re.compile(
    r"\b([a-z]+)(?:'s| is| are|'re| has| have)?(?: \w+)? (?:gone |swollen |swelled |blown |come |puffed )?(?:up )?(?:to )?"
    r"the size of (?:a|an) (?:\w+ )?\w+\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for an injury described (see the module docstring)."""
    if _EAR_PAIN.search(t) and _BLOOD_SEEN.search(t):
        return "urgent", "an ear in pain with blood seen"
    for m in _SIZE_OF.finditer(t):
        if is_body_part(m.group(1)) and not re.search(r"\b(?:born|newborn|baby'?s head)\b", t):
            return "urgent", f"{m.group(1)} swollen to the size of a thing"
    return None
