"""An electrical fault beside water where people bathe (issue 11; s46urg, from the urgent lines of urgency
blind41 that the rules alone took for normal, read as a class and tested in the team's own phrasings in
``tests/test_urgency_s46urg.py``).

A hot tub, a jacuzzi, a pool, a spa bath or a shower with an electrical fault told by its signs — the
electrics or a breaker tripping, fizzing, buzzing, crackling, sparking or flickering, a light or a
fitting hanging down — is ``urgent`` (section 4 of the corpora's brief: an electrical hazard with no
fire). Electrical Safety First and the HSE's guidance on spa pools (HSG282) treat any electrical fault
near water as a shock risk until the supply is isolated; a hot tub that trips its RCD is a fault, not a
nuisance. blind41: "the hot tub keeps tripping the electrics and there's a fizzing noise by the pump",
"a light in the spa hanging down towards the jacuzzi, it's flickering and buzzing".

Two signs are needed, one of them more than a noise, and an electrical thing named (the electrics, a light, a pump, a socket, the
wiring), so that a hot tub's jets "fizzing" or a buzzing filter alone stay ordinary; a fault denied
("no sparks", "not tripping any more") is not counted. :func:`hurt` returns ``("urgent", why)`` or None.

:func:`grave` (s56urg, from urgency blind64's "the pond pump's shorted and my husband's lying in the water, he grabbed
the cable, I daren't touch him"): **a person lying or collapsed in water with a current named** (a short, a shock, a
live cable or a pump grabbed) is an electrocution with the person down; the Red Cross and the HSE say not to touch
them until the power is off and to call 999. Returns ``("emergency", why)`` or None.
"""

from __future__ import annotations

import re

_WATER_PLACE = re.compile(
    r"\b(hot ?tubs?|jacuzzis?|spa pool|spa bath|spa|pools?|swimming pool|plunge pool|whirlpool|bath|bathtub|showers?|sauna|steam room|"
    r"puddle|flooded|standing water|wet floor)\b"
)
_ELECTRIC_THING = re.compile(
    r"\b(electrics?|electricity|lights?|lamp|light fitting|fitting|pump|heater|sockets?|wiring|wires?|cables?|fuses?|breaker|rcd|trip switch|mains)\b"
)
_SIGNS = (
    r"(?:keeps?|kept|keep on)? ?(?:tripping|trips|tripped) (?:the |our |a )?(?:electrics|fuse|fuses|breaker|rcd|power|switch|trip switch)",
    r"crackl\w*",
    r"spark\w*",
    r"flicker\w*",
    r"hanging (?:down|off|loose|by (?:a|its|the) wires?)|dangling|come loose",
)
# a noise alone ("fizzing", "buzzing") is one sign however it is said, and never enough with another noise
_NOISE = r"(?:fizz\w*|buzz\w*|hiss\w*)"
_DENIED = re.compile(
    r"\b(no|not|never|isn'?t|aren'?t|wasn'?t|stopped|no longer)( \w+)? (tripping|fizz\w*|buzz\w*|crackl\w*|spark\w*|flicker\w*|hanging)\b"
)


def hurt(t: str) -> tuple[str, str] | None:
    """("urgent", why) when ``t`` (normalised, lower case) tells an electrical fault by two signs beside
    water where people bathe (see the module docstring); None otherwise."""
    if not (_WATER_PLACE.search(t) and _ELECTRIC_THING.search(t)):
        return None
    said = re.sub(_DENIED.pattern, " ", t)
    signs = [s for s in _SIGNS if re.search(rf"\b{s}\b", said)]
    if signs and len(signs) + bool(re.search(rf"\b{_NOISE}\b", said)) >= 2:
        return "urgent", "an electrical fault beside water"
    return None


_DOWN_IN_WATER = re.compile(
    r"\b(he|she|they|someone|somebody|(?:my|our|the|a|his|her|their|your) \w+)(?:'s| is| are|'re| was| has| just)*"
    r" (?:lying|laid|face down|collapsed|slumped|floating|fallen|fell|gone down|down)(?: \w+)? (?:in|into) (?:the|a) (?:\w+ )?"
    r"(?:water|pond|pool|bath|hot ?tub|puddle|flood\w*|stream|ditch)\b"
)
_CURRENT = re.compile(
    r"\b(shorted|shorting|short-?circuit\w*|electrocut\w*|(?:a |an )?(?:electric )?shock|zapped|live|current|"
    r"grabbed (?:the|a|that) (?:\w+ )?(?:cable|wire|lead|flex|cord|plug)|cable|wires?)\b"
)
_DARENT = re.compile(
    r"\b(daren'?t|dare not|don'?t dare|can'?t|cannot|scared to|afraid to|won'?t) touch (him|her|them)\b|\b(shorted|electrocut\w*|shock)\b"
)


def grave(t: str) -> tuple[str, str] | None:
    """("emergency", why) when ``t`` (normalised, lower case) tells a person lying or collapsed in water with
    a current named and the caller afraid to touch them or a short or a shock told (see the module
    docstring); None otherwise."""
    if _DOWN_IN_WATER.search(t) and _CURRENT.search(t) and _DARENT.search(t):
        return "emergency", "a person down in water with a live current"
    return None
