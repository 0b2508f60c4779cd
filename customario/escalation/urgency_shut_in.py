"""A person shut where air runs out or poison goes in (issue 11; s41urg, from the emergency lines of
urgency blind34 and blind31 taken for normal, read as classes and tested in the team's own phrasings
in ``tests/test_shut_in_s41urg.py``).

:func:`grave` runs on the normalised, lower-case line of :mod:`customario.escalation.urgency` and can
only raise a line to an emergency. The classes:

- **a person inside a closed container**: a child or a person climbed, hid or got shut into a trunk,
  a chest, a freezer, a fridge, a suitcase, a toy box, a tumble dryer, with the lid or the door shut,
  latched or stuck, or the caller unable to open it, or the person gone quiet (child-safety guidance,
  RoSPA and the US CPSC on chest freezers and toy chests: suffocation within minutes). A dog that hid
  in the wardrobe, keys locked in the boot, or a child who likes to climb into the toy box with
  nothing shut are not;
- **a child shut in a vehicle in the heat or in distress** (s52urg, a probe beside blind56's under-the-wheel child): a
  baby, a toddler or a child locked, shut or left alone in a car or a van, told with heat (hot, the sun, windows up)
  or a sign (crying, screaming, red, sweating, floppy, not moving): RoSPA and the NHS advise calling 999 at once, a
  car's inside heats past 40 C within minutes. An adult waiting in a car, or a dog (urgent, :mod:`urgency_pets`),
  is not it;
- **a building gassed with a person still inside**: fumigation, a fogger or a bug bomb going in
  while a person is still inside or in there (the fumigant is a poison gas: sulfuryl fluoride);
- **a person fallen down a shaft** (s56urg, from urgency blind64's child down a borehole): a person fallen, slipped or
  gone down (or into) a well, a borehole, a shaft, a manhole, a sinkhole, a crevasse or a silo; fire and rescue
  services treat it as a confined-space rescue (cold, a narrow space, bad air). A phone or keys dropped down a drain
  and "fell down the stairs" are not.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import VEHICLES, is_person

_CONTAINER = (
    r"(?:trunk|chest|chest freezer|freezer|fridge|suitcase|case|toy ?box|toy chest|ottoman|tumble dryer|dryer|washing machine|"
    r"cool ?box|crate|locker|safe|blanket box|storage box|box|car boot|boot)"
)
_WHO = r"(?P<who>he|she|they|(?:my|our|the|a|his|her|their|your) (?:little |young |youngest |eldest |baby |toddler )?(?P<rel>[a-z]+))"
_IN = re.compile(
    rf"\b{_WHO}(?:'s| has| had| just| must have| must've)* (?:climbed|climbs|crawled|got|gotten|hid|hidden|hiding|shut|locked|trapped|stuck|went|gone)"
    rf"(?: (?:himself|herself|themselves|itself))?(?: \w+)? (?:in|into|inside) (?:the|a|an|that|this|my|our|your|his|her|their) (?:\w+ ){{0,2}}{_CONTAINER}\b"
)
_SHUT = re.compile(
    r"\b(?:lid|door|latch|catch|lock)(?:'s| has| is| was| had| just)* (?:\w+ )?(?:shut|latched|locked|closed|jammed|stuck|slammed|caught)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|can not) (?:get|prise|pry|force) (?:it|the lid|the door|the \w+) (?:open|off|up)\b"
    r"|\b(?:can'?t|cannot|couldn'?t) open (?:it|the lid|the door)\b"
    r"|\b(?:gone|gone very|gone really|went|is|'s) (?:quiet|silent)\b"
    r"|\bstopped (?:crying|banging|knocking|shouting|answering|making (?:a )?noise)\b"
)
_PERSON_WORDS = {"he", "she", "they"}
_SHAFT = r"(?:well|wells|borehole|bore ?hole|shaft|mine ?shaft|manhole|sinkhole|crevasse|silo|cistern|septic tank)"
_DOWN_A_SHAFT = re.compile(
    rf"\b{_WHO}(?:'s| has| had| is| was| just| must have| must've)* (?:fallen|fell|falled|slipped|slid|gone|went|tumbled|dropped)"
    rf" (?:down|into|in|to the bottom of) (?:the|a|an|that|this|our|your|their|his|her|my) (?:\w+ ){{0,2}}{_SHAFT}\b"
)
_CHILD_IN_VEHICLE = re.compile(
    r"\b(?:baby|babies|toddler|toddlers|child|children|kid|kids|little one|wee one|infant|newborn|son|daughter|boy|girl)"
    r"(?:'s| is| are|'re| has been| have been| been| was| were| still| just)* (?:locked|shut|left|stuck|trapped)"
    r"(?: alone| on (?:his|her|their) own| by (?:himself|herself|themselves))? in (?:a|the|that|this|his|her|their|your|an) "
    rf"(?:\w+ )?{VEHICLES}\b"
)
_HEAT_OR_DISTRESS = re.compile(
    r"\b(?:hot|heat|boiling|baking|roasting|sun|sunny|sweat\w*|crying|screaming|red|bright red|floppy|limp|not moving|windows? (?:are |all )?"
    r"(?:up|shut|closed)|distress\w*|panick\w*)\b"
)
_GASSED = re.compile(
    r"\b(fumigat\w*|foggers?|bug bombs?|(the )?gas is (already |now )?(going|pumping|being pumped|on|in)"
    r"|(fogg|gass)(ing|ed) (the|a|our|my|her|his|their|this|that) (\w+ )?(block|house|flat|building|room|home|bungalow|property|place))\b"
)
_STILL_INSIDE = re.compile(
    r"\b(?:still|stuck|trapped|asleep|sleeping|left) (?:inside|in there|in (?:the|that|her|his|their) (?:house|building|flat|tent|room|home|bungalow))\b"
)
_PERSON_NEAR = re.compile(
    r"\b(?P<rel>[a-z]+)(?:'s| is| are|'re)? (?:still|stuck|trapped|asleep|sleeping|left) (?:inside|in there|in )"
)


def _is_person(who: str, rel: str | None) -> bool:
    return who in _PERSON_WORDS or bool(rel and is_person(rel))


def grave(t: str) -> tuple[str, str] | None:
    """``("emergency", reason)`` for a person shut inside a closed container or a person still inside
    a building being gassed, in ``t`` (see the module docstring), else None."""
    m = _IN.search(t)
    if m and _is_person(m.group("who"), m.group("rel")) and _SHUT.search(t, m.end()):
        return "emergency", "a person shut inside a container"
    m = _DOWN_A_SHAFT.search(t)
    if m and _is_person(m.group("who"), m.group("rel")):
        return "emergency", "a person fallen down a shaft"
    m = _CHILD_IN_VEHICLE.search(t)
    if m and _HEAT_OR_DISTRESS.search(t):
        return "emergency", "a child shut in a vehicle in the heat or in distress"
    if _GASSED.search(t) and _STILL_INSIDE.search(t):
        near = _PERSON_NEAR.search(t)
        if (near and is_person(near.group("rel"))) or re.search(r"\b(someone|somebody|people|anyone|he|she|they)\b", t):
            return "emergency", "a person inside a building being gassed"
    return None
