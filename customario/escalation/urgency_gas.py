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

:func:`all_well` (s48urg, from the urgent lines of blind37, blind43 and blind45 read as emergencies, as a
class) tells a gas smell the caller reports with everyone said to be well or out ("nobody's ill, but it's
really strong", "we've all gone outside", "shut it off at the meter ..., everyone's fine") and no one
unwell, asleep, shut in or beside a flame: the gas emergency line (National Gas: 0800 111 999 in Great
Britain, the gas utility in the US) and an engineer today, urgent rather than a 999 call, which National Gas
and the NHS keep for people feeling ill (dizzy, sick, headaches, collapse) or a fire.
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


_GAS_SMELT = re.compile(
    r"\b(smell\w*|whiff|reek\w*|stink\w*|stench|pong\w*)( \w+){0,2}? (of )?gas\b|\bgas (smell|whiff|odou?r|stench)\b"
)
_ALL_WELL = re.compile(
    r"\b(nobody|no one|no-one|none of us)(?:'s| is| are| has| have| feels?| feeling)? (?:\w+ )?(ill|unwell|hurt|sick|poorly|"
    r"affected|feeling (ill|unwell|sick|poorly|funny|rough))\b"
    r"|\b(everyone|everybody|we)(?:'s| is| are|'re|'ve| have)? (?:all )?(fine|ok|okay|alright|all right|well|safe|"
    r"out|outside|gone out\w*|got out|left the building)\b"
    r"|\b(we'?ve|we have|we|everyone'?s|everyone has) (all )?(gone|got|come|walked|moved) (out\w*|out of)\b"
)
_UNWELL_OR_AT_RISK = re.compile(
    r"\b(ill|unwell|dizz\w*|sick|vomit\w*|throwing up|faint\w*|headaches?|pounding|spinning|woozy|light-?headed|drowsy|sleepy|"
    r"asleep|sleeping|passed out|collaps\w*|on the floor|not moving|won'?t wake|not answering|confused|funny turn|"
    r"kids|children|child|baby|babies|toddlers?|upstairs|still (in|inside)|inside with|trapped|can'?t get out|"
    r"flames?|pilot light|sparks?|sparking|still lit|is lit|lit next|lit right|cigarettes?|smoking|fire|burning|explo\w*)\b"
)


def all_well(reason: str, t: str) -> bool:
    """True when the emergency found by ``reason`` is a gas smell and ``t`` (normalised, lower-case) says
    everyone is well or out, with no one unwell, asleep or shut in and no flame (see the module docstring)."""
    if not re.search(r"\bgas\b|carbon monoxide", reason) and not _GAS_SMELT.search(reason):
        return False
    if not _GAS_SMELT.search(t) or not _ALL_WELL.search(t):
        return False
    return not _UNWELL_OR_AT_RISK.search(_ALL_WELL.sub(" ", t))
