"""Emergency words that tell of a local injury, capped at urgent (issue 11; from the urgent lines of
urgency blind19 and blind10 read as emergencies, development since 4 December 2026 22:10 UTC, read as
classes and tested in the team's own phrasings in ``tests/test_urgency_urg15.py``).

:func:`capped` is asked by :func:`customario.escalation.urgency.assess_rules` about an emergency the
rules found, with the words that decided it (``reason``) and the normalised line. It says yes for:

- **a limb that will not lift after a blow to it**: "can't lift my arm" is a stroke sign
  (:mod:`customario.escalation.urgency_reading`), but not when the line tells of that limb or its
  joint struck, trapped, bruised or swollen ("the shutter came down on my shoulder, it's black and
  blue and I can't lift my arm"): an injury to be seen, with no sign of a stroke (face, speech,
  confusion, numbness) or of a head injury;
- **a small wound bleeding through a covering**: bleeding through a towel or a bandage is an
  emergency in :data:`customario.escalation.urgency_rules.EMERGENCY`, but not when the wound is
  named as small ("nicked", "a little cut", "a bite on the ear", "a graze") and nothing says the
  bleeding is heavy, spurting or making the person faint (first aid: press, re-dress and get it
  seen; blind17 and blind20 already read a plaster the same way).

The line is re-read without the capped words by the caller, so another emergency in it still counts.
"""

from __future__ import annotations

import re

_LIMB = r"(shoulders?|arms?|elbows?|wrists?|hands?|legs?|knees?|hips?|ankles?|collarbone|forearm|upper arm)"
_WONT_LIFT = re.compile(r"\b(lift|raise|move|go up)\b")
_LIMB_STRUCK = re.compile(
    rf"\b(on|onto|hit|struck|trapped|crushed|caught|landed on|fell on|bashed|banged|knocked|whacked|twisted|sprained|"
    rf"dislocated|pulled|hurt|injured|bruised|jarred|wrenched) (my|his|her|their|your)( [a-z]+'s)? (left |right )?{_LIMB}\b"
    rf"|\b{_LIMB}('s| is| are)? (all )?(black and blue|bruised|swollen|swelling|purple)\b"
)
_STROKE_OR_HEAD = re.compile(
    r"\b(face|speech|speak\w*|slurr\w*|droop\w*|one side|confus\w*|numb|tingl\w*|vision|headache|dizzy|"
    r"(hit|banged|bumped|knocked|bashed) (my|his|her|their) head|head (injury|wound)|on (my|his|her|their) head)\b"
)
_COVERING = re.compile(
    r"\bthrough (the |a |two |several |my |her |his )?(towels?|bandages?|cloth|tea towel|dressings?)\b"
)
_SMALL_WOUND = re.compile(
    r"\b(nick\w*|(small|little|tiny|minor) (cut|wound|gash)|graz\w*|scratch\w*|bite|bitten|nipped)\b"
)
_HEAVY = re.compile(
    r"\b(a lot|lots|loads|pouring|gushing|spurting|pumping|everywhere|won'?t stop|not stopping|pale|faint\w*|dizzy|clammy|"
    r"deep|gaping|to the bone|artery|soaked|pool|second|third|another)\b"
)


def capped(reason: str, t: str) -> str | None:
    """Why the emergency found by ``reason`` in ``t`` (the normalised line) is urgent instead, or None
    (see the module docstring)."""
    if _WONT_LIFT.search(reason) and _LIMB_STRUCK.search(t) and not _STROKE_OR_HEAD.search(t):
        return "a limb that will not lift after a blow to it"
    if _COVERING.search(reason) and _SMALL_WOUND.search(t) and not _HEAVY.search(t):
        return "a small wound bleeding through a covering"
    return None
