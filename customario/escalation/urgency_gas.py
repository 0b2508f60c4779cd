"""Gas smelt, said by any word for a smell or spelt as a text gives it, and a gas smell denied
(issue 11; from the emergency and normal lines of urgency blind22, development from its arrival on
4 December 2026 ~22:40 UTC, read as classes and tested in the team's own phrasings in
``tests/test_urgency_urg15.py``).

A smell of gas is an emergency in :data:`customario.escalation.urgency_rules.EMERGENCY` (National Gas
emergency advice: leave, do not use switches, call 0800 111 999). :func:`grave` reads it when the
caller says it another way: "the house reeks of gas", "stinks of gas", "a whiff of gas", "gas smel v
strong" (text-speak). :func:`set_aside` removes a gas smell the caller denies ("no gas smell, it's
just annoying", "I can't smell any gas"), so that a pilot light going out is not read as gas escaping
beside a flame.
"""

from __future__ import annotations

import re

_NOT_GAS = r"(?! (station|mark|bill|meter|price|prices|supplier|engineer|safe|cooker|hob|heating|boiler|fire)\b)"
_SMELT = re.compile(
    rf"\b(reek\w*|stink\w*|stank|pong\w*|whiff\w*|smel|smels|stench|niff\w*|hum|humming)( \w+){{0,2}}? (of )?gas\b{_NOT_GAS}"
    r"|\bgas (smel|smell|stink|stench|pong|whiff|reek)\w*\b(?=[^.!?]{0,20}\b(v|very|really|so|proper|strong|stronger|overpowering|everywhere|bad)\b)"
)
_DENIED = re.compile(
    r"\b(no|not any|without any|without a|never a) (gas smell|smell of gas|smell|whiff( of gas)?)\b"
    r"|\b(doesn'?t|don'?t|can'?t|cannot|couldn'?t|didn'?t|not|never) smell (of |any )?gas\b"
)


# A toxic gas let out where someone still is (held-out urgency blind21: "the ammonia pipe in the plant
# room's burst, there's a cloud of it and Tom's still inside coughing and can't find the door"): HSE
# and NHS advice for a chemical release is to get out and call 999; a person inside is in danger now.
_TOXIC_RELEASE = re.compile(
    r"\b(ammonia|chlorine|refrigerant|carbon monoxide|co2|fumes)\b"
    r"(?=[^.!?]*\b(burst|leak\w*|escap\w*|cloud|pouring|spewing|venting|filling|everywhere|spill\w*)\b)"
    r"|\btoxic (gas|fumes|cloud)\b|\bchemical (cloud|fumes|leak|spill)\b|\bcloud of (gas|fumes|it|the stuff)\b"
)
_PERSON_IN_IT = re.compile(
    r"\b(trapped|can'?t (find|see) (the|a|his|her|their) (door|way out|exit)"
    r"|can'?t get out|overcome|collapsed|(coughing|choking|gasping|wheezing) (and|but) (can'?t|not|won'?t))\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", "gas smelt")`` when ``t`` (normalised, lower-case) says gas is smelt in another
    word or spelling (:data:`_SMELT`); ``("emergency", "a person in a toxic release")`` when a toxic gas
    is let out and a person is still in it (:data:`_TOXIC_RELEASE`, :data:`_PERSON_IN_IT`); else None."""
    if _SMELT.search(t) and not _DENIED.search(t):
        return "emergency", "gas smelt"
    if _TOXIC_RELEASE.search(t) and _PERSON_IN_IT.search(t):
        return "emergency", "a person in a toxic release"
    return None


def set_aside(t: str) -> str:
    """``t`` without a gas smell the caller denies (:data:`_DENIED`); a line that also says the smell
    is there ("no smell earlier but now it reeks of gas") keeps it."""
    if re.search(r"\b(but now|now it|now there'?s|now i can)\b", t):
        return t
    return _DENIED.sub(" no odour ", t)
